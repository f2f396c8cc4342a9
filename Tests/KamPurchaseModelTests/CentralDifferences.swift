/// ∂f/∂xᵢ at `point` by central differences with step `h`: the reference an exact gradient
/// is checked against.
func centralDifferences(at point: [Double], step h: Double = 1e-5, _ f: ([Double]) -> Double)
  -> [Double]
{
  point.indices.map { i in
    var (up, down) = (point, point)
    up[i] += h
    down[i] -= h
    return (f(up) - f(down)) / (2 * h)
  }
}
