/// Whether an event describes a flight or only names an aircraft.
public enum EventKind: String, Sendable, Codable, Hashable {
    case flight
    /// A registration named without any flight.
    case mention
}

/// Which moment a time of day refers to.
public enum TimeKind: String, Sendable, Codable, Hashable {
    case departure, arrival, observed
}

/// Where an event was read: the article, the byte range and the text there.
public struct EventSource: Hashable, Sendable, Codable {
    /// Base name of the path the article was read from.
    public var file: String
    public var path: String
    public var sha256: String
    public var start: Int
    public var end: Int
    public var snippet: String

    public init(file: String, path: String, sha256: String, start: Int, end: Int, snippet: String) {
        self.file = file
        self.path = path
        self.sha256 = sha256
        self.start = start
        self.end = end
        self.snippet = snippet
    }
}

/// One flight leg (or mention) of one aircraft, with the evidence for it.
public struct FlightEvent: Hashable, Sendable, Codable {
    public var id: Int64?
    public var kind: EventKind
    public var registration: String?
    /// ISO country of registry, from the nationality mark or the serial format.
    public var registrationCountry: String?
    public var aircraftType: String?
    public var typeDesignator: String?
    public var operatorName: String?
    public var origin: Place?
    public var destination: Place?
    public var date: EventDate?
    /// The words the date was read from, and how.
    public var dateEvidence: DateEvidence?
    /// `HH:MM` in UTC.
    public var timeUTC: String?
    public var timeKind: TimeKind?
    public var callsign: String?
    public var icaoHex: String?
    public var confidence: Double
    public var sources: [EventSource]
    /// The names of the assembly rules that made the event (`AssemblyRule`): why it is there.
    public var rules: [String]?

    public init(
        id: Int64? = nil, kind: EventKind = .flight, registration: String? = nil,
        registrationCountry: String? = nil, aircraftType: String? = nil, typeDesignator: String? = nil,
        operatorName: String? = nil, origin: Place? = nil, destination: Place? = nil,
        date: EventDate? = nil, dateEvidence: DateEvidence? = nil, timeUTC: String? = nil, timeKind: TimeKind? = nil,
        callsign: String? = nil, icaoHex: String? = nil, confidence: Double = 0.5,
        sources: [EventSource] = []
    ) {
        self.id = id
        self.kind = kind
        self.registration = registration
        self.registrationCountry = registrationCountry
        self.aircraftType = aircraftType
        self.typeDesignator = typeDesignator
        self.operatorName = operatorName
        self.origin = origin
        self.destination = destination
        self.date = date
        self.dateEvidence = dateEvidence
        self.timeUTC = timeUTC
        self.timeKind = timeKind
        self.callsign = callsign
        self.icaoHex = icaoHex
        self.confidence = confidence
        self.sources = sources
    }

    /// The identifier an analyst would look the aircraft up by; a flight told only by
    /// its type is filed under `type:DESIGNATOR` (`history type:C30J`).
    public var identifier: String? { registration ?? callsign ?? icaoHex ?? typeDesignator.map { "type:" + $0 } }

    /// Whether the aircraft is known only by its type.
    public var isTypeOnly: Bool { registration == nil && callsign == nil && icaoHex == nil }
}
