import Foundation

/// A streaming CSV reader: fields separated by commas, quoted with `"` (RFC 4180) or
/// with `'` (OpenSky's aircraft database exports), doubled quotes inside quotes,
/// line breaks inside quoted fields. Reads the file in 1 MiB chunks, so memory does
/// not grow with the file.
public struct CSVReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The quote byte, from the file's first byte (`'` or `"`); `"` when unquoted.
    private var quote: UInt8 = 0x22
    private var decided = false
    /// Line number (1-based) where the last record returned started.
    public private(set) var line = 0
    private var nextLine = 1

    public init(path: String) throws {
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw CSVError.unreadable(path)
        }
        handle = h
    }

    /// The next record, or nil at the end of the file.
    public mutating func next() -> [String]? {
        if !decided {
            fill()
            if let first = buffer.first, first == 0x27 { quote = 0x27 }
            decided = true
        }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var sawAny = false
        line = nextLine
        while true {
            if position >= buffer.count {
                fill()
                if position >= buffer.count {
                    if !sawAny { return nil }
                    fields.append(String(decoding: field, as: UTF8.self))
                    return fields
                }
            }
            let b = buffer[position]
            position += 1
            sawAny = true
            if quoted {
                if b == quote {
                    if position >= buffer.count { fill() }
                    if position < buffer.count && buffer[position] == quote {
                        field.append(quote)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if b == 0x0A { nextLine += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case quote where field.isEmpty: quoted = true
            case 0x2C:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case 0x0D: continue
            case 0x0A:
                nextLine += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return fields
            default: field.append(b)
            }
        }
    }

    private mutating func fill() {
        guard !finished else { return }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let chunk = handle.readData(ofLength: 1 << 20)
        if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
    }
}

public enum CSVError: Error, CustomStringConvertible {
    case unreadable(String)
    case missingColumn(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read the file"
        case .missingColumn(let path, let column): return "\(path): not an aircraft database export (no \(column) column in the header)"
        }
    }
}
