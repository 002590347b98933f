import Foundation

/// Checks a GeoJSON text against the rules of RFC 7946 that a map tool relies on, and
/// returns every violation (empty when valid). Written for the tests; not exhaustive
/// about foreign members, strict about structure, positions and the antimeridian.
enum GeoJSONValidator {
    static let geometryTypes: Set<String> = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]

    static func validate(_ text: String) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return ["not JSON"] }
        var errors: [String] = []
        guard let object = root as? [String: Any] else { return ["top level is not an object"] }
        if object["crs"] != nil { errors.append("crs member (removed by RFC 7946 §4)") }
        guard object["type"] as? String == "FeatureCollection" else { return errors + ["top level is not a FeatureCollection"] }
        guard let features = object["features"] as? [Any] else { return errors + ["features is not an array"] }
        if let bbox = object["bbox"] { errors += checkBBox(bbox, path: "bbox") }
        for (i, f) in features.enumerated() {
            let path = "features[\(i)]"
            guard let feature = f as? [String: Any], feature["type"] as? String == "Feature" else {
                errors.append("\(path): not a Feature"); continue
            }
            guard feature.keys.contains("geometry"), feature.keys.contains("properties") else {
                errors.append("\(path): a Feature needs geometry and properties (§3.2)"); continue
            }
            if !(feature["properties"] is NSNull || feature["properties"] is [String: Any]) { errors.append("\(path): properties not an object or null") }
            if feature["geometry"] is NSNull { continue }
            errors += checkGeometry(feature["geometry"] as Any, path: "\(path).geometry")
        }
        return errors
    }

    static func checkGeometry(_ g: Any, path: String) -> [String] {
        guard let geometry = g as? [String: Any], let type = geometry["type"] as? String, geometryTypes.contains(type) else {
            return ["\(path): not a geometry"]
        }
        let coords = geometry["coordinates"]
        switch type {
        case "Point": return checkPosition(coords as Any, path: path)
        case "LineString": return checkLine(coords as Any, path: path)
        case "MultiLineString":
            guard let lines = coords as? [Any], !lines.isEmpty else { return ["\(path): MultiLineString without lines"] }
            return lines.enumerated().flatMap { checkLine($1, path: "\(path)[\($0)]") }
        default: return []
        }
    }

    /// Two or more positions (§3.1.4), and no segment jumping more than 180° of longitude:
    /// such a line must be cut at the antimeridian (§3.1.9).
    static func checkLine(_ l: Any, path: String) -> [String] {
        guard let positions = l as? [Any], positions.count >= 2 else { return ["\(path): a line needs two or more positions"] }
        var errors = positions.enumerated().flatMap { checkPosition($1, path: "\(path)[\($0)]") }
        let lons = positions.compactMap { ($0 as? [Double])?.first }
        for i in lons.indices.dropFirst() where abs(lons[i] - lons[i - 1]) > 180 {
            errors.append("\(path): segment \(i) crosses the antimeridian uncut")
        }
        return errors
    }

    /// [longitude, latitude] (optionally altitude), longitude first, within range (§3.1.1, §4).
    static func checkPosition(_ p: Any, path: String) -> [String] {
        guard let n = p as? [Double], (2...3).contains(n.count) else { return ["\(path): a position is two or three numbers"] }
        var errors: [String] = []
        if !(-180...180).contains(n[0]) { errors.append("\(path): longitude \(n[0]) out of range") }
        if !(-90...90).contains(n[1]) { errors.append("\(path): latitude \(n[1]) out of range") }
        return errors
    }

    static func checkBBox(_ b: Any, path: String) -> [String] {
        guard let n = b as? [Double], n.count == 4 else { return ["\(path): a 2D bbox is four numbers"] }
        var errors: [String] = []
        if n[1] > n[3] { errors.append("\(path): south above north") }
        if n.enumerated().contains(where: { $0.offset % 2 == 0 ? abs($0.element) > 180 : abs($0.element) > 90 }) { errors.append("\(path): out of range") }
        return errors
    }
}
