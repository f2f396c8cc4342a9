/// Why a purchase model could not be fitted.
///
/// Too few repeat buyers is not an error: the fit falls back to a recency rule instead
/// (see `PurchaseModelFit.fit(_:options:)`). Errors are reserved for input that no model
/// should accept.
public struct PurchaseModelError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kind of failure; compare against the static members.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Base: Hashable, Sendable {
      case invalidSummary
      case invalidOptions
    }

    private let base: Base

    /// A summary broke x ≥ 0, 0 ≤ tₓ ≤ T, or was not finite.
    public static let invalidSummary = Code(base: .invalidSummary)

    /// Fit options were out of range (non-positive bounds, k ≤ 0, …).
    public static let invalidOptions = Code(base: .invalidOptions)

    /// A stable, lower-camel-case name for logs.
    public var description: String {
      switch base {
      case .invalidSummary: "invalidSummary"
      case .invalidOptions: "invalidOptions"
      }
    }
  }

  /// What went wrong.
  public var code: Code

  /// Position of the offending summary in the input, when one summary is to blame.
  public var index: Int?

  /// A human-readable explanation.
  public var message: String

  /// Builds an error; `index` points at the offending summary when there is one.
  public init(_ code: Code, index: Int? = nil, message: String) {
    self.code = code
    self.index = index
    self.message = message
  }

  /// `code: message`, with the summary index when known.
  public var description: String {
    if let index { return "\(code) (summary #\(index)): \(message)" }
    return "\(code): \(message)"
  }
}
