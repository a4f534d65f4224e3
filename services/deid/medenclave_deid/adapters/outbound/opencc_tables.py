"""OpenCC's character tables (opencc-python-reimplemented, Apache-2.0) for the notes'
traditional-character view (:mod:`medenclave_deid.core.text.traditional_view`).

Hong Kong's and Taiwan's variant forms (衞, 裡) are first read as OpenCC's standard traditional
ones, then simplified; each table keeps single characters and the first candidate only.
"""

from __future__ import annotations

from importlib import resources

from medenclave_deid.core.text.traditional_view import ScriptTables, script_tables

__all__ = ["load_script_tables"]


def _table(name: str) -> dict[str, str]:
    text = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        first = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(first) == 1:
            table.setdefault(key, first)
    return table


def load_script_tables() -> ScriptTables:
    """Traditional (and its Hong Kong and Taiwan variants) to simplified, simplified to
    traditional."""
    simplified = _table("TSCharacters.txt")
    for variants in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        for variant, standard in _table(variants).items():
            simplified.setdefault(variant, simplified.get(standard, standard))
    return script_tables(simplified, _table("STCharacters.txt"))
