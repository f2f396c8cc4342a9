import Foundation
import KamCLI
import KamTestSupport
import Testing

@Suite("Key-account reasons from the prospect fit, on a book large enough to learn from")
struct FitReasonsTests {
  @Test("kam key-accounts marks potential and likely-win by the fit, and kam explain says so")
  func fitReasons() throws {
    let harness = Harness()
    let path = harness.folder.file("demo.sqlite")
    let made = harness.run(
      "demo", "--db", path, "--clients", "400", "--years", "4", "--seed", "3")
    #expect(made.status == 0, "\(made.err)")
    let model = try #require(
      try parse(harness.run("prospects", "--model", "--db", path, "-O", "json").out)
        as? [String: Any])
    #expect(model["fitted"] as? Bool == true)
    let keys = try #require(
      try parse(harness.run("key-accounts", "--db", path, "-O", "json").out) as? [[String: Any]])
    let reasons = Dictionary(
      uniqueKeysWithValues: keys.map {
        ($0["client"] as! String, $0["keyAccountReasons"] as! [String])
      })
    // Found, not named: the simulator decides who they are. First-year clients
    // that are key accounts by the fit alone, with the fit quoted by explain.
    let potential = keys.filter { ($0["keyAccountReasons"] as? [String]) == ["potential"] }
      .compactMap { $0["client"] as? String }
      .filter {
        harness.run("explain", $0, "--db", path).out.contains(
          "key account, potential: in its first year, fit ")
      }
    #expect(!potential.isEmpty, "no client is a key account by the fit")
    // A prospect is likely-win by its fit: always when high, never when low, and
    // when medium only with a stated probability of at least 0.7 (docs/value.md).
    let prospects = try #require(
      try parse(harness.run("prospects", "--db", path, "-O", "json").out) as? [[String: Any]])
    for prospect in prospects where prospect["stage"] as? String == "prospect" {
      let client = prospect["client"] as! String
      let band = prospect["band"] as? String
      let stated = prospect["winProbability"] as? Double ?? 0
      let likelyWin = reasons[client]?.contains("likely-win") ?? false
      // A medium fit also needs the stated forecast's own conditions: only one way.
      let holds =
        band == "medium" ? (!likelyWin || stated >= 0.7) : likelyWin == (band == "high")
      #expect(
        holds,
        "\(client): fit \(band ?? "none"), stated \(stated), reasons \(reasons[client] ?? [])")
    }
  }
}
