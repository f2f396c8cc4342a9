public import KamBook
import KamDomain

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ImportFuzzer {
  /// Runs the fuzzer (``run(seed:cases:from:folder:freshBook:log:)``) on SQLite
  /// books at `folder/fuzz.sqlite`, each fresh one replacing the last.
  public static func run(
    seed: UInt64, cases: Int, from first: Int = 0, folder: String,
    log: ((Int) -> Void)? = nil
  ) throws(BookError) -> Report {
    let path = folder + "/fuzz.sqlite"
    return try run(
      seed: seed, cases: cases, from: first, folder: folder,
      freshBook: { () throws(BookError) -> Book in
        Book.removeFiles(of: path)
        return try Book.create(
          path: path, currency: Currency(rawValue: "PLN")!, context: bookContext
        ).book
      }, log: log)
  }
}
