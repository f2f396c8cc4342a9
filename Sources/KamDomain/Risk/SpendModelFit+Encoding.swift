public import KamPurchaseModel

extension SpendModelFit {
  /// The format of ``encoded``; bumped as ``ChurnRiskModels/format`` is. Format 2: v's
  /// search box grows with the book's spend, so a format 1 fit may be pinned where a new
  /// one is not. Format 3: fitted by BFGS with the exact gradient.
  public static let format: Int64 = 3

  /// The fit in the snapshots' compact binary form (doubles bit for bit), for the book to
  /// store beside its churn models: the Gamma-Gamma fit is the other whole-book fit
  /// `kam risk` makes.
  public var encoded: [UInt8] {
    var w = SnapshotWriter()
    w.int(Self.format)
    for parameters in [self.parameters, estimate] {
      w.optional(parameters) { w, p in
        for value in [p.p, p.q, p.v] { w.double(value) }
      }
    }
    w.optional(meanLogLikelihood) { $0.double($1) }
    w.int(clients)
    w.optional(fallbackReason) { w, reason in
      switch reason {
      case .tooFewRepeatBuyers(let found, let required):
        w.int(0)
        w.int(found)
        w.int(required)
      case .didNotConverge(let evaluations):
        w.int(1)
        w.int(evaluations)
      case .atBounds(let names):
        w.int(2)
        w.array(names) { $0.string($1) }
      case .infiniteMeanSpend(let q):
        w.int(3)
        w.double(q)
      }
    }
    w.bool(converged)
    w.array(atBounds) { $0.string($1) }
    w.int(evaluations)
    return w.bytes
  }

  /// Reads what ``encoded`` wrote.
  ///
  /// - Throws: `SnapshotError` for bytes of another format or damaged ones.
  public init(encoded bytes: [UInt8]) throws(SnapshotError) {
    var r = SnapshotReader(bytes)
    guard try r.int() == Self.format else { throw SnapshotError() }
    func parameters(_ r: inout SnapshotReader) throws(SnapshotError) -> GammaGammaParameters? {
      try r.optional { r throws(SnapshotError) in
        GammaGammaParameters(p: try r.double(), q: try r.double(), v: try r.double())
      }
    }
    let fitted = try parameters(&r)
    let estimate = try parameters(&r)
    let meanLogLikelihood = try r.optional { r throws(SnapshotError) in try r.double() }
    let clients = Int(try r.int())
    let reason = try r.optional { r throws(SnapshotError) -> FallbackReason in
      switch try r.int() {
      case 0: return .tooFewRepeatBuyers(found: Int(try r.int()), required: Int(try r.int()))
      case 1: return .didNotConverge(evaluations: Int(try r.int()))
      case 2: return .atBounds(try r.array { r throws(SnapshotError) in try r.string() })
      case 3: return .infiniteMeanSpend(q: try r.double())
      default: throw SnapshotError()
      }
    }
    let converged = try r.bool()
    let atBounds = try r.array { r throws(SnapshotError) in try r.string() }
    let evaluations = Int(try r.int())
    guard r.isAtEnd else { throw SnapshotError() }
    self.init(
      parameters: fitted, estimate: estimate, meanLogLikelihood: meanLogLikelihood,
      clients: clients, fallbackReason: reason, converged: converged, atBounds: atBounds,
      evaluations: evaluations)
  }
}
