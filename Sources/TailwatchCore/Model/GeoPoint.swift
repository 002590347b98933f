import Foundation

/// A position on the Earth in decimal degrees, as the gazetteer and Natural Earth give it.
public struct GeoPoint: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The angle between two points seen from the Earth's centre, in radians.
    public func centralAngle(to other: GeoPoint) -> Double {
        let (a, b) = (unitVector, other.unitVector)
        let dot = a.x * b.x + a.y * b.y + a.z * b.z
        let cross = (a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
        // atan2 stays accurate for very short and nearly antipodal arcs, where acos does not.
        return atan2((cross.0 * cross.0 + cross.1 * cross.1 + cross.2 * cross.2).squareRoot(), dot)
    }

    /// Great-circle distance in kilometres (mean Earth radius 6371 km).
    public func distanceKilometres(to other: GeoPoint) -> Double { centralAngle(to: other) * 6371.0 }

    /// `segments + 1` points along the shortest great circle from here to `other`, both ends
    /// included. Longitudes are unwrapped (they may leave -180...180) so that consecutive points
    /// never jump across the antimeridian: a map can draw the arc as one line.
    public func greatCircle(to other: GeoPoint, segments: Int) -> [GeoPoint] {
        let n = max(1, segments)
        let angle = centralAngle(to: other)
        let (a, b) = (unitVector, other.unitVector)
        var points: [GeoPoint] = []
        points.reserveCapacity(n + 1)
        for i in 0...n {
            let f = Double(i) / Double(n)
            let p: (x: Double, y: Double, z: Double)
            if sin(angle) < 1e-12 {
                // Same point (or antipodes, where every great circle is as short): a straight blend.
                p = (a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f, a.z + (b.z - a.z) * f)
            } else {
                let wa = sin((1 - f) * angle) / sin(angle), wb = sin(f * angle) / sin(angle)
                p = (wa * a.x + wb * b.x, wa * a.y + wb * b.y, wa * a.z + wb * b.z)
            }
            var point = GeoPoint(vector: p)
            if i == 0 { point = self } else if i == n { point = other }  // exact ends, no rounding drift
            if let last = points.last {
                while point.longitude - last.longitude > 180 { point.longitude -= 360 }
                while point.longitude - last.longitude < -180 { point.longitude += 360 }
            }
            points.append(point)
        }
        return points
    }

    var unitVector: (x: Double, y: Double, z: Double) {
        let lat = latitude * .pi / 180, lon = longitude * .pi / 180
        return (cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat))
    }

    init(vector v: (x: Double, y: Double, z: Double)) {
        let r = (v.x * v.x + v.y * v.y + v.z * v.z).squareRoot()
        latitude = asin(max(-1, min(1, v.z / max(r, 1e-300)))) * 180 / .pi
        longitude = atan2(v.y, v.x) * 180 / .pi
    }
}
