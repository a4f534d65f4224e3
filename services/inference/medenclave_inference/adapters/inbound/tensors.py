"""KServe v2 tensors on the wire ↔ numpy arrays.

Raw contents are row-major little-endian, one bytes entry per tensor in the order of the
request's ``inputs`` (the response's ``outputs``). Typed contents (``fp32_contents`` …) are
accepted too. Errors name tensors and sizes, never values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from tritonclient.grpc import service_pb2

from medenclave_inference.core.errors import InvalidInput
from medenclave_inference.core.model_config import DATATYPES, TensorSpec
from medenclave_inference.core.validation import byte_size

__all__ = ["decode_inputs", "encode_outputs"]

#: which typed-contents field carries each datatype (FP16 travels raw only, as in Triton)
_TYPED_FIELD = {
    "BOOL": "bool_contents", "INT8": "int_contents", "INT16": "int_contents",
    "INT32": "int_contents", "INT64": "int64_contents", "UINT8": "uint_contents",
    "UINT16": "uint_contents", "UINT32": "uint_contents", "UINT64": "uint64_contents",
    "FP32": "fp32_contents", "FP64": "fp64_contents",
}


def decode_inputs(request: service_pb2.ModelInferRequest) -> dict[str, tuple[str, np.ndarray]]:
    """The request's inputs as ``name → (datatype, array)`` in native byte order.

    Raises:
        InvalidInput: raw and typed contents mixed up, sizes that do not match shapes,
            unsupported datatypes.
    """
    raw = request.raw_input_contents
    if raw and len(raw) != len(request.inputs):
        raise InvalidInput(f"expected {len(request.inputs)} entries in raw_input_contents, "
                           f"got {len(raw)}")
    decoded: dict[str, tuple[str, np.ndarray]] = {}
    for index, tensor in enumerate(request.inputs):
        name, datatype, shape = tensor.name, tensor.datatype, tuple(int(d) for d in tensor.shape)
        expected = byte_size(name=name, datatype=datatype, shape=shape)
        dtype = DATATYPES[datatype]
        if raw:
            if len(raw[index]) != expected:
                raise InvalidInput(f"unexpected total byte size {len(raw[index])} for input "
                                   f"'{name}', expecting {expected}")
            array = np.frombuffer(raw[index], dtype=dtype.newbyteorder("<")).reshape(shape)
            array = array.astype(dtype, copy=False)
        else:
            field = _TYPED_FIELD.get(datatype)
            if field is None:
                raise InvalidInput(f"input '{name}' of data-type {datatype} must be sent in "
                                   f"raw_input_contents")
            values = getattr(tensor.contents, field)
            count = math.prod(shape)
            if len(values) != count:
                raise InvalidInput(f"unexpected number of elements {len(values)} in "
                                   f"{field} for input '{name}', expecting {count}")
            array = np.asarray(values, dtype=dtype).reshape(shape)
        decoded[name] = (datatype, array)
    return decoded


def encode_outputs(outputs: Sequence[tuple[TensorSpec, np.ndarray]],
                   response: service_pb2.ModelInferResponse) -> None:
    """Append ``outputs`` to ``response`` as raw little-endian contents."""
    for spec, array in outputs:
        dtype = DATATYPES[spec.datatype]
        array = np.ascontiguousarray(array, dtype=dtype.newbyteorder("<"))
        response.outputs.add(name=spec.name, datatype=spec.datatype, shape=list(array.shape))
        response.raw_output_contents.append(array.tobytes())
