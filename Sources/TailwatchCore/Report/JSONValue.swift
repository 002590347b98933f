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
    public func rendered(pretty: Bool = false) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if !d.isFinite { out += "null" } else if d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) + ".0" } else { out += String(d) }
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                Self.escape(k, into: &out)
                out += pretty ? ": " : ":"
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    /// Appends `s` as a JSON string. Runs of text that need no escape (nearly all of it)
    /// are appended whole: appending scalar by scalar was a tenth of `tailwatch extract`'s
    /// instructions on dense text (snippets of every event). The bytes that start an
    /// escape are ASCII (`"`, `\\`, controls) or the first byte of U+2028/U+2029 (E2 80
    /// A8/A9), so every cut falls on a scalar boundary and the output is the scalar loop's
    /// (`escapeByScalars`, which `JSONEscapeIdentityTests` compares it with).
    static func escape(_ s: String, into out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            var after = utf8.index(after: i)
            var escaped: String?
            if b < 0x20 || b == 0x22 || b == 0x5C {
                escaped = escapeASCII(b)
            } else if b == 0xE2, after != utf8.endIndex, utf8[after] == 0x80 {
                let third = utf8.index(after: after)
                if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                    escaped = utf8[third] == 0xA8 ? "\\u2028" : "\\u2029"
                    after = utf8.index(after: third)
                }
            }
            if let escaped {
                // Substring append copies the run's bytes; `+=` would go Character by Character.
                out.append(contentsOf: s[runStart..<i])
                out += escaped
                runStart = after
            }
            i = after
        }
        out.append(contentsOf: s[runStart..<utf8.endIndex])
        out += "\""
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
