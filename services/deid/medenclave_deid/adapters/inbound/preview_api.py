"""gRPC: PreviewQuarantine — a quarantined instance rendered for the privacy officer.

Mixed into :class:`medenclave_deid.adapters.inbound.grpc_api.DeidServicer`. The pixels are the
raw, identifiable ones, read from ingest with deid's own account: the call is audited
(``quarantine.preview``, the study reference only) before anything is fetched, and refused when
the record cannot be persisted.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import grpc

from medenclave.v1 import deid_pb2
from medenclave_deid.core.burned_in import BurnedInScreen
from medenclave_deid.core.ports import RawInstanceSource, SourceNotFound, SourceUnavailable
from medenclave_deid.core.preview import PreviewError, render_preview
from medenclave_deid.core.preview_regions import Regions, find_regions

__all__ = ["PreviewRpcs"]

log = logging.getLogger(__name__)
_MAX_WINDOW = 1e7


class PreviewRpcs:
    """PreviewQuarantine (needs ``_case``, ``_audited`` of ReviewRpcs and ``_raw``)."""

    _raw: Callable[[], RawInstanceSource | None] = staticmethod(lambda: None)
    #: the burned-in screen (mask rules, text detector) the regions are found with
    _screen: BurnedInScreen | None = None

    async def PreviewQuarantine(self, request, context):
        study_ref = request.study_ref.strip()
        window = (request.window_center, request.window_width)
        if not study_ref or request.completion < 1 or request.index < 0 \
                or any(abs(v) > _MAX_WINDOW or v != v for v in window):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "study_ref, completion and a valid index and window are required")
        if getattr(self, "_reviews", None) is None:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "quarantine review not configured")
        case = await self._case(context, study_ref=study_ref,  # type: ignore[attr-defined]
                                completion=request.completion)
        if request.index >= len(case.instance_refs):
            await context.abort(grpc.StatusCode.OUT_OF_RANGE, "no such instance in the completion")
        source = self._raw()
        if source is None:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "deid is starting")
        await self._audited(context, action="quarantine.preview",  # type: ignore[attr-defined]
                            resource=study_ref)
        ref = case.instance_refs[request.index]
        try:
            data = b""
            async for _, blob in source.fetch(study_ref=study_ref, instance_refs=[ref]):
                data = blob
        except SourceUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "raw source unavailable")
        except SourceNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "instance no longer held")
        try:
            preview = await asyncio.to_thread(render_preview, data, center=window[0],
                                              width=window[1])
        except PreviewError as exc:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, str(exc))
        regions = (await asyncio.to_thread(find_regions, data, self._screen)
                   if self._screen is not None else Regions())
        log.info("quarantine preview rendered", extra={"code": "DEID-313", "fields": {
            "study_ref": study_ref, "completion": request.completion, "index": request.index}})
        return deid_pb2.QuarantinePreview(
            png=preview.png, index=request.index, instance_count=len(case.instance_refs),
            window_center=preview.window_center, window_width=preview.window_width,
            rows=preview.rows, columns=preview.columns,
            text_regions=[_region(b) for b in regions.text],
            mask_regions=[_region(b) for b in regions.mask], mask_rule=regions.mask_rule,
            text_read=regions.text_read)


def _region(box: tuple[int, int, int, int]) -> deid_pb2.PixelRegion:
    x, y, width, height = box
    return deid_pb2.PixelRegion(x=x, y=y, width=width, height=height)
