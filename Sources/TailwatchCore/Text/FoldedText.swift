import Foundation

/// Substrings of a document's folded text by UTF-16 range, read from its units.
///
/// `folded as NSString` on Linux wraps the Swift string, and every `substring(with:)`
/// on it walked the string's UTF-16 view from the start: on Arabic text that cost more
/// than the matching it served.
public struct FoldedText: Sendable {
    public let units: [UInt16]

    public init(_ units: [UInt16]) { self.units = units }

    public var length: Int { units.count }

    public func substring(with range: NSRange) -> String {
        String(decoding: units[range.location..<(range.location + range.length)], as: UTF16.self)
    }
}

extension Document {
    public var foldedText: FoldedText { FoldedText(units) }
}
