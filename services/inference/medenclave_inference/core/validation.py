"""Checking an inference request against a model's signature, with Triton's wording.

Messages name the model, tensors, datatypes and shapes, never tensor values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from medenclave_inference.core.errors import InvalidInput
from medenclave_inference.core.model_config import DATATYPES, ModelSignature

__all__ = ["RequestTensor", "byte_size", "validate_request"]


@dataclass(frozen=True)
class RequestTensor:
    """What a request says about one input (its data travels separately)."""

    name: str
    datatype: str
    shape: tuple[int, ...]


def _dims(shape: Sequence[int]) -> str:
    return "[" + ",".join(str(d) for d in shape) + "]"


def byte_size(*, name: str, datatype: str, shape: Sequence[int]) -> int:
    """Bytes a dense tensor of ``datatype`` and ``shape`` occupies.

    Raises:
        InvalidInput: unsupported datatype or a negative dimension.
    """
    if datatype not in DATATYPES:
        raise InvalidInput(f"inference input '{name}' has unsupported data-type '{datatype}'")
    if any(d < 0 for d in shape):
        raise InvalidInput(f"inference input '{name}' has invalid shape {_dims(shape)}")
    return math.prod(shape) * DATATYPES[datatype].itemsize


def validate_request(signature: ModelSignature, *, inputs: Sequence[RequestTensor],
                     outputs: Sequence[str] = ()) -> int:
    """Check names, datatypes, shapes and the batch size of a request.

    Args:
        signature: the model's inputs and outputs.
        inputs: the request's input tensors.
        outputs: names of requested outputs (empty: all).

    Returns:
        The batch size (1 for models without batching).

    Raises:
        InvalidInput: with a message like Triton's, naming the offending tensor.
    """
    model = signature.name
    seen: set[str] = set()
    for tensor in inputs:
        if tensor.name in seen:
            raise InvalidInput(f"input '{tensor.name}' is given more than once for model '{model}'")
        seen.add(tensor.name)
        spec = signature.input(tensor.name)
        if spec is None:
            raise InvalidInput(f"unexpected inference input '{tensor.name}' for model '{model}'")
        if tensor.datatype != spec.datatype:
            raise InvalidInput(f"inference input '{tensor.name}' data-type is "
                               f"'{tensor.datatype}', but model '{model}' expects "
                               f"'{spec.datatype}'")
        if not spec.accepts(tensor.shape):
            raise InvalidInput(f"unexpected shape for input '{tensor.name}' for model "
                               f"'{model}'. Expected {_dims(spec.shape)}, got "
                               f"{_dims(tensor.shape)}")
    if len(seen) != len(signature.inputs):
        missing = [t.name for t in signature.inputs if t.name not in seen]
        raise InvalidInput(f"expected {len(signature.inputs)} inputs but got {len(seen)} inputs "
                           f"for model '{model}'; missing {', '.join(repr(m) for m in missing)}")
    for name in outputs:
        if signature.output(name) is None:
            raise InvalidInput(f"unexpected inference output '{name}' for model '{model}'")
    if signature.max_batch_size <= 0:
        return 1
    batches = {t.shape[0] for t in inputs}
    if len(batches) != 1:
        raise InvalidInput(f"inputs of model '{model}' disagree on the batch size")
    batch = batches.pop()
    if batch < 1 or batch > signature.max_batch_size:
        raise InvalidInput(f"inference request batch-size must be <= "
                           f"{signature.max_batch_size} for '{model}'")
    return batch
