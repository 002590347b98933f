/// A half-open range of UTF-8 byte offsets into an article's text as stored.
public struct ByteRange: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func overlaps(_ other: ByteRange) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: ByteRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// One thing an extractor found: where it is in the original text and what it means.
public struct Span<Value>: CustomStringConvertible {
    public var range: ByteRange
    public var value: Value

    public init(_ range: ByteRange, _ value: Value) {
        self.range = range
        self.value = value
    }

    public var description: String { "\(range.start)..<\(range.end) \(value)" }
}

extension Span: Sendable where Value: Sendable {}
extension Span: Equatable where Value: Equatable {}
extension Span: Hashable where Value: Hashable {}
