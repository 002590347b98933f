/// Escaping for text placed in HTML, SVG or KML (XML): article snippets are untrusted
/// input, and a `<script>` quoted by a news site must stay text in the report.
public enum HTMLText {
    /// Escapes `& < > " '` so the result is safe both as element text and inside a quoted
    /// attribute; drops the control characters XML 1.0 forbids (and U+FFFE, U+FFFF).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case _ where c.value < 0x20 && c != "\n" && c != "\t" && c != "\r": continue
            case _ where c.value == 0xFFFE || c.value == 0xFFFF: continue
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
