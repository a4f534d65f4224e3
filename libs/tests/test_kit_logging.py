"""Service logs carry no data a library quoted: pydicom's and pynetdicom's texts (and every
Python warning) keep their level and logger, never their text."""

from __future__ import annotations

import json
import logging
import warnings

from medenclave import telemetry


def test_library_texts_that_may_quote_data_are_withheld(capsys):
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        telemetry.configure_logging("deid", "INFO")
        logging.getLogger("pydicom").warning("Invalid value for VR PN: 'DOE^JOHN'")
        logging.getLogger("pynetdicom.dsutils").error("Patient ID 123456789 in dataset")
        warnings.warn("Invalid value for VR UI: '1.2.840.99999.1'", UserWarning, stacklevel=1)
        logging.getLogger("medenclave_deid.x").info("study deidentified",
                                                    extra={"code": "DEID-XYZ"})
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    finally:
        logging.captureWarnings(False)
        root.handlers[:], _ = saved[0], root.setLevel(saved[1])
    text = json.dumps(lines)
    for secret in ("DOE^JOHN", "123456789", "1.2.840.99999.1"):
        assert secret not in text
    loggers = {entry["logger"]: entry for entry in lines}
    assert {"pydicom", "pynetdicom.dsutils", "py.warnings"} <= set(loggers)
    assert loggers["pydicom"]["level"] == "WARNING"
    assert loggers["medenclave_deid.x"]["msg"] == "study deidentified"   # our own texts stay
