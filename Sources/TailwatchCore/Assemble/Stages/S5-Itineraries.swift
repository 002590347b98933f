import Foundation

/// Stage 5: legs become one aircraft's flights, chained into its itinerary: the same leg
/// told twice is one, a leg with no origin starts where the aircraft's last leg ended,
/// and an undated leg takes the day the story had reached.
struct Itineraries {
    var events: [FlightEvent]
}

/// What the event-making stages share for one article.
struct ArticleContext {
    let mentions: ArticleMentions
    let dates: ArticleDates
    let source: ArticleSource
}

extension ArticleExtractor {
    /// Stage 5.
    func chainItineraries(_ frames: [ClauseFrame], _ attributions: [[Attribution]], _ discourse: Discourse,
                          _ c: ArticleContext) -> Itineraries {
        let m = c.mentions
        var legs: [FlightEvent] = []
        var chains: [Int] = []
        var departures: [FlightEvent] = []
        for (frame, frameAttributions) in zip(frames, attributions) {
            let sentenceRange = frame.sentence.range
            for (leg, attribution) in zip(frame.legs, frameAttributions) {
                let date = leg.dated?.date
                let mismatch = leg.dated.map { c.dates.weekdayMismatches.contains($0.location) } == true
                let direct = attribution.rule == .aircraftInSentence
                for id in attribution.aircraft {
                    // An announced destination completes the aircraft's flight under way, if any.
                    if leg.planned {
                        if let j = legs.lastIndex(where: { $0.registration == id && $0.origin != nil && $0.destination == nil }) {
                            legs[j].destination = leg.destination
                            legs[j].rules = (legs[j].rules ?? []) + [AssemblyRule.announcedDestination.name]
                        }
                        continue
                    }
                    let type = discourse.typeOf[id]
                    var e = FlightEvent(
                        kind: .flight, registration: id, registrationCountry: discourse.info[id]?.country,
                        aircraftType: type?.written, typeDesignator: type?.designator, operatorName: discourse.operatorOf[id],
                        origin: leg.origin, destination: leg.destination, date: date,
                        dateEvidence: leg.dated.map { dateEvidence($0.mention, c, mismatch: mismatch) },
                        confidence: confidence(direct: direct, date: date, leg: leg) - (mismatch ? 0.2 : 0),
                        sources: [evidence(sentenceRange, c)])
                    e.rules = leg.rules + [attribution.rule!.name]
                    if let time = frame.time { applyTime(time.value, to: &e) }
                    // "took off again" is a new leg, never a half of one told before: it is
                    // chained after the merge.
                    if leg.form == .again { departures.append(e); continue }
                    legs.append(e)
                    chains.append(frame.sentenceIndex)
                }
                for code in attribution.callsigns {
                    let type = m.types.inside(sentenceRange).min { abs($0.location - leg.location) < abs($1.location - leg.location) }?.value
                    var e = FlightEvent(
                        kind: .flight, aircraftType: type?.written, typeDesignator: type?.designator,
                        operatorName: code.operatorName ?? nearestOperator(to: leg.location, in: sentenceRange, m),
                        origin: leg.origin, destination: leg.destination, date: date,
                        dateEvidence: leg.dated.map { dateEvidence($0.mention, c, mismatch: mismatch) },
                        callsign: code.value,
                        confidence: max(0.1, confidence(direct: true, date: date, leg: leg) - 0.1),
                        sources: [evidence(sentenceRange, c)])
                    e.rules = leg.rules + [(attribution.rule ?? AssemblyRule.aircraftCallsign).name]
                    if let time = frame.time { applyTime(time.value, to: &e) }
                    if leg.form == .again { departures.append(e); continue }
                    legs.append(e)
                    chains.append(frame.sentenceIndex)
                }
                // "A Royal Air Force C-130J landed at Benina": a type with no identifier in an
                // article naming none still makes a flight, typed only.
                if attribution.aircraft.isEmpty, attribution.callsigns.isEmpty, leg.form == .route, !leg.planned, m.identifiers.all.isEmpty, let type = singleTypedAircraft(leg, frame.sentence, m) {
                    var e = FlightEvent(
                        kind: .flight, aircraftType: type.written, typeDesignator: type.designator,
                        operatorName: nearestOperator(to: leg.location, in: sentenceRange, m),
                        origin: leg.origin, destination: leg.destination, date: date,
                        confidence: max(0.1, confidence(direct: false, date: date, leg: leg) - 0.2),
                        sources: [evidence(sentenceRange, c)])
                    e.rules = leg.rules + [AssemblyRule.typedOnly.name]
                    if let time = frame.time { applyTime(time.value, to: &e) }
                    legs.append(e)
                    chains.append(frame.sentenceIndex)
                }
            }
        }
        var events = EventMerger.mergeAll(legs, barrier: chains)
        continueFromLastEnd(&events)
        backToWhereItLeft(&events)
        departAgain(departures, into: &events)
        dateFromStory(&events, c)
        return Itineraries(events: events)
    }

    /// "the jet continued to Benghazi": a leg with no origin after one of the same aircraft
    /// that ended elsewhere, no earlier, starts where that one ended.
    private func continueFromLastEnd(_ events: inout [FlightEvent]) {
        func start(_ e: FlightEvent) -> Int { e.sources.first?.start ?? 0 }
        // Each aircraft's events by where they were told (then by order): the one told last
        // before a leg is found by binary search, not by a scan of all events per leg.
        var told: [String: [(start: Int, index: Int)]] = [:]
        for (i, e) in events.enumerated() { if let id = e.identifier { told[id, default: []].append((start(e), i)) } }
        for k in told.keys { told[k]!.sort { ($0.start, $0.index) < ($1.start, $1.index) } }
        func lowerBound(_ list: [(start: Int, index: Int)], _ s: Int) -> Int {
            var lo = 0, hi = list.count
            while lo < hi { let mid = (lo + hi) / 2; if list[mid].start < s { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        for i in events.indices where events[i].kind == .flight && events[i].origin == nil && events[i].destination != nil {
            guard let id = events[i].identifier, let list = told[id] else { continue }
            let before = lowerBound(list, start(events[i]))
            guard before > 0 else { continue }
            let previous = list[lowerBound(list, list[before - 1].start)].index
            let p = events[previous]
            guard let end = p.destination, let here = events[i].destination, end.key != here.key,
                  !contains(end, here), !contains(here, end) else { continue }
            // Days apart, only "from there" says it is the same journey.
            let fromThere = events[i].rules?.contains(AssemblyRule.fromThere.name) == true
            if let a = p.date, let b = events[i].date, let na = a.dayNumber, let nb = b.dayNumber, nb < na || (nb - na > 2 && !fromThere) { continue }
            events[i].origin = end
            events[i].confidence = max(0.1, events[i].confidence - 0.1)
            events[i].rules = (events[i].rules ?? []) + [AssemblyRule.continuedFromLastEnd.name]
        }
    }

    /// "took off from Abu Dhabi International… landed at Ben Gurion… took off back to Abu Dhabi":
    /// a leg back to the city whose airport the aircraft's leg before left from, starting where
    /// that leg ended, ends at that airport.
    private func backToWhereItLeft(_ events: inout [FlightEvent]) {
        var last: [String: Int] = [:]
        let order = events.indices.sorted { (events[$0].sources.first?.start ?? 0, $0) < (events[$1].sources.first?.start ?? 0, $1) }
        for i in order where events[i].kind == .flight {
            guard let id = events[i].identifier else { continue }
            defer { last[id] = i }
            guard let j = last[id], let here = events[i].destination, here.level == .city,
                  let from = events[i].origin, let start = events[j].origin, start.level == .airport,
                  let end = events[j].destination, end.key == from.key, contains(here, start)
            else { continue }
            events[i].destination = start
            events[i].rules = (events[i].rules ?? []) + [AssemblyRule.backToWhereItLeft.name]
        }
    }

    /// "touched down at Misrata and took off again two hours later": each second departure
    /// leaves from where the aircraft's last leg told before it ended; with none, it is dropped.
    private func departAgain(_ departures: [FlightEvent], into events: inout [FlightEvent]) {
        guard !departures.isEmpty else { return }
        var flights: [String: [FlightEvent]] = [:]
        for e in events where e.kind == .flight { if let id = e.identifier { flights[id, default: []].append(e) } }
        for var d in departures {
            let at = d.sources.first?.start ?? 0
            let before = (flights[d.identifier ?? ""] ?? []).filter { ($0.sources.first?.start ?? 0) <= at }
            guard let end = before.max(by: { ($0.sources.first?.start ?? 0) < ($1.sources.first?.start ?? 0) })?.destination else { continue }
            d.origin = end
            events.append(d)
        }
    }

    /// Undated legs take the date the story last stated before them ("on 5 October 2021 …
    /// It departed Minsk"), else the article's date when the article states it.
    private func dateFromStory(_ events: inout [FlightEvent], _ c: ArticleContext) {
        let headlineEnd = c.mentions.headline.map { c.mentions.doc.byteRange($0.range).end } ?? 0
        for i in events.indices where events[i].date == nil {
            // A leg told in the headline and again in the body is dated by the body's telling:
            // the headline comes before the story's dates.
            let told = events[i].sources.first { $0.start >= headlineEnd } ?? events[i].sources.first
            let start = told?.start ?? 0
            if let told = c.dates.storyDate(before: start) {
                events[i].date = told.date
                var e = dateEvidence(told.mention, c, mismatch: c.dates.weekdayMismatches.contains(told.mention.location))
                e.basis = .story
                events[i].dateEvidence = e
                events[i].rules = (events[i].rules ?? []) + [AssemblyRule.storyDate.name]
            } else if let anchor = c.dates.anchor, !anchor.inferred, anchor.date.precision == .day {
                // "…landed at Misrata. It stayed there until Tuesday 17 December" in an article of the
                // 21st: a day told later, on or before the article's, shows the leg was flown before
                // it; only the month is known. A day of an earlier month ("Lo scorso 16 settembre"
                // in an October article) is background to another story and says nothing of it.
                let earlierDayToldLater = c.dates.story.contains { told in
                    guard told.byte > start, told.date <= anchor.date, told.date.year == anchor.date.year,
                          told.date.month == anchor.date.month else { return false }
                    if case .absolute = told.mention.value { return true }
                    return false
                }
                // Rotations back and forth are flown over days: the article's day is not theirs.
                let shuttle = events[i].rules?.contains(AssemblyRule.shuttle.name) == true
                events[i].date = earlierDayToldLater || shuttle ? EventDate(year: anchor.date.year, month: anchor.date.month, day: nil) : anchor.date
                events[i].dateEvidence = anchorEvidence(anchor, c)
                events[i].rules = (events[i].rules ?? []) + [AssemblyRule.articleDate.name]
            } else if let anchor = c.dates.anchor, !anchor.inferred, anchor.date.precision == .month {
                // A page dated by its month only ("date 2019-07"): a leg it tells with no day of its
                // own ("later, the aircraft left Misrata for Souda") is known to that month.
                events[i].date = anchor.date
                events[i].dateEvidence = anchorEvidence(anchor, c)
                events[i].rules = (events[i].rules ?? []) + [AssemblyRule.articleMonth.name]
            } else {
                continue
            }
            events[i].confidence = max(0.1, events[i].confidence - 0.15)
        }
    }

    private func nearestOperator(to location: Int, in range: NSRange, _ m: ArticleMentions) -> String? {
        m.operators.inside(range).min { abs($0.location - location) < abs($1.location - location) }?.value.name
    }

    func confidence(direct: Bool, date: EventDate?, leg: Leg) -> Double {
        var c = direct ? 0.6 : 0.4
        if date?.precision == .day { c += 0.15 }
        if leg.origin != nil && leg.destination != nil { c += 0.1 }
        if leg.origin?.level == .airport || leg.destination?.level == .airport { c += 0.05 }
        return min(0.95, c)
    }

    func applyTime(_ t: TimeMention, to e: inout FlightEvent) {
        let place = t.kind == .arrival ? (e.destination ?? e.origin) : (e.origin ?? e.destination)
        guard let utc = t.utc(on: e.date, at: place) else { return }
        e.timeUTC = utc
        e.timeKind = t.kind == .observed ? .observed : t.kind
    }
}
