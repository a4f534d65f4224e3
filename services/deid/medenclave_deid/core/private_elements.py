"""Retain Safe Private: private elements, at any depth, as the safe private list disposes of them.

The list's rows are paths, so this holds at every depth: a private element inside a public
sequence's item gets the disposition listed under that sequence, and a private creator stays
only while its block keeps something. A private sequence is kept only where the list names
something under it; its items keep only the elements listed under its path (public ones
included), recursively; an item left empty is dropped and a sequence left without items goes.
"""

from __future__ import annotations

from collections.abc import Callable

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from medenclave_deid.core.dataset_reading import decoded
from medenclave_deid.core.dates import shift_da, shift_dt
from medenclave_deid.core.element_actions import RecordContext
from medenclave_deid.core.element_values import (
    STRING_VRS,
    TEXT_VRS,
    as_list,
    decode_un,
    keyword_of,
    remap_value,
)
from medenclave_deid.core.safe_private import PathStep, PrivateKey, SafePrivateList, creator_key
from medenclave_deid.core.uids import UidRemapper

__all__ = ["SafePrivateElements", "drop_empty_creators"]


def _hash_text(hasher: object, value: str) -> str:
    if callable(hasher):
        return str(hasher(value))
    return ""


def drop_empty_creators(out: Dataset) -> Dataset:
    """Remove the private creators of ``out`` whose blocks kept no element.

    Args:
        out: a cleaned dataset (edited in place and returned).
    """
    keys = [int(tag) for tag in out.keys()]  # noqa: SIM118 (a Dataset iterates elements, not tags)
    used = {(t & 0xFFFF0000) | (t >> 8 & 0xFF) for t in keys if t >> 16 & 1 and t & 0xFF00}
    for t in keys:
        if t >> 16 & 1 and not t & 0xFF00 and t not in used:
            del out[t]
    return out


class SafePrivateElements:
    """Disposes of private elements as the safe private list says: ``k`` as is, ``h`` hashed
    (UIDs remapped), ``o`` shifted by the patient's offset; anything else goes.

    Args:
        kb: the safe private list (None: nothing is vouched for).
        resolve: the profile's action resolution (tag, VR, SOP class → action): a public
            instance UID kept inside a private sequence is remapped where it says ``U``.
    """

    def __init__(self, kb: SafePrivateList | None,
                 resolve: Callable[[int, str, str], str]) -> None:
        self._kb = kb
        self._resolve = resolve

    def private(self, ds: Dataset, elem: DataElement, *, uids: UidRemapper,
                ctx: RecordContext, path: tuple[PathStep, ...] = ()) -> DataElement | None:
        """A private element of ``ds`` (at ``path``) as the knowledge base disposes of it.

        Args:
            ds: the dataset (or item) holding ``elem`` and its private creator.
            elem: the private element.
            uids: the study's UID remapper.
            ctx: the record's offset, keyed hash and SOP class.
            path: the tags of the sequences enclosing ``ds``.
        """
        itag = int(elem.tag)
        group, element = itag >> 16, itag & 0xFFFF
        if element < 0x0010 or ((element >> 8) == 0 and element > 0xFF):
            return None
        if element <= 0xFF:  # a private creator: kept if its block keeps something
            return DataElement(elem.tag, "LO", elem.value)
        creator = ds.get((group << 16) | (element >> 8))
        kb = self._kb
        if creator is None or kb is None:
            return None
        step = kb.key(group=group, creator=str(creator.value or ""), element=element)
        return self._vouched(elem, (*path, step), uids=uids, ctx=ctx)

    def raw_disposition(self, ds: Dataset, tag: int, vr: str | None,
                        path: tuple[PathStep, ...] = (),
                        creators: dict[int, str | None] | None = None) -> str | None:
        """What becomes of the private element ``tag`` of ``ds`` before it is decoded: ``x``
        it goes whatever its value holds, ``k`` it is kept byte for byte (a non-sequence
        value the list keeps as is), None: decode it and let :meth:`private` decide (creators,
        sequences, hashed and shifted values, a VR the reader did not give).

        ``creators``: the creators of ``ds`` looked up so far (creator tag → value), kept by
        the caller across one dataset's elements."""
        group, element = tag >> 16, tag & 0xFFFF
        if element < 0x0010:
            return "x"  # group length and reserved elements
        if element <= 0xFF:
            return None  # a private creator
        kb = self._kb
        if kb is None:
            return "x"
        creator_tag = (group << 16) | (element >> 8)
        if creators is not None and creator_tag in creators:
            name = creators[creator_tag]
        else:
            creator = ds.get(creator_tag)
            name = None if creator is None else creator_key(str(creator.value or ""))
            if creators is not None:
                creators[creator_tag] = name
        if name is None:
            return "x"
        step = PrivateKey(group, name, element & 0xFF)
        full = (*path, step)
        disposition = kb.disposition_of(full)
        if disposition == "x" and not kb.keeps_under(full):
            return "x"
        if disposition == "k" and vr and vr not in ("SQ", "UN", "OB") and \
                not kb.is_sequence(full):
            return "k"
        return None

    def _vouched(self, elem: DataElement, path: tuple[PathStep, ...], *, uids: UidRemapper,
                 ctx: RecordContext) -> DataElement | None:
        """The element at ``path`` as the knowledge base disposes of it: ``k`` as is, ``h``
        hashed (UIDs remapped), ``o`` shifted; a sequence only as :meth:`_vouched_sequence`
        rebuilds it; anything else, or a value that cannot be done so, None."""
        kb = self._kb
        if kb is None:
            return None
        if elem.VR == "SQ":
            return self._vouched_sequence(elem, path, uids=uids, ctx=ctx)
        if elem.VR in ("UN", "OB") and kb.is_sequence(path):
            return None  # a sequence as opaque bytes: its contents cannot be vouched for
        disposition = kb.disposition_of(path)
        tag = int(elem.tag)
        if disposition == "k" and elem.VR == "UI" and not tag >> 16 & 1 and \
                self._resolve(tag, "UI", ctx.sop_class_uid) == "U":
            disposition = "h"  # a public instance UID inside a private sequence: remapped
        if disposition == "k":
            return elem
        if disposition == "h" and elem.VR == "UI":
            keyword = "PrivateUID" if tag >> 16 & 1 else keyword_of(tag)
            return DataElement(elem.tag, "UI", remap_value(elem.value, uids, keyword))
        if disposition == "h" and elem.VR in TEXT_VRS | {"CS"} and ctx.hasher:
            return DataElement(elem.tag, elem.VR, [_hash_text(ctx.hasher, str(v))
                                                   for v in as_list(elem.value)] or None)
        if disposition == "o" and elem.VR in ("DA", "DT"):
            shift = shift_da if elem.VR == "DA" else shift_dt
            values = [shift(str(v), ctx.offset_days) for v in as_list(elem.value)]
            if values and all(values):
                return DataElement(elem.tag, elem.VR, values[0] if len(values) == 1 else values)
        return None

    def _vouched_sequence(self, elem: DataElement, path: tuple[PathStep, ...], *,
                          uids: UidRemapper, ctx: RecordContext) -> DataElement | None:
        """A sequence under a private step, kept only where the knowledge base lists something
        under it: each item keeps only the elements listed under ``path`` (public ones
        included), recursively; empty items are dropped, and a sequence left without items
        goes."""
        kb = self._kb
        if kb is None or not kb.keeps_under(path) or elem.value is None:
            return None
        items = []
        for item in elem.value:
            kept = self._vouched_item(item, path, uids=uids, ctx=ctx)
            if len(kept):
                items.append(kept)
        return DataElement(elem.tag, "SQ", Sequence(items)) if items else None

    def _vouched_item(self, item: Dataset, path: tuple[PathStep, ...], *, uids: UidRemapper,
                      ctx: RecordContext) -> Dataset:
        """The elements of an item of the private sequence at ``path`` that the knowledge base
        lists under it (whitelist thinking: nothing else, public or private)."""
        out = Dataset()
        for tag in list(item.keys()):
            itag = int(tag)
            if itag & 0xFFFF == 0:
                continue  # group length
            elem = decoded(item, tag)
            if elem is None:  # undecodable: we cannot vouch for it
                continue
            if itag >> 16 & 1:
                if 0x10 <= itag & 0xFFFF <= 0xFF:  # a creator: kept if its block keeps any
                    out.add(DataElement(elem.tag, "LO", elem.value))
                    continue
                kept = self.private(item, elem, uids=uids, ctx=ctx, path=path)
                if kept is not None:
                    out.add(kept)
                continue
            if elem.VR == "UN" or (elem.VR in STRING_VRS and
                                   isinstance(elem.value, (bytes, bytearray))):
                elem = decode_un(elem)
                if elem is None:
                    continue
            kept = self._vouched(elem, (*path, itag), uids=uids, ctx=ctx)
            if kept is not None:
                out.add(kept)
        return drop_empty_creators(out)
