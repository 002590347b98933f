import Foundation

extension ArticleExtractor {
    /// Stage 6: the article's events — its itineraries' flights, a mention for each aircraft
    /// named without a flight, and hex addresses and callsigns joined to their aircraft.
    func assembleEvents(_ itineraries: Itineraries, _ discourse: Discourse, _ c: ArticleContext) -> [FlightEvent] {
        var events = itineraries.events
        let m = c.mentions
        let flown = Set(events.compactMap(\.registration))
        var firstMention: [String: Mention<AircraftIdentifier>] = [:]
        for id in m.identifiers.all where firstMention[id.value.canonical] == nil { firstMention[id.value.canonical] = id }
        for id in discourse.order where !flown.contains(id) {
            let first = firstMention[id]!
            let s = m.layout.sentence(at: first.location)?.range ?? first.range
            events.append(FlightEvent(
                kind: .mention, registration: id, registrationCountry: discourse.info[id]?.country,
                aircraftType: discourse.typeOf[id]?.written, typeDesignator: discourse.typeOf[id]?.designator,
                operatorName: discourse.operatorOf[id], confidence: 0.6, sources: [evidence(s, c)]))
        }
        CodeAttachment.attach(m.codes, ids: m.identifiers, layout: m.layout, doc: m.doc, to: &events)
        return events
    }

    /// The evidence of a date read from one expression.
    func dateEvidence(_ d: Mention<DateExpression>, _ c: ArticleContext, mismatch: Bool) -> DateEvidence {
        dateEvidence(d, in: c.mentions.doc, sha256: c.source.sha256, mismatch: mismatch)
    }

    func dateEvidence(_ d: Mention<DateExpression>, in doc: Document, sha256: String, mismatch: Bool) -> DateEvidence {
        let bytes = doc.byteRange(d.range)
        var ambiguous = false
        if case .absolute(_, _, _, _, _, true) = d.value { ambiguous = true }
        return DateEvidence(sha256: sha256, start: bytes.start, end: bytes.end, text: doc.text(in: bytes),
                            basis: DateEvidence.basis(of: d.value), weekdayMismatch: mismatch, orderAmbiguous: ambiguous)
    }

    /// The evidence of a date taken from the article's own date.
    func anchorEvidence(_ anchor: ArticleDate, _ c: ArticleContext) -> DateEvidence {
        let range: NSRange?
        switch anchor.basis {
        case .header: range = c.dates.header?.range
        case .dateline: range = c.dates.dateline?.range
        default: range = nil
        }
        let basis = DateEvidence.Basis(rawValue: anchor.basis.rawValue) ?? .header
        guard let range else { return DateEvidence(sha256: c.source.sha256, start: nil, end: nil, text: "", basis: basis) }
        let doc = c.mentions.doc
        let bytes = doc.byteRange(range)
        return DateEvidence(sha256: c.source.sha256, start: bytes.start, end: bytes.end,
                            text: doc.text(in: bytes).trimmingCharacters(in: .whitespacesAndNewlines), basis: basis)
    }

    /// Where an event was read: its sentence, without the collector's `date …` header line.
    func evidence(_ range: NSRange, _ c: ArticleContext) -> EventSource {
        let doc = c.mentions.doc
        var range = range
        if let h = c.dates.header?.range, range.location < NSMaxRange(h), NSMaxRange(range) > NSMaxRange(h) {
            let folded = doc.folded as NSString
            var start = NSMaxRange(h)
            while start < NSMaxRange(range), let ch = Unicode.Scalar(folded.character(at: start)), ch.properties.isWhitespace { start += 1 }
            range = NSRange(location: start, length: NSMaxRange(range) - start)
        }
        let bytes = doc.byteRange(range)
        return EventSource(file: c.source.file, path: c.source.path, sha256: c.source.sha256,
                           start: bytes.start, end: bytes.end, snippet: doc.snippet(bytes))
    }
}

func uniqueInOrder(_ list: [String]) -> [String] {
    var seen = Set<String>()
    return list.filter { seen.insert($0).inserted }
}
