import Foundation

/// One flight leg read from a clause: its ends (either may be unknown), where it was
/// told, and the names of the rules that made it.
struct Leg {
    var origin: Place?
    var destination: Place?
    /// Read from "between A and B": a route, not yet a flight.
    var between = false
    /// Folded location of the leg's first place: which identifier it follows.
    var location: Int
    /// Where an origin told after the destination was named ("touched down in Caracas on Tuesday,
    /// having left Tehran the night before"): the take-off's date is near it.
    var originToldAt: Int? = nil
    var rules: [String] = []
    /// The date the clause gives this leg (stage 3).
    var dated: ResolvedDate?
    var form: LegForm = .route
    /// Announced, not told ("will land at"): only the destination of a flight under way.
    var planned = false
}

/// How a clause tells a leg.
enum LegForm {
    /// By its ends: "from A to B", "landed at B".
    case route
    /// A flight with no airport: a patrol, an orbit, a sighting in the air.
    case mission
    /// "took off again": a departure from wherever the aircraft last landed (stage 5 finds it).
    case again
}

/// A place of a clause with the role its words give it, on the way to becoming a leg's end.
private struct RoutePoint {
    var place: Place
    var role: RouteRole?
    var m: PlaceMention
    var rules: [String] = []
}

/// Part of stage 3: a clause's role-tagged places turned into legs.
extension ArticleExtractor {
    /// "of" between an airport's name and its city: French "de", Italian "di", English "of".
    static let ofWords: Set<String> = ["de", "di", "of"]

    /// Whether a token alone is a country's adjective ("الإسرائيلية", "الكينية") and nothing else.
    func isCountryAdjective(_ token: Token) -> Bool {
        guard let (count, refs) = knowledge.gazetteer.names.longestMatch(in: [token], at: 0, limit: 1), count == 1 else { return false }
        return refs.allSatisfy { if case .adjective = $0 { return true } else { return false } }
    }

    /// Turns a sentence's role-tagged places into legs: "from A to B", "A to B",
    /// "between A and B", "took off from A, landed in B before returning to C".
    func buildLegs(_ mentions: [PlaceMention], _ t: [Token], _ places: ArticlePlaces, folded: FoldedText) -> [Leg] {
        let words = knowledge.assemblyWords
        var items: [RoutePoint] = mentions.compactMap { m in
            places.place(of: m).map { RoutePoint(place: $0, role: m.role, m: m, rules: m.role == nil ? [] : [AssemblyRule.routeWord.name]) }
        }
        // "تابعة للسعودية" (belonging to Saudi Arabia): the "ل" clitic makes no destination of a country.
        for i in items.indices where items[i].m.cue == ["ل"] && items[i].place.level == .country { items[i].role = nil; items[i].rules = [] }
        // "هبطت أمس في مطار معيتيقة", "landed on Monday in Tripoli": a plain "in" after a flight
        // verb a few words back takes the verb's direction.
        for i in items.indices where items[i].role == .at {
            let cueStart = items[i].m.cueStart ?? items[i].m.tokens.lowerBound
            // Arabic puts the verb first: "هبطت ظهر اليوم طائرتا نقل عسكريتان تركيتان في مطار …".
            let from = Self.wordsBack(8, from: cueStart, floor: 0, t, arabic: t[items[i].m.tokens.lowerBound].isRightToLeft)
            guard from < cueStart else { continue }
            if let role = t[from..<cueStart].reversed().lazy.compactMap({ self.knowledge.flightWords.role(ofVerb: $0.phrase) }).first {
                items[i].role = role
                items[i].rules.append(AssemblyRule.verbGivesIn.name)
            }
        }
        // "غادرت الطائرة C-17 بنغازي", "It left Sirte": a departure verb takes the place it
        // leaves as its object, with no preposition; a few words (the subject) may stand between.
        // "وصلت الطائرة EW-78843 مطار بنينا": so does an arrival verb that takes an object.
        for i in items.indices where items[i].role == nil && items[i].m.cue.isEmpty {
            let start = items[i].m.tokens.lowerBound
            let previousEnd = i > 0 ? items[i - 1].m.tokens.upperBound : 0
            let from = max(previousEnd, Self.wordsBack(5, from: start, floor: 0, t, arabic: t[start].isRightToLeft))
            guard from < start else { continue }
            // The verb nearest the place, with no route word after it ("أقلعت نحو … الدوحة"
            // is where it went, "decollato dalla base di Gibuti" is read by its "dalla").
            let flightWords = self.knowledge.flightWords
            guard let verb = t[from..<start].indices.last(where: { flightWords.role(ofVerb: t[$0].phrase) != nil }),
                  !flightWords.verbFinal.contains(t[verb].phrase),
                  !t[(verb + 1)..<start].contains(where: { self.knowledge.routeWords.before[one: $0.phrase] != nil })
            else { continue }
            if flightWords.role(ofVerb: t[verb].phrase) == .origin {
                items[i].role = .origin
                items[i].rules.append(AssemblyRule.departureVerbObject.name)
            } else if flightWords.takesArrivalObject(t[verb].phrase) {
                items[i].role = .destination
                items[i].rules.append(AssemblyRule.arrivalVerbObject.name)
            }
        }
        // Adjacent names of one place: "Rome Ciampino", "Benghazi Benina #Libya", "مطار بنينا في بنغازي".
        var k = 1
        while k < items.count {
            let a = items[k - 1], b = items[k]
            let gap = b.m.tokens.lowerBound - a.m.tokens.upperBound
            let between = t[a.m.tokens.upperBound..<b.m.tokens.lowerBound]
            // "مطار بن غوريون في العاصمة الإسرائيلية تل أبيب": "in" with a filler and a country's
            // adjective before the second name still joins two names of one place.
            let locatedIn = gap > 2 && gap <= 4 && b.m.cue == ["في"] && between.first?.key == "في" && between.dropFirst().allSatisfy {
                knowledge.routeWords.fillers.contains([$0.key]) || isCountryAdjective($0)
            }
            let joinable = gap == 0 || (gap <= 2 && between.allSatisfy {
                words.placeJoiners.contains($0.phrase)
            }) || ((b.m.clitic == "ب") && gap == 0) || locatedIn
            // "Trablus Mitiga Havalimanı'na": a Turkish case suffix on the last name is the whole
            // name's; the city before the airport takes its role.
            // The suffix sits on the name's last word or on the airport word after it ("Mitiga Havalimanı'na").
            var suffixed = t[b.m.tokens.upperBound - 1]
            if b.m.tokens.upperBound < t.count, PlaceExtractor.airportWords.contains(t[b.m.tokens.upperBound].phrase) {
                suffixed = t[b.m.tokens.upperBound]
            }
            let suffixedWhole = gap == 0 && a.role == nil && b.role != nil && b.m.cueStart == nil && !b.m.cue.isEmpty
                && (suffixed.after == 0x27 || suffixed.after == 0x2019)
            let bRoleFree = b.role == nil || b.role == .at || b.m.cue == ["ب"] || (gap > 0 && ["in", "at", "في", "в"].contains(b.m.cue.last ?? ""))
                || suffixedWhole
            // A field no table knows beside a known place is that place ("Latakia/Kheimim Air
            // Base", "Al Reef Air Base, Abu Dhabi"): the known name is the one a reader can use.
            let unknownA = a.place.isUnknownField, unknownB = b.place.isUnknownField
            // "Tekirdağ Çorlu Atatürk Havalimanı'na": a town whose one airport the name before
            // gives, then an airport's name written with its airport word, is the town's airport
            // under its full name ("Çorlu Atatürk"), not the other airport that name alone would be.
            if gap == 0, a.role == nil, !a.m.airportWord, b.m.airportWord, !t[a.m.tokens.lowerBound].isRightToLeft,
               a.place.level == .airport, b.place.level == .airport, a.place.key != b.place.key
            {
                var merged = a.m
                merged.tokens = a.m.tokens.lowerBound..<b.m.tokens.upperBound
                merged.airportWord = true
                items[k - 1] = RoutePoint(place: a.place, role: b.role, m: merged,
                                          rules: a.rules + b.rules + [AssemblyRule.oneplaceTwoNames.name])
                items.remove(at: k)
                continue
            }
            // "l'aéroport international Otopeni de Bucarest", "Pisa San Giusto di Pisa": an
            // airport's name, "de"/"di"/"of", then the city it serves is that airport; the "de" is
            // "of", not "from".
            if gap == 1, a.place.level == .airport, b.place.level == .city, contains(b.place, a.place),
               Self.ofWords.contains(t[a.m.tokens.upperBound].key), b.m.cue == [t[a.m.tokens.upperBound].key]
            {
                var merged = a.m
                merged.tokens = a.m.tokens.lowerBound..<b.m.tokens.upperBound
                items[k - 1] = RoutePoint(place: a.place, role: a.role, m: merged,
                                          rules: a.rules + b.rules + [AssemblyRule.oneplaceTwoNames.name])
                items.remove(at: k)
                continue
            }
            if joinable && bRoleFree && (unknownA != unknownB || contains(a.place, b.place) || contains(b.place, a.place)
                || (suffixedWhole && a.place.key == b.place.key)) {
                let precise = unknownA != unknownB ? (unknownA ? b.place : a.place)
                    : a.place.precisionRank >= b.place.precisionRank ? a.place : b.place
                var merged = a.m
                merged.tokens = a.m.tokens.lowerBound..<b.m.tokens.upperBound
                let role = suffixedWhole ? b.role : a.role
                if suffixedWhole { merged.cue = b.m.cue; merged.cueStart = b.m.cueStart }
                items[k - 1] = RoutePoint(place: precise, role: role, m: merged, rules: a.rules + b.rules + [AssemblyRule.oneplaceTwoNames.name])
                items.remove(at: k)
            } else {
                k += 1
            }
        }
        // "Damascus #DAM - Benghazi #BEN", "Sharjah–Benina", "LIRA > HLLB": a dash or arrow between two names.
        // "operated a Pisa–Misrata flight": the article "a" is no Italian or French "to".
        for i in items.indices.dropLast() where (items[i].role == nil || items[i].m.cue == ["a"]) && items[i + 1].role == nil {
            let gapStart = t[items[i].m.tokens.upperBound - 1].end
            let gapEnd = t[items[i + 1].m.tokens.lowerBound].location
            guard gapEnd > gapStart, gapEnd - gapStart <= 6 else { continue }
            // "Sharjah (OMSJ) ➝ Benina": brackets and spaces around the arrow do not count.
            let gap = folded.substring(with: NSRange(location: gapStart, length: gapEnd - gapStart))
                .trimmingCharacters(in: CharacterSet(charactersIn: " ()[]#"))
            if !gap.isEmpty, gap.count <= 4, gap.unicodeScalars.allSatisfy(Self.isRouteArrow) {
                items[i].role = .origin
                items[i + 1].role = .destination
                items[i].rules.append(AssemblyRule.routeArrow.name)
                items[i + 1].rules.append(AssemblyRule.routeArrow.name)
            }
        }
        // "قاعدة الخادم قرب المرج", "Chkalovsky near Moscow": a place "near" the one just
        // named locates it; it is no end of its own.
        var n = 1
        while n < items.count {
            let m = items[n].m
            let prev = items[n - 1]
            // "قاعدة سويحان العسكرية الجوية بالعاصمة الإماراتية أبوظبي", "مطار بنينا ببنغازي": a city
            // or country told with "ب" ("in") right after a base or airport (only its fillers
            // between) is where that field lies, no end of its own.
            let locatorStart = m.cueStart ?? m.tokens.lowerBound
            let locatedBy = (m.cue == ["ب"] || (m.cue.isEmpty && m.clitic == "ب"))
                && (prev.m.airportWord || prev.place.level == .airport)
                && [.city, .country].contains(items[n].place.level) && prev.place.key != items[n].place.key
                && locatorStart >= prev.m.tokens.upperBound && locatorStart - prev.m.tokens.upperBound <= 4
                && t[prev.m.tokens.upperBound..<locatorStart].allSatisfy { tok in
                    // "بالعاصمة": the filler with the same "in" written on it.
                    let bare = tok.key.hasPrefix("ب") ? String(tok.key.dropFirst()) : tok.key
                    return knowledge.routeWords.fillers.contains([tok.key]) || knowledge.routeWords.fillers.contains([bare]) || isCountryAdjective(tok)
                }
            if locatedBy {
                items[n - 1].rules.append(AssemblyRule.placeLocatedBy.name)
                items.remove(at: n)
            } else if words.near.contains(m.cue.joined(separator: " ")), let cueStart = m.cueStart,
               cueStart - items[n - 1].m.tokens.upperBound <= 1
            {
                items.remove(at: n)
            } else {
                n += 1
            }
        }
        // "from Moscow to St Petersburg, but had to turn back and land at Ostafyevo", "diverted
        // to Larnaca": the airport it was bound for is no end; the one it landed at is.
        var j = 1
        var returnedTo = Set<String>()
        while j < items.count {
            let a = items[j - 1], b = items[j]
            if a.role == .destination, b.role == .destination || b.role == .at,
               words.turnBack.firstMatch(in: a.m.tokens.upperBound..<b.m.tokens.lowerBound, t) != nil
            {
                items[j].role = .destination
                items[j].rules.append(AssemblyRule.turnBack.name)
                items.remove(at: j - 1)
            } else if a.role == .destination || a.role == .at, b.role == .destination,
                      words.wasBoundFor.firstMatch(in: a.m.tokens.upperBound..<b.m.tokens.lowerBound, t) != nil
            {
                // "عادت إلى جدة بعد أن كانت متوجهة إلى المخا": the one it had been bound for is no end.
                items[j - 1].role = .destination
                items[j - 1].rules.append(AssemblyRule.turnBack.name)
                items.remove(at: j)
                // "عادت إلى جدة …": a flight that returned to A had left A.
                // The landing place may be named twice ("إلى مطار الملك عبدالعزيز في مدينة جدة"): from its first name.
                var f = j - 1
                while f > 0, items[f - 1].place.key == a.place.key { f -= 1 }
                let cueStart = items[f].m.cueStart ?? items[f].m.tokens.lowerBound
                let back = Self.wordsBack(6, from: cueStart, floor: 0, t, arabic: t[a.m.tokens.lowerBound].isRightToLeft)
                if back < cueStart, t[back..<cueStart].contains(where: { k in
                    words.returned.contains(k.phrase) || ArabicClitics.variants(k.key).contains { words.returned.contains($0.stripped) }
                }), !items[..<f].contains(where: { $0.role == .origin }) {
                    // One end, however many names: the earlier names go.
                    if f < j - 1 {
                        items.removeSubrange(f..<(j - 1))
                        j = f + 1
                    }
                    var origin = items[j - 1]
                    origin.role = .origin
                    items.insert(origin, at: j - 1)
                    returnedTo.insert(origin.place.key)
                    j += 1
                }
            } else {
                j += 1
            }
        }
        // "استنفار في مطار بغداد بسبب طائرة قادمة من طهران": with no destination told, the airport
        // an aircraft "coming from" somewhere is at is where it came.
        if !items.contains(where: { $0.role == .destination }),
           let o = items.firstIndex(where: { $0.role == .origin && words.arrivingFrom.contains($0.m.cue.first ?? "") }),
           let a = items.indices.filter({ items[$0].role == .at && items[$0].place.level == .airport })
               .min(by: { abs($0 - o) < abs($1 - o) })
        {
            items[a].role = .destination
            items[a].rules.append(AssemblyRule.arrivingFrom.name)
        }
        // "between A and B"; "A to B".
        var betweenStarts = Set<Int>()
        for i in items.indices {
            let m = items[i].m
            // "between Mali and …", "entre le Mali et …": an article may stand after "between".
            var k = m.tokens.lowerBound - 1
            if k > 0, knowledge.routeWords.fillers[one: t[k].phrase] != nil, words.between.contains(t[k - 1].phrase) { k -= 1 }
            if k >= 0, words.between.contains(t[k].phrase) {
                items[i].role = .origin
                items[i].rules.append(AssemblyRule.between.name)
                betweenStarts.insert(i)
                if i + 1 < items.count {
                    let n = items[i + 1].m
                    var j = n.tokens.lowerBound - 1
                    if j > 0, knowledge.routeWords.fillers[one: t[j].phrase] != nil, Self.conjunction(t[j - 1].key) { j -= 1 }
                    let joined = n.clitic == "و" || (j >= 0 && Self.conjunction(t[j].key))
                    if joined { items[i + 1].role = .destination; items[i + 1].rules.append(AssemblyRule.between.name) }
                }
            }
            if items[i].role == nil, i + 1 < items.count, items[i + 1].role == .destination,
               items[i + 1].m.cue.count == 1, items[i + 1].m.tokens.lowerBound - m.tokens.upperBound <= 1,
               // "… بتوقيت المغرب، وحطت بمطار بيروت": a verb is no "to" between two names.
               knowledge.flightWords.role(ofVerb: items[i + 1].m.cue[0]) == nil,
               // "شركة مسجلة في الإمارات في بنغازي": an "in" a verb made a destination is no "to".
               items[i + 1].m.role != .at
            {
                items[i].role = .origin
                items[i].rules.append(AssemblyRule.nameBeforeTo.name)
            }
        }
        // "came from Misrata, where it had landed around 12:30 from Ramstein": a clause about the
        // place just named that tells a landing there (a verb only an aircraft does: "where the
        // minister had arrived from Cairo" is no flight), with an origin of its own, is the leg that
        // ended at that place (Ramstein → Misrata), told after the one that left it.
        var r = 0
        while r + 1 < items.count {
            let p = items[r], q = items[r + 1]
            // A turn-back's end is listed twice (as origin and destination) at the same words.
            let qStart = q.m.cueStart ?? q.m.tokens.lowerBound
            let between = t[min(p.m.tokens.upperBound, qStart)..<qStart]
            if p.role == .origin || p.role == .at, q.role == .origin, p.m.tokens.upperBound <= qStart,
               let w = between.firstIndex(where: { words.placeClause.contains($0.phrase) }),
               between[w...].contains(where: { knowledge.flightWords.role(ofVerb: $0.key) == .destination && knowledge.flightWords.isAircraftVerb($0.key) })
            {
                var arrived = p
                arrived.role = .destination
                arrived.rules.append(AssemblyRule.placeClauseArrival.name)
                items.insert(arrived, at: r + 2)
                r += 3
            } else {
                r += 1
            }
        }
        var legs: [Leg] = []
        var current: Leg?
        for (n, item) in items.enumerated() {
            switch item.role {
            case .origin? where betweenStarts.contains(n):
                if let c = current, c.origin != nil || c.destination != nil { legs.append(c) }
                current = Leg(origin: item.place, destination: nil, between: true, location: t[item.m.tokens.lowerBound].location)
            case .origin?:
                // "landed in Tripoli, coming from Tunis": the origin of the leg just told.
                if var c = current, c.origin == nil, let d = c.destination, d.key != item.place.key {
                    c.origin = item.place
                    c.originToldAt = t[item.m.tokens.lowerBound].location
                    c.rules.append(AssemblyRule.comingFrom.name)
                    current = c
                    continue
                }
                if let c = current, c.origin != nil || c.destination != nil { legs.append(c) }
                current = Leg(origin: item.place, destination: nil, location: t[item.m.tokens.lowerBound].location)
            case .destination?:
                // "قاعدة حميميم الروسية في اللاذقية": the same place named twice is one end.
                if let c = current, c.destination?.key == item.place.key { continue }
                // "heading to western Libya, where it will land at Misrata": the second names the first.
                if var c = current, let d = c.destination, d.level != .airport, contains(d, item.place) {
                    c.destination = item.place
                    c.location = t[item.m.tokens.lowerBound].location  // "where the first flight…" reads from here
                    current = c
                    continue
                }
                if var c = current {
                    if c.destination != nil {
                        legs.append(c)
                        c = Leg(origin: c.destination, destination: nil, location: t[item.m.tokens.lowerBound].location)
                    }
                    c.destination = item.place
                    current = c
                } else {
                    current = Leg(origin: nil, destination: item.place, location: t[item.m.tokens.lowerBound].location)
                }
            case .via?:
                // A stop on the way splits the leg it lies on: O→X, X→D.
                let at = t[item.m.tokens.lowerBound].location
                if var c = current {
                    if c.destination == nil {
                        c.destination = item.place
                        legs.append(c)
                        current = Leg(origin: item.place, destination: nil, location: at, rules: [AssemblyRule.stopSplitsLeg.name])
                    } else {
                        legs.append(Leg(origin: c.origin, destination: item.place, location: c.location, rules: [AssemblyRule.stopSplitsLeg.name]))
                        c.origin = item.place
                        current = c
                    }
                } else {
                    legs.append(Leg(origin: nil, destination: item.place, location: at, rules: [AssemblyRule.stopSplitsLeg.name]))
                    current = Leg(origin: item.place, destination: nil, location: at, rules: [AssemblyRule.stopSplitsLeg.name])
                }
            default:
                continue
            }
        }
        if let c = current { legs.append(c) }
        // A turn-back that returned to where it left ("عادت إلى جدة بعد أن كانت متوجهة إلى المخا") keeps both ends.
        for i in legs.indices where legs[i].origin != nil && legs[i].origin?.key == legs[i].destination?.key
            && !returnedTo.contains(legs[i].origin!.key) { legs[i].origin = nil }
        // A country that holds the other end is context ("Kufra, Libya"), not an end.
        for i in legs.indices {
            if let o = legs[i].origin, let d = legs[i].destination, o.country == d.country {
                if o.level == .country && d.level != .country { legs[i].origin = nil }
                if d.level == .country && o.level != .country { legs[i].destination = nil }
            }
        }
        // Each leg keeps the names of the rules that gave its ends their roles.
        for i in legs.indices {
            let ends = [legs[i].origin?.key, legs[i].destination?.key].compactMap { $0 }
            let fromPoints = items.filter { ends.contains($0.place.key) }.flatMap(\.rules)
            legs[i].rules = uniqueInOrder(fromPoints + legs[i].rules)
        }
        return legs.filter { $0.origin != nil || $0.destination != nil }
    }

    /// Dashes and arrows that join two places into a route ("A - B", "A ➝ B", "A ✈ B").
    static func isRouteArrow(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x2D, 0x3E, 0x3D, 0x2013, 0x2014, 0x2708, 0xFE0F: return true
        case 0x2190...0x21FF, 0x2794...0x27BF, 0x27F0...0x27FF, 0x2900...0x297F, 0x2B00...0x2B2F: return true
        default: return false
        }
    }

    static func conjunction(_ key: String) -> Bool { PlaceExtractor.conjunctions.contains(key) }

    /// The token index `n` words back from `end` (not before `floor`). In Arabic text a Latin
    /// registration, type or number inside the clause ("طائرتان تحملان الرقمين 5A-DRR و5A-DRS")
    /// is no word of the distance between a verb and its place: only Arabic words count, and at
    /// most 2n tokens are passed.
    static func wordsBack(_ n: Int, from end: Int, floor: Int, _ t: [Token], arabic: Bool) -> Int {
        guard arabic else { return max(floor, end - n) }
        var k = end, counted = 0
        while k > floor, counted < n, end - k < 2 * n {
            k -= 1
            if t[k].isRightToLeft { counted += 1 }
        }
        return k
    }

}
