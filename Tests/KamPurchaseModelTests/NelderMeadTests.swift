import Testing

@testable import KamPurchaseModel

@Suite("Nelder–Mead optimiser")
struct NelderMeadTests {
  static let box = NelderMead(lower: [-10, -10], upper: [10, 10])

  @Test("finds the Rosenbrock minimum at (1, 1)")
  func rosenbrock() {
    let result = Self.box.minimize(from: [-1.2, 1]) { p in
      100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) + (1 - p[0]) * (1 - p[0])
    }
    #expect(result.converged)
    #expect(abs(result.point[0] - 1) < 1e-6 && abs(result.point[1] - 1) < 1e-6)
  }

  @Test("stops on the box when the minimum lies outside it")
  func clampsToBox() {
    let result = Self.box.minimize(from: [0, 0]) { p in
      (p[0] - 20) * (p[0] - 20) + (p[1] + 3) * (p[1] + 3)
    }
    #expect(result.converged)
    #expect(result.point[0] == 10)
    #expect(abs(result.point[1] + 3) < 1e-6)
  }

  @Test("reports non-convergence when the budget runs out")
  func budget() {
    var optimiser = Self.box
    optimiser.maxEvaluations = 20
    let result = optimiser.minimize(from: [-1.2, 1]) { p in
      100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) + (1 - p[0]) * (1 - p[0])
    }
    #expect(!result.converged)
    #expect(result.evaluations <= 25)
  }
}
