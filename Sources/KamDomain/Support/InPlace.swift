/// An array's elements read where they lie, from any thread, for the length of one call.
///
/// `array[i]` handed to a function copies the element out first; for a client's history,
/// a dozen arrays to retain and release, across every client of a whole-book view. An
/// element read here is lent instead (the buffer's addressor), so a function that borrows
/// it copies nothing.
///
/// ```swift
/// let facts = InPlace.lending(histories) { histories in
///   ParallelMap.map(positions) { StageFacts(histories[$0], policy: policy) }
/// }
/// ```
///
/// Valid only inside the call that made it (``lending(_:_:)``, or
/// `withContiguousStorageIfAvailable`): the elements are the array's own storage.
@usableFromInline
package struct InPlace<Element: Sendable>: @unchecked Sendable {
  @usableFromInline let elements: UnsafeBufferPointer<Element>

  @inlinable
  package init(_ elements: UnsafeBufferPointer<Element>) { self.elements = elements }

  /// The positions of the elements.
  @inlinable
  package var indices: Range<Int> { 0..<elements.count }

  /// The element at `position`, lent.
  @inlinable
  package subscript(position: Int) -> Element {
    unsafeAddress { elements.baseAddress! + position }
  }

  /// `body` given `array`'s elements in place.
  @inlinable
  package static func lending<Result>(
    _ array: [Element], _ body: (InPlace<Element>) throws -> Result
  ) rethrows -> Result {
    try array.withUnsafeBufferPointer { try body(InPlace($0)) }
  }
}
