import Foundation

/// The date and time one sentence states, read against a known article date: what
/// `tailwatch eval-dates` scores, and the same choice an event's sentence makes.
public struct SentenceDate: Sendable, Hashable {
    public var date: EventDate?
    /// `HH:MM` UTC; a local time converted with the time zone of the place the sentence names.
    public var timeUTC: String?
    public var evidence: DateEvidence?
}

extension ArticleExtractor {
    /// Reads the date a sentence states (a Gregorian date before a Hijri one before a
    /// relative one, the most precise) and its time, resolving against `anchor`.
    public func readDate(in text: String, anchor: EventDate) -> SentenceDate {
        let doc = Document(text)
        let tokens = Tokenizer.tokens(in: doc.units)
        let mentions = dates.extract(doc, tokens)
        let article = ArticleDate(date: anchor, basis: .given)
        let resolved = mentions.compactMap { m in article.resolve(m.value).map { ResolvedDate(mention: m, date: $0) } }
        var out = SentenceDate()
        if let best = bestDate(resolved) {
            out.date = best.date
            out.evidence = dateEvidence(best.mention, in: doc, sha256: "",
                                        mismatch: ArticleDate.weekdayAgrees(best.mention.value, best.date) == false)
        }
        if let time = times.extract(doc).first {
            // The place the time is local to: the first the sentence names that has a time zone.
            let sentences = Scopes.sentences(in: doc.units, tokens: tokens)
            let taken = mentions.map(\.range)
            let places = findPlaces(doc, tokens, sentences, excluding: taken).compactMap { resolve($0, [:]) }
            out.timeUTC = time.value.utc(on: out.date, at: places.first { $0.timeZone != nil })
        }
        return out
    }
}
