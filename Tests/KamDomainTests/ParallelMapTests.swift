import KamDomain
import Testing

@Suite("Mapping on every core")
struct ParallelMapTests {
  @Test(
    "the results keep the items' order, above and below the size worth splitting",
    arguments: [0, 1, 255, 513, 10_000])
  func keepsOrder(count: Int) {
    let items = Array(0..<count)
    #expect(ParallelMap.map(items) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    #expect(ParallelMap.map(items, minimumPerCore: 1) { String($0) } == items.map { String($0) })
  }
}

@Suite("Keeping some results on every core")
struct ParallelCompactMapTests {
  struct Odd: Error, Equatable { var item: Int }

  @Test(
    "given items of which some give nothing, then the rest keep their order",
    arguments: [0, 1, 255, 513, 10_000])
  func keepsOrder(count: Int) {
    let items = Array(0..<count)
    // Strings, so that moving a kept result over a gap is checked on a type with storage.
    let kept = ParallelMap.compactMap(items, minimumPerCore: 1) { item -> String? in
      item % 3 == 0 ? nil : "client-\(item)-" + String(repeating: "x", count: item % 40)
    }
    #expect(
      kept
        == items.compactMap { item -> String? in
          item % 3 == 0 ? nil : "client-\(item)-" + String(repeating: "x", count: item % 40)
        })
  }

  @Test("given items that fail on several threads, then the first failure by item order is thrown")
  func firstFailure() {
    let items = Array(0..<4_000)
    #expect(throws: Odd(item: 1_201)) {
      try ParallelMap.compactMap(items, minimumPerCore: 1) { item throws(Odd) -> Int? in
        if item == 1_201 || item == 3_999 { throw Odd(item: item) }
        return item
      }
    }
  }

  @Test("given two pieces of work, then both results come back, and the first one's failure too")
  func both() {
    let (first, second) = ParallelMap.both({ (1...1_000).reduce(0, +) }, { "second" })
    #expect(first == 500_500)
    #expect(second == "second")
    #expect(throws: Odd(item: 1)) {
      try ParallelMap.both({ () throws(Odd) -> Int in throw Odd(item: 1) }, { 2 })
    }
  }
}
