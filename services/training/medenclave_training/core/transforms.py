"""A job's input chain: the job config's ``transforms`` (or the platform's default) as the
:class:`medenclave.preprocess.Chain` the runner applies to every training, validation and test
image and saves with the model as ``preprocess.json``, which inference's Predict applies to
its images (one code path: :func:`medenclave.preprocess.from_dicom`). No I/O here.
"""

from __future__ import annotations

from medenclave import preprocess
from medenclave_training.core.job_config import InvalidJobConfig, parse_job_config

__all__ = ["MASKLESS_STEPS", "default_volume_chain", "job_chain", "mask_chain"]

#: steps after which the image has a known, fixed spatial size
_SIZING = ("resize", "pad_or_crop")
#: steps that change the spatial size to one that depends on the image
_RESAMPLING = ("spacing", "orientation")
#: steps a segmentation job's masks cannot follow yet (the mask file has no geometry)
MASKLESS_STEPS = _RESAMPLING


def default_volume_chain(image_size: int) -> preprocess.Chain:
    """A 3-D job's chain without ``transforms``: modality units (HU for CT), RAS orientation,
    area resize to ``image_size`` on every side, z-score per volume."""
    return preprocess.parse_chain([
        {"name": "rescale"}, {"name": "orientation", "args": {"axcodes": "RAS"}},
        {"name": "resize", "args": {"spatial_size": [image_size] * 3, "mode": "area"}},
        {"name": "normalize"}], dims=3)


def job_chain(config_text: str, image_size: int) -> preprocess.Chain:
    """The chain of a job whose config is ``config_text`` (YAML; "" for the defaults) and
    whose model takes ``image_size`` per side.

    Without ``transforms`` it is :func:`~medenclave.preprocess.default_chain` of
    ``image_size`` (2-D) or :func:`default_volume_chain` (``data.dims: 3``). With them, the list is checked by
    :func:`~medenclave.preprocess.parse_chain` for ``data.dims`` dimensions, and its last
    sizing step (``resize`` or ``pad_or_crop``) must give ``image_size`` on every side with no
    ``spacing``/``orientation`` after it, so that every input has the model's shape.

    Raises:
        InvalidJobConfig: every problem, as ``"transforms[i].args.x: problem"``.
    """
    config = parse_job_config(config_text.encode("utf-8"))
    dims = config.data.dims
    if not config.transforms:
        return preprocess.default_chain(image_size) if dims == 2 else default_volume_chain(
            image_size)
    try:
        chain = preprocess.parse_chain([dict(step) for step in config.transforms], dims=dims)
    except preprocess.InvalidChain as exc:
        raise InvalidJobConfig(exc.errors) from None
    want = [image_size] * dims
    last = None
    for i, step in enumerate(chain.transforms):
        if step.name in _SIZING:
            last = (i, list(step.args["spatial_size"]))
        elif step.name in _RESAMPLING:
            last = None
    if last is None:
        raise InvalidJobConfig([f"transforms: must end its resampling with a resize or "
                                f"pad_or_crop to {want} (data.image_size on every side)"])
    if last[1] != want:
        raise InvalidJobConfig([f"transforms[{last[0]}].args.spatial_size: must be {want} "
                                f"(data.image_size on every side)"])
    return chain


def mask_chain(chain: preprocess.Chain) -> preprocess.Chain:
    """The geometry of ``chain`` (a 2-D job's), for its segmentation masks: its ``resize`` and
    ``pad_or_crop`` steps in order, every resize nearest-neighbour (class maps stay integer;
    padding is class 0), the intensity steps left out. Applied with
    :func:`medenclave.preprocess.apply` it puts a mask in its image's place in the model input.

    Raises:
        ValueError: ``chain`` has a step masks cannot follow (:data:`MASKLESS_STEPS`; refused
            at StartJob) or is not 2-D.
    """
    if chain.dims != 2 or any(t.name in MASKLESS_STEPS for t in chain.transforms):
        raise ValueError("the chain's geometry cannot be applied to a mask")
    steps = [{"name": t.name, "args": {**t.args, "mode": "nearest"} if t.name == "resize"
              else dict(t.args)} for t in chain.transforms if t.name in _SIZING]
    return preprocess.parse_chain(steps, dims=2)
