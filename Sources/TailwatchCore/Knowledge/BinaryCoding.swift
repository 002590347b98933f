import Foundation

/// A compact little-endian byte format for derived tables (`GazetteerSnapshot`):
/// unsigned LEB128 integers, length-prefixed UTF-8 strings, doubles as their bits.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value))
        repeat {
            let low = UInt8(v & 0x7F)
            v >>= 7
            bytes.append(v == 0 ? low : low | 0x80)
        } while v != 0
    }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func optionalString(_ s: String?) {
        if let s { int(1); string(s) } else { int(0) }
    }

    mutating func double(_ d: Double) {
        var v = d.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(v & 0xFF))
            v >>= 8
        }
    }

    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }
}

/// Reads what `BinaryWriter` wrote; any read past the end or malformed value throws.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at == bytes.count }

    mutating func int() throws -> Int {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Malformed() }
            let b = bytes[at]
            at += 1
            v |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: v))
    }

    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw Malformed() }
        return n
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try int() == 1 ? try string() : nil
    }

    mutating func double() throws -> Double {
        guard bytes.count - at >= 8 else { throw Malformed() }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        at += 8
        return Double(bitPattern: v)
    }

    mutating func bool() throws -> Bool {
        guard at < bytes.count else { throw Malformed() }
        defer { at += 1 }
        return bytes[at] == 1
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }
}
