import KamDomain

extension JSON {
  /// A payload scalar as JSON, as stored.
  init(_ value: FlatJSONValue) {
    switch value {
    case .string(let text): self = .string(text)
    case .integer(let number): self = .integer(number)
    case .number(let number): self = .number(number)
    case .bool(let flag): self = .bool(flag)
    case .null: self = .null
    }
  }
}
