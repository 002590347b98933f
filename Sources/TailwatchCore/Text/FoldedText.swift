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
        Self.string(units[range.location..<(range.location + range.length)])
    }

    /// A string from UTF-16 units, written straight as UTF-8. `String(decoding:as:
    /// UTF16.self)` takes the standard library's slow transcoding path for anything but
    /// ASCII, which cost a tenth of extraction on Arabic text. Unpaired surrogates become
    /// U+FFFD, as there.
    public static func string(_ units: ArraySlice<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { buffer in
            var n = 0
            var i = units.startIndex
            while i < units.endIndex {
                let u = units[i]
                i += 1
                if u < 0x80 {
                    buffer[n] = UInt8(u); n += 1
                } else if u < 0x800 {
                    buffer[n] = UInt8(0xC0 | (u >> 6)); buffer[n + 1] = UInt8(0x80 | (u & 0x3F)); n += 2
                } else if u & 0xFC00 == 0xD800, i < units.endIndex, units[i] & 0xFC00 == 0xDC00 {
                    let v = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                } else {
                    let v: UInt32 = u & 0xF800 == 0xD800 ? 0xFFFD : UInt32(u)
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                }
            }
            return n
        }
    }
}

extension Document {
    public var foldedText: FoldedText { FoldedText(units) }
}
