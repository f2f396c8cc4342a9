extension Policy {
  /// The members of the document, in order, with how to read and write each.
  private static var fields: [(key: String, field: Field)] {
    [
      ("version", .int(\.version)),
      ("windowDays", .int(\.windowDays)),
      ("hourlyRateMinor", .int64(\.hourlyRateMinor)),
      ("paretoA", .share(\.paretoA)),
      ("paretoB", .share(\.paretoB)),
      ("likelyWinProbability", .share(\.likelyWinProbability)),
      ("matrixThreshold", .int(\.matrixThreshold)),
      ("labelHighHigh", .text(\.labelHighHigh)),
      ("labelHighLow", .text(\.labelHighLow)),
      ("labelLowHigh", .text(\.labelLowHigh)),
      ("labelLowLow", .text(\.labelLowLow)),
      ("partnershipSales", .int(\.partnershipSales)),
      ("partnershipTenureDays", .int(\.partnershipTenureDays)),
      ("partnershipMeetings", .int(\.partnershipMeetings)),
      ("cooperationSales", .int(\.cooperationSales)),
      ("cooperationMeetings", .int(\.cooperationMeetings)),
      ("staleComplaintDays", .int(\.staleComplaintDays)),
      ("synergyStanding", .int(\.synergyStanding)),
      ("goldenShotMargin", .share(\.goldenShotMargin)),
      ("goldenShotQuietDays", .int(\.goldenShotQuietDays)),
      ("demotionGraceDays", .int(\.demotionGraceDays)),
      ("profitToleranceShare", .share(\.profitToleranceShare)),
      ("keepSlack", .int(\.keepSlack)),
      ("minimumSaleMinor", .int64(\.minimumSaleMinor)),
      ("minimumSaleShare", .share(\.minimumSaleShare)),
      ("loyalTenureDays", .int(\.loyalTenureDays)),
      ("acquisitionDays", .int(\.acquisitionDays)),
      ("riskHigh", .share(\.riskHigh)),
      ("riskMedium", .share(\.riskMedium)),
      ("riskHorizonDays", .int(\.riskHorizonDays)),
      ("weightPAlive", .share(\.weightPAlive)),
      ("weightContactGap", .share(\.weightContactGap)),
      ("weightPurchaseGap", .share(\.weightPurchaseGap)),
      ("weightComplaints", .share(\.weightComplaints)),
      ("weightDiscounts", .share(\.weightDiscounts)),
      ("weightAttentionShift", .share(\.weightAttentionShift)),
      ("defaultContactCadenceDays", .int(\.defaultContactCadenceDays)),
      ("attentionShiftRise", .share(\.attentionShiftRise)),
      ("attentionGapFactor", .factor(\.attentionGapFactor)),
      ("attentionWindowDays", .int(\.attentionWindowDays)),
      ("discountWindowDays", .int(\.discountWindowDays)),
      ("serviceOverFactor", .factor(\.serviceOverFactor)),
      ("serviceKeyLikeShare", .share(\.serviceKeyLikeShare)),
      ("serviceUnderShare", .share(\.serviceUnderShare)),
      ("serviceGapFactor", .factor(\.serviceGapFactor)),
    ]
  }

  private enum Field {
    case int(WritableKeyPath<Policy, Int>)
    case int64(WritableKeyPath<Policy, Int64>)
    case share(WritableKeyPath<Policy, Double>)
    /// A multiplier from 1 to 100.
    case factor(WritableKeyPath<Policy, Double>)
    case text(WritableKeyPath<Policy, String>)
  }

  /// The policy as a flat JSON document.
  public var document: FlatJSON {
    var json = FlatJSON()
    for (key, field) in Self.fields {
      switch field {
      case .int(let path): json.set(key, .integer(Int64(self[keyPath: path])))
      case .int64(let path): json.set(key, .integer(self[keyPath: path]))
      case .share(let path), .factor(let path): json.set(key, .number(self[keyPath: path]))
      case .text(let path): json.set(key, .string(self[keyPath: path]))
      }
    }
    return json
  }

  /// Reads and validates a policy document.
  ///
  /// Members left out keep their default; unknown members, wrong kinds and
  /// values out of range are refused with a message naming the member.
  public init(document json: FlatJSON) throws(PolicyError) {
    self.init()
    let known = Set(Self.fields.map(\.key))
    if let unknown = json.members.first(where: { !known.contains($0.key) }) {
      throw PolicyError(field: unknown.key, expected: "a known policy member (see docs/policy.md)")
    }
    for (key, field) in Self.fields {
      guard let value = json[key] else { continue }
      switch (field, value) {
      case (.int(let path), .integer(let int)) where int >= 0 && int <= 1_000_000:
        self[keyPath: path] = Int(int)
      case (.int64(let path), .integer(let int)) where int >= 0 && int <= Money.maximum.minorUnits:
        self[keyPath: path] = int
      case (.share(let path), .number(let number)) where number >= 0 && number <= 1:
        self[keyPath: path] = number
      case (.share(let path), .integer(let int)) where int == 0 || int == 1:
        self[keyPath: path] = Double(int)
      case (.factor(let path), .number(let number)) where number >= 1 && number <= 100:
        self[keyPath: path] = number
      case (.factor(let path), .integer(let int)) where int >= 1 && int <= 100:
        self[keyPath: path] = Double(int)
      case (.text(let path), .string(let text)) where !text.isEmpty:
        self[keyPath: path] = text
      case (.int, _), (.int64, _):
        let least = key == "riskHorizonDays" ? 1 : 0
        throw PolicyError(field: key, expected: "a whole number of at least \(least)")
      case (.share, _):
        throw PolicyError(field: key, expected: "a number from 0 to 1")
      case (.factor, _):
        throw PolicyError(field: key, expected: "a number from 1 to 100")
      case (.text, _):
        throw PolicyError(field: key, expected: "a non-empty string")
      }
    }
    guard paretoA < paretoB else {
      throw PolicyError(field: "paretoB", expected: "a share greater than paretoA")
    }
    guard riskMedium < riskHigh else {
      throw PolicyError(field: "riskHigh", expected: "a risk greater than riskMedium")
    }
    guard riskHorizonDays >= 1 else {
      throw PolicyError(field: "riskHorizonDays", expected: "a whole number of at least 1")
    }
    guard matrixThreshold <= 100, synergyStanding <= 100 else {
      throw PolicyError(field: "matrixThreshold", expected: "a score from 0 to 100")
    }
  }
}

/// A policy document that cannot be used, and which member is at fault.
public struct PolicyError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The member at fault.
  public var field: String
  /// What it should have been.
  public var expected: String

  /// Creates an error.
  public init(field: String, expected: String) {
    self.field = field
    self.expected = expected
  }

  public var description: String {
    // A member name is the file's text: control characters escaped keep the
    // message one line that cannot drive the terminal.
    // Cut, too, so that a megabyte of name is not a megabyte of message.
    var shown = ""
    for (index, scalar) in field.unicodeScalars.enumerated() {
      if index == 60 {
        shown += "…"
        break
      }
      if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
        shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return "policy member \"\(shown)\": expected \(expected)"
  }
}
