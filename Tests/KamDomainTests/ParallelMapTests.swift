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
