import Foundation

/// Draws a `RouteMap` as inline SVG over the country outlines: no scripts, no fonts, no
/// external references, so the report shows the same offline as online.
public enum SVGMap {
    /// The routes' stroke colour; Scripts/check-report.sh looks for it in the screenshot.
    public static let routeColour = "#d81b60"
    static let landColour = "#ece6d6", borderColour = "#b9ae94", seaColour = "#d6e7f2", stopColour = "#1d2b3a"

    /// The whole `<svg>` element, cropped to the routes and stops (the world when there are none).
    public static func render(_ map: RouteMap, coastline: Coastline, width: Double = 960) -> String {
        let projection = MapProjection(fitting: map.extent, width: width)
        let (w, h) = (projection.width, projection.height)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 \(n(w)) \(n(h))" role="img" \
            aria-label="Map of \(map.routes.count) routes between \(map.stops.count) places">
            <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" \
            orient="auto-start-reverse"><path d="M0,1 L10,5 L0,9 z" fill="\(routeColour)"/></marker></defs>
            <rect width="\(n(w))" height="\(n(h))" fill="\(seaColour)"/>

            """
        svg += graticule(projection)
        svg += "<g class=\"land\" fill=\"\(landColour)\" stroke=\"\(borderColour)\" stroke-width=\"0.7\" fill-rule=\"evenodd\">\n"
        for country in coastline.countries {
            let d = landPath(country, projection)
            if !d.isEmpty { svg += "<path d=\"\(d)\"><title>\(HTMLText.escape(country.name))</title></path>\n" }
        }
        svg += "</g>\n"
        svg += "<g class=\"routes\" fill=\"none\" stroke=\"\(routeColour)\" stroke-linecap=\"round\">\n"
        for route in map.routes {
            let d = route.arc.enumerated().map { i, p in
                let (x, y) = projection.project(p)
                return (i == 0 ? "M" : "L") + n(x) + " " + n(y)
            }.joined(separator: " ")
            // Busier routes draw thicker, up to twice the width of a single flight.
            let stroke = 2.5 + Double(min(route.dates.count - 1, 4)) * 0.6
            let title = "\(route.from.label) → \(route.to.label): \(route.dates.count) flight\(route.dates.count == 1 ? "" : "s") "
                + "(\(route.dates.joined(separator: ", "))) · \(route.aircraft.joined(separator: ", "))"
            svg += "<path class=\"route\" d=\"\(d)\" stroke-width=\"\(n(stroke))\" marker-end=\"url(#arrow)\">"
                + "<title>\(HTMLText.escape(title))</title></path>\n"
        }
        svg += "</g>\n<g class=\"stops\" font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"\(stopColour)\">\n"
        var placed: [(x: Double, y: Double, w: Double)] = []
        for stop in map.stops {
            // A stop the map shows across the antimeridian is drawn where its arc ends.
            var point = stop.point
            for shift in [360.0, -360] where !(projection.west...projection.east).contains(point.longitude)
                && (projection.west...projection.east).contains(stop.point.longitude + shift) {
                point.longitude = stop.point.longitude + shift
            }
            let (x, y) = projection.project(point)
            // Labels go right of the dot (left near the right edge), nudged down or up past earlier ones.
            let textWidth = Double(stop.label.count) * 7.2
            let leftward = x + 8 + textWidth > w
            let tx = leftward ? x - 8 : x + 8
            let left = leftward ? tx - textWidth : tx
            var ty = y + 4.5
            for dy in [0.0, 15, -15, 30, -30, 45] {
                let candidate = y + 4.5 + dy
                if !placed.contains(where: { abs($0.y - candidate) < 14 && left < $0.x + $0.w && $0.x < left + textWidth }) {
                    ty = candidate
                    break
                }
            }
            placed.append((left, ty, textWidth))
            svg += "<g class=\"stop\"><circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.5\" stroke=\"#fff\" stroke-width=\"1.5\"/>"
                + "<text class=\"stop-label\" x=\"\(n(tx))\" y=\"\(n(ty))\"\(leftward ? " text-anchor=\"end\"" : "") "
                + "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(HTMLText.escape(stop.label))</text></g>\n"
        }
        svg += "</g>\n<text x=\"\(n(w - 6))\" y=\"\(n(h - 6))\" text-anchor=\"end\" font-family=\"system-ui, sans-serif\" "
            + "font-size=\"10\" fill=\"#6b6b6b\">Outlines: Natural Earth (public domain)</text>\n</svg>"
        return svg
    }

    /// One country's rings as path data, drawn again 360° east or west when the map has
    /// wrapped past the antimeridian; empty when the country is off the map.
    static func landPath(_ country: Coastline.Outline, _ projection: MapProjection) -> String {
        var parts: [String] = []
        for ring in country.rings {
            let lons = ring.map(\.longitude), lats = ring.map(\.latitude)
            let (w, e, s, nn) = (lons.min()!, lons.max()!, lats.min()!, lats.max()!)
            for shift in [-360.0, 0, 360] where projection.overlaps(west: w + shift, east: e + shift, south: s, north: nn) {
                parts.append(ring.enumerated().map { i, p in
                    let (x, y) = projection.project(GeoPoint(latitude: p.latitude, longitude: p.longitude + shift))
                    return (i == 0 ? "M" : "L") + n(x) + " " + n(y)
                }.joined(separator: " ") + "Z")
            }
        }
        return parts.joined(separator: " ")
    }

    /// Meridians and parallels every 10° (5° on small maps), faint, for a sense of scale.
    static func graticule(_ p: MapProjection) -> String {
        let step = (p.east - p.west) > 40 ? 10.0 : 5.0
        var d: [String] = []
        var lon = (p.west / step).rounded(.up) * step
        while lon <= p.east {
            let x = p.project(GeoPoint(latitude: 0, longitude: lon)).x
            d.append("M\(n(x)) 0 V\(n(p.height))")
            lon += step
        }
        var lat = (p.south / step).rounded(.up) * step
        while lat <= p.north {
            let y = p.project(GeoPoint(latitude: lat, longitude: 0)).y
            d.append("M0 \(n(y)) H\(n(p.width))")
            lat += step
        }
        return "<path class=\"graticule\" d=\"\(d.joined(separator: " "))\" stroke=\"#ffffff\" stroke-opacity=\"0.6\" stroke-width=\"0.6\" fill=\"none\"/>\n"
    }

    /// A coordinate with one decimal, the precision a 960-unit-wide map can show.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
