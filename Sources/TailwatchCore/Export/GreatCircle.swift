import Foundation

/// The shortest path between two points on a sphere, as a line a map can draw.
///
/// Straight lines between airports on a flat map are not the route an aircraft flies;
/// interpolated points along the great circle are, and they stay correct where the route
/// crosses the antimeridian once the line is cut there (RFC 7946, section 3.1.9).
public enum GreatCircle {
    public static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double { a.distanceKilometres(to: b) }

    /// Points from `a` to `b` along the great circle, both ends included, about one every
    /// `stepDegrees` of arc (at least one segment), longitudes within [-180, 180].
    public static func path(from a: GeoPoint, to b: GeoPoint, stepDegrees: Double = 1) -> [GeoPoint] {
        let degrees = a.centralAngle(to: b) * 180 / .pi
        let segments = max(1, Int((degrees / stepDegrees).rounded(.up)))
        return a.greatCircle(to: b, segments: segments).map { p in
            var q = p
            while q.longitude > 180 { q.longitude -= 360 }
            while q.longitude < -180 { q.longitude += 360 }
            return q
        }
    }

    /// Cuts a line where it crosses the antimeridian: each part stays within
    /// [-180, 180] and no segment jumps across the map. One part when it does not cross.
    public static func splitAtAntimeridian(_ line: [GeoPoint]) -> [[GeoPoint]] {
        guard var previous = line.first else { return [] }
        var parts: [[GeoPoint]] = [[previous]]
        for p in line.dropFirst() {
            let delta = p.longitude - previous.longitude
            if abs(delta) > 180 {
                // Unwrap the next point to the previous one's side, find where the segment meets ±180.
                let edge: Double = previous.longitude > 0 ? 180 : -180
                let unwrapped = p.longitude + (delta > 0 ? -360 : 360)
                let t = (edge - previous.longitude) / (unwrapped - previous.longitude)
                let lat = previous.latitude + t * (p.latitude - previous.latitude)
                parts[parts.count - 1].append(GeoPoint(latitude: lat, longitude: edge))
                parts.append([GeoPoint(latitude: lat, longitude: -edge)])
            }
            parts[parts.count - 1].append(p)
            previous = p
        }
        return parts.filter { $0.count >= 2 }
    }
}
