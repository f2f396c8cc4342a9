/// What a search of `NelderMead` or `QuasiNewton` found.
struct OptimiserResult {
  /// The best point, or the last accepted one.
  var point: [Double]
  /// The objective there.
  var value: Double
  /// Objective evaluations spent (with its gradient, for `QuasiNewton`).
  var evaluations: Int
  /// Whether the optimiser's stopping rules were met within its budget.
  var converged: Bool
}
