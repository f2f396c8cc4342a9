extension CommandRefusal {
  /// A refusal's message, which may name inputs of the command (`on`, `to`,
  /// `freeDelivery`): each front end names them its own way, so the domain says
  /// which input it means and not how a user typed it.
  ///
  /// Written as a string literal: `"\(input: "on") \(day) is before …"`.
  public struct Words: Hashable, Sendable, ExpressibleByStringInterpolation {
    enum Part: Hashable, Sendable {
      case text(String)
      case input(String)
    }

    var parts: [Part]

    public init(stringLiteral text: String) { parts = [.text(text)] }

    public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

    /// The inputs named, in order.
    public var inputs: [String] {
      parts.compactMap {
        if case .input(let name) = $0 { return name }
        return nil
      }
    }

    /// The words with each input as `input` names it.
    public func rendered(naming input: (String) -> String) -> String {
      parts.map {
        switch $0 {
        case .text(let text): text
        case .input(let name): input(name)
        }
      }.joined()
    }

    /// Collects literal text, values and inputs.
    public struct StringInterpolation: StringInterpolationProtocol {
      var parts: [Part] = []

      public init(literalCapacity: Int, interpolationCount: Int) {
        parts.reserveCapacity(interpolationCount * 2 + 1)
      }

      public mutating func appendLiteral(_ literal: String) { append(literal) }

      /// A value, as its description.
      public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
        append(value.description)
      }

      /// An input of the command, by its name in the command.
      public mutating func appendInterpolation(input name: String) {
        parts.append(.input(name))
      }

      /// Text joined to the text before it: words that read the same are equal.
      private mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let before)? = parts.last {
          parts[parts.count - 1] = .text(before + text)
        } else {
          parts.append(.text(text))
        }
      }
    }
  }
}
