import KamDomain
import Testing

@Suite("A refusal's words")
struct CommandRefusalTests {
  let refusal = CommandRefusal(
    .beforeStart, "\(input: "to") 2025-02-01 is before \(input: "freeDelivery") \(42)")

  @Test("name each input by its name in the command, unless a front end names it")
  func naming() {
    #expect(refusal.message == "to 2025-02-01 is before freeDelivery 42")
    #expect(refusal.message { "<\($0)>" } == "<to> 2025-02-01 is before <freeDelivery> 42")
    #expect(refusal.words.inputs == ["to", "freeDelivery"])
  }

  @Test("that read the same are the same, however they were written")
  func equality() {
    let date = "2025-02-01"
    #expect(refusal.words == "\(input: "to") \(date) is before \(input: "freeDelivery") 42")
    #expect(CommandRefusal.Words("plain") == "pl\("ai")n")
  }
}
