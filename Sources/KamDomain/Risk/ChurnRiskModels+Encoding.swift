import KamPurchaseModel
import KamTime

extension ChurnRiskModels {
  /// The format of ``encoded``. A change to what the models hold, or to how they are
  /// fitted (the optimiser, its options), bumps it: a book's stored models of another
  /// format are fitted again rather than read. Format 2: BFGS with the exact gradient
  /// finds the optimum the simplex stopped short of, to about 1e-6.
  public static let format: Int64 = 2

  /// The models in the snapshots' compact binary form (doubles bit for bit), for the book
  /// to store.
  public var encoded: [UInt8] {
    var w = SnapshotWriter()
    w.int(Self.format)
    w.int(date.daysSinceEpoch)
    w.write(purchase)
    w.write(calibration)
    return w.bytes
  }

  /// Reads what ``encoded`` wrote.
  ///
  /// - Throws: `SnapshotError` for bytes of another format or damaged ones.
  public init(encoded bytes: [UInt8]) throws(SnapshotError) {
    var r = SnapshotReader(bytes)
    guard try r.int() == Self.format else { throw SnapshotError() }
    let date = CalendarDate(daysSinceEpoch: try r.int())
    let purchase = try r.purchaseModelFit()
    let calibration = try r.calibration()
    guard r.isAtEnd else { throw SnapshotError() }
    self.init(date: date, purchase: purchase, calibration: calibration)
  }
}

extension SnapshotWriter {
  mutating func write(_ fit: PurchaseModelFit) {
    optional(fit.parameters) { w, p in
      for value in [p.r, p.alpha, p.a, p.b] { w.double(value) }
    }
    optional(fit.logLikelihood) { $0.double($1) }
    int(fit.clients)
    double(fit.recencyRule.typicalGap)
    double(fit.recencyRule.patience)
    optional(fit.fallbackReason) { w, reason in
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
      }
    }
    int(fit.evaluations)
    bool(fit.converged)
    array(fit.atBounds) { $0.string($1) }
  }

  mutating func write(_ calibration: NoPurchaseCalibration) {
    int(calibration.horizonDays)
    int(calibration.referenceDays)
    array(calibration.windowDays) { $0.int($1) }
    optional(calibration.cut) { $0.int($1.daysSinceEpoch) }
    optional(calibration.cutModel) { $0.string($1.rawValue) }
    int(calibration.trainingRows)
    optional(calibration.regression) { w, regression in
      w.array(regression.coefficients) { $0.double($1) }
      w.int(regression.iterations)
      w.bool(regression.converged)
    }
    optional(calibration.fallbackReason) { w, reason in
      switch reason {
      case .historyTooShort(let referenceDays, let required):
        w.int(0)
        w.int(referenceDays)
        w.int(required)
      case .tooFewOutcomes(let bought, let quiet, let required):
        w.int(1)
        w.int(bought)
        w.int(quiet)
        w.int(required)
      case .didNotConverge(let iterations):
        w.int(2)
        w.int(iterations)
      }
    }
  }
}

extension SnapshotReader {
  mutating func purchaseModelFit() throws(SnapshotError) -> PurchaseModelFit {
    let parameters = try optional { r throws(SnapshotError) in
      BGNBDParameters(
        r: try r.double(), alpha: try r.double(), a: try r.double(), b: try r.double())
    }
    let logLikelihood = try optional { r throws(SnapshotError) in try r.double() }
    let clients = Int(try int())
    let rule = RecencySurvival(typicalGap: try double(), patience: try double())
    let reason = try optional { r throws(SnapshotError) -> PurchaseModelFit.FallbackReason in
      switch try r.int() {
      case 0: return .tooFewRepeatBuyers(found: Int(try r.int()), required: Int(try r.int()))
      case 1: return .didNotConverge(evaluations: Int(try r.int()))
      case 2: return .atBounds(try r.array { r throws(SnapshotError) in try r.string() })
      default: throw SnapshotError()
      }
    }
    let evaluations = Int(try int())
    let converged = try bool()
    let atBounds = try array { r throws(SnapshotError) in try r.string() }
    return PurchaseModelFit(
      parameters: parameters, logLikelihood: logLikelihood, clients: clients,
      recencyRule: rule, fallbackReason: reason, evaluations: evaluations,
      converged: converged, atBounds: atBounds)
  }

  mutating func calibration() throws(SnapshotError) -> NoPurchaseCalibration {
    let horizonDays = Int(try int())
    let referenceDays = Int(try int())
    let windowDays = try array { r throws(SnapshotError) in Int(try r.int()) }
    let cut = try optional { r throws(SnapshotError) in
      CalendarDate(daysSinceEpoch: try r.int())
    }
    let cutModel = try optional { r throws(SnapshotError) in
      try r.raw(PurchaseModelFit.Model.self)
    }
    let trainingRows = Int(try int())
    let regression = try optional { r throws(SnapshotError) in
      RidgeLogistic(
        coefficients: try r.array { r throws(SnapshotError) in try r.double() },
        iterations: Int(try r.int()), converged: try r.bool())
    }
    let reason = try optional { r throws(SnapshotError) -> NoPurchaseCalibration.FallbackReason in
      switch try r.int() {
      case 0: return .historyTooShort(referenceDays: Int(try r.int()), required: Int(try r.int()))
      case 1:
        return .tooFewOutcomes(
          bought: Int(try r.int()), quiet: Int(try r.int()), required: Int(try r.int()))
      case 2: return .didNotConverge(iterations: Int(try r.int()))
      default: throw SnapshotError()
      }
    }
    return NoPurchaseCalibration(
      horizonDays: horizonDays, referenceDays: referenceDays, windowDays: windowDays, cut: cut,
      cutModel: cutModel, trainingRows: trainingRows, regression: regression,
      fallbackReason: reason)
  }
}
