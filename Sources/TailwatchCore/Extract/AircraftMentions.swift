import Foundation

/// Everything in a text that names an aircraft: its types, registrations and serials,
/// hex addresses and callsigns. Types come first because a serial after a model
/// ("C-130H 1283") is believable where a bare number is not.
public struct AircraftMentions: Sendable {
    public var types: [Mention<TypeMention>]
    /// Registrations and serials as written in the text.
    public var identifiers: [Mention<AircraftIdentifier>]
    public var codes: [Mention<AircraftCode>]
}

extension ArticleExtractor {
    public func aircraftMentions(in doc: Document, tokens: [Token]) -> AircraftMentions {
        let types = typeFinder.types(doc, tokens)
        let ids = identifiers.extract(doc, typeRanges: types.map(\.range))
        let codes = codeFinder.extract(doc, identifiers: ids.map(\.range))
        return AircraftMentions(types: types, identifiers: ids, codes: codes)
    }
}
