/// A self-contained HTML page for one aircraft or one airport: a summary, the route map and
/// the timeline with every source. Inline CSS and SVG only, so it opens offline, in a mail
/// attachment or from a USB stick, exactly as it was written.
public struct HTMLReport: Sendable {
    /// The heading: a registration or an airport's label.
    public var title: String
    /// A line under it: country of registry, type, operator; or what the board covers.
    public var subtitle: String?
    /// The timeline, oldest first, as the store returns it.
    public var events: [FlightEvent]
    /// The `<svg>` from `SVGMap.render`.
    public var map: String
    /// Provenance for the footer (database, date written).
    public var footer: String?

    public init(title: String, subtitle: String?, events: [FlightEvent], map: String, footer: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.events = events
        self.map = map
        self.footer = footer
    }

    /// The whole document.
    public func render() -> String {
        let esc = HTMLText.escape
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title)) · tailwatch report</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header><h1>\(esc(title))</h1>
            """
        if let subtitle { html += "<p class=\"subtitle\">\(esc(subtitle))</p>" }
        html += "<p class=\"summary\">\(esc(summary))</p></header>\n<figure>\(map)</figure>\n"
        html += """
            <table class="timeline">
            <thead><tr><th>Date</th><th>Time UTC</th><th>Aircraft</th><th>Route</th><th>Type</th><th>Operator</th>\
            <th>Confidence</th><th>Sources</th></tr></thead>
            <tbody>

            """
        for e in events {
            let approximate = e.date.map { $0.precision != .day } ?? true
            html += "<tr class=\"\(e.kind.rawValue)\">"
            html += "<td class=\"date\(approximate ? " approximate" : "")\">\(esc(EventFormatter.dateLabel(e.date)))</td>"
            html += "<td>\(esc(EventFormatter.timeLabel(e)))</td><td class=\"aircraft\">\(esc(e.identifier ?? "?"))</td>"
            if e.kind == .mention {
                html += "<td class=\"route\">named, no flight</td>"
            } else {
                html += "<td class=\"route\">\(place(e.origin)) → \(place(e.destination))</td>"
            }
            html += "<td>\(esc(EventFormatter.typeLabel(e)))</td><td>\(esc(e.operatorName ?? ""))</td>"
            html += "<td class=\"confidence\">\(EventFormatter.format2(e.confidence))</td><td><ol class=\"sources\">"
            for s in e.sources {
                html += "<li><span class=\"file\" title=\"\(esc(s.path)) bytes \(s.start)–\(s.end)\">\(esc(s.file))</span> "
                    + "<q dir=\"auto\">\(esc(s.snippet))</q></li>"
            }
            html += "</ol></td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if let footer { html += "<footer>\(esc(footer))</footer>\n" }
        return html + "</body>\n</html>\n"
    }

    /// "3 flights, 2020-02-13 to 2020-06-08, 2 places, 4 sources".
    var summary: String {
        let flights = events.filter { $0.kind == .flight }
        let dates = flights.compactMap { $0.date?.iso }.sorted()
        let places = Set(flights.flatMap { [$0.origin?.key, $0.destination?.key] }.compactMap { $0 })
        var parts = ["\(flights.count) flight\(flights.count == 1 ? "" : "s")"]
        if let first = dates.first, let last = dates.last { parts.append(first == last ? first : "\(first) to \(last)") }
        parts.append("\(places.count) place\(places.count == 1 ? "" : "s")")
        let sources = events.reduce(0) { $0 + $1.sources.count }
        parts.append("\(sources) source\(sources == 1 ? "" : "s")")
        return parts.joined(separator: ", ")
    }

    /// A place as the table shows it, with its full label as a tooltip; "?" when unknown.
    func place(_ p: Place?) -> String {
        guard let p else { return "<span class=\"unknown\">?</span>" }
        return "<span title=\"\(HTMLText.escape(p.label))\">\(HTMLText.escape(EventFormatter.placeLabel(p)))</span>"
    }

    static let css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;\
        color:#1d2b3a;margin:24px auto;max-width:1200px;padding:0 16px}
        h1{margin:0;font-size:26px}.subtitle{margin:2px 0;color:#4a5a6a}.summary{margin:2px 0 12px;color:#4a5a6a}
        figure{margin:0 0 18px;max-width:960px}svg.map{width:100%;height:auto;display:block;border:1px solid #c9d3dc;border-radius:4px}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #dde3e8;padding:6px 8px;text-align:left;\
        vertical-align:top}th{background:#f2f5f7;font-weight:600}td.date,td.aircraft{white-space:nowrap}
        td.approximate{font-style:italic;color:#6b5a00}td.confidence{text-align:right}.unknown{color:#98a2ab}
        ol.sources{margin:0;padding-left:18px}ol.sources li{margin-bottom:4px}.file{font-family:ui-monospace,monospace;\
        font-size:12px;color:#4a5a6a}q{quotes:"“" "”"}tr.mention td{color:#6b7780}
        footer{margin-top:18px;color:#6b7780;font-size:12px}
        """
}
