from medenclave_console.main import main

main()
