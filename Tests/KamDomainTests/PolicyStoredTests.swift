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

  @Test("given a policy stored before stage model v2, then it loads with the v2 stage defaults")
  func beforeStageModelTwo() throws {
    let old = try #require(FlatJSON(text: #"{"version": 3, "staleComplaintDays": 20}"#))
    let policy = try Policy(stored: old)
    #expect(policy.version == 3 && policy.staleComplaintDays == 20)
    #expect(policy.demotionGraceDays == 60 && policy.keepSlack == 1)
    #expect(policy.profitToleranceShare == 0.05)
    #expect(policy.minimumSaleMinor == 1 && policy.minimumSaleShare == 0.1)
    // And the document it writes now reads back the same.
    #expect(try Policy(document: policy.document) == policy)
  }
}
