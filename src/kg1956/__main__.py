from kg1956.cli import main

main()
