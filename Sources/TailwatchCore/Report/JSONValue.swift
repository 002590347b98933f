import Foundation

/// A JSON value that keeps object keys in the order given, so output is stable
/// and reads in the order the contract documents.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// Compact (one line) or indented JSON text.
    ///
    /// Written as UTF-8 bytes and made a `String` once: appending each `","`, `":"` and
    /// key to a `String` went through its generic append path, a twentieth of `tailwatch
    /// extract` on dense text. `renderedAsString` is the first version, kept for
    /// `FastPathIdentityTests`.
    public func rendered(pretty: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(into: &out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d):
            if !d.isFinite { out.append(contentsOf: "null".utf8) } else if d == d.rounded(), abs(d) < 1e15 {
                out.append(contentsOf: String(Int(d)).utf8)
                out.append(contentsOf: ".0".utf8)
            } else { out.append(contentsOf: String(d).utf8) }
        case .string(let s): Self.escape(s, intoBytes: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(0x5B)
            for (i, v) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, indent + 1) }
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out.append(0x5D)
        case .object(let fields):
            if fields.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, indent + 1) }
                Self.escape(k, intoBytes: &out)
                out.append(contentsOf: (pretty ? ": " : ":").utf8)
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out.append(0x7D)
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(0x0A)
        for _ in 0..<(2 * indent) { out.append(0x20) }
    }

    /// The rendering as first written, into a `String`: what `rendered` must equal.
    func renderedAsString(pretty: Bool = false) -> String {
        var out = ""
        writeAsString(into: &out, pretty: pretty, indent: 0)
        return out
    }

    private func writeAsString(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if !d.isFinite { out += "null" } else if d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) + ".0" } else { out += String(d) }
        case .string(let s): Self.escapeByScalars(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                v.writeAsString(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                Self.escapeByScalars(k, into: &out)
                out += pretty ? ": " : ":"
                v.writeAsString(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    /// Appends `s` as a JSON string. Runs of text that need no escape (nearly all of it)
    /// are copied whole: appending scalar by scalar was a tenth of `tailwatch extract`'s
    /// instructions on dense text (snippets of every event). The bytes that start an
    /// escape are ASCII (`"`, `\\`, controls) or the first byte of U+2028/U+2029 (E2 80
    /// A8/A9), so the output is the scalar loop's (`escapeByScalars`, which
    /// `FastPathIdentityTests` compares it with).
    static func escape(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        escape(s, intoBytes: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ s: String, intoBytes out: inout [UInt8]) {
        var s = s
        s.withUTF8 { b in
            out.append(0x22)
            var runStart = 0
            var i = 0
            while i < b.count {
                let byte = b[i]
                var after = i + 1
                var escaped: String?
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    escaped = escapeASCII(byte)
                } else if byte == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 {
                    escaped = b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    after = i + 3
                }
                if let escaped {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
                    out.append(contentsOf: escaped.utf8)
                    runStart = after
                }
                i = after
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<b.count]))
            out.append(0x22)
        }
    }

    private static func escapeASCII(_ b: UInt8) -> String {
        switch b {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default: return String(format: "\\u%04x", UInt32(b))
        }
    }

    /// The escape as first written, scalar by scalar: what `escape` must equal.
    static func escapeByScalars(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029:
                out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}
