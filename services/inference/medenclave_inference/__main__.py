from medenclave_inference.main import main

main()
