"""Generate the Python stubs for protos/ into libs/medenclave/v1/.

The one script that produces generated code. ``--check`` regenerates into a temporary
folder and exits non-zero if the committed stubs differ (CI runs it through the tests).
"""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

import grpc_tools
from grpc_tools import protoc

ROOT = Path(__file__).resolve().parents[1]
PROTOS = ROOT / "protos"
OUT = ROOT / "libs"
GEN_DIR = Path("medenclave") / "v1"


def generate(out_root: Path) -> None:
    """Run protoc on every .proto under protos/medenclave/v1 into ``out_root``."""
    (out_root / GEN_DIR).mkdir(parents=True, exist_ok=True)
    include = Path(grpc_tools.__file__).parent / "_proto"
    files = sorted(str(p.relative_to(PROTOS)) for p in (PROTOS / GEN_DIR).glob("*.proto"))
    args = [
        "protoc",
        f"-I{PROTOS}",
        f"-I{include}",
        f"--python_out={out_root}",
        f"--pyi_out={out_root}",
        f"--grpc_python_out={out_root}",
        *files,
    ]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    init = out_root / GEN_DIR / "__init__.py"
    init.write_text('"""Generated protobuf and gRPC stubs (scripts/gen_protos.py). Do not edit."""\n')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if committed stubs are stale")
    ns = parser.parse_args()
    if not ns.check:
        generate(OUT)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        fresh, committed = Path(tmp) / GEN_DIR, OUT / GEN_DIR
        names = sorted({p.name for p in fresh.iterdir()} | {p.name for p in committed.glob("*_pb2*")}
                       | {"__init__.py"})
        stale = [n for n in names if not (committed / n).exists() or not (fresh / n).exists()
                 or not filecmp.cmp(fresh / n, committed / n, shallow=False)]
        if stale:
            print("stale generated stubs, run scripts/gen_protos.py:", ", ".join(stale))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
