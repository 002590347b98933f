/// The file formats `tailwatch export` writes: events for spreadsheets and programs
/// (CSV, JSON, the same fields as `events`) and maps (GeoJSON, KML).
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json, geojson, kml

    /// Whether the format is a map, which needs the gazetteer's coordinates.
    public var isMap: Bool { self == .geojson || self == .kml }
}
