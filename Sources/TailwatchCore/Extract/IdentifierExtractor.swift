import Foundation

/// Finds aircraft registrations and military serials: a cheap pattern proposes
/// upper-case tokens, the registration grammar decides.
public struct IdentifierExtractor: Sendable {
    let grammar: RegistrationGrammar
    let cues: IdentifierCues
    /// Model names spelled as one word ("G550", "F16"): never an identifier.
    let modelCodes: Set<String>

    public init(grammar: RegistrationGrammar, cues: IdentifierCues, modelCodes: Set<String>) {
        self.grammar = grammar
        self.cues = cues
        self.modelCodes = modelCodes
    }

    // Upper-case letters and digits with one inner hyphen (or the underscore Arabic
    // typing puts for it, or a hyphen and a space on either side: "RA_85586", "F- UJCH",
    // "CN -MBH"), two inner
    // hyphens ("RA-7-717A", "MM-AV-SA0016"), a serial written as digits-hyphen-digits, a
    // German tactical code (54+01, GAF 10+03), or a bare number of three to six digits
    // (Hungarian 605, Egyptian 1283, BuNo 166693); not inside a longer word.
    // Read only in runs of those units and spaces with two letters or digits at least.
    static let candidate = WindowedPattern(
        #"(?<![A-Za-z0-9\-\.,+_])(?<![A-Za-z]/)([A-Z0-9]{1,4}-[A-Z0-9]{1,4}-[A-Z0-9]{1,8}|[A-Z0-9]{1,5}(?:- ?| -|_)[A-Z0-9]{1,6}|[A-Z]{1,3}[A-Z0-9]{1,6}|[0-9][A-Z][A-Z0-9]{2,5}|(?:[A-Z]{2}\s?\+?)?[0-9]{2}\+[0-9]{2}|[0-9]{3,6})(?![A-Za-z0-9+_]|-[A-Za-z0-9]|[\.,][0-9])"#,
        minimumCore: 2,
        member: { UnitClass.isUpperOrDigit($0) || $0 == 0x2D || $0 == 0x2B || $0 == 0x5F || UnitClass.isSpace($0) },
        core: UnitClass.isUpperOrDigit)

    /// "ra-65992" as a quoted tweet types it: two lower-case letters, a hyphen and four or five
    /// digits (the shape of Russian, Ukrainian, Belarusian and Kazakh marks). Read only when the
    /// grammar takes it upper-cased, with no context needed.
    static let lowerCaseCandidate = WindowedPattern(
        #"(?<![A-Za-z0-9\-\.,+_])([a-z]{2}-[0-9]{4,5})(?![A-Za-z0-9+_]|-[A-Za-z0-9]|[\.,][0-9])"#,
        minimumCore: 4,
        member: { ($0 >= 0x61 && $0 <= 0x7A) || UnitClass.isDigit($0) || $0 == 0x2D },
        core: UnitClass.isDigit)

    /// "7t-vpm" as an Arabic article types it: a whole mark in lower case (prefix of one or two
    /// letters or digits, a hyphen, a suffix of two to five), read only inside right-to-left
    /// text, where Latin lower-case words are rare, and only when the grammar takes it upper-cased.
    static let lowerCaseMarkInArabic = WindowedPattern(
        #"(?<![A-Za-z0-9\-\.,+_/@#])([a-z0-9]{1,2}-[a-z0-9]{2,5})(?![A-Za-z0-9+_/]|-[A-Za-z0-9]|[\.,][0-9A-Za-z])"#,
        minimumCore: 3,
        member: { ($0 >= 0x61 && $0 <= 0x7A) || UnitClass.isDigit($0) || $0 == 0x2D },
        core: { ($0 >= 0x61 && $0 <= 0x7A) || UnitClass.isDigit($0) })

    /// Identifiers in `doc`. `typeRanges` are the aircraft types found in it: a serial
    /// written right after a model ("C-130H 1283", "A400M 54+01") is believable.
    public func extract(_ doc: Document, typeRanges: [NSRange] = []) -> [Mention<AircraftIdentifier>] {
        let text = doc.foldedText
        var out: [Mention<AircraftIdentifier>] = []
        for r in Self.candidate.matchRanges(in: doc.units) {
            // A group already joined to the identifier before it ("RA_850 42").
            if let last = out.last, r.location < last.end { continue }
            let written = text.substring(with: r)
            var token = written
            let afterModel = followsType(text, r, typeRanges)
            if token.allSatisfy(\.isNumber) {
                // A bare number is a serial only as one: named so ("serial 1283", "رقم 1215",
                // "157326 numaralı"), listed after one ("1280 و1293"), or written beside a
                // model; with an air force near, and not a quantity.
                let listed = out.last.map { isListed(text, after: $0.range, r) && $0.value.kind == .military } ?? false
                let beforeModel = precedesType(text, r, typeRanges)
                let nearModel = typeRanges.contains { $0.location + $0.length <= r.location && r.location - ($0.location + $0.length) <= 40 }
                guard isSerialNumber(text, r, besideModel: afterModel || beforeModel, nearModel: nearModel, listed: listed) else { continue }
            }
            // Foundation's replacingOccurrences cost more than the grammar's verdict; most
            // candidates hold neither character.
            if token.utf8.contains(where: { $0 == 0x20 || $0 == 0x5F }) {
                token = token.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "_", with: "-")
            }
            // "G-550", "Su-24": a model's name, whatever registration shape it has.
            if modelCodes.contains(AircraftCatalog.modelCode(token)) { continue }
            // "KC-135R (61-0284, 58-0100, 63-8871)": a serial listed right after one that was
            // read has the same context.
            let listedAfterSerial = out.last.map { $0.value.kind == .military && isListed(text, after: $0.range, r) } ?? false
            let context = afterModel || listedAfterSerial || hasContext(text, r)
            if let id = grammar.identify(token, hasContext: context) {
                out.append(Mention(r, id.writtenAs(written)))
            } else if let flipped = flippedSerial(token),
                      isRightToLeftContext(text, r) || (flipped.first?.isLetter == true && namedByRegistrationWord(text, r)),
                      let id = grammar.identify(flipped, hasContext: context)
            {
                // Bidi paste carried into Latin text by a translation ("registered as
                // 76019-EX"): read flipped when a registration word names it.
                // Bidi paste: "02-0201" shown inside Arabic text reads "0201-02", "EW-42001" reads "42001-EW".
                out.append(Mention(r, id.writtenAs(written)))
            } else if let joined = joinedDigitGroup(text, r, token, context: context) {
                out.append(joined)
            } else if let id = strayHyphen(token, context: context) {
                out.append(Mention(r, id.writtenAs(written)))
            } else if let id = grammar.identifyUnhyphenated(token),
                      IdentifierCues.endsWithPhrase(before(text, r, 24), cues.serialWords + Self.registrationWords)
            {
                // "ذات التسجيل YIASI": a registration word right before vouches for a glued mark.
                // Both questions are pure; the grammar's is asked first, as it is the cheap
                // one and says no to nearly every candidate that gets this far.
                out.append(Mention(r, id.writtenAs(written)))
            }
        }
        for r in Self.lowerCaseCandidate.matchRanges(in: doc.units) {
            let written = text.substring(with: r)
            let token = written.uppercased()
            if modelCodes.contains(AircraftCatalog.modelCode(token)) { continue }
            guard let id = grammar.identify(token, hasContext: false) else { continue }
            let i = out.firstIndex { $0.location > r.location } ?? out.endIndex
            out.insert(Mention(r, id.writtenAs(written)), at: i)
        }
        for r in Self.lowerCaseMarkInArabic.matchRanges(in: doc.units) where !out.contains(where: { NSIntersectionRange($0.range, r).length > 0 }) {
            let written = text.substring(with: r)
            // Letters on both sides of the hyphen or a digit-led prefix ("7t-vpm", "cn-mbh"):
            // "ra-65992" is the tweet pattern's, read above.
            guard written.contains(where: \.isLetter), isRightToLeftContext(text, r), isRightToLeftAfter(text, r) else { continue }
            let token = written.uppercased()
            if modelCodes.contains(AircraftCatalog.modelCode(token)) { continue }
            guard let id = grammar.identify(token, hasContext: false) else { continue }
            let i = out.firstIndex { $0.location > r.location } ?? out.endIndex
            out.insert(Mention(r, id.writtenAs(written)), at: i)
        }
        return out
    }

    /// Whether right-to-left text follows a candidate closely (a lower-case mark inside an
    /// Arabic sentence, not an English phrase quoted in one).
    private func isRightToLeftAfter(_ text: FoldedText, _ r: NSRange) -> Bool {
        let end = r.location + r.length
        let n = min(12, text.length - end)
        guard n > 0 else { return false }
        return text.substring(with: NSRange(location: end, length: n)).unicodeScalars.contains(where: TextFolding.isRightToLeft)
    }

    /// Registration words that vouch for a glued mark written right after them.
    static let registrationWords = ["reg", "registration", "registered", "immatricolato", "immatriculé", "immatricule", "tescilli", "регистрационный номер"].map(TextFolding.key)

    /// Whether a registration word stands right before the token ("registered as 76019-EX").
    private func namedByRegistrationWord(_ text: FoldedText, _ r: NSRange) -> Bool {
        let words = before(text, r, 24).lowercased().split(whereSeparator: { !$0.isLetter }).suffix(2).map(String.init)
        return words.contains { w in Self.registrationWords.contains(TextFolding.key(w)) }
    }

    private func before(_ text: FoldedText, _ r: NSRange, _ n: Int) -> String {
        let lo = max(0, r.location - n)
        return text.substring(with: NSRange(location: lo, length: r.location - lo))
    }

    /// "RA_850 42": a registration whose digits a space split, when the part before the
    /// space fits no mark and the whole does.
    private func joinedDigitGroup(_ text: FoldedText, _ r: NSRange, _ token: String, context: Bool) -> Mention<AircraftIdentifier>? {
        guard token.contains("-") else { return nil }
        let end = r.location + r.length
        let tailLength = min(6, text.length - end)
        guard tailLength >= 2 else { return nil }
        let tail = text.substring(with: NSRange(location: end, length: tailLength))
        guard tail.first == " " else { return nil }
        let digits = tail.dropFirst().prefix(while: \.isNumber)
        guard (1...3).contains(digits.count) else { return nil }
        let next = tail.dropFirst(1 + digits.count).first
        if let next, next.isLetter || next.isNumber || next == "-" { return nil }
        guard let id = grammar.identify(token + digits, hasContext: context), id.kind == .civil else { return nil }
        let whole = NSRange(location: r.location, length: r.length + 1 + digits.count)
        return Mention(whole, id.writtenAs(text.substring(with: whole)))
    }

    /// "RA-7-717A": a civil mark whose suffix carries a stray hyphen, read joined when a
    /// registration word stands near.
    private func strayHyphen(_ token: String, context: Bool) -> AircraftIdentifier? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard context, parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        guard let id = grammar.identify("\(parts[0])-\(parts[1])\(parts[2])", hasContext: true), id.kind == .civil else { return nil }
        return id
    }

    private func hasContext(_ text: FoldedText, _ r: NSRange) -> Bool {
        let lo = max(0, r.location - 48)
        let window = TextFolding.latinBase(text.substring(with: NSRange(location: lo, length: r.location - lo)))
        let hiLen = min(24, text.length - (r.location + r.length))
        let after = TextFolding.latinBase(text.substring(with: NSRange(location: r.location + r.length, length: hiLen)))
        if cues.context.found(in: window) || cues.context.found(in: after) { return true }
        // "A400M (14-0028)", "C-130J (MM62194)": a serial in brackets right after a model name.
        // Only a window whose last scalar other than spaces is "(" can end with "(" once
        // trimmed; Foundation's trimming is not asked about the others.
        guard Self.lastScalarPastSpaces(window) == "(" else { return false }
        let trimmed = window.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("(") {
            let word = trimmed.dropLast().trimmingCharacters(in: .whitespaces).split(separator: " ").last ?? ""
            if word.contains(where: \.isNumber) && word.contains(where: \.isLetter) { return true }
        }
        return false
    }

    /// The last scalar of `text` past trailing blanks, or nil. The blanks skipped hold all
    /// of `CharacterSet.whitespaces` (tab and the space separators, and in older
    /// CoreFoundation U+200B) and more: when this is not "(", no trimming by that set
    /// leaves a text ending with "(".
    static func lastScalarPastSpaces(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.last { u in
            !(u.properties.isWhitespace || u.properties.generalCategory == .spaceSeparator
                || [0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains(u.value))
        }
    }

    /// Whether the token comes right after an aircraft type, with at most a space, a
    /// bracket, "s/n" or the model's name between: "C-17 10-0205", "A400M (54+01)",
    /// "P-8A Poseidon 168852".
    private func followsType(_ text: FoldedText, _ r: NSRange, _ typeRanges: [NSRange]) -> Bool {
        guard let type = typeRanges.last(where: { $0.location + $0.length <= r.location }) else { return false }
        let gapStart = type.location + type.length
        guard r.location - gapStart <= 16 else { return false }
        let gap = text.substring(with: NSRange(location: gapStart, length: r.location - gapStart))
        let words = gap.split(whereSeparator: { " (#,".contains($0) })
        if words.isEmpty { return true }
        guard words.count == 1, let word = words.first else { return false }
        // "EP-3E (reg. 156529)": a registration word between names the number the model's.
        let bare = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
        return word.lowercased() == "s/n" || bare == "reg" || bare == "registration"
            || (word.first?.isUppercase == true && word.dropFirst().allSatisfy(\.isLowercase))
    }

    /// Whether a model follows the token with only a serial word between: "157326
    /// numaralı bir EP-3", "10-2043 numaralı RQ-4A".
    private func precedesType(_ text: FoldedText, _ r: NSRange, _ typeRanges: [NSRange]) -> Bool {
        let end = r.location + r.length
        guard let type = typeRanges.first(where: { $0.location >= end }), type.location - end <= 20 else { return false }
        let gap = TextFolding.latinBase(text.substring(with: NSRange(location: end, length: type.location - end)))
        return IdentifierCues.startsWithPhrase(gap, cues.serialAfter)
    }

    /// A bare number reads as a serial only when named as one, listed after one or
    /// written after a model, with an air-force word near (a six-digit number after a
    /// model needs none: "P-8A Poseidon 168852"), and not followed by a unit.
    private func isSerialNumber(_ text: FoldedText, _ r: NSRange, besideModel afterModel: Bool, nearModel: Bool, listed: Bool) -> Bool {
        let lo = max(0, r.location - 24)
        let before = text.substring(with: NSRange(location: lo, length: r.location - lo))
        let tailLength = min(16, text.length - (r.location + r.length))
        let tail = TextFolding.latinBase(text.substring(with: NSRange(location: r.location + r.length, length: tailLength)))
        let named = listed || IdentifierCues.endsWithPhrase(before, cues.serialWords)
            || IdentifierCues.startsWithPhrase(tail, cues.serialAfter)
        guard named || afterModel else { return false }
        let nextWord = tail.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if tail.first == " " || tail.first?.isLetter == true, cues.units.contains(nextWord) { return false }
        if afterModel && r.length == 6 { return true }
        // "طائرة من طراز P-8A تحمل الرقم 168434", "a P-8A carrying the number 168434": a
        // six-digit number a serial word names, with a model just before in the clause.
        if named && nearModel && r.length == 6 { return true }
        // "168852 و168858": listed after a serial that was read with its own evidence.
        if listed { return true }
        // "BuNo 166693", "الرقم التمييزي 168761": a word naming the aircraft's own number.
        if IdentifierCues.endsWithPhrase(before, cues.strongSerialWords) { return true }
        let wide = NSRange(location: max(0, r.location - 64), length: min(text.length, r.location + r.length + 24) - max(0, r.location - 64))
        let window = TextFolding.latinBase(text.substring(with: wide))
        return cues.force.found(in: window)
    }

    /// "1280 و1293", "1280, 1293 and 1294": a number right after a serial in a list.
    private func isListed(_ text: FoldedText, after previous: NSRange, _ r: NSRange) -> Bool {
        let gapStart = previous.location + previous.length
        guard r.location >= gapStart, r.location - gapStart <= 6 else { return false }
        let gap = TextFolding.latinBase(text.substring(with: NSRange(location: gapStart, length: r.location - gapStart)))
        return gap.split(whereSeparator: { $0 == " " || $0 == "," }).allSatisfy { $0 == "و" || $0 == "and" || $0 == "et" || $0 == "e" || $0 == "&" }
    }

    private func isRightToLeftContext(_ text: FoldedText, _ r: NSRange) -> Bool {
        let lo = max(0, r.location - 24)
        let window = text.substring(with: NSRange(location: lo, length: r.location - lo))
        return window.unicodeScalars.contains(where: TextFolding.isRightToLeft)
    }

    /// "0201-02" → "02-0201": a serial whose halves a right-to-left display swapped.
    private func flippedSerial(_ token: String) -> String? {
        let parts = token.split(separator: "-")
        // "42001-EW" → "EW-42001": a mark of letters after its number.
        if parts.count == 2, parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isLetter) {
            return "\(parts[1])-\(parts[0])"
        }
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[0].count > parts[1].count else { return nil }
        // "2021-22", "2021-03" are a season and a month, not a reversed serial.
        if let year = Int(parts[0]), (1900...2099).contains(year) { return nil }
        return "\(parts[1])-\(parts[0])"
    }
}

extension AircraftIdentifier {
    /// This identifier with the text's form kept when it differs from the canonical one.
    func writtenAs(_ text: String) -> AircraftIdentifier {
        var id = self
        let form = text.replacingOccurrences(of: "\u{2011}", with: "-")
        if form != canonical { id.written = form }
        return id
    }
}
