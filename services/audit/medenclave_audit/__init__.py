"""MedEnclave audit service."""
