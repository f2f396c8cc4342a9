import KamDomain
import Testing

@Suite("The flat JSON reader of event payloads")
struct FlatJSONTests {
  static let samples: [(String, FlatJSONValue)] = [
    ("0", .integer(0)), ("-12", .integer(-12)), ("9223372036854775807", .integer(.max)),
    ("-9223372036854775808", .integer(.min)), ("0.25", .number(0.25)), ("1e3", .number(1000)),
    ("-2.5E-1", .number(-0.25)), ("12345678901234567890", .number(12_345_678_901_234_567_168)),  // the nearest double
  ]

  @Test("numbers: integers exactly, fractions and exponents as doubles", arguments: samples)
  func numbers(text: String, expected: FlatJSONValue) {
    #expect(FlatJSON(text: #"{"n": \#(text)}"#)?["n"] == expected)
  }

  @Test("strings with escapes, literals, and members in document order")
  func members() throws {
    let json = try #require(
      FlatJSON(text: #"{"a":"x\"y\\z\n\u00e9","b":true,"c":false,"d":null,"e":-1}"#))
    #expect(json.members.map(\.key) == ["a", "b", "c", "d", "e"])
    #expect(json["a"] == .string("x\"y\\z\né"))
    #expect(json["b"] == .bool(true))
    #expect(json["c"] == .bool(false))
    #expect(json["d"] == .null)
    #expect(json["e"] == .integer(-1))
  }

  @Test(
    "anything but one flat object is refused",
    arguments: [
      "", "[]", #"{"a":}"#, #"{"a":1"#, #"{"a":{"b":1}}"#, #"{"a":[1]}"#, #"{"a":1} x"#,
      #"{"a":-}"#,
      #"{"a":tru}"#,
    ])
  func refused(text: String) {
    #expect(FlatJSON(text: text) == nil)
  }
}
