import Foundation

/// Country outlines for drawing maps: Natural Earth 1:110m countries, simplified
/// (`Resources/coastline.tsv`, made by Scripts/build_coastline.sh). Only the report's map
/// reads it, so it is not part of `Knowledge` and extraction never pays for loading it.
public struct Coastline: Sendable {
    /// One country: its polygons' rings (outer rings and holes alike; a map fills them even-odd).
    public struct Outline: Sendable {
        /// ISO 3166-1 alpha-2, as places name their country; nil for N. Cyprus and Somaliland.
        public var iso2: String?
        public var iso3: String
        public var name: String
        public var rings: [[GeoPoint]]

        /// Where to put a country-level place on a map: the centroid of its largest ring
        /// (mainland France, not the average of France and French Guiana).
        public var labelPoint: GeoPoint {
            let largest = rings.max { abs(Self.signedArea($0)) < abs(Self.signedArea($1)) } ?? []
            return Self.centroid(largest)
        }

        /// Shoelace area in square degrees: only compared between rings, so the plane is good enough.
        static func signedArea(_ ring: [GeoPoint]) -> Double {
            var sum = 0.0
            for (i, p) in ring.enumerated() {
                let q = ring[(i + 1) % ring.count]
                sum += p.longitude * q.latitude - q.longitude * p.latitude
            }
            return sum / 2
        }

        static func centroid(_ ring: [GeoPoint]) -> GeoPoint {
            let area = signedArea(ring)
            guard abs(area) > 1e-9 else {
                // A degenerate ring: the mean of its points.
                let n = Double(max(ring.count, 1))
                return GeoPoint(latitude: ring.map(\.latitude).reduce(0, +) / n, longitude: ring.map(\.longitude).reduce(0, +) / n)
            }
            var cx = 0.0, cy = 0.0
            for (i, p) in ring.enumerated() {
                let q = ring[(i + 1) % ring.count]
                let w = p.longitude * q.latitude - q.longitude * p.latitude
                cx += (p.longitude + q.longitude) * w
                cy += (p.latitude + q.latitude) * w
            }
            return GeoPoint(latitude: cy / (6 * area), longitude: cx / (6 * area))
        }
    }

    public let countries: [Outline]
    private let byISO2: [String: Int]

    /// Reads the table: `iso2`, `iso3`, `name`, `rings` (`|` between rings, `lon,lat` pairs in tenths of a degree).
    public init(table: DataTable) throws {
        var countries: [Outline] = []
        for record in table.records() {
            var rings: [[GeoPoint]] = []
            for ring in record.list("rings") {
                var points: [GeoPoint] = []
                for pair in ring.split(separator: " ") {
                    let xy = pair.split(separator: ",")
                    guard xy.count == 2, let x = Int(xy[0]), let y = Int(xy[1]) else {
                        throw KnowledgeError.malformed(table.name, "\(record["name"]): bad coordinate pair \(pair)")
                    }
                    points.append(GeoPoint(latitude: Double(y) / 10, longitude: Double(x) / 10))
                }
                if points.count >= 3 { rings.append(points) }
            }
            countries.append(Outline(iso2: record.optional("iso2"), iso3: record["iso3"], name: record["name"], rings: rings))
        }
        self.countries = countries
        var byISO2: [String: Int] = [:]
        for (i, c) in countries.enumerated() { if let code = c.iso2 { byISO2[code] = i } }
        self.byISO2 = byISO2
    }

    /// Loads `Resources/coastline.tsv` from the module bundle.
    public static func load() throws -> Coastline { try Coastline(table: try DataTable.resource("coastline")) }

    /// The outline of a country by its ISO 3166-1 alpha-2 code.
    public func outline(iso2: String) -> Outline? { byISO2[iso2.uppercased()].map { countries[$0] } }
}
