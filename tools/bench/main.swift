#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// kam-bench: speed checks measured as ratios against a reference run in the
// same process, because these machines are shared and noisy.
//
//   swift run -c release kam-bench append [events] [streams] [batch] [rounds]
//   swift run -c release kam-bench import [rows]
//   swift run -c release kam-bench make-book /tmp/kam-1m.sqlite 1000000
//   swift run -c release kam-bench book /tmp/kam-1m.sqlite
//   swift run -c release kam-bench replay /tmp/kam-sim.sqlite [client]
//                                                      (a book from `kam demo --clients 10000
//                                                       --years 10`: system time spans years)
//   swift run -c release kam-bench stages BOOK  (round trips and stage flow, docs/stages.md)
//   swift run -c release kam-bench backtest 2000 5 3     (accounts, years, seeds 1…N;
//                                                       tools/backtest runs it)
//   swift run -c release kam-bench backends URL [events] [batch] [BOOK.sqlite]
//                                                      (SQLite beside PostgreSQL: append and
//                                                       rebuild against raw loops and scans, on
//                                                       throwaway schemas of the server at URL,
//                                                       e.g. tools/postgres-test-server url)
//   swift run -c release kam-bench shape [--rounds N] [--only 1,2,…] [BOOK]
//                                                      (issue #20's many small clients: CDNOW
//                                                       when ../shared is there, else generated;
//                                                       $KAM is the release kam it runs)
//   swift run -c release kam-bench prospects   (the CDNOW check of kam prospects, issue #19)
//   swift run kam-bench service-check 1000 4 3  (kam service against the simulator's truth:
//                                                accounts, years, seeds 1…N; docs/service.md)
//   swift run -c release kam-bench fuzz --cases 100000 --seed 1 [--from K]
//                                                      (CSV, rules and policy files;
//                                                       tools/fuzz runs it)
//
// See the README's "Performance" section for the figures and how to read them.

let arguments = Array(CommandLine.arguments.dropFirst())
func argument(_ index: Int, _ fallback: Int) -> Int {
  index < arguments.count ? Int(arguments[index]) ?? fallback : fallback
}

/// The commands and their arguments, on standard output.
func usage() {
  print("usage: kam-bench append [events] [streams] [batch] [rounds]")
  print("       kam-bench make-book [path] [rows]; kam-bench book [path]")
  print("       kam-bench replay [path] [client]")
  print("       kam-bench stages BOOK")
  print("       kam-bench backtest [clients] [years] [seeds]")
  print("       kam-bench service-check [clients] [years] [seeds]")
  print("       kam-bench import [rows]")
  print("       kam-bench backends URL [events] [batch] [BOOK.sqlite]")
  print("       kam-bench fuzz [--cases N] [--seed S] [--from K]")
  print("       kam-bench fuzz-arguments [cases] [seed]")
  print("       kam-bench holdout [CDNOW_master.txt]")
  print("       kam-bench prospects [CDNOW_master.txt]")
  print("       kam-bench shape [--rounds N] [--only 1,2,…] [BOOK]")
  print("       kam-bench prospects-sim [clients] [years] [seeds]")
}

if arguments.contains(where: { $0 == "--help" || $0 == "-h" }) {
  usage()
  exit(0)
}

// A benchmark that cannot run says why in one line, not with a crash report.
do {
  switch arguments.first {
  case "append":
    try AppendBenchmark.run(
      events: argument(1, 200_000), streams: argument(2, 3_000), batch: argument(3, 1_000),
      rounds: argument(4, 3), singles: 300)
  case "import":
    let cdnow = "../shared/data/cdnow/CDNOW_master.txt"
    try ImportBenchmark.run(
      rows: argument(1, 1_000_000), cdnow: access(cdnow, R_OK) == 0 ? cdnow : nil)
  case "make-book":
    try BookBenchmark.make(
      path: arguments.count > 1 ? arguments[1] : "/tmp/kam-1m.sqlite", rows: argument(2, 1_000_000))
  case "backtest":
    try BacktestBenchmark.run(
      clients: argument(1, 2_000), years: argument(2, 5),
      seeds: (1...UInt64(argument(3, 3))).map { $0 })
  case "book":
    try BookBenchmark.run(path: arguments.count > 1 ? arguments[1] : "/tmp/kam-1m.sqlite")
  case "stages":
    try StageFlowBenchmark.run(path: arguments.count > 1 ? arguments[1] : "kam.sqlite")
  case "replay":
    try ReplayBenchmark.run(
      path: arguments.count > 1 ? arguments[1] : "/tmp/kam-sim.sqlite",
      client: arguments.count > 2 ? arguments[2] : nil)
  case "backends" where arguments.count > 1:
    try BackendsBenchmark.run(
      url: arguments[1], events: argument(2, 20_000), batch: argument(3, 100),
      source: arguments.count > 4 ? arguments[4] : nil)
  case "fuzz":
    exit(try FuzzCommand.run(Array(arguments.dropFirst())))
  case "holdout":
    try HoldoutBenchmark.run(
      master: arguments.count > 1 ? arguments[1] : "../shared/data/cdnow/CDNOW_master.txt")
  case "shape":
    try ShapeBenchmark.run(Array(arguments.dropFirst()))
  case "prospects":
    try ProspectsBenchmark.run(
      master: arguments.count > 1 ? arguments[1] : "../shared/data/cdnow/CDNOW_master.txt")
  case "service-check":
    ServiceCheck.run(
      clients: argument(1, 1_000), years: argument(2, 4),
      seeds: (1...UInt64(max(argument(3, 3), 1))).map { $0 })
  case "prospects-sim":
    SimulatedProspectsBenchmark.run(
      clients: argument(1, 2000), years: argument(2, 5),
      seeds: (1...max(1, argument(3, 3))).map { UInt64($0) })
  case "fuzz-arguments":
    exit(try ArgumentFuzzCommand.run(cases: argument(1, 100_000), seed: UInt64(argument(2, 1))))
  default:
    usage()
  }
} catch {
  let line = "kam-bench: \(error)\n"
  _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
  exit(1)
}
