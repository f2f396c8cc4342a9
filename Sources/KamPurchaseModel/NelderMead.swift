/// Derivative-free minimisation in a box: the Nelder–Mead simplex method with restarts.
///
/// Standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½; Lagarias et
/// al. 1998). Points that step outside the box are clamped onto it. A run stops when the
/// simplex is both flat (value spread ≤ `tolerance`·(1+|best|)) and small (every vertex
/// within `pointTolerance` of the best in each coordinate), or when it is small and a shrink
/// would no longer move any vertex (the values then differ by rounding noise alone). Because a simplex can collapse
/// before reaching the minimum, the method restarts from the best point with a fresh
/// simplex until a restart no longer improves the value by more than `restartTolerance`
/// relatively. Ties are broken by vertex index, so results are fully deterministic.
struct NelderMead {
  typealias Result = OptimiserResult

  /// Lower corner of the box.
  var lower: [Double]
  /// Upper corner of the box.
  var upper: [Double]
  /// Edge length of each fresh simplex.
  var step = 0.5
  /// Relative spread of values at which a simplex counts as flat.
  var tolerance = 1e-13
  /// Per-coordinate distance at which a simplex counts as small.
  var pointTolerance = 1e-9
  /// Relative improvement below which a restart confirms convergence.
  var restartTolerance = 1e-11
  /// Budget of objective evaluations over all restarts.
  var maxEvaluations = 20_000
  /// Most restarts after the first run.
  var maxRestarts = 10

  /// Minimises `f` starting from `start`; NaN values count as +∞.
  func minimize(from start: [Double], _ f: ([Double]) -> Double) -> Result {
    var evaluations = 0
    var best = run(from: clamped(start), f, evaluations: &evaluations)
    var restarts = 0
    while best.converged, restarts < maxRestarts {
      restarts += 1
      let next = run(from: best.point, f, evaluations: &evaluations)
      let improvement = best.value - next.value
      if next.value < best.value { best = next }
      guard next.converged else { break }
      if improvement <= restartTolerance * (1 + abs(best.value)) {
        return Result(
          point: best.point, value: best.value, evaluations: evaluations, converged: true)
      }
    }
    // Out of budget, or still improving after the last restart.
    return Result(point: best.point, value: best.value, evaluations: evaluations, converged: false)
  }

  /// One Nelder–Mead run from a fresh simplex around `start`.
  private func run(
    from start: [Double], _ f: ([Double]) -> Double, evaluations: inout Int
  ) -> (point: [Double], value: Double, converged: Bool) {
    func evaluate(_ point: [Double]) -> Double {
      evaluations += 1
      let value = f(point)
      return value.isNaN ? .infinity : value
    }
    let n = start.count
    var points = [start]
    for i in 0..<n {
      var vertex = start
      // Step inwards when the outward step would leave the box and collapse the vertex.
      vertex[i] += start[i] + step <= upper[i] ? step : -step
      points.append(clamped(vertex))
    }
    var values = points.map(evaluate)
    while true {
      let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
      points = order.map { points[$0] }
      values = order.map { values[$0] }
      if isConverged(points, values) { return (points[0], values[0], true) }
      if evaluations >= maxEvaluations { return (points[0], values[0], false) }

      var centroid = [Double](repeating: 0, count: n)
      for vertex in points.dropLast() {
        for j in 0..<n { centroid[j] += vertex[j] / Double(n) }
      }
      let worst = points[n]
      let reflected = along(centroid, worst, by: -1)
      let reflectedValue = evaluate(reflected)
      if reflectedValue < values[0] {
        let expanded = along(centroid, worst, by: -2)
        let expandedValue = evaluate(expanded)
        (points[n], values[n]) =
          expandedValue < reflectedValue
          ? (expanded, expandedValue) : (reflected, reflectedValue)
        continue
      }
      if reflectedValue < values[n - 1] {
        (points[n], values[n]) = (reflected, reflectedValue)
        continue
      }
      // Contract: outside the simplex if the reflection beat the worst vertex, else inside.
      let outside = reflectedValue < values[n]
      let contracted = along(centroid, worst, by: outside ? -0.5 : 0.5)
      let contractedValue = evaluate(contracted)
      if outside ? contractedValue <= reflectedValue : contractedValue < values[n] {
        (points[n], values[n]) = (contracted, contractedValue)
        continue
      }
      let shrunk = (1...n).map { along(points[0], points[$0], by: 0.5) }
      // A small simplex within rounding of its best vertex cannot shrink any further. Its
      // values then differ only by the objective's rounding noise, which can exceed
      // `tolerance` (a likelihood summing thousands of ln Γ terms near a box edge); without
      // this stop it would shrink in place until the budget ran out.
      if shrunk.elementsEqual(points.dropFirst()), isSmall(points) {
        return (points[0], values[0], true)
      }
      for i in 1...n {
        points[i] = shrunk[i - 1]
        values[i] = evaluate(points[i])
      }
    }
  }

  /// `origin + factor · (target − origin)`, clamped to the box.
  private func along(_ origin: [Double], _ target: [Double], by factor: Double) -> [Double] {
    clamped(origin.indices.map { origin[$0] + factor * (target[$0] - origin[$0]) })
  }

  /// `point` with each coordinate moved into [lower, upper].
  private func clamped(_ point: [Double]) -> [Double] {
    point.indices.map { min(max(point[$0], lower[$0]), upper[$0]) }
  }

  /// Flat and small, as described on the type.
  private func isConverged(_ points: [[Double]], _ values: [Double]) -> Bool {
    guard let best = values.first, let worst = values.last, best.isFinite, worst.isFinite
    else { return false }
    guard worst - best <= tolerance * (1 + abs(best)) else { return false }
    return isSmall(points)
  }

  /// Every vertex within `pointTolerance` of the best one in each coordinate.
  private func isSmall(_ points: [[Double]]) -> Bool {
    points.dropFirst().allSatisfy { vertex in
      vertex.indices.allSatisfy { abs(vertex[$0] - points[0][$0]) <= pointTolerance }
    }
  }
}
