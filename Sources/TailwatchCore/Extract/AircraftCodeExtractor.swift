import Foundation

/// A code that names an aircraft or one of its flights without being its registration:
/// an ICAO 24-bit address (Mode S hex) or a radio callsign.
public struct AircraftCode: Hashable, Sendable {
    public enum Kind: String, Sendable { case hex, callsign }
    public var kind: Kind
    /// Upper-case hex ("33FE1C"), or the callsign as broadcast ("RCH123"; "ASCOT 4417" → "RRR4417").
    public var value: String
    /// The callsign's operator from the prefix table ("Italian Air Force" for IAM).
    public var operatorName: String?
    public var country: String?
    /// For a hex in the US civil block, the N-number it stands for.
    public var registration: String?
}

/// Finds ICAO addresses ("hex 33FE1C", "icao24: a5b3a8", "I-DIEM/33FE1C") and
/// callsigns ("RCH123", "REACH 123", "callsign IAM1403", "ASCOT 4417").
public struct AircraftCodeExtractor: Sendable {
    let cues: IdentifierCues

    public init(cues: IdentifierCues) { self.cues = cues }

    static let hexWord = WindowedPattern(#"(?<![A-Za-z0-9\-])([0-9A-Fa-f]{6})(?![A-Za-z0-9]|-[A-Za-z0-9])"#,
        minimumCore: 6, member: UnitClass.isHexDigit, core: UnitClass.isHexDigit)
    // Letters then a number, joined or with one space: RCH123, IAM1403, ASCOT 4417, SAM44.
    // Two letters (an airline's IATA code: "Flight MS865") only when a flight word names it.
    static let callsignWord = WindowedPattern(#"(?<![A-Za-z0-9\-/])([A-Z]{2,7})( ?)([0-9]{1,4}[A-Z]{0,2})(?![A-Za-z0-9]|-[A-Za-z0-9])"#,
        minimumCore: 3, member: { UnitClass.isUpperOrDigit($0) || $0 == 0x20 }, core: UnitClass.isUpperOrDigit)

    /// "ذات النداءthy589": a callsign typed in lower case, read only right after a callsign word.
    static let lowerCaseCallsign = WindowedPattern(#"(?<![A-Za-z0-9\-/])([a-z]{3})([0-9]{1,4})(?![A-Za-z0-9]|-[A-Za-z0-9])"#,
        minimumCore: 4, member: { ($0 >= 0x61 && $0 <= 0x7A) || UnitClass.isDigit($0) },
        core: { ($0 >= 0x61 && $0 <= 0x7A) || UnitClass.isDigit($0) })

    /// Codes in `doc`; `identifiers` are the registrations already found (a hex in
    /// brackets or after a slash right behind one is that aircraft's address).
    public func extract(_ doc: Document, identifiers: [NSRange] = []) -> [Mention<AircraftCode>] {
        let text = doc.foldedText
        var out: [Mention<AircraftCode>] = []
        for m in Self.hexWord.matches(in: doc.units) {
            let r = m.range
            guard !overlaps(r, identifiers) else { continue }
            let token = text.substring(with: r)
            let hasDigit = token.contains(where: \.isNumber), hasLetter = token.contains(where: \.isLetter)
            // A plain word ("facade", "decade") or number is an address only when named one.
            let named = IdentifierCues.endsWithPhrase(prefix(text, r, 20), cues.hexWords)
            // "CT-03 / BAF632" is a callsign: letters of a known designator before the digits.
            let callsignLike = token.count > 3 && cues.callsignPrefixes[String(token.prefix(3))] != nil
            let besideRegistration = hasDigit && hasLetter && token == token.uppercased() && !callsignLike
                && followsIdentifier(text, r, identifiers)
            guard named || besideRegistration else { continue }
            let value = token.uppercased()
            guard value != "000000", value != "FFFFFF" else { continue }
            let n = USRegistryAddress.nNumber(ofHex: value)
            out.append(Mention(r, AircraftCode(kind: .hex, value: value, country: n != nil ? "US" : nil, registration: n)))
        }
        for m in Self.callsignWord.matches(in: doc.units) {
            guard !overlaps(m.range, identifiers) else { continue }
            let letters = text.substring(with: m.range(at: 1))
            let spaced = m.range(at: 2).length > 0
            let number = text.substring(with: m.range(at: 3))
            // "the callsigns NOVA20 and NOVA22", "النداءين NOVA20 وNOVA22": a callsign listed right
            // after a named one is named too.
            let listed = out.last.map { $0.value.kind == .callsign && Self.isListGap(text, from: $0.end, to: m.range.location) } ?? false
            let named = listed || IdentifierCues.endsWithPhrase(prefix(text, m.range, 28), cues.callsignWords)
            if let p = cues.callsignPrefixes[letters] {
                // "RCH123", "RCH 471", "REACH 123"; a common word ("SAM 6") only joined or named.
                if p.joinedOnly && spaced && !named { continue }
                let value = (p.designator ?? letters) + number
                out.append(Mention(m.range, AircraftCode(kind: .callsign, value: value, operatorName: p.operatorName, country: p.country)))
            } else if named && (letters.count == 3 || (2...6).contains(letters.count) && !spaced) && number.first?.isNumber == true {
                // A named tactical callsign is a word and a number written as one ("NOVA20", "DUKE11").
                out.append(Mention(m.range, AircraftCode(kind: .callsign, value: letters + number)))
            }
        }
        for m in Self.lowerCaseCallsign.matches(in: doc.units) {
            guard !overlaps(m.range, identifiers), !out.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }),
                  IdentifierCues.endsWithPhrase(prefix(text, m.range, 28), cues.callsignWords)
            else { continue }
            let letters = text.substring(with: m.range(at: 1)).uppercased()
            let number = text.substring(with: m.range(at: 2))
            let p = cues.callsignPrefixes[letters]
            out.append(Mention(m.range, AircraftCode(kind: .callsign, value: (p?.designator ?? letters) + number,
                                                     operatorName: p?.operatorName, country: p?.country)))
        }
        return out.sorted { $0.location < $1.location }
    }

    /// Words that join the items of a list ("and", "و" glued or not, a comma).
    static let listJoiners: Set<String> = ["", ",", "and", "e", "et", "ve", "и", "و", "، و", ", and"]

    /// Whether only a list joiner stands between two mentions.
    static func isListGap(_ text: FoldedText, from: Int, to: Int) -> Bool {
        guard to >= from, to - from <= 8 else { return false }
        let gap = text.substring(with: NSRange(location: from, length: to - from)).trimmingCharacters(in: .whitespaces)
        return listJoiners.contains(gap) || gap == "،" || gap == "/"
    }

    private func prefix(_ text: FoldedText, _ r: NSRange, _ length: Int) -> String {
        let lo = max(0, r.location - length)
        return text.substring(with: NSRange(location: lo, length: r.location - lo))
    }

    /// "I-DIEM/33FE1C", "I-DIEM (33FE1C)", "I-DIEM, 33FE1C".
    private func followsIdentifier(_ text: FoldedText, _ r: NSRange, _ identifiers: [NSRange]) -> Bool {
        guard let id = identifiers.last(where: { $0.location + $0.length <= r.location }) else { return false }
        let gapStart = id.location + id.length
        guard r.location - gapStart <= 3 else { return false }
        let gap = text.substring(with: NSRange(location: gapStart, length: r.location - gapStart))
        return gap.allSatisfy { " /(,|".contains($0) }
    }

    private func overlaps(_ r: NSRange, _ list: [NSRange]) -> Bool {
        list.contains { NSIntersectionRange($0, r).length > 0 }
    }
}
