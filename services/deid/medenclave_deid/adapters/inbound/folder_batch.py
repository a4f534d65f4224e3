"""De-identify a folder of DICOM files into another (the ``medenclave deid dicom`` command).

Same core and the same safety steps as the service (:class:`StudyDeidentifier`, profile, the
burned-in text screen and mask rules, the re-identification escrow, the leak guard); the state
dir holds the keys (``keys/uid.key``, ``keys/pseudonym.key``, optionally the privacy officer's
``keys/escrow-public.pem``), the pseudonym index and the escrow (``pseudonyms.db``, SQLite),
created on first use, so pseudonyms, date offsets and UIDs agree across batches and reruns.

Each file is its own session: screened for burned-in text (the header, then, when it leaves
the question open, the pixels through the offline OCR detector,
:mod:`~medenclave_deid.adapters.outbound.ocr_text_detector`; at risk and no mask rule:
``burned_in_text`` …; a matching mask rule blanks its regions and sets BurnedInAnnotation
``NO``), read, cleaned, leak-guarded, the patient's escrow entry written (once per pseudonym
per worker process, before that patient's first output), then written under
``DST/<study>/<instance>.dcm``; a file that fails any step is listed in
``DST/deid-report.json`` with a reason code and its path relative to SRC (so the user can find
it in their own folder), and not written. ``workers > 1`` spreads files over processes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import logging
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pydicom

from medenclave.files import write_private
from medenclave.security.crypto import load_or_create_secret
from medenclave_deid.adapters.outbound.file_layout import (
    DEFAULT_ANNEX_E_TABLE,
    ESCROW_PUBLIC_KEY_NAME,
)
from medenclave_deid.adapters.outbound.ocr_text_detector import shared_text_detector
from medenclave_deid.adapters.outbound.profile_files import load_profile
from medenclave_deid.adapters.outbound.sqlite_state import (
    SqliteEscrowStore,
    SqlitePseudonymIndex,
    open_state_db,
)
from medenclave_deid.adapters.outbound.text_vocabulary import make_descriptor_cleaner
from medenclave_deid.core.burned_in import (
    BURNED_IN_UNMASKABLE,
    BurnedInScreen,
    MaskRuleError,
    ScreenCall,
    mask_encoded,
    mask_rules_from_mapping,
)
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.escrow import (
    ESCROW_KEY_MISSING,
    EscrowClerk,
    EscrowKeyError,
    EscrowSealer,
    EscrowUnavailable,
    identity_from_dataset,
)
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.leak_guard import LeakGuard
from medenclave_deid.core.ports import TextDetector
from medenclave_deid.core.pseudonyms import PatientPseudonyms, PseudonymIndexUnavailable

__all__ = [
    "ESCROW_DB_NAME",
    "REPORT_NAME",
    "BatchReport",
    "deidentify_folder",
    "escrow_key_path",
    "load_mask_rules",
]

REPORT_NAME = "deid-report.json"
#: in the state dir: every input's source id → path, and the quarantined inputs with their paths
SOURCES_NAME = "last-run-sources.json"
QUARANTINED_NAME = "last-run-quarantined.json"
#: the state dir's SQLite file: pseudonym index (``deid_pseudonyms``) and escrow (``deid_escrow``)
ESCROW_DB_NAME = "pseudonyms.db"
#: a file whose header could not be screened for burned-in text but that parsed later anyway
UNSCREENED = "burned_in_unscreened"
#: files larger than this are refused (``too_large``)
MAX_FILE_BYTES = 2 * 1024 ** 3


@dataclass
class BatchReport:
    """What a run did: outputs by source id; quarantines by source id, path relative to SRC
    (``source``) and reason code (no data values)."""

    profile: str
    options: list[str]
    processed: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    #: the escrow of this run: ``key_id`` of the officer's key, or ``reason`` ``escrow_key_missing``
    escrow: dict = field(default_factory=dict)
    mask_rules: int = 0

    def as_json(self, *, with_paths: bool = True) -> dict:
        """The report as JSON; ``with_paths=False`` (the copy written into DST, beside the
        de-identified output) leaves out the source paths of quarantined inputs, since file
        and folder names may name the patient."""
        quarantined = self.quarantined if with_paths else [
            {k: v for k, v in e.items() if k != "source"} for e in self.quarantined]
        return {"profile": self.profile, "options": self.options,
                "processed_count": len(self.processed),
                "quarantined_count": len(self.quarantined),
                "escrow": self.escrow, "mask_rules": self.mask_rules,
                "processed": self.processed, "quarantined": quarantined}


def load_mask_rules(path: Path | None, *, detector: TextDetector | None = None
                    ) -> BurnedInScreen:
    """The burned-in screen with the mask rules of the YAML file ``path`` (none when None) and
    ``detector`` for the images the header leaves open (None: those are quarantined
    ``burned_in_unverified``).

    Raises:
        ValueError: the file cannot be read or its rules are malformed (names the rule only).
    """
    if path is None:
        return BurnedInScreen(detector=detector)
    import yaml

    try:
        doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return BurnedInScreen(rules=mask_rules_from_mapping(doc), detector=detector)
    except (OSError, yaml.YAMLError, MaskRuleError) as exc:
        raise ValueError(f"mask rules file unusable ({type(exc).__name__}: {exc})") from None


def escrow_key_path(state_dir: Path, explicit: Path | None = None) -> Path | None:
    """The officer's public key for the batch: ``explicit``, else ``STATE/keys/escrow-public.pem``
    if present, else None (no escrow sealed: ``escrow_key_missing`` rows)."""
    if explicit is not None:
        return Path(explicit)
    default = state_dir / "keys" / ESCROW_PUBLIC_KEY_NAME
    return default if default.exists() else None


def _load_sealer(path: Path | None) -> EscrowSealer | None:
    """Raises: ValueError: the key file is unreadable or not an X25519 public key."""
    if path is None:
        return None
    try:
        return EscrowSealer(Path(path).read_bytes())
    except (OSError, EscrowKeyError) as exc:
        raise ValueError(f"escrow public key unusable ({type(exc).__name__})") from None


_worker: dict = {}


def _init(state_dir: str, profile: str, options: tuple[str, ...], dst: str,
          mask_rules: str = "", escrow_key: str = "") -> None:
    # pydicom's per-file warnings would echo source values; decoding problems are caught
    # per file by the core (``wrong_encoding``) and reported by reason code instead
    warnings.filterwarnings("ignore", module="pydicom")
    logging.getLogger("pydicom").setLevel(logging.ERROR)
    state = Path(state_dir)
    keys = state / "keys"
    db = open_state_db(state / ESCROW_DB_NAME)  # sqlite3: no SQLAlchemy on the CLI's path
    uid_secret = load_or_create_secret(keys, "uid")
    _worker["deidentifier"] = StudyDeidentifier(
        profile=load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile=profile, options=options,
                             cleaner=make_descriptor_cleaner(uid_secret)),
        uid_secret=uid_secret,
        pseudonyms=PatientPseudonyms(secret=load_or_create_secret(keys, "pseudonym"),
                                     index=SqlitePseudonymIndex(db)),
        guard=LeakGuard())
    _worker["dst"] = Path(dst)
    _worker["source_key"] = load_or_create_secret(keys, "pseudonym")
    # loaded once per worker; the parent validated both before any file was touched; the OCR
    # models load on the first image that needs them, once per process
    _worker["screen"] = load_mask_rules(Path(mask_rules) if mask_rules else None,
                                        detector=shared_text_detector())
    _worker["escrow"] = EscrowClerk(store=SqliteEscrowStore(db),
                                    sealer=_load_sealer(Path(escrow_key) if escrow_key else None))
    _worker["escrowed"] = set()  # pseudonyms whose entry this process wrote in this run


def _source_id(rel: str) -> str:
    return hashlib.blake2s(rel.encode("utf-8", "replace"), digest_size=8,
                           key=_worker["source_key"][:32]).hexdigest()


def _one(path: str, rel: str) -> dict:
    """De-identify one file; returns a report entry (never raises for bad input)."""
    entry: dict = {"source_id": _source_id(rel)}
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return {**entry, "reason": "too_large"}
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError:
        return {**entry, "reason": "unreadable"}
    if len(raw) < 132 or raw[128:132] != b"DICM":
        return {**entry, "reason": _no_meta_reason(raw)}
    session = _worker["deidentifier"].session()
    screen = ScreenCall(_worker["screen"])  # sees the parsed source before any cleaning
    try:
        instance = session.add(raw, screen=screen)
    except InvalidInstance as exc:
        return {**entry, "reason": exc.code}
    except PseudonymIndexUnavailable:
        return {**entry, "reason": "pseudonym_index_unavailable"}
    except Exception as exc:  # a reader bug must not stop the run; the class names no data
        return {**entry, "reason": f"unexpected:{type(exc).__name__}"}
    header = session.source  # escrow identity
    if header is None or screen.verdict is None:  # never screened: fail closed
        return {**entry, "reason": UNSCREENED}
    verdict = screen.verdict
    masked = ""
    if verdict is not None and verdict.rule is not None:
        try:
            instance = dataclasses.replace(instance, dicom=mask_encoded(instance.dicom,
                                                                        verdict.rule))
        except MaskRuleError:
            return {**entry, "reason": BURNED_IN_UNMASKABLE}
        session.instances[-1] = instance  # the leak guard scans the masked output
        masked = verdict.rule.name
    finding = session.verify()
    if finding is not None:
        return {**entry, "reason": finding.reason_code}
    pseudonym = instance.pseudo_patient_id
    if pseudonym not in _worker["escrowed"]:  # once per patient, before its first output
        try:
            _worker["escrow"].record(identity_from_dataset(header, pseudonym=pseudonym))
        except EscrowUnavailable:
            return {**entry, "reason": "escrow_unavailable"}
        _worker["escrowed"].add(pseudonym)
    out = _worker["dst"] / instance.object_key
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(instance.dicom)
        tmp.replace(out)  # a duplicate instance (same SOP Instance UID) lands on the same file
    except OSError:
        tmp.unlink(missing_ok=True)
        return {**entry, "reason": "output_unwritable"}
    done = {**entry, "output": instance.object_key, "pseudonym": pseudonym}
    if masked:
        done["masked"] = masked
    if instance.removed_descriptors:  # free text that could not be cleaned with confidence
        done["removed_descriptors"] = list(instance.removed_descriptors)
    return done


def _no_meta_reason(raw: bytes) -> str:
    """``missing_file_meta`` for a bare dataset that has SOP UIDs, else ``not_dicom``."""
    try:
        ds = pydicom.dcmread(io.BytesIO(raw), force=True, specific_tags=["SOPClassUID"])
        return "missing_file_meta" if str(ds.get("SOPClassUID", "") or "").strip() \
            else "not_dicom"
    except Exception:
        return "not_dicom"


def _files(src: Path, dst: Path) -> list[tuple[str, str]]:
    if src.is_file():
        return [(str(src), src.name)]
    found = []
    for root, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and Path(root, d).resolve() != dst.resolve())
        for name in sorted(names):
            if name.startswith(".") or name == REPORT_NAME:
                continue
            path = Path(root, name)
            found.append((str(path), str(path.relative_to(src))))
    return found


def deidentify_folder(src: Path, dst: Path, *, state_dir: Path, profile: str,
                      options: tuple[str, ...] = (), workers: int = 1,
                      mask_rules_file: Path | None = None,
                      escrow_public_key: Path | None = None) -> BatchReport:
    """De-identify every file under ``src`` into ``dst``; write ``dst/deid-report.json``.

    File and folder names may carry identifying words, so no path goes next to the
    de-identified output or to the logs: ``dst/deid-report.json`` names inputs by opaque
    source ids; the state dir keeps the source id → path list of the run
    (``last-run-sources.json``) and the quarantined inputs with their paths relative to
    ``src`` (``last-run-quarantined.json``, both mode 0600), and the returned report carries
    those paths for the user's own terminal.

    Args:
        mask_rules_file: YAML mask rules for burned-in text (the service's format); without
            one every image at risk is quarantined.
        escrow_public_key: the privacy officer's X25519 public key (PEM); default
            ``STATE/keys/escrow-public.pem`` if present, else entries are written unsealed with
            reason ``escrow_key_missing``. ``medenclave reidentify PSEUDONYM --state-dir STATE``
            opens them.

    Raises:
        ValueError: unknown profile or option, unusable mask rules or escrow key (before any
            file is touched).
        OSError: ``dst`` or the state dir cannot be created.
    """
    from medenclave_deid.core.options import resolve_options

    selected = resolve_options(profile, options)  # fail fast on a bad name
    screen = load_mask_rules(mask_rules_file)
    key_path = escrow_key_path(state_dir, escrow_public_key)
    sealer = _load_sealer(key_path)
    state_dir.mkdir(parents=True, exist_ok=True)
    dst.mkdir(parents=True, exist_ok=True)
    keys = state_dir / "keys"
    load_or_create_secret(keys, "uid")
    load_or_create_secret(keys, "pseudonym")
    open_state_db(state_dir / ESCROW_DB_NAME).close()  # the schema, before any worker starts
    files = _files(src, dst)
    init_args = (str(state_dir), profile, tuple(options), str(dst),
                 str(mask_rules_file) if mask_rules_file else "",
                 str(key_path) if key_path else "")
    if workers <= 1 or len(files) < 2:
        _init(*init_args)
        entries = [_one(p, r) for p, r in files]
    else:
        import multiprocessing  # workers only
        from concurrent.futures import ProcessPoolExecutor

        # workers fork from a fresh server process, never from this one: a process that has run
        # threads (onnxruntime's OCR pool, gRPC, a test runner) can fork a child holding a lock
        # no thread will release, and the batch would hang; the server imports this module once
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init,
                                 initargs=init_args) as pool:
            chunk = max(1, len(files) // (workers * 8))
            entries = list(pool.map(_one, [p for p, _ in files], [r for _, r in files],
                                    chunksize=chunk))
    report = BatchReport(profile=profile, options=sorted(o.slug for o in selected),
                         escrow={"key_id": sealer.key_id} if sealer is not None
                         else {"reason": ESCROW_KEY_MISSING},
                         mask_rules=len(screen.rules))
    sources = {}
    for (_, rel), entry in zip(files, entries, strict=True):
        sources[entry["source_id"]] = rel
        if "output" in entry:
            report.processed.append(entry)
        else:  # the user's own file, named so they can find it in SRC (never logged, never in DST)
            report.quarantined.append({"source_id": entry["source_id"], "source": rel,
                                       **{k: v for k, v in entry.items() if k != "source_id"}})
    write_private(state_dir / SOURCES_NAME, json.dumps(sources, indent=2))
    write_private(state_dir / QUARANTINED_NAME, json.dumps(report.quarantined, indent=2))
    (dst / REPORT_NAME).write_text(json.dumps(
        {**report.as_json(with_paths=False),
         "quarantined_paths": str(state_dir / QUARANTINED_NAME)}, indent=2), encoding="utf-8")
    return report
