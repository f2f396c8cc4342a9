/// `value` with `places` decimals (`0.867`, `0.7466`), or `missing` when there is none or
/// it is not finite: the figures the benchmarks print, without Foundation's formatting.
func decimal(_ value: Double?, places: Int, missing: String = "-") -> String {
  guard let value, value.isFinite else { return missing }
  var scale = 1
  for _ in 0..<places { scale *= 10 }
  let scaled = Int((value * Double(scale)).rounded())
  let sign = scaled < 0 ? "-" : ""
  let fraction = String(scaled.magnitude % UInt(scale))
  return sign + "\(scaled.magnitude / UInt(scale))."
    + String(repeating: "0", count: places - fraction.count) + fraction
}
