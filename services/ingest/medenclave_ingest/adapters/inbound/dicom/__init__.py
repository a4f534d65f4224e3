"""DICOM at the front door: the two network engines, PDUs, TLS and the header readers."""
