/// The labels and positions the `flights` SQL view shows (Datasette, sqlite3), as the
/// reports print them: places and types by the names analysts use (`AnalystNames`), an
/// airport at its runway and a city at its GeoNames point (`PlaceLocator`; a country has no
/// single point). Written again after every ingest, for the places and types the stored
/// flights name.
public enum FlightsView {
    /// The rows of flight_place and flight_type for what the store's flights name.
    public static func labels(places: [Place], types: [(designator: String?, written: String?)],
                              locator: PlaceLocator?, names: AnalystNames = .shared) -> ([FlightPlaceLabel], [FlightTypeLabel])
    {
        let placeRows = places.map { p in
            let point = locator?.coordinate(of: p)
            return FlightPlaceLabel(key: EventStore.flightPlaceKey(p), label: names.label(p),
                                    latitude: point.map { Self.degrees($0.latitude) }, longitude: point.map { Self.degrees($0.longitude) })
        }
        let typeRows = types.compactMap { t in
            names.typeLabel(designator: t.designator, written: t.written).map {
                FlightTypeLabel(key: EventStore.flightTypeKey(designator: t.designator, written: t.written), label: $0)
            }
        }
        return (placeRows, typeRows)
    }

    /// Five decimals, about a metre, as the CSV export gives positions.
    static func degrees(_ x: Double) -> Double { (x * 100_000).rounded() / 100_000 }
}
