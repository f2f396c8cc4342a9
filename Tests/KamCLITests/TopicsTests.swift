import KamCLI
import Testing

@Suite("kam help topics")
struct TopicsTests {
  @Test(
    "without a name, lists the topics one line each", arguments: [["help", "topics"], ["topics"]])
  func list(arguments: [String]) {
    let result = Harness().run(arguments)
    #expect(result.status == 0)
    #expect(result.err == "")
    #expect(
      result.out == """
        Topics (kam help topics NAME):
          periods        How -p, --begin, --end, --as-of, --on, --known-at and --today are written.
          money          How amounts are entered and printed.
          exit-statuses  What each exit status of kam means.

        """)
  }

  @Test("kam help topics exit-statuses prints every status, exactly")
  func exitStatuses() {
    let result = Harness().run("help", "topics", "exit-statuses")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Exit statuses

        Every status but 0 comes with one line on stderr saying what was wrong and,
        for a file, where (its line and field).

            0  success (--help and --version too)
            1  a check found a problem: kam verify, or kam rebuild on a damaged log
           64  bad command line: an unknown option or client, a bad value
           65  bad input data: a CSV row, a rules or policy file, an unreadable event
           66  the book or an input file does not exist
           70  a bug in kam: please report it with the command line
           73  the book cannot be created (or kam demo would replace another file)
           74  reading or writing failed: an I/O error, a full disk
           75  the book is busy, or changed while the command ran: try again

        """)
  }

  @Test("kam --help names the same statuses")
  func rootHelp() {
    let out = Harness().run("--help").out.split(separator: "\n").map {
      $0.trimmingPrefix(" ")
    }.joined(separator: " ")
    #expect(
      out.contains(
        "Exit status: 0 success; 1 a check found a problem (kam verify); 64 bad command line;"
          + " 65 bad input data; 66 the book or an input file does not exist; 73 cannot create"
          + " the book; 74 I/O error; 75 the book is busy or changed meanwhile (try again); 70 a"
          + " bug. Periods, money and exit statuses: kam help topics."))
  }

  @Test("kam help topics money and periods print their pages, exactly")
  func pages() {
    let money = Harness().run("topics", "money")
    #expect(money.status == 0)
    #expect(
      money.out == """
        Money

        Amounts are entered as decimals in the book's currency (kam init --currency,
        PLN by default): 12000, 12000.5 or 12000.50. A point is the only decimal
        separator, with no grouping and at most two decimals: 12 000,50, 12,000.50 and
        12000.505 are refused (exit 64), never guessed. --amount, --cost and --list take
        0 to 999999999999.99. kam import reads amounts the same way (decimal = , in the
        rules for a comma). Percentages, such as --asked and --granted, are 15 or 15%.

        Amounts are printed with two decimals, never as the minor units (grosze, cents)
        the book stores. Tables group thousands (12,000.50, -1,900.00) and name the
        currency once in their title (Amounts in PLN); JSON and CSV carry the same
        decimals ungrouped, JSON as strings ("12000.50") so that no program reads them
        as floating point. Probabilities, shares and scores are JSON numbers.

        """)
    let periods = Harness().run("help", "topics", "periods")
    #expect(periods.status == 0)
    #expect(
      periods.out.hasPrefix("Periods and points in time\n\nA period is a run of business days"))
  }

  @Test("a topic is found by its start or in any case")
  func starts() {
    #expect(
      Harness().run("help", "topics", "exit").out == Harness().run("topics", "exit-statuses").out)
    #expect(Harness().run("topics", "MONEY").status == 0)
  }

  @Test(
    "an unknown topic is refused in one line, with the nearest or the list",
    arguments: [
      (
        ["help", "topics", "mony"],
        "kam: unknown topic \"mony\" (did you mean \"money\"?); the topics are periods, money, exit-statuses\n"
      ),
      (
        ["topics", "dates"],
        "kam: unknown topic \"dates\"; the topics are periods, money, exit-statuses\n"
      ),
    ])
  func unknown(arguments: [String], message: String) {
    let result = Harness().run(arguments)
    #expect(result.status == 64)
    #expect(result.out == "")
    #expect(result.err == message)
  }

  @Test(
    "options that mean nothing to a page of text are refused",
    arguments: [["-O", "json"], ["-O", "csv"], ["--wide"], ["--as-of", "2026-01-01"]])
  func refused(options: [String]) {
    let result = Harness().run(["help", "topics", "money"] + options)
    #expect(result.status == 64)
    #expect(result.err.split(separator: "\n").count == 1)
  }
}

extension TopicsTests {
  @Test("the exit-statuses page names every code a refusal can carry")
  func everyCode() {
    let page = Harness().run("topics", "exit-statuses").out
    let codes: [CLIError.Code] = [
      .checkFailed, .usage, .dataError, .noInput, .cannotCreate, .ioError, .tryAgain, .software,
    ]
    for code in codes {
      let number = String(code.status)
      let row = String(repeating: " ", count: 5 - number.count) + number + "  "
      #expect(page.contains("\n" + row), "exit status \(code.status) is not on the page")
    }
  }
}
