/// A command whose result for people is a table: the only kind `--wide` means anything to.
protocol PrintsTables {}
