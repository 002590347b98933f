/// The FAA's algorithmic mapping between US N-numbers and ICAO 24-bit addresses
/// (Mode S hex): N1 is A00001, N99999 is ADF7C7, and every N-number in between has
/// its place in a fixed ordering (digits then suffix letters, I and O never used).
///
/// The ordering: after the first digit (1–9) each further position is either the end,
/// a one- or two-letter suffix (601 codes), or another digit opening a smaller bucket.
/// Checked against the reference converter (PyPI `icao_nnumber_converter_us` 0.1.0,
/// after github.com/guillaumemichel/icao-nnumber_converter) in the tests.
public enum USRegistryAddress {
    static let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
    static let first: UInt32 = 0xA00001
    static let last: UInt32 = 0xADF7C7
    /// Codes under one position: the end, letter suffixes, then ten digit buckets.
    static let suffixSize = 1 + 24 * (1 + 24)  // 601
    static let bucketSizes = [101_711, 10_111, 951, 35]  // after the 1st … 4th digit

    /// The hex address of an N-number ("N467AM" → "A5B3A8"), nil when it is not one.
    public static func hex(ofNNumber registration: String) -> String? {
        var chars = Array(registration.uppercased())
        guard chars.first == "N" else { return nil }
        chars.removeFirst()
        guard (1...5).contains(chars.count), let d0 = chars[0].wholeNumberValue, d0 >= 1 else { return nil }
        var offset = (d0 - 1) * bucketSizes[0]
        var i = 1
        while i < chars.count {
            let c = chars[i]
            if let letterIndex = letters.firstIndex(of: c) {
                // Letters end the number: one or two of them (a fifth position takes one).
                let rest = chars[(i + 1)...]
                if i == 4 {
                    guard rest.isEmpty else { return nil }
                    offset += 1 + letterIndex
                } else {
                    guard rest.count <= 1, rest.allSatisfy(letters.contains) else { return nil }
                    offset += suffixOffset(letterIndex, rest.first)
                }
                return format(first + UInt32(offset))
            }
            guard let digit = c.wholeNumberValue else { return nil }
            if i == 4 {
                offset += 1 + 24 + digit
            } else {
                offset += suffixSize + digit * bucketSizes[i]
            }
            i += 1
        }
        return format(first + UInt32(offset))
    }

    /// The N-number of a hex address in the US block ("A061D9" → "N12345").
    public static func nNumber(ofHex hex: String) -> String? {
        guard hex.count == 6, let value = UInt32(hex, radix: 16), (first...last).contains(value) else { return nil }
        var rest = Int(value - first)
        var out = "N"
        let d0 = rest / bucketSizes[0]
        out += String(d0 + 1)
        rest %= bucketSizes[0]
        for position in 1...4 {
            if rest == 0 { return out }
            if position == 4 {
                // Last position: a letter (1…24) or a digit (25…34).
                rest -= 1
                return out + (rest < 24 ? String(letters[rest]) : String(rest - 24))
            }
            if rest < suffixSize { return out + suffix(rest) }
            rest -= suffixSize
            out += String(rest / bucketSizes[position])
            rest %= bucketSizes[position]
        }
        return out
    }

    private static func suffixOffset(_ firstLetter: Int, _ second: Character?) -> Int {
        var count = 25 * firstLetter + 1
        if let second, let s = letters.firstIndex(of: second) { count += s + 1 }
        return count
    }

    private static func suffix(_ offset: Int) -> String {
        let firstLetter = (offset - 1) / 25
        let second = (offset - 1) % 25
        return String(letters[firstLetter]) + (second == 0 ? "" : String(letters[second - 1]))
    }

    private static func format(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 6 - s.count)) + s
    }
}
