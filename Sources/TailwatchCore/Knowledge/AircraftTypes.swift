import Foundation

/// An ICAO Doc 8643 type with the names news gives it.
public struct AircraftType: Sendable {
    public var designator: String
    public var manufacturer: String
    public var model: String
    public var family: String
}

/// Aircraft types and operators, indexed by every name they are written with.
public struct AircraftCatalog: Sendable {
    public let types: [AircraftType]
    public let typeNames: PhraseIndex<Int>
    /// Manufacturer words ("Dassault", "إليوشن") that may precede a model.
    public let manufacturers: Set<String>
    /// One-word model names with a digit, upper case without punctuation ("G550", "F16",
    /// "SU24"): a token spelled like one is a type, never a registration or serial.
    public let modelCodes: Set<String>
    public let operators: [String]
    public let operatorCountries: [String?]
    public let operatorKinds: [String]
    public let operatorNames: PhraseIndex<Int>

    public init(types typeTable: DataTable, operators operatorTable: DataTable) {
        var types: [AircraftType] = []
        var names = PhraseIndex<Int>()
        var manufacturers = Set<String>()
        var modelCodes = Set<String>()
        for r in typeTable.records() {
            let i = types.count
            let t = AircraftType(designator: r["designator"], manufacturer: r["manufacturer"], model: r["model"], family: r["family"])
            types.append(t)
            var all = r.list("aliases")
            if !t.family.isEmpty { all.append(t.family) }
            if hasDigit(t.model) { all.append(t.model) }
            for alias in all {
                let keys = PhraseIndex<Int>.tokenKeys(alias)
                // A bare word ("Hercules", "Avanti") is a type only when it is distinctive.
                guard !keys.isEmpty, keys.joined().count >= 3 else { continue }
                names.insert(tokenKeys: keys, i)
                if !alias.contains(" "), hasDigit(alias) { modelCodes.insert(AircraftCatalog.modelCode(alias)) }
            }
            for word in PhraseIndex<Int>.tokenKeys(t.manufacturer) where word.count >= 3 { manufacturers.insert(word) }
        }
        var ops: [String] = []
        var countries: [String?] = []
        var kinds: [String] = []
        var opNames = PhraseIndex<Int>()
        for r in operatorTable.records() {
            let i = ops.count
            ops.append(r["name"])
            countries.append(r.optional("country"))
            kinds.append(r["kind"])
            for alias in [r["name"]] + r.list("aliases") {
                let keys = PhraseIndex<Int>.tokenKeys(alias)
                guard !keys.isEmpty, keys.joined().count >= 3 else { continue }
                opNames.insert(tokenKeys: keys, i)
            }
        }
        self.types = types
        self.typeNames = names
        self.manufacturers = manufacturers
        self.modelCodes = modelCodes
        self.operators = ops
        self.operatorCountries = countries
        self.operatorKinds = kinds
        self.operatorNames = opNames
    }
}

private func hasDigit(_ s: String) -> Bool { s.contains(where: \.isNumber) }

extension AircraftCatalog {
    /// "G-550" → "G550": letters and digits, upper case.
    public static func modelCode(_ s: String) -> String {
        // ASCII text (every identifier candidate) upper-cases byte for byte and has no
        // alphanumerics but A-Z, a-z and 0-9: read on bytes, without CharacterSet.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = s.utf8.compactMap { b -> UInt8? in
                switch b {
                case 0x61...0x7A: return b - 0x20
                case 0x41...0x5A, 0x30...0x39: return b
                default: return nil
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return modelCodeByScalars(s)
    }

    /// `modelCode` as it was first written, for every text: the fast path is held to it.
    static func modelCodeByScalars(_ s: String) -> String {
        String(s.uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
