from medenclave_access.main import main

main()
