import Foundation
import Testing

@Suite("kam events and kam show: payloads as people read them")
struct EventOutputTests {
  /// A client with a sale, a negotiation and a meeting, every amount with cents.
  static func book() -> Harness {
    let harness = Harness.withClient()
    harness.run(
      "log", "sale", "acme", "--amount", "12000.50", "--cost", "8000", "--on", "2025-02-01",
      "--ref", "FV/1", "--note", "late delivery")
    harness.run(
      "log", "negotiation", "acme", "--list", "5000", "--asked", "15", "--granted", "12.5",
      "--outcome", "won", "--on", "2025-03-01")
    harness.run(
      "log", "meeting", "acme", "--kind", "visit", "--cost", "250.75", "--on", "2025-03-02")
    return harness
  }

  /// The output with what the clock and chance decide (instants not at midday,
  /// command ids) replaced by marks of the same width, so columns stay aligned.
  static func steady(_ text: String) -> String {
    var text = text
    for pattern in [
      #"\d{4}-\d\d-\d\dT(?!12:00:00\.000Z)\d\d:\d\d:\d\d\.\d{3}Z"#, #"c[0-9a-f]{16}"#,
      #"\d{4}-\d\d-\d\d \d\d:\d\d"#,
    ] {
      let expression = try! NSRegularExpression(pattern: pattern)
      for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        .reversed()
      {
        let range = Range(match.range, in: text)!
        text.replaceSubrange(range, with: String(repeating: "#", count: text[range].count))
      }
    }
    return text
  }

  @Test("the table shows money as decimals, percentages as percentages, the stream version")
  func table() {
    let result = Self.book().run("events", "acme", "--wide")
    #expect(result.status == 0)
    #expect(
      Self.steady(result.out) == """
        Events in book.sqlite · client acme · Amounts in PLN
        Seq  Client  Type               Version  Occurred    Recorded (UTC)    Actor   Command            Data
          2  acme    client-registered        1  2025-01-10  ################  tester  #################  name="ACME S.A."
          3  acme    sale-recorded            2  2025-02-01  ################  tester  #################  amount=12,000.50 cost=8,000.00 ref=FV/1 note="late delivery"
          4  acme    price-negotiated         3  2025-03-01  ################  tester  #################  listAmount=5,000.00 asked=15% granted=12.5% outcome=won
          5  acme    meeting-held             4  2025-03-02  ################  tester  #################  kind=visit cost=250.75

        """)
  }

  @Test("CSV holds the JSON keys and the JSON payload, money as decimal strings")
  func csv() {
    let result = Self.book().run("events", "-O", "csv")
    #expect(result.status == 0)
    #expect(
      Self.steady(result.out) == """
        seq,client,type,version,typeVersion,occurredAt,recordedAt,actor,commandId,retracted,data
        1,,book-created,1,1,########################,########################,tester,#################,false,"{""currency"":""PLN""}"
        2,acme,client-registered,1,1,2025-01-10T12:00:00.000Z,########################,tester,#################,false,"{""client"":""acme"",""name"":""ACME S.A.""}"
        3,acme,sale-recorded,2,2,2025-02-01T12:00:00.000Z,########################,tester,#################,false,"{""client"":""acme"",""amount"":""12000.50"",""cost"":""8000.00"",""ref"":""FV/1"",""note"":""late delivery""}"
        4,acme,price-negotiated,3,1,2025-03-01T12:00:00.000Z,########################,tester,#################,false,"{""client"":""acme"",""listAmount"":""5000.00"",""asked"":15,""granted"":12.5,""outcome"":""won""}"
        5,acme,meeting-held,4,1,2025-03-02T12:00:00.000Z,########################,tester,#################,false,"{""client"":""acme"",""kind"":""visit"",""cost"":""250.75""}"

        """)
  }

  @Test("JSON: version is the stream version, typeVersion the payload's schema version")
  func json() {
    let result = Self.book().run("events", "acme", "-O", "json")
    #expect(result.status == 0)
    #expect(
      Self.steady(result.out) == """
        [
        {"seq":2,"client":"acme","type":"client-registered","version":1,"typeVersion":1,"occurredAt":"2025-01-10T12:00:00.000Z","recordedAt":"########################","actor":"tester","commandId":"#################","retracted":false,"data":{"client":"acme","name":"ACME S.A."}},
        {"seq":3,"client":"acme","type":"sale-recorded","version":2,"typeVersion":2,"occurredAt":"2025-02-01T12:00:00.000Z","recordedAt":"########################","actor":"tester","commandId":"#################","retracted":false,"data":{"client":"acme","amount":"12000.50","cost":"8000.00","ref":"FV/1","note":"late delivery"}},
        {"seq":4,"client":"acme","type":"price-negotiated","version":3,"typeVersion":1,"occurredAt":"2025-03-01T12:00:00.000Z","recordedAt":"########################","actor":"tester","commandId":"#################","retracted":false,"data":{"client":"acme","listAmount":"5000.00","asked":15,"granted":12.5,"outcome":"won"}},
        {"seq":5,"client":"acme","type":"meeting-held","version":4,"typeVersion":1,"occurredAt":"2025-03-02T12:00:00.000Z","recordedAt":"########################","actor":"tester","commandId":"#################","retracted":false,"data":{"client":"acme","kind":"visit","cost":"250.75"}}
        ]

        """)
  }

  @Test("kam show lists the events' payloads in the same words")
  func show() {
    let result = Self.book().fitting(120).run("show", "acme", "--as-of", "2025-03-31")
    #expect(result.status == 0)
    let events = result.out.components(separatedBy: "\n\n").last ?? ""
    #expect(
      events == """
        Events
        Seq  Occurred    Type               Data
          2  2025-01-10  client-registered  name="ACME S.A."
          3  2025-02-01  sale-recorded      amount=12,000.50 cost=8,000.00 ref=FV/1 note="late delivery"
          4  2025-03-01  price-negotiated   listAmount=5,000.00 asked=15% granted=12.5% outcome=won
          5  2025-03-02  meeting-held       kind=visit cost=250.75

        """)
  }

  @Test(
    "retracted events are marked, a retraction undone restores them; --by occurred sorts by day")
  func retractedAndOrder() {
    let harness = Self.book()
    harness.run("retract", "3", "--reason", "logged twice")
    harness.run("log", "sale", "acme", "--amount", "7", "--on", "2025-01-20")
    harness.run("undo")
    harness.run("undo", "--redo")
    let listed = harness.run("events", "acme", "--type", "sale", "--by", "occurred", "-O", "csv")
    #expect(listed.status == 0)
    let rows = listed.out.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    #expect(rows.map { "\($0[0]) \($0[9])" } == ["7 false", "3 true"], "\(listed.out)")
    let table = harness.run("events", "acme", "--type", "event-retracted")
    #expect(
      table.out.split(separator: "\n").prefix(5).map {
        $0.split(separator: " ").prefix(3).joined(separator: " ")
          + ($0.contains("(retracted)") ? " (retracted)" : "")
      }
        == [
          "Events in book.sqlite", "Seq Client Type", "6 acme event-retracted",
          "8 acme event-r… (retracted)", "9 acme event-retracted",
        ])
    let before = harness.run(
      "events", "acme", "--type", "sale", "--known-at", "2000-01-01", "-O", "json")
    #expect(before.out == "[]\n", "nothing was known then")
  }
}
