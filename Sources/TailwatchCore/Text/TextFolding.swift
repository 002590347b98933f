import Foundation

/// Character-level folding that makes Arabic, Latin and digits comparable
/// without changing what a match means.
///
/// Foundation's diacritic-insensitive options do nothing for Arabic (see
/// ENGINEERING-NOTES), so the folding is done here, by hand, one scalar at a time.
public enum TextFolding {
    /// What to put in the folded text for one scalar of the original.
    enum Fold {
        case keep
        case drop
        case replace(Unicode.Scalar)
        case expand([Unicode.Scalar])
    }

    static func fold(_ s: Unicode.Scalar) -> Fold {
        let v = s.value
        if v < 0x80 { return .keep }
        switch v {
        // Harakat, superscript alef, tatweel: invisible to a reader, noise to a matcher.
        case 0x064B...0x065F, 0x0670, 0x0640: return .drop
        // Directional marks, isolates, zero-width characters, BOM.
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C: return .drop
        case 0x0622, 0x0623, 0x0625, 0x0671: return .replace("\u{0627}")  // آ أ إ ٱ → ا
        case 0x0624: return .replace("\u{0648}")  // ؤ → و
        case 0x0626, 0x0649: return .replace("\u{064A}")  // ئ ى → ي
        case 0x0629: return .replace("\u{0647}")  // ة → ه
        case 0x06A9: return .replace("\u{0643}")  // Persian kaf → ك
        case 0x06CC: return .replace("\u{064A}")  // Persian yeh → ي
        case 0x0660...0x0669: return .replace(Unicode.Scalar(v - 0x0660 + 0x30)!)
        case 0x06F0...0x06F9: return .replace(Unicode.Scalar(v - 0x06F0 + 0x30)!)
        case 0x060C: return .replace(",")
        case 0x061B: return .replace(";")
        case 0x061F: return .replace("?")
        case 0x066B: return .replace(".")
        case 0x066C: return .replace(",")
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D, 0x00AD: return .replace("-")
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .replace(" ")
        case 0x2018, 0x2019, 0x201B, 0x2032: return .replace("'")
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2033: return .replace("\"")
        case 0x2028, 0x2029: return .replace("\n")
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            // Presentation forms: their compatibility decomposition is the plain letter(s).
            let decomposed = String(Character(s)).decomposedStringWithCompatibilityMapping.unicodeScalars
            // Unassigned code points and noncharacters of these blocks (U+FD40, U+FDD0,
            // U+FE75…) decompose to themselves: folding them again would never end.
            if decomposed.count == 1 && decomposed.first == s { return .keep }
            let folded = decomposed.flatMap { scalar -> [Unicode.Scalar] in
                switch fold(scalar) {
                case .keep: return [scalar]
                case .drop: return []
                case .replace(let r): return [r]
                case .expand(let list): return list
                }
            }
            return folded.count == 1 ? .replace(folded[0]) : .expand(folded)
        default: return .keep
        }
    }

    /// Folds a short string (a name, a query): the same rules as `Document`, plus
    /// lower case and Latin diacritics removed, so that keys compare.
    public static func key(_ text: String) -> String {
        latinBase(Document.fold(text))
    }

    /// Lower case with Latin diacritics removed (ğ → g, ı → i, é → e); Arabic untouched.
    /// Written as UTF-8 bytes: appending to a `String.UnicodeScalarView` cost some 5,000
    /// instructions per accented token.
    public static func latinBase(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
            } else if v == 0x0131 || v == 0x0130 {
                out.append(0x69)  // ı, İ → i
            } else if v < 0x0250 {
                out.append(contentsOf: latinFolds[Int(v)])
            } else if (0x1E00...0x1EFF).contains(v) {
                out.append(contentsOf: latinBaseSlow(s).utf8)
            } else if s.properties.isUppercase {
                out.append(contentsOf: String(Character(s)).lowercased().utf8)
            } else {
                out.append(contentsOf: UTF8.encode(s)!)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Latin-1 and Latin Extended-A/B folded once, as UTF-8: Unicode decomposition per
    /// character was a tenth of extraction when every accented token of every article paid for it.
    private static let latinFolds: [[UInt8]] = (0..<0x0250).map { v in
        Unicode.Scalar(UInt32(v)).map { Array(latinBaseSlow($0).utf8) } ?? []
    }

    private static func latinBaseSlow(_ s: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for d in String(Character(s)).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
        where !(0x0300...0x036F).contains(d.value) {
            out.append(d)
        }
        return String(out)
    }

    /// Whether a scalar belongs to a right-to-left script (Arabic, Hebrew, Syriac, Thaana, presentation forms).
    public static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
    }
}
