import Testing

@testable import KamPurchaseModel

@Suite("BFGS optimiser")
struct QuasiNewtonTests {
  static let box = QuasiNewton(lower: [-10, -10], upper: [10, 10])

  /// Rosenbrock's valley and its gradient.
  static func rosenbrock(_ p: [Double]) -> (value: Double, gradient: [Double]) {
    let bend = p[1] - p[0] * p[0]
    return (
      100 * bend * bend + (1 - p[0]) * (1 - p[0]),
      [-400 * p[0] * bend - 2 * (1 - p[0]), 200 * bend]
    )
  }

  @Test("finds the Rosenbrock minimum at (1, 1) in far fewer evaluations than the simplex")
  func rosenbrock() {
    let result = Self.box.minimize(from: [-1.2, 1], Self.rosenbrock)
    #expect(result.converged)
    #expect(abs(result.point[0] - 1) < 1e-8 && abs(result.point[1] - 1) < 1e-8)
    let simplex = NelderMead(lower: [-10, -10], upper: [10, 10]).minimize(from: [-1.2, 1]) {
      Self.rosenbrock($0).value
    }
    #expect(result.evaluations * 3 < simplex.evaluations)
  }

  @Test("gives up, unconverged, rather than step onto the box")
  func leavesTheEdgeToTheSimplex() {
    let result = Self.box.minimize(from: [0, 0]) { p in
      ((p[0] - 20) * (p[0] - 20) + (p[1] + 3) * (p[1] + 3), [2 * (p[0] - 20), 2 * (p[1] + 3)])
    }
    #expect(!result.converged)
    #expect(result.point.allSatisfy { -10 < $0 && $0 < 10 })
  }

  @Test("gives up, unconverged, on a value that is not finite at the start")
  func notFinite() {
    let result = Self.box.minimize(from: [0, 0]) { _ in (.nan, [0, 0]) }
    #expect(!result.converged && result.evaluations == 1)
  }

  @Test("reports non-convergence when the budget runs out")
  func budget() {
    var optimiser = Self.box
    optimiser.maxEvaluations = 5
    let result = optimiser.minimize(from: [-1.2, 1], Self.rosenbrock)
    #expect(!result.converged)
    #expect(result.evaluations <= 5)
  }
}
