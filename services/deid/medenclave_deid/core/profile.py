"""The Basic Application Level Confidentiality Profile (DICOM PS3.15 Annex E, Table E.1-1).

:class:`BasicProfile` applies the ``basicProfile`` action of Table E.1-1
(:mod:`~medenclave_deid.core.profile_table`) and the selected options to every element of a
dataset and of every nested sequence item, as :mod:`~medenclave_deid.core.action_resolution`
resolves them: decoded elements through :mod:`~medenclave_deid.core.element_actions`, plain
ASCII values on their bytes through :mod:`~medenclave_deid.core.raw_actions`, private elements
through :mod:`~medenclave_deid.core.private_elements` (Retain Safe Private).
"""

from __future__ import annotations

from collections.abc import Mapping

from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from medenclave_deid.core.action_resolution import IMAGE_ATTRIBUTES, ActionResolver
from medenclave_deid.core.dataset_reading import decoded
from medenclave_deid.core.descriptors import DenyListCleaner
from medenclave_deid.core.element_actions import RecordContext, act_on_element
from medenclave_deid.core.element_values import STRING_VRS, decode_un, dictionary_vr
from medenclave_deid.core.options import DeidOption
from medenclave_deid.core.ports import DescriptorCleaner
from medenclave_deid.core.private_elements import SafePrivateElements, drop_empty_creators
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.raw_actions import RAW_ACTIONS, act_on_raw
from medenclave_deid.core.safe_private import PathStep, SafePrivateList
from medenclave_deid.core.uids import UidRemapper

__all__ = ["BasicProfile"]


class BasicProfile:
    """Applies Table E.1-1's Basic Profile and the selected options, with whitelist thinking.

    Args:
        table: Table E.1-1.
        options: the options applied on top of the Basic Profile.
        whitelist: attributes outside the table an image needs.
        safe_private: the knowledge base for Retain Safe Private (required by that option to
            keep anything; without it every private element goes).
        cleaner: the Clean Descriptors implementation (default: the record's deny-list).
    """

    def __init__(self, table: ProfileTable, *, options: frozenset[DeidOption] = frozenset(),
                 whitelist: frozenset[int] = IMAGE_ATTRIBUTES,
                 safe_private: SafePrivateList | None = None,
                 cleaner: DescriptorCleaner | None = None) -> None:
        self.table = table
        self.options = frozenset(options)
        self._resolver = ActionResolver(
            table, options=self.options, whitelist=whitelist,
            keep_safe_private=DeidOption.RETAIN_SAFE_PRIVATE in self.options
            and safe_private is not None)
        self._private = SafePrivateElements(safe_private, self._resolver.resolve)
        self._cleaner = cleaner or DenyListCleaner()

    def resolve(self, tag: int, vr: str, sop_class_uid: str = "") -> str:
        """The single action for ``tag`` with value representation ``vr`` in the IOD of
        ``sop_class_uid`` (see :class:`~medenclave_deid.core.action_resolution.ActionResolver`).

        Args:
            tag: the element's tag as an int.
            vr: its value representation.
            sop_class_uid: the SOP class of the record.
        """
        return self._resolver.resolve(tag, vr, sop_class_uid)

    def apply(self, ds: Dataset, *, uids: UidRemapper, pseudonym: str,
              context: RecordContext | None = None,
              as_read: Mapping[int, object] | None = None,
              path: tuple[PathStep, ...] = ()) -> Dataset:
        """A cleaned copy of ``ds`` (the input is not modified).

        Args:
            ds: the dataset (no file meta; that is rebuilt by the caller).
            uids: remaps every ``U`` UID and remembers the originals.
            pseudonym: the patient's pseudonym (PatientName and PatientID).
            context: offset, deny-list and IOD of the record (defaults: none).
            as_read: ``ds``'s top-level elements as the reader left them (``get_item`` right
                after reading), so kept elements the caller has since decoded are still
                written as read instead of re-encoded. With it, ``Z``/``U``/``SD`` on plain
                ASCII values are done on the bytes (same result, no decoding).
            path: the tags of the sequences enclosing ``ds`` when it is an item (Retain Safe
                Private looks its private elements up under that path).
        """
        ctx = context or RecordContext(pseudonym=pseudonym)
        sop_class = ctx.sop_class_uid or str(ds.get("SOPClassUID", "") or "")
        out = Dataset()
        implicit, little = ds.original_encoding
        if implicit is not None and little is not None:
            # kept elements stay raw (written as read, not decoded and re-encoded)
            out.set_original_encoding(implicit, little, ds.original_character_set)
        self._clean_elements(ds, out, implicit=implicit, as_read=as_read, sop_class=sop_class,
                             uids=uids, ctx=ctx, pseudonym=pseudonym, path=path)
        return drop_empty_creators(out)

    def _clean_elements(self, ds: Dataset, out: Dataset, *, implicit: bool | None,
                        as_read: Mapping[int, object] | None, sop_class: str,
                        uids: UidRemapper, ctx: RecordContext, pseudonym: str,
                        path: tuple[PathStep, ...]) -> None:
        """Add each element of ``ds``, as its action makes it, to ``out``.

        The fast path's hot loop, kept whole: one resolution per element and no helper call
        beyond the action's own (kept raw elements are not even copied).
        """
        resolve, private, cleaner = self._resolver.resolve, self._private.private, self._cleaner
        # a kept element goes in as read: Dataset.__setitem__ would decode a private raw element
        # (to note its creator) and the encoder would then re-encode what it could have copied
        put = out._dict.__setitem__  # pydicom>=3,<4: the tag → element map behind the Dataset
        creators: dict[int, str | None] = {}
        for tag in list(ds.keys()):
            itag = int(tag)
            raw = as_read.get(itag) if as_read is not None else None
            if raw is None:
                raw = ds.get_item(tag)
            if isinstance(raw, RawDataElement) and itag >> 16 & 1:
                # a private element the list does not vouch for goes without being decoded
                if resolve(itag, raw.VR or "UN", sop_class) == "X":
                    continue
                kept = self._private.raw_disposition(ds, itag, raw.VR, path, creators)
                if kept == "x":
                    continue
                if kept == "k" and implicit is not None:
                    put(tag, raw)
                    continue
            elif isinstance(raw, RawDataElement):
                raw_vr = raw.VR or dictionary_vr(itag)
                if raw_vr and raw_vr not in ("SQ", "UN"):
                    fast = resolve(itag, raw_vr, sop_class)
                    if fast == "X":
                        continue
                    if fast == "K" and implicit is not None:
                        put(tag, raw)
                        continue
                    if fast in RAW_ACTIONS and implicit is not None and as_read is not None:
                        made = act_on_raw(raw, itag, raw_vr, fast, uids=uids, ctx=ctx,
                                          pseudonym=pseudonym, cleaner=cleaner)
                        if made is not None:
                            put(tag, made)
                            continue
            elem = decoded(ds, tag)
            if elem is None:  # undecodable: we cannot vouch for it, so it does not leave
                continue
            if not itag >> 16 & 1 and (elem.VR == "UN" or (
                    elem.VR in STRING_VRS and isinstance(elem.value, (bytes, bytearray)))):
                elem = decode_un(elem)
                if elem is None:
                    continue
            action = resolve(itag, elem.VR, sop_class)
            if action == "X":
                continue
            if action == "PV":
                new = private(ds, elem, uids=uids, ctx=ctx, path=path)
            elif action == "S":
                new = self._sequence(elem, uids=uids, ctx=ctx, pseudonym=pseudonym, path=path)
            else:
                new = act_on_element(elem, action, uids=uids, ctx=ctx, pseudonym=pseudonym,
                                     cleaner=cleaner)
            if new is not None:
                out.add(new)

    def _sequence(self, elem: DataElement, *, uids: UidRemapper, ctx: RecordContext,
                  pseudonym: str, path: tuple[PathStep, ...]) -> DataElement:
        """``S``: the sequence kept, each of its items cleaned."""
        items = elem.value if elem.VR == "SQ" and elem.value is not None else []
        inner = (*path, int(elem.tag))
        return DataElement(elem.tag, "SQ", Sequence(
            [self.apply(item, uids=uids, pseudonym=pseudonym, context=ctx, path=inner)
             for item in items]))

