import Foundation

/// An equirectangular projection cropped to what a map must show: x grows east, y grows south,
/// one degree of longitude is cos(centre latitude) of a degree of latitude, so shapes near the
/// map's centre keep their proportions.
public struct MapProjection: Sendable, Equatable {
    public let west: Double, east: Double, south: Double, north: Double
    public let width: Double, height: Double

    /// Crops to the points' bounding box, widened by `margin` of its size on each side, never
    /// narrower than `minimumSpan` degrees (a short hop still shows its coast), and kept between
    /// 0.45 and 0.62 as tall as wide. With no points, the inhabited world.
    public init(fitting points: [GeoPoint], width: Double = 960, margin: Double = 0.15, minimumSpan: Double = 12) {
        guard let first = points.first else {
            self.init(west: -180, east: 180, south: -58, north: 78, width: width)
            return
        }
        var (w, e, s, n) = (first.longitude, first.longitude, first.latitude, first.latitude)
        for p in points {
            w = min(w, p.longitude); e = max(e, p.longitude)
            s = min(s, p.latitude); n = max(n, p.latitude)
        }
        var lonSpan = max(e - w, minimumSpan) * (1 + 2 * margin)
        var latSpan = max(n - s, minimumSpan / 2) * (1 + 2 * margin)
        let midLat = (s + n) / 2, midLon = (w + e) / 2
        let k = cos(midLat * .pi / 180)
        // height / width = latSpan / (lonSpan * k)
        if latSpan / (lonSpan * k) > 0.62 { lonSpan = latSpan / (0.62 * k) }
        if latSpan / (lonSpan * k) < 0.45 { latSpan = 0.45 * lonSpan * k }
        var south = midLat - latSpan / 2, north = midLat + latSpan / 2
        // Keep the poles out: the projection stretches them without limit.
        if north > 85 { south -= north - 85; north = 85 }
        if south < -85 { north += -85 - south; south = -85 }
        self.init(west: midLon - lonSpan / 2, east: midLon + lonSpan / 2, south: max(south, -85), north: min(north, 85), width: width)
    }

    /// A projection of exactly these bounds; the height follows from the centre latitude.
    public init(west: Double, east: Double, south: Double, north: Double, width: Double) {
        self.west = west
        self.east = east
        self.south = south
        self.north = north
        self.width = width
        let k = cos((south + north) / 2 * .pi / 180)
        self.height = (width * (north - south) / ((east - west) * k)).rounded()
    }

    /// Map coordinates of a point, in the same units as `width` and `height`.
    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        ((p.longitude - west) / (east - west) * width, (north - p.latitude) / (north - south) * height)
    }

    /// Whether a box of longitudes and latitudes overlaps the map.
    public func overlaps(west w: Double, east e: Double, south s: Double, north n: Double) -> Bool {
        w <= east && e >= west && s <= north && n >= south
    }
}
