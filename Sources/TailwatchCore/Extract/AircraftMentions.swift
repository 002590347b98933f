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
        var ids = identifiers.extract(doc, typeRanges: types.map(\.range))
        // Registrations spelled in Arabic letter names, where no identifier was read already.
        for m in spelledIdentifiers.read(doc, tokens) where !ids.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }) {
            ids.insert(m, at: ids.firstIndex { $0.range.location > m.range.location } ?? ids.endIndex)
        }
        let codes = codeFinder.extract(doc, identifiers: ids.map(\.range))
        return AircraftMentions(types: types, identifiers: ids, codes: codes)
    }
}
