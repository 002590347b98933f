import Foundation

/// What an analyst narrows flights to: `--min-confidence`, `--type`, `--operator`,
/// `--registry` and `--military`, the same on `history`, `airport`, `routes`, `events` and
/// `export`. An event passes when it meets every criterion given.
public struct EventFilter: Sendable {
    /// The criteria as the user gave them.
    public struct Criteria: Sendable, Equatable {
        /// Kept when the confidence, rounded as it is shown (`Confidence.rounded`), is at least this.
        public var minConfidence: Double?
        /// An ICAO designator (`F900`) or a type's name or family (`Falcon 900`, `C-130`, `A320 family`).
        public var type: String?
        /// Part of the operator's name, any case and accents (`air force`, `Sigma`).
        public var operatorName: String?
        /// ISO country of registry (`IT`).
        public var registry: String?
        /// Only military aircraft: an air force operates them or their identifier is a military serial.
        public var military = false

        public init(minConfidence: Double? = nil, type: String? = nil, operatorName: String? = nil,
                    registry: String? = nil, military: Bool = false)
        {
            self.minConfidence = minConfidence
            self.type = type
            self.operatorName = operatorName
            self.registry = registry
            self.military = military
        }

        /// `--type` and `--military` read the built-in tables; the others do not.
        public var needsKnowledge: Bool { type != nil || military }
        public var isEmpty: Bool { self == Criteria() }
    }

    public let criteria: Criteria
    /// The designators `--type` stands for.
    let designators: Set<String>
    /// Operators the tables list as air forces.
    let airForces: Set<String>
    let registrations: RegistrationGrammar?
    let operatorKey: String?

    /// No filtering.
    public init() { self.init(unchecked: Criteria(), designators: [], airForces: [], registrations: nil) }

    /// `knowledge` is needed when `criteria.needsKnowledge`; a `--type` no table knows is an error.
    public init(_ criteria: Criteria, knowledge: Knowledge?) throws(EventFilterError) {
        var designators = Set<String>()
        if let type = criteria.type {
            guard let catalog = knowledge?.catalog else { throw EventFilterError(message: "--type needs the built-in tables") }
            designators = Self.designators(for: type, in: catalog)
            if designators.isEmpty {
                throw EventFilterError(message: "--type \(type): no aircraft type or family by that name or designator")
            }
        }
        var airForces = Set<String>()
        if criteria.military, let catalog = knowledge?.catalog {
            for (i, name) in catalog.operators.enumerated() where catalog.operatorKinds[i] == "air_force" { airForces.insert(name) }
        }
        self.init(unchecked: criteria, designators: designators, airForces: airForces, registrations: knowledge?.registrations)
    }

    private init(unchecked criteria: Criteria, designators: Set<String>, airForces: Set<String>, registrations: RegistrationGrammar?) {
        self.criteria = criteria
        self.designators = designators
        self.airForces = airForces
        self.registrations = registrations
        self.operatorKey = criteria.operatorName.map { TextFolding.key($0).lowercased() }
    }

    /// A designator (`F900`) stands for itself; a name or family (`Falcon 900`, `Hercules`)
    /// for every type the tables write with that name, and all of their families' types.
    static func designators(for query: String, in catalog: AircraftCatalog) -> Set<String> {
        let upper = query.trimmingCharacters(in: .whitespaces).uppercased()
        if let exact = catalog.types.first(where: { $0.designator == upper }) { return [exact.designator] }
        let named = catalog.typeNames.lookup(PhraseIndex<Int>.tokenKeys(query).joined()).map { catalog.types[$0] }
        let key = TextFolding.key(query).lowercased()
        let families = Set(named.map(\.family) + catalog.types.map(\.family).filter { TextFolding.key($0).lowercased() == key })
            .filter { !$0.isEmpty }
        return Set(named.map(\.designator) + catalog.types.filter { families.contains($0.family) }.map(\.designator))
    }

    public func matches(_ e: FlightEvent) -> Bool {
        if let min = criteria.minConfidence, Confidence.rounded(e.confidence) < min { return false }
        if criteria.type != nil, !(e.typeDesignator.map(designators.contains) ?? false) { return false }
        if let operatorKey, !(e.operatorName.map { TextFolding.key($0).lowercased().contains(operatorKey) } ?? false) { return false }
        if let registry = criteria.registry, e.registrationCountry?.uppercased() != registry.uppercased() { return false }
        if criteria.military, !isMilitary(e) { return false }
        return true
    }

    func isMilitary(_ e: FlightEvent) -> Bool {
        if let op = e.operatorName, airForces.contains(op) { return true }
        guard let registration = e.registration, let grammar = registrations else { return false }
        return grammar.identify(registration, hasContext: true)?.kind == .military
    }

    public func apply(_ events: [FlightEvent]) -> [FlightEvent] {
        criteria.isEmpty ? events : events.filter(matches)
    }
}

/// A filter value the tables cannot read, as one line for the user.
public struct EventFilterError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// The events a report shows: a date window and the filters.
public struct EventSelection: Sendable {
    public var window: DateWindow
    public var filter: EventFilter

    public init(window: DateWindow = DateWindow(), filter: EventFilter = EventFilter()) {
        self.window = window
        self.filter = filter
    }

    public func apply(_ events: [FlightEvent]) -> [FlightEvent] { filter.apply(window.filter(events)) }
}
