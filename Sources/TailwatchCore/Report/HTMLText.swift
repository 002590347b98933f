/// Escaping for text placed in HTML or SVG: article snippets are untrusted input, and a
/// `<script>` quoted by a news site must stay text in the report.
public enum HTMLText {
    /// Escapes `& < > " '` so the result is safe both as element text and inside a quoted attribute.
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
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
