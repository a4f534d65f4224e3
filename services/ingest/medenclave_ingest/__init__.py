"""MedEnclave ingest service."""
