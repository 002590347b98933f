/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; nil is empty.
public struct CSVWriter: Sendable {
    public private(set) var text: String

    public init(header: [String]) {
        text = ""
        appendRow(header)
    }

    public mutating func append(_ fields: [String?]) { appendRow(fields.map { $0 ?? "" }) }

    private mutating func appendRow(_ fields: [String]) {
        text += fields.map(Self.quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
