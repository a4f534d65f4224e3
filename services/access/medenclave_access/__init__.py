"""MedEnclave access service."""
