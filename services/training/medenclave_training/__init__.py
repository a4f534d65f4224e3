"""MedEnclave training service."""
