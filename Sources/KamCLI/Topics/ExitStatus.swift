/// One exit status of kam and what it means: the source of `kam --help`'s
/// summary and of `kam help topics exit-statuses`.
struct ExitStatus {
  /// The status.
  let status: Int32
  /// A few words, for the summary in `kam --help`.
  let brief: String
  /// One line, for the topic page.
  let meaning: String

  /// Every status kam exits with, in the order `kam --help` names them.
  static let all: [ExitStatus] = [
    ExitStatus(status: 0, brief: "success", meaning: "success (--help and --version too)"),
    ExitStatus(
      status: CLIError.Code.checkFailed.status, brief: "a check found a problem (kam verify)",
      meaning: "a check found a problem: kam verify, or kam rebuild on a damaged log"),
    ExitStatus(
      status: CLIError.Code.usage.status, brief: "bad command line",
      meaning: "bad command line: an unknown option or client, a bad value"),
    ExitStatus(
      status: CLIError.Code.dataError.status, brief: "bad input data",
      meaning: "bad input data: a CSV row, a rules or policy file, an unreadable event"),
    ExitStatus(
      status: CLIError.Code.noInput.status, brief: "the book or an input file does not exist",
      meaning: "the book or an input file does not exist"),
    ExitStatus(
      status: CLIError.Code.cannotCreate.status, brief: "cannot create the book",
      meaning: "the book cannot be created (or kam demo would replace another file)"),
    ExitStatus(
      status: CLIError.Code.ioError.status, brief: "I/O error",
      meaning: "reading or writing failed: an I/O error, a full disk"),
    ExitStatus(
      status: CLIError.Code.tryAgain.status,
      brief: "the book is busy or changed meanwhile (try again)",
      meaning: "the book is busy, or changed while the command ran: try again"),
    ExitStatus(
      status: CLIError.Code.software.status, brief: "a bug",
      meaning: "a bug in kam: please report it with the command line"),
  ]

  /// The sentence `kam --help` ends with.
  static var summary: String {
    "Exit status: " + all.map { "\($0.status) \($0.brief)" }.joined(separator: "; ") + "."
  }
}
