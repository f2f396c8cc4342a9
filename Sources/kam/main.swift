import KamCLI

KamRunner.main()
