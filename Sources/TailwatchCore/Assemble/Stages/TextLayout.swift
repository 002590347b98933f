import Foundation

/// Where each sentence and paragraph of an article lies, so that every stage finds the
/// sentence of a location, the paragraph's span or the mentions of a sentence in
/// O(log n) or O(1) instead of a scan of the whole article (a scan per mention made a
/// 5 MB digest quadratic).
struct TextLayout {
    /// The most sentences one discourse paragraph holds. A longer run with no line break is
    /// a digest of posts pasted as one line, not one story: read as paragraphs of this many
    /// sentences, so that "the paragraph's date" or "its aircraft" stays a bounded scope and
    /// every stage stays linear. Paragraphs are numbered by the sentences they hold, so the
    /// paragraph before is the one before with a sentence. (The seeds, fixtures, dev and
    /// real sets give the same events either way.)
    static let maxParagraphSentences = 40

    let sentences: [Sentence]
    /// The sentences' start locations, ascending.
    private let starts: [Int]
    /// Each paragraph's span, from its first sentence's start to its last one's end.
    private let paragraphs: [Int: NSRange]

    init(_ written: [Sentence]) {
        var sentences = written
        var paragraph = -1, run = 0
        for i in sentences.indices {
            let startsOne = i == 0 || written[i].paragraph != written[i - 1].paragraph || run == Self.maxParagraphSentences
            if startsOne { paragraph += 1; run = 0 }
            run += 1
            sentences[i].paragraph = paragraph
        }
        self.sentences = sentences
        starts = sentences.map(\.range.location)
        var paragraphs: [Int: NSRange] = [:]
        for s in sentences {
            if let p = paragraphs[s.paragraph] {
                paragraphs[s.paragraph] = NSRange(location: p.location, length: NSMaxRange(s.range) - p.location)
            } else {
                paragraphs[s.paragraph] = s.range
            }
        }
        self.paragraphs = paragraphs
    }

    /// The index of the sentence holding a location, if one does.
    func sentenceIndex(at location: Int) -> Int? {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= location { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, NSLocationInRange(location, sentences[lo - 1].range) else { return nil }
        return lo - 1
    }

    func sentence(at location: Int) -> Sentence? { sentenceIndex(at: location).map { sentences[$0] } }

    /// The paragraph's span; empty for a paragraph with no sentence.
    func paragraphRange(_ p: Int) -> NSRange { paragraphs[p] ?? NSRange(location: 0, length: 0) }

    /// Mentions grouped by the sentence they start in (in their order); a mention outside
    /// every sentence is in no group.
    func bySentence<V>(_ mentions: [Mention<V>]) -> [[Mention<V>]] {
        var out = Array(repeating: [Mention<V>](), count: sentences.count)
        for m in mentions { if let i = sentenceIndex(at: m.location) { out[i].append(m) } }
        return out
    }

    /// Mentions grouped by the paragraph they start in.
    func byParagraph<V>(_ mentions: [Mention<V>]) -> [Int: [Mention<V>]] {
        var out: [Int: [Mention<V>]] = [:]
        for m in mentions { if let i = sentenceIndex(at: m.location) { out[sentences[i].paragraph, default: []].append(m) } }
        return out
    }
}

/// Mentions in the order the text has them, with the ones in a range found by binary
/// search. (A list not in text order, which no extractor gives, is scanned instead, so
/// the answer is the same either way.)
struct LocatedMentions<V> {
    let all: [Mention<V>]
    private let sorted: Bool

    init(_ mentions: [Mention<V>]) {
        all = mentions
        sorted = zip(mentions, mentions.dropFirst()).allSatisfy { $0.location <= $1.location }
    }

    /// The mentions starting inside `range`, in order.
    func inside(_ range: NSRange) -> ArraySlice<Mention<V>> {
        guard sorted else { return ArraySlice(all.filter { NSLocationInRange($0.location, range) }) }
        let lo = firstIndex(atOrAfter: range.location)
        let hi = firstIndex(atOrAfter: NSMaxRange(range))
        return all[lo..<max(lo, hi)]
    }

    private func firstIndex(atOrAfter location: Int) -> Int {
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].location < location { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
