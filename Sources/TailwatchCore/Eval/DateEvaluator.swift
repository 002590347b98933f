import Foundation

/// Scores date reading on a fixture: a row is right when the date read equals the gold
/// (at its precision; none for a negative) and, where the gold gives a time, the UTC time too.
public struct DateEvaluation: Sendable {
    public struct Tally: Sendable, Hashable {
        public var right = 0
        public var total = 0
        public var accuracy: Double { total == 0 ? 0 : Double(right) / Double(total) }
    }
    public struct Miss: Sendable, Hashable {
        public var row: DateFixtureRow
        public var read: SentenceDate
    }
    public var all = Tally()
    public var byLanguage: [String: Tally] = [:]
    public var byCategory: [String: Tally] = [:]
    public var misses: [Miss] = []
    /// Wall-clock seconds of the timed passes, and how many expressions they read.
    public var seconds: Double = 0
    public var expressionsTimed = 0
    public var expressionsPerSecond: Double { seconds > 0 ? Double(expressionsTimed) / seconds : 0 }

    /// Reads every row once for the score, then `repeat` more times for the speed.
    public static func run(_ rows: [DateFixtureRow], extractor: ArticleExtractor, repeat passes: Int = 1) -> DateEvaluation {
        var e = DateEvaluation()
        for row in rows {
            let read = extractor.readDate(in: row.text, anchor: row.anchor)
            let right = read.date == row.gold && (row.goldTime == nil || read.timeUTC == row.goldTime)
            e.all.total += 1
            e.byLanguage[row.language, default: Tally()].total += 1
            e.byCategory[row.category, default: Tally()].total += 1
            if right {
                e.all.right += 1
                e.byLanguage[row.language]!.right += 1
                e.byCategory[row.category]!.right += 1
            } else {
                e.misses.append(Miss(row: row, read: read))
            }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        var sink = 0
        for _ in 0..<max(0, passes) {
            for row in rows { sink &+= extractor.readDate(in: row.text, anchor: row.anchor).date?.year ?? 0 }
        }
        e.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        e.expressionsTimed = rows.count * max(0, passes) + (sink == -1 ? 1 : 0)
        return e
    }
}
