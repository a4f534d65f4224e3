from medenclave_training.main import main

main()
