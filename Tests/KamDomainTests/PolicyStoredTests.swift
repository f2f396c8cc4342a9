import KamDomain
import Testing

@Suite("Policies stored by an earlier kam")
struct PolicyStoredTests {
  @Test(
    "given a stored document with the old churn defaults and no horizon, then it gets the new ones")
  func oldDefaultsUpgraded() throws {
    let old = try #require(
      FlatJSON(
        text: #"{"hourlyRateMinor": 30000, "weightPAlive": 0.35, "weightPurchaseGap": 0.15}"#))
    let policy = try Policy(stored: old)
    #expect(policy.weightPAlive == 1)
    #expect(policy.weightPurchaseGap == 1)
    #expect(policy.hourlyRateMinor == 30000)
  }

  @Test(
    "given chosen weights, or a document with a horizon, then the weights stay as written",
    arguments: [
      #"{"weightPAlive": 0.5, "weightPurchaseGap": 0.15}"#,
      #"{"riskHorizonDays": 180, "weightPAlive": 0.35, "weightPurchaseGap": 0.15}"#,
    ])
  func chosenWeightsKept(text: String) throws {
    let document = try #require(FlatJSON(text: text))
    let policy = try Policy(stored: document)
    #expect(policy == (try Policy(document: document)))
  }
}
