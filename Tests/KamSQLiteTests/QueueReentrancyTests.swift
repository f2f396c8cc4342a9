import Dispatch
import KamSQLite
import Testing

@Suite("The queue is not re-entrant")
struct QueueReentrancyTests {
  @Test("the queue knows when the calling thread is inside one of its closures")
  func detectsInside() throws {
    let queue = try DatabaseQueue(path: ":memory:")
    #expect(queue.isAccessedByCurrentThread == false)
    let inside = queue.access { _ in queue.isAccessedByCurrentThread }
    #expect(inside)
    #expect(try queue.read { _ in queue.isAccessedByCurrentThread })
    #expect(try queue.write { _ in queue.isAccessedByCurrentThread })
    #expect(queue.isAccessedByCurrentThread == false)
  }

  @Test("another thread is not inside while this one is")
  func otherThread() throws {
    final class Answer: @unchecked Sendable { var inside = true }
    let queue = try DatabaseQueue(path: ":memory:")
    let answer = Answer()
    queue.access { _ in
      let done = DispatchSemaphore(value: 0)
      DispatchQueue.global().async {
        answer.inside = queue.isAccessedByCurrentThread
        done.signal()
      }
      done.wait()
    }
    #expect(answer.inside == false)
  }

  @Test("calling into the queue from inside its own closure stops the program")
  func reentrantAccessStops() async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      let queue = try DatabaseQueue(path: ":memory:")
      try queue.write { _ in
        _ = try queue.read { db in try db.scalar(Int.self, "SELECT 1") }
      }
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message.contains("Database methods are not reentrant"))
  }
}
