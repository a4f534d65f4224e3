"""MedEnclave deid service."""
