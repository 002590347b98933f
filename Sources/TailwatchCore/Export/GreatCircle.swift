import Foundation

/// A point on the Earth in degrees (WGS 84 as the gazetteer gives it).
public struct Coordinate: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// The shortest path between two points on a sphere, as a line a map can draw.
///
/// Straight lines between airports on a flat map are not the route an aircraft flies;
/// interpolated points along the great circle are, and they stay correct where the route
/// crosses the antimeridian once the line is cut there (RFC 7946, section 3.1.9).
public enum GreatCircle {
    static let earthRadiusKm = 6371.0088

    /// Central angle between two points, in radians (haversine, stable for short distances).
    public static func angle(_ a: Coordinate, _ b: Coordinate) -> Double {
        let φ1 = a.latitude * .pi / 180, φ2 = b.latitude * .pi / 180
        let dφ = φ2 - φ1, dλ = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dφ / 2) * sin(dφ / 2) + cos(φ1) * cos(φ2) * sin(dλ / 2) * sin(dλ / 2)
        return 2 * atan2(sqrt(h), sqrt(max(0, 1 - h)))
    }

    public static func distanceKm(_ a: Coordinate, _ b: Coordinate) -> Double { angle(a, b) * earthRadiusKm }

    /// Points from `a` to `b` along the great circle, both ends included, about one every
    /// `stepDegrees` of arc (at least one segment).
    public static func path(from a: Coordinate, to b: Coordinate, stepDegrees: Double = 1) -> [Coordinate] {
        let d = angle(a, b)
        guard d > 1e-12 else { return [a, b] }
        let segments = max(1, Int((d * 180 / .pi / stepDegrees).rounded(.up)))
        let pa = vector(a), pb = vector(b)
        var out = [a]
        for i in 1..<segments {
            // Spherical linear interpolation between the two unit vectors.
            let f = Double(i) / Double(segments)
            let wa = sin((1 - f) * d) / sin(d), wb = sin(f * d) / sin(d)
            out.append(coordinate((wa * pa.0 + wb * pb.0, wa * pa.1 + wb * pb.1, wa * pa.2 + wb * pb.2)))
        }
        out.append(b)
        return out
    }

    /// Cuts a line where it crosses the antimeridian: each part stays within
    /// [-180, 180] and no segment jumps across the map. One part when it does not cross.
    public static func splitAtAntimeridian(_ line: [Coordinate]) -> [[Coordinate]] {
        guard var previous = line.first else { return [] }
        var parts: [[Coordinate]] = [[previous]]
        for p in line.dropFirst() {
            let delta = p.longitude - previous.longitude
            if abs(delta) > 180 {
                // Unwrap the next point to the previous one's side, find where the segment meets ±180.
                let edge: Double = previous.longitude > 0 ? 180 : -180
                let unwrapped = p.longitude + (delta > 0 ? -360 : 360)
                let t = (edge - previous.longitude) / (unwrapped - previous.longitude)
                let lat = previous.latitude + t * (p.latitude - previous.latitude)
                parts[parts.count - 1].append(Coordinate(latitude: lat, longitude: edge))
                parts.append([Coordinate(latitude: lat, longitude: -edge)])
            }
            parts[parts.count - 1].append(p)
            previous = p
        }
        return parts.filter { $0.count >= 2 }
    }

    private static func vector(_ c: Coordinate) -> (Double, Double, Double) {
        let φ = c.latitude * .pi / 180, λ = c.longitude * .pi / 180
        return (cos(φ) * cos(λ), cos(φ) * sin(λ), sin(φ))
    }

    private static func coordinate(_ v: (Double, Double, Double)) -> Coordinate {
        Coordinate(latitude: atan2(v.2, sqrt(v.0 * v.0 + v.1 * v.1)) * 180 / .pi, longitude: atan2(v.1, v.0) * 180 / .pi)
    }
}
