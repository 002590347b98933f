import Foundation

/// Finds aircraft registrations and military serials: a cheap pattern proposes
/// upper-case tokens, the registration grammar decides.
public struct IdentifierExtractor: Sendable {
    let grammar: RegistrationGrammar

    public init(grammar: RegistrationGrammar) { self.grammar = grammar }

    // Upper-case letters and digits with at most one inner hyphen, or a serial
    // written as digits-hyphen-digits; not inside a longer word.
    private static let candidate = try! NSRegularExpression(pattern:
        #"(?<![A-Za-z0-9\-\.\/])([A-Z0-9]{1,4}-[A-Z0-9]{1,6}|[A-Z]{1,3}[A-Z0-9]{1,6}|[A-Z]{2}\s?\+?[0-9]{2}\+[0-9]{2})(?![A-Za-z0-9]|-[A-Za-z0-9]|\.[0-9])"#)

    /// Words that make a bare number-like serial believable.
    static let contextWords: [String] = [
        "reg", "registration", "registered", "serial", "s/n", "tail", "marche", "immatricola", "immatricul",
        "kuyruk", "tescil", "air force", "usaf", "af", "aeronautica", "luftwaffe", "military", "militare",
        "militaire", "hava kuvvet", "navy", "raf", "bureau", "buno", "callsign", "call sign",
        "رقم", "تسجيل", "تحمل", "سلاح الجو", "عسكري", "الجيش", "القوات الجويه",
    ]

    public func extract(_ doc: Document) -> [Mention<AircraftIdentifier>] {
        let text = doc.folded as NSString
        var out: [Mention<AircraftIdentifier>] = []
        Self.candidate.enumerateMatches(in: doc.folded, range: NSRange(location: 0, length: text.length)) { m, _, _ in
            guard let r = m?.range else { return }
            var token = text.substring(with: r)
            // A token with no letter and no hyphen is a plain number.
            guard token.contains(where: \.isLetter) || token.contains("-") || token.contains("+") else { return }
            token = token.replacingOccurrences(of: " ", with: "")
            let context = hasContext(text, r)
            if var id = grammar.identify(token, hasContext: context) {
                id.canonical = id.canonical
                out.append(Mention(r, id))
            } else if isRightToLeftContext(text, r), let flipped = flippedSerial(token),
                      let id = grammar.identify(flipped, hasContext: context)
            {
                // Bidi paste: "02-0201" shown inside Arabic text reads "0201-02".
                out.append(Mention(r, id))
            }
        }
        return out
    }

    private func hasContext(_ text: NSString, _ r: NSRange) -> Bool {
        let lo = max(0, r.location - 48)
        let window = text.substring(with: NSRange(location: lo, length: r.location - lo)).lowercased()
        let hiLen = min(24, text.length - (r.location + r.length))
        let after = text.substring(with: NSRange(location: r.location + r.length, length: hiLen)).lowercased()
        if Self.contextWords.contains(where: { Self.containsWord(window, $0) || Self.containsWord(after, $0) }) { return true }
        // "A400M (14-0028)", "C-130J (MM62194)": a serial in brackets right after a model name.
        let trimmed = window.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("(") {
            let word = trimmed.dropLast().trimmingCharacters(in: .whitespaces).split(separator: " ").last ?? ""
            if word.contains(where: \.isNumber) && word.contains(where: \.isLetter) { return true }
        }
        return false
    }

    /// `word` in `text` at a word start: "reg" is not in "region", nor "raf" in "aircraft".
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: word, range: search) {
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
            let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
            // Long words are stems ("immatricul" → immatriculé); short ones must end there too.
            if !(before.isLetter && before.isASCII), word.count > 4 || !(after.isLetter && after.isASCII) { return true }
            search = r.upperBound..<text.endIndex
        }
        return false
    }

    private func isRightToLeftContext(_ text: NSString, _ r: NSRange) -> Bool {
        let lo = max(0, r.location - 24)
        let window = text.substring(with: NSRange(location: lo, length: r.location - lo))
        return window.unicodeScalars.contains(where: TextFolding.isRightToLeft)
    }

    /// "0201-02" → "02-0201": a serial whose halves a right-to-left display swapped.
    private func flippedSerial(_ token: String) -> String? {
        let parts = token.split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[0].count > parts[1].count else { return nil }
        // "2021-22", "2021-03" are a season and a month, not a reversed serial.
        if let year = Int(parts[0]), (1900...2099).contains(year) { return nil }
        return "\(parts[1])-\(parts[0])"
    }
}
