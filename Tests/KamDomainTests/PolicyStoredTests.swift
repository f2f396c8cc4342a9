import KamDomain
import Testing

@Suite("Policies stored by an earlier kam")
struct PolicyStoredTests {
  /// A version-1 `policy-changed` payload holding `document`, as an earlier kam stored it.
  static func versionOne(_ document: String) -> [UInt8] {
    var payload = FlatJSON()
    payload.set("version", .integer(4))
    payload.set("document", .string(document))
    return payload.bytes
  }

  /// The policy a version-1 payload holding `document` reads as today.
  static func read(_ document: String) throws -> Policy {
    let upcast = try #require(
      try DomainUpcaster.upcast(
        type: PolicyChanged.type, version: 1, payload: versionOne(document)))
    #expect(upcast.version == PolicyChanged.version)
    let change = try PolicyChanged(json: try #require(FlatJSON(bytes: upcast.payload)))
    #expect(change.version == 4)
    return try Policy(document: try #require(FlatJSON(text: change.document)))
  }

  @Test(
    "given a version-1 document with the old churn defaults and no horizon, when read, then it gets the new ones"
  )
  func oldDefaultsUpgraded() throws {
    let policy = try Self.read(
      #"{"hourlyRateMinor": 30000, "weightPAlive": 0.35, "weightPurchaseGap": 0.15}"#)
    #expect(policy.weightPAlive == 1)
    #expect(policy.weightPurchaseGap == 1)
    #expect(policy.hourlyRateMinor == 30000)
  }

  @Test(
    "given a version-1 document with chosen weights, or with a horizon, when read, then the weights stay as written",
    arguments: [
      #"{"weightPAlive": 0.5, "weightPurchaseGap": 0.15}"#,
      #"{"riskHorizonDays": 180, "weightPAlive": 0.35, "weightPurchaseGap": 0.15}"#,
    ])
  func chosenWeightsKept(text: String) throws {
    let policy = try Self.read(text)
    #expect(policy == (try Policy(document: try #require(FlatJSON(text: text)))))
  }

  @Test(
    "given a version-2 document with the old weights and no horizon, when read, then nothing is guessed"
  )
  func versionTwoReadAsWritten() throws {
    var payload = FlatJSON(
      bytes: Self.versionOne(#"{"weightPAlive": 0.35, "weightPurchaseGap": 0.15}"#))!
    payload.set("version", .integer(5))
    #expect(
      try DomainUpcaster.upcast(type: PolicyChanged.type, version: 2, payload: payload.bytes)
        == nil)
  }

  @Test(
    "given a version-1 payload whose document is not flat JSON, when read, then it is refused")
  func malformedDocument() {
    #expect(throws: PayloadError.self) {
      try DomainUpcaster.upcast(
        type: PolicyChanged.type, version: 1, payload: Self.versionOne("not json"))
    }
  }

  @Test("given a policy stored before stage model v2, then it loads with the v2 stage defaults")
  func beforeStageModelTwo() throws {
    let policy = try Self.read(#"{"staleComplaintDays": 20}"#)
    #expect(policy.staleComplaintDays == 20)
    #expect(policy.demotionGraceDays == 60 && policy.keepSlack == 1)
    #expect(policy.profitToleranceShare == 0.05)
    #expect(policy.minimumSaleMinor == 1 && policy.minimumSaleShare == 0.1)
    // And the document it writes now reads back the same.
    #expect(try Policy(document: policy.document) == policy)
  }
}
