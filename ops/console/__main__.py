from ops.console.app import main

main()
