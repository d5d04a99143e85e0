from citystat.cli import main

main()
