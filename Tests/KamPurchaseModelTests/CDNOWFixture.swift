import Foundation
import KamPurchaseModel

/// The CDNOW cohort of Fader, Hardie & Lee (2005), read from the shared fixtures.
///
/// The file lives next to the repository (`<repo>/../shared/data/cdnow/`), not in it, so
/// the path is derived from this source file: …/<repo>/Tests/KamPurchaseModelTests/CDNOWFixture.swift.
enum CDNOWFixture {
  /// Where the summary CSV is expected.
  static let path: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/") + "/../shared/data/cdnow/cdnow_customers_summary.csv"
  }()

  /// Whether the file is there; tests that need it are skipped, visibly, when it is not.
  static var isAvailable: Bool { FileManager.default.isReadableFile(atPath: path) }

  /// The 2,357 summaries: `ID,frequency,recency,T` with recency and T in weeks.
  static func summaries() throws -> [PurchaseSummary] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var summaries: [PurchaseSummary] = []
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",")
      guard fields.count == 4, let x = Int(fields[1]), let tX = Double(fields[2]),
        let age = Double(fields[3])
      else { throw FixtureError(line: String(line)) }
      summaries.append(PurchaseSummary(frequency: x, recency: tX, age: age))
    }
    return summaries
  }

  /// A line that is not `ID,frequency,recency,T`.
  struct FixtureError: Error {
    var line: String
  }
}
