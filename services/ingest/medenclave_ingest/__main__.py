from medenclave_ingest.main import main

main()
