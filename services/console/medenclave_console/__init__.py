"""MedEnclave console: the web pages for the privacy officer, radiologist, auditor and approver."""
