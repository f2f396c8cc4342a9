#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A logistic regression fitted by Newton's method with a ridge penalty on every
/// coefficient but the intercept.
///
///     P(y = 1 | z) = σ(β₀ + β·z),  maximising Σ ln L − (λ/2)·|β|²
///
/// Each step solves (ZᵀWZ + λI′) Δ = Zᵀ(y − p) − λI′β by Cholesky, W = diag(p(1 − p)) and I′
/// the identity without its intercept entry; the penalty keeps the Hessian positive definite
/// and the estimate finite even when the classes separate. It is small numerics for a few
/// coefficients over many rows, as kam's calibration of the chance of no purchase needs.
///
/// ```swift
/// let fit = RidgeLogistic.fit(rows: [[0], [1], [2], [3]], labels: [false, false, true, true])
/// fit.probability([1.5])  // 0.5 by symmetry
/// ```
public struct RidgeLogistic: Hashable, Sendable {
  /// β₀ followed by one coefficient per feature.
  public var coefficients: [Double]
  /// Newton steps taken.
  public var iterations: Int
  /// Whether the last step moved every coefficient by less than the tolerance.
  public var converged: Bool

  /// A regression with its coefficients given: one that `fit(rows:labels:ridge:maxIterations:tolerance:)`
  /// returned, read back from a book's stored models.
  public init(coefficients: [Double], iterations: Int, converged: Bool) {
    self.coefficients = coefficients
    self.iterations = iterations
    self.converged = converged
  }

  /// Fits the model to `rows` (each the same number of features) and their labels.
  ///
  /// - Parameters:
  ///   - rows: the feature vectors, without the intercept's 1.
  ///   - labels: the outcome of each row.
  ///   - ridge: λ, the penalty on the non-intercept coefficients.
  ///   - maxIterations: Newton steps at most.
  ///   - tolerance: the largest coefficient change that counts as converged.
  /// - Returns: nil when there are no rows, their widths differ, or a value is not finite.
  public static func fit(
    rows: [[Double]], labels: [Bool], ridge: Double = 1, maxIterations: Int = 100,
    tolerance: Double = 1e-10
  ) -> RidgeLogistic? {
    guard let width = rows.first?.count, rows.count == labels.count,
      rows.allSatisfy({ $0.count == width && $0.allSatisfy(\.isFinite) })
    else { return nil }
    let k = width + 1
    // One contiguous matrix with the intercept's 1 in front of each row: the Newton steps
    // pass over every row several times, and an array per row costs a pointer chase and a
    // bounds check per feature.
    var design = [Double](repeating: 1, count: rows.count * k)
    for (r, row) in rows.enumerated() {
      for j in 0..<width { design[r * k + j + 1] = row[j] }
    }
    return fit(
      design: design, columns: k, labels: labels, ridge: ridge,
      maxIterations: maxIterations, tolerance: tolerance)
  }

  /// ``fit(rows:labels:ridge:maxIterations:tolerance:)`` over a design matrix given flat,
  /// row after row, each row led by the intercept's 1: for a caller that builds many rows
  /// and would otherwise allocate an array for each.
  ///
  /// - Parameters:
  ///   - design: `labels.count` rows of `columns` values, the first of each 1.
  ///   - columns: the features plus one.
  /// - Returns: nil when there are no rows, the matrix is not `labels.count` rows of
  ///   `columns`, or a value is not finite.
  public static func fit(
    design: [Double], columns: Int, labels: [Bool], ridge: Double = 1,
    maxIterations: Int = 100, tolerance: Double = 1e-10
  ) -> RidgeLogistic? {
    let k = columns
    guard k >= 1, !labels.isEmpty, design.count == labels.count * k,
      design.allSatisfy(\.isFinite)
    else { return nil }
    let outcomes = labels.map { $0 ? 1.0 : 0 }
    var beta = [Double](repeating: 0, count: k)
    // A large training set is summed in fixed slices on every core, added in slice order:
    // the same sums on any machine.
    let slices = labels.count < 16_384 ? 1 : 4
    for iteration in 1...max(maxIterations, 1) {
      // Per slice: the gradient's k entries, then the Hessian's k × k.
      let coefficients = beta
      let parts = FixedSlices.map(labels.count, slices: slices) { range -> [Double] in
        var sums = [Double](repeating: 0, count: k + k * k)
        sums.withUnsafeMutableBufferPointer { buffer in
          let g = buffer.baseAddress!
          let h = g + k
          design.withUnsafeBufferPointer { z in
            outcomes.withUnsafeBufferPointer { y in
              coefficients.withUnsafeBufferPointer { b in
                if k <= 8 {
                  accumulateNarrow(range, z, y, b, columns: k, gradient: g, hessian: h)
                  return
                }
                for r in range {
                  let row = r * k
                  var eta = 0.0
                  for i in 0..<k { eta += b[i] * z[row + i] }
                  let p = sigmoid(eta)
                  let residual = y[r] - p
                  let weight = p * (1 - p)
                  for i in 0..<k {
                    let zi = z[row + i]
                    g[i] += residual * zi
                    let wi = weight * zi
                    for j in 0...i { h[i * k + j] += wi * z[row + j] }
                  }
                }
              }
            }
          }
        }
        return sums
      }
      var gradient = Array(parts[0][0..<k])
      var hessian = Array(parts[0][k...])
      for part in parts.dropFirst() {
        for i in 0..<k { gradient[i] += part[i] }
        for i in 0..<(k * k) { hessian[i] += part[k + i] }
      }
      for i in 1..<k {
        gradient[i] -= ridge * beta[i]
        hessian[i * k + i] += ridge
      }
      // A tiny floor on the intercept's diagonal: with every p at 0 or 1 it would vanish.
      hessian[0] += 1e-12
      guard let step = solveSymmetric(hessian, gradient, size: k) else {
        return RidgeLogistic(coefficients: beta, iterations: iteration, converged: false)
      }
      var largest = 0.0
      for i in 0..<k {
        beta[i] += step[i]
        largest = max(largest, abs(step[i]))
      }
      guard beta.allSatisfy(\.isFinite) else { return nil }
      if largest < tolerance {
        return RidgeLogistic(coefficients: beta, iterations: iteration, converged: true)
      }
    }
    return RidgeLogistic(coefficients: beta, iterations: maxIterations, converged: false)
  }

  /// One slice's gradient and Hessian sums for a design of at most 8 columns, a row at a
  /// time in eight-wide vectors (zero past the last column).
  ///
  /// The same sums to the bit as the scalar loop: every entry still adds its own product
  /// row after row in the same order (a vector lane is one entry; nothing is fused), and
  /// η is summed one column after another as before. The upper triangle, computed along,
  /// is not written back.
  private static func accumulateNarrow(
    _ range: Range<Int>, _ z: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>,
    _ b: UnsafeBufferPointer<Double>, columns k: Int, gradient g: UnsafeMutablePointer<Double>,
    hessian h: UnsafeMutablePointer<Double>
  ) {
    var gradient = SIMD8<Double>(repeating: 0)
    withUnsafeTemporaryAllocation(of: SIMD8<Double>.self, capacity: 8) { hessian in
      hessian.initialize(repeating: SIMD8(repeating: 0))
      for r in range {
        let row = r * k
        var zr = SIMD8<Double>(repeating: 0)
        var eta = 0.0
        for i in 0..<k {
          zr[i] = z[row + i]
          eta += b[i] * z[row + i]
        }
        let p = sigmoid(eta)
        let residual = y[r] - p
        let weight = p * (1 - p)
        gradient += residual * zr
        for i in 0..<k { hessian[i] += (weight * zr[i]) * zr }
      }
      for i in 0..<k {
        g[i] += gradient[i]
        for j in 0...i { h[i * k + j] += hessian[i][j] }
      }
    }
  }

  /// σ(β₀ + β·features).
  public func probability(_ features: [Double]) -> Double {
    var eta = coefficients[0]
    for (coefficient, value) in zip(coefficients.dropFirst(), features) {
      eta += coefficient * value
    }
    return Self.sigmoid(eta)
  }

  /// 1/(1 + e^(−x)), without overflow for large |x|.
  public static func sigmoid(_ x: Double) -> Double {
    x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
  }

  /// ln(p/(1 − p)) with p kept in [ε, 1 − ε], so that certainties stay finite.
  public static func logit(_ p: Double, epsilon: Double = 1e-12) -> Double {
    let clamped = min(max(p, epsilon), 1 - epsilon)
    return log(clamped) - log1p(-clamped)
  }

  /// Solves A x = b for a symmetric positive definite A of which the lower triangle is
  /// filled (row-major), by Cholesky; nil when A is not positive definite.
  static func solveSymmetric(_ a: [Double], _ b: [Double], size n: Int) -> [Double]? {
    var l = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0...i {
        var sum = a[i * n + j]
        for m in 0..<j { sum -= l[i * n + m] * l[j * n + m] }
        if i == j {
          guard sum > 0, sum.isFinite else { return nil }
          l[i * n + i] = sum.squareRoot()
        } else {
          l[i * n + j] = sum / l[j * n + j]
        }
      }
    }
    var y = b
    for i in 0..<n {
      for m in 0..<i { y[i] -= l[i * n + m] * y[m] }
      y[i] /= l[i * n + i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      for m in (i + 1)..<n { y[i] -= l[m * n + i] * y[m] }
      y[i] /= l[i * n + i]
    }
    return y
  }
}
