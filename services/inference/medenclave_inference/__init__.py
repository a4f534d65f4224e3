"""MedEnclave inference service."""
