import Testing

@testable import KamCLI

/// The hand-written JSON renderer: what it writes is what Swift's own spelling gives, and
/// strings are escaped whole runs at a time.
@Suite("JSON rendering")
struct JSONRenderingTests {
  @Test(
    "integers are written as String spells them",
    arguments: [0, 7, -7, 10, 99, 100, 1_234_567_890, Int64.max, Int64.min, Int64.min + 1])
  func integers(value: Int64) {
    #expect(JSON.integer(value).rendered == String(value))
  }

  @Test(
    "numbers are written as Swift spells them, the shortest that reads back; non-finite as null",
    arguments: [0, -0.0, 0.1, 0.5596, 1e-7, 1e21, 123_456.789, -2.5, Double.ulpOfOne])
  func numbers(value: Double) {
    #expect(JSON.number(value).rendered == "\(value)")
    #expect(JSON.number(.infinity).rendered == "null")
    #expect(JSON.number(.nan).rendered == "null")
  }

  @Test(
    "strings are quoted and escaped, the runs between escapes copied whole",
    arguments: [
      ("", #""""#), ("plain", #""plain""#), (#"a"b"#, #""a\"b""#), (#"\"#, #""\\""#),
      ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#), ("\u{1}x\u{1f}", #""\u0001x\u001f""#),
      ("zażółć \"x\"", #""zażółć \"x\"""#), ("\"", #""\"""#),
    ])
  func strings(text: String, expected: String) {
    #expect(JSON.string(text).rendered == expected)
  }

  @Test("a listing's rows are written as one array, element by element, then a line break")
  func consoleLines() {
    let console = Console(environment: [:], capture: true)
    let rows = JSON.array([
      .object([.init("client", .string("acme")), .init("risk", .number(0.25))]),
      .object([.init("client", .string("bolt")), .init("risk", .null)]),
    ])
    console.line(rows)
    console.line(JSON.array([]))
    #expect(
      console.capturedOut
        == #"[{"client":"acme","risk":0.25},{"client":"bolt","risk":null}]"# + "\n[]\n")
  }
}
