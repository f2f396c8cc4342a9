import KamCLI

// A postgres:// book is kam-team's (TeamHandOver); every other command runs here.
TeamHandOver.handOverIfNeeded()
KamRunner.main()
