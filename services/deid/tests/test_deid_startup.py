"""What ``medenclave deid dicom`` loads at start-up (issue 11, "speed as a user gets it").

Structural guards, not timings: the command imports only what it needs (no OCR runtime, no
note engine on a folder without free text, no Alembic or PostgreSQL dialect for its SQLite state,
no gRPC, no training stack), and the tables it would otherwise build at start-up come from their
shipped parsed copies, which must match their sources.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pydicom
from pydicom.data import get_testdata_file

from medenclave_deid.adapters.outbound import profile_files
from medenclave_deid.adapters.outbound.profile_files import (
    DEFAULT_SAFE_PRIVATE_LIST,
    safe_private_cache,
    write_safe_private_cache,
)
from medenclave_deid.core.safe_private import SafePrivateList

#: never loaded by ``deid dicom`` with one worker, no mask rules, on images that need no OCR
#: (module prefixes; jieba's tagger loads with the first Chinese text only)
_NEVER = ("torch", "onnxruntime", "rapidocr_onnxruntime", "cv2", "jieba", "grpc",
          "google.protobuf", "nats", "alembic", "sqlalchemy.dialects.postgresql", "psycopg",
          "medenclave.backup", "yaml", "medenclave_training", "medenclave_inference", "monai",
          "concurrent.futures.process")
#: loaded with the first free-text value only (an empty folder, or images without any)
_NOTE_ENGINE = ("medenclave_deid.core.text", "medenclave_deid.adapters.outbound.jieba_tagger",
                "medenclave_deid.adapters.outbound.crf_tagger", "pycrfsuite")

_RUN = """
import sys
from medenclave_cli.main import main
code = main(sys.argv[1:])
print("MODULES", " ".join(sorted(sys.modules)))
sys.exit(code)
"""


def _modules(*argv: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _RUN, *argv], capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    return set(line.split()[1:])


def _loaded(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules for p in prefixes
                  if m == p or m.startswith(p if p.endswith(".") else p + "."))


def _deid_dicom(tmp_path: Path, src: Path) -> set[str]:
    modules = _modules("deid", "dicom", str(src), str(tmp_path / "out"),
                       "--state-dir", str(tmp_path / "state"), "--json")
    assert "medenclave_deid.adapters.inbound.folder_batch" in modules  # it did run
    return modules


def test_deid_dicom_on_an_empty_folder_loads_neither_ocr_nor_note_engine_nor_alembic(tmp_path):
    (tmp_path / "src").mkdir()
    assert not _loaded(_deid_dicom(tmp_path, tmp_path / "src"), _NEVER + _NOTE_ENGINE)


def test_deid_dicom_on_a_ct_with_free_text_loads_no_ocr_runtime_nor_alembic(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(get_testdata_file("CT_small.dcm"), src / "ct.dcm")
    modules = _deid_dicom(tmp_path, src)
    assert "medenclave_deid.core.text" in modules  # its descriptions went through the notes
    assert not _loaded(modules, _NEVER)


def _scanner_ct(tmp_path: Path) -> Path:
    """SRC with CT_small, its descriptions plain scanner words (no note engine for them)."""
    src = tmp_path / "src"
    src.mkdir()
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    ds.StudyDescription, ds.SeriesDescription, ds.ImageComments = "CT chest", "Axial 1mm", ""
    del ds.TimezoneOffsetFromUTC, ds.ContrastBolusAgent  # values the note engine reads
    ds.save_as(src / "ct.dcm")
    return src


def test_deid_dicom_on_a_ct_with_scanner_descriptions_loads_no_note_engine(tmp_path):
    modules = _deid_dicom(tmp_path, _scanner_ct(tmp_path))
    assert not _loaded(modules, _NEVER + _NOTE_ENGINE)
    out = pydicom.dcmread(next((tmp_path / "out").rglob("*.dcm")))
    assert (out.StudyDescription, out.SeriesDescription) == ("CT chest", "Axial 1mm")


def test_deid_dicom_keeps_its_state_dir_without_sqlalchemy(tmp_path):
    """The pseudonym index and the escrow go through sqlite3 (``sqlite_state.py``), on a new
    state dir and on the second run over the same one."""
    src = _scanner_ct(tmp_path)
    for _ in range(2):
        assert not _loaded(_deid_dicom(tmp_path, src), ("sqlalchemy", "alembic"))
    assert (tmp_path / "state" / "pseudonyms.db").stat().st_size > 0


def test_registering_the_commands_loads_no_service():
    done = subprocess.run([sys.executable, "-c",
                           "import sys\nfrom medenclave_cli.main import _parser\n_parser()\n"
                           "print(' '.join(sorted(sys.modules)))"],
                          capture_output=True, text=True, check=True, timeout=120)
    modules = set(done.stdout.split())
    assert not _loaded(modules, ("pydicom", "numpy", "sqlalchemy", "medenclave_deid",
                                 "medenclave.backup", "cryptography", "asyncio", "grpc"))


def test_the_shipped_safe_private_copy_matches_the_csv():
    cache = safe_private_cache(DEFAULT_SAFE_PRIVATE_LIST)
    data = DEFAULT_SAFE_PRIVATE_LIST.read_bytes()
    cached = profile_files._cached_safe_private(cache, data)
    assert cached is not None, (
        f"{cache.name} is missing or stale (ignored: the CSV is parsed at every start-up); "
        "rewrite it: .venv/bin/python -c 'from medenclave_deid.adapters.outbound.profile_files "
        "import write_safe_private_cache as w; w()'")
    parsed = SafePrivateList.from_csv(data.decode("utf-8-sig"))
    for field in ("_entries", "_removed", "_sequences", "_kept_under"):
        assert getattr(cached, field) == getattr(parsed, field), field


def test_a_stale_or_broken_safe_private_copy_is_ignored(tmp_path):
    csv_path = tmp_path / "kb.csv"
    shutil.copy(DEFAULT_SAFE_PRIVATE_LIST, csv_path)
    cache = write_safe_private_cache(csv_path)
    assert profile_files._cached_safe_private(cache, csv_path.read_bytes()) is not None
    changed = csv_path.read_bytes() + b'"(0009,""EXTRA"",01)",x,LO,k\n'
    assert profile_files._cached_safe_private(cache, changed) is None
    doc = json.loads(cache.read_text())
    doc["version"] = 0
    cache.write_text(json.dumps(doc))
    assert profile_files._cached_safe_private(cache, csv_path.read_bytes()) is None
    cache.write_text("{not json")
    assert profile_files._cached_safe_private(cache, csv_path.read_bytes()) is None
    assert len(profile_files._safe_private(Path(csv_path))) == len(
        SafePrivateList.from_csv(DEFAULT_SAFE_PRIVATE_LIST.read_text(encoding="utf-8-sig")))
