"""MedEnclave deid service."""
from medenclave_deid.main import main

main()
