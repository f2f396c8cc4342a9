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
    // The book of docs/value.md: these are key accounts by the fit alone.
    #expect(reasons["wawel-trans-68"] == ["likely-win"])
    #expect(reasons["vega-pharma-377"] == ["potential"])
    let prospect = try #require(
      try parse(harness.run("explain", "wawel-trans-68", "--db", path, "-O", "json").out)
        as? [String: Any])
    let rule = (prospect["keyAccountReasons"] as? [[String: Any]])?.first?["rule"] as? String
    #expect(
      rule?.hasPrefix("a prospect whose fit 0.608 to the profile (lasting-key-client) is high")
        == true)
    let fit = try #require(prospect["fit"] as? [String: Any])
    #expect(fit["model"] as? String == "ridge-logistic" && fit["band"] as? String == "high")
    let text = harness.run("explain", "vega-pharma-377", "--db", path).out
    #expect(
      text.contains(
        "key account, potential: in its first year, fit 0.658 to the profile of lasting key clients is high"
      ))
  }
}
