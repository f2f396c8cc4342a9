/// A vertical axis of counts from 0 to a round top, with its grid: what the
/// attention and stage-flow charts share.
struct CountAxis {
  let step: Double
  let high: Double
  let top: Double
  let bottom: Double

  /// An axis reaching at least `largest`, in about five round steps.
  init(largest: Int, top: Double, bottom: Double) {
    let largest = Double(max(1, largest))
    step = Self.niceStep(largest / 5)
    high = (largest / step).rounded(.up) * step
    self.top = top
    self.bottom = bottom
  }

  /// The height of `count` on the chart.
  func y(_ count: Double) -> Double { bottom - count / high * (bottom - top) }

  /// The grid lines, their labels and the base line, from `left` to `right`.
  func svg(left: Double, right: Double) -> String {
    var svg = "<g class=\"axis\">"
    var tick = 0.0
    while tick <= high {
      svg +=
        "<line class=\"grid-line\" x1=\"\(left)\" y1=\"\(HTML.coordinate(y(tick)))\" x2=\"\(right)\" "
      svg +=
        "y2=\"\(HTML.coordinate(y(tick)))\"/><text x=\"\(left - 6)\" y=\"\(HTML.coordinate(y(tick) + 4))\" "
      svg += "text-anchor=\"end\">\(HTML.count(Int(tick)))</text>"
      tick += step
    }
    return svg + "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(right)\" y2=\"\(bottom)\"/></g>\n"
  }

  /// A round step for an axis near `raw`: 1, 2 or 5 times a power of ten.
  static func niceStep(_ raw: Double) -> Double {
    guard raw > 1 else { return 1 }
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    for factor in [1.0, 2.0, 5.0] where power * factor >= raw { return power * factor }
    return power * 10
  }
}
