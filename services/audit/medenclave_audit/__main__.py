from medenclave_audit.main import main

main()
