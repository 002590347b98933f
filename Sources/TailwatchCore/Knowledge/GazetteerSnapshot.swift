import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built gazetteer in a binary form, cached so that only the first run of a binary
/// parses the tables.
///
/// Building the gazetteer from `airports.tsv`, `cities.tsv` and friends (8.7 MB of text:
/// parsing, folding and tokenising some 300,000 names) was 0.45 s of every process that
/// needs place names. The snapshot holds the result — the rows and the name index —
/// and reads back in a fraction of that. It lives in a cache directory, not in the
/// repository: its name carries a key made of the tables' and the running binary's size
/// and modification time, so a rebuilt binary or an edited table never reads a stale
/// one, and nothing generated can drift from the tables it came from.
///
/// `TAILWATCH_CACHE_DIR` names the directory (default `$XDG_CACHE_HOME/tailwatch`, else
/// `~/.cache/tailwatch`); `TAILWATCH_CACHE_DIR=off` turns the cache off. A cache that
/// cannot be read or written is ignored: the tables are always there to build from.
enum GazetteerSnapshot {
    static let format = "tailwatch-gazetteer-3"
    static let tables = ["airports", "cities", "countries", "airport_aliases"]

    /// The cached gazetteer for these tables and this binary, else one built and cached.
    static func cached(build: () throws -> Gazetteer) throws -> Gazetteer {
        try cached(at: cacheFile(ProcessInfo.processInfo.environment), build: build)
    }

    static func cached(at file: URL?, build: () throws -> Gazetteer) throws -> Gazetteer {
        guard let file else { return try build() }
        if let bytes = FileManager.default.contents(atPath: file.path), let g = try? decode([UInt8](bytes)) {
            return g
        }
        let g = try build()
        write(encode(g), to: file)
        return g
    }

    // MARK: Where

    static func cacheFile(_ env: [String: String]) -> URL? {
        let dir: URL
        if let given = env["TAILWATCH_CACHE_DIR"], !given.isEmpty {
            if given == "off" { return nil }
            dir = URL(fileURLWithPath: given)
        } else if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty {
            dir = URL(fileURLWithPath: xdg).appendingPathComponent("tailwatch")
        } else if let home = env["HOME"], !home.isEmpty {
            dir = URL(fileURLWithPath: home).appendingPathComponent(".cache/tailwatch")
        } else {
            return nil
        }
        guard let key = key() else { return nil }
        return dir.appendingPathComponent("gazetteer-\(key).bin")
    }

    /// FNV-1a over the format, the tables' and the binary's sizes and modification times.
    static func key() -> String? {
        var paths = ["/proc/self/exe"]
        for t in tables {
            guard let url = try? DataTable.resourceURL(t) else { return nil }
            paths.append(url.path)
        }
        var text = format
        for p in paths {
            var st = stat()
            guard stat(p, &st) == 0 else { return nil }
            text += "|\(p)|\(st.st_size)|\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)|\(st.st_ino)"
        }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return String(h, radix: 16)
    }

    /// Written beside its final name and renamed into place, so a reader sees a whole
    /// file or none; older snapshots in the directory are removed.
    static func write(_ bytes: [UInt8], to file: URL) {
        let fm = FileManager.default
        let dir = file.deletingLastPathComponent()
        guard (try? fm.createDirectory(at: dir, withIntermediateDirectories: true)) != nil else { return }
        let temp = dir.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        guard fm.createFile(atPath: temp.path, contents: Data(bytes)) else { return }
        guard rename(temp.path, file.path) == 0 else { try? fm.removeItem(at: temp); return }
        // One snapshot per binary is plenty; keep the four newest (tests, debug, release…).
        let snapshots = ((try? fm.contentsOfDirectory(at: dir, includingPropertiesForKeys: [.contentModificationDateKey])) ?? [])
            .filter { $0.lastPathComponent.hasPrefix("gazetteer-") && $0.pathExtension == "bin" }
            .map { ($0, (try? $0.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast) }
            .sorted { $0.1 > $1.1 }
        for (url, _) in snapshots.dropFirst(4) { try? fm.removeItem(at: url) }
    }

    // MARK: What

    static func encode(_ g: Gazetteer) -> [UInt8] {
        var w = BinaryWriter()
        w.string(format)
        w.int(g.airports.count)
        for a in g.airports {
            w.string(a.code); w.optionalString(a.icao); w.optionalString(a.iata); w.string(a.name); w.string(a.type)
            w.bool(a.scheduled); w.optionalString(a.city); w.int(a.geonameID ?? -1); w.string(a.country)
            w.double(a.latitude); w.double(a.longitude); w.optionalString(a.timeZone); w.strings(a.aliases)
        }
        w.int(g.cities.count)
        for c in g.cities {
            w.int(c.geonameID); w.string(c.name); w.string(c.country); w.int(c.population); w.optionalString(c.timeZone)
            w.double(c.latitude); w.double(c.longitude)
        }
        w.int(g.countries.count)
        for c in g.countries { w.string(c.iso2); w.string(c.name); w.int(c.capitalGeonameID ?? -1) }
        let (entries, prefixes) = g.names.parts
        w.int(g.names.maxTokens)
        w.int(entries.count)
        for key in entries.keys.sorted(by: { $0.string < $1.string }) {
            w.string(key.string)
            let refs = entries[key]!
            w.int(refs.count)
            for r in refs {
                switch r {
                case .airport(let i): w.int(0); w.int(i)
                case .city(let i): w.int(1); w.int(i)
                case .country(let i): w.int(2); w.int(i)
                case .adjective(let i): w.int(3); w.int(i)
                case .base: preconditionFailure("a base read from the text is never in the name index")
                }
            }
        }
        w.strings(prefixes.map(\.string).sorted())
        w.int(g.cityNames.count)
        for id in g.cityNames.keys.sorted() {
            w.int(id)
            w.strings(g.cityNames[id]!)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> Gazetteer {
        var r = BinaryReader(bytes)
        guard try r.string() == format else { throw BinaryReader.Malformed() }
        let airportCount = try r.count()
        var airports: [Airport] = []
        airports.reserveCapacity(airportCount)
        for _ in 0..<airportCount {
            let code = try r.string(), icao = try r.optionalString(), iata = try r.optionalString(), name = try r.string()
            let type = try r.string(), scheduled = try r.bool(), city = try r.optionalString(), geonameID = try r.int()
            let country = try r.string(), lat = try r.double(), lon = try r.double(), tz = try r.optionalString()
            let aliases = try r.strings()
            airports.append(Airport(
                code: code, icao: icao, iata: iata, name: name, type: type, scheduled: scheduled, city: city,
                geonameID: geonameID < 0 ? nil : geonameID, country: country, latitude: lat, longitude: lon,
                timeZone: tz, aliases: aliases))
        }
        let cityCount = try r.count()
        var cities: [City] = []
        cities.reserveCapacity(cityCount)
        for _ in 0..<cityCount {
            cities.append(City(
                geonameID: try r.int(), name: try r.string(), country: try r.string(), population: try r.int(),
                timeZone: try r.optionalString(), latitude: try r.double(), longitude: try r.double()))
        }
        let countryCount = try r.count()
        var countries: [Country] = []
        for _ in 0..<countryCount {
            let iso2 = try r.string(), name = try r.string(), capital = try r.int()
            countries.append(Country(iso2: iso2, name: name, capitalGeonameID: capital < 0 ? nil : capital))
        }
        let maxTokens = try r.int()
        let entryCount = try r.count()
        var entries: [PhraseKey: [PlaceRef]] = [:]
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let key = try r.string()
            let n = try r.count()
            var refs: [PlaceRef] = []
            refs.reserveCapacity(n)
            for _ in 0..<n {
                let tag = try r.int(), i = try r.int()
                switch tag {
                case 0 where i >= 0 && i < airports.count: refs.append(.airport(i))
                case 1 where i >= 0 && i < cities.count: refs.append(.city(i))
                case 2 where i >= 0 && i < countries.count: refs.append(.country(i))
                case 3 where i >= 0 && i < countries.count: refs.append(.adjective(i))
                default: throw BinaryReader.Malformed()
                }
            }
            entries[PhraseKey(key)] = refs
        }
        let prefixes = Set(try r.strings().map(PhraseKey.init))
        let cityNameCount = try r.count()
        var cityNames: [Int: [String]] = [:]
        cityNames.reserveCapacity(cityNameCount)
        for _ in 0..<cityNameCount {
            let id = try r.int()
            cityNames[id] = try r.strings()
        }
        guard r.isAtEnd else { throw BinaryReader.Malformed() }
        return Gazetteer(
            airports: airports, cities: cities, countries: countries,
            names: PhraseIndex(entries: entries, prefixes: prefixes, maxTokens: maxTokens), cityNames: cityNames)
    }
}
