import Foundation

extension ArticleExtractor {
    /// What each stage of `extract` found in one text, one line per finding, for
    /// `tailwatch extract --trace`: the same stage results `extract` used (it runs the
    /// same stages once), so the trace cannot disagree with the events.
    public func trace(text: String, givenDate: EventDate? = nil) -> [String] {
        let r = run(text: text, source: ArticleSource(path: "-", sha256: ""), givenDate: givenDate)
        let m = r.mentions
        let folded = m.doc.foldedText
        let tokens = m.tokens
        func written(_ range: NSRange) -> String { folded.substring(with: range) }
        var lines: [String] = []
        // 1. Mentions.
        for i in m.identifiers.all {
            lines.append("id     \(written(i.range)) → \(i.value.canonical) (\(i.value.country ?? "?"), \(i.value.kind.rawValue))")
        }
        for c in m.codes { lines.append("code   \(written(c.range)) → \(c.value.kind.rawValue) \(c.value.value)") }
        for t in m.types.all { lines.append("type   \(written(t.range)) → \(t.value.designator)") }
        for o in m.operators.all { lines.append("oper   \(written(o.range)) → \(o.value.name)") }
        let places = articlePlaces(m)
        for (si, inSentence) in m.placesBySentence.enumerated() {
            for p in inSentence {
                let place = places.place(of: p).map(\.key) ?? "-"
                lines.append("place  s\(si) \(written(p.range(in: tokens))) → \(place) role=\(p.role?.rawValue ?? "-") cue=\(p.cue.joined(separator: " ")) airportWord=\(p.airportWord)")
            }
        }
        // 2. Dates.
        for d in m.dates { lines.append("date   \(written(d.range)) → \(d.value)") }
        for t in m.times.all { lines.append("time   \(written(t.range)) → \(t.value)") }
        if let a = r.dates.anchor {
            let conflict = a.headerConflict.map { " header-conflict=\($0.iso)" } ?? ""
            lines.append("anchor \(a.date.iso) basis=\(a.basis.rawValue) confidence=\(String(format: "%.2f", a.confidence))\(conflict)")
        }
        // 3–4. Clause frames: each leg, its date and the aircraft it was given to.
        for (f, attributions) in zip(r.frames, r.attributions) {
            for (leg, who) in zip(f.legs, attributions) {
                let date = leg.dated.map { " date=\($0.date.iso)" } ?? ""
                let aircraft = who.aircraft.isEmpty ? "-" : who.aircraft.joined(separator: ",")
                let rules = (leg.rules + (who.rule.map { [$0.name] } ?? [])).joined(separator: " ")
                lines.append("leg    s\(f.sentenceIndex) p\(f.sentence.paragraph) \(leg.origin?.key ?? "-") → \(leg.destination?.key ?? "-")\(date) aircraft=\(aircraft) rules=\(rules)")
            }
        }
        // 5–6. Events.
        for e in r.events {
            let ends = e.kind == .flight ? " \(e.origin?.key ?? "-") → \(e.destination?.key ?? "-")" : ""
            lines.append("event  \(e.kind.rawValue) \(e.identifier ?? "?")\(ends) \(e.date?.iso ?? "-") rules=\((e.rules ?? []).joined(separator: " "))")
        }
        return lines
    }
}
