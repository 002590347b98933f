import Foundation
@testable import TailwatchCore
import Testing

/// The snapshot must give back the gazetteer the tables build, and a bad cache file
/// must never stand in for the tables.
struct GazetteerSnapshotTests {
    static let built = try! Gazetteer.loadTables()

    @Test func aSnapshotReadsBackToTheSameGazetteer() throws {
        let bytes = GazetteerSnapshot.encode(Self.built)
        let read = try GazetteerSnapshot.decode(bytes)
        #expect(GazetteerSnapshot.encode(read) == bytes)
        #expect(read.airports.count == Self.built.airports.count && read.cities.count == Self.built.cities.count)
        for name in ["Benghazi", "بنغازي", "Benina", "Misrata", "Ciampino", "Hmeimim"] {
            let keys = PhraseIndex<PlaceRef>.tokenKeys(name).joined()
            #expect(read.names.lookup(keys) == Self.built.names.lookup(keys), "\(name)")
            #expect(!read.names.lookup(keys).isEmpty, "\(name)")
        }
        #expect(read.airport(code: "HLLB")?.name == Self.built.airport(code: "HLLB")?.name)
        #expect(read.airport(iata: "BEN")?.code == "HLLB")
    }

    @Test func aTruncatedOrForeignSnapshotIsRefused() {
        let bytes = GazetteerSnapshot.encode(Self.built)
        for cut in [0, 1, 40, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self) { try GazetteerSnapshot.decode(Array(bytes.prefix(cut))) }
        }
        #expect(throws: (any Error).self) { try GazetteerSnapshot.decode(Array("not a snapshot".utf8)) }
        #expect(throws: (any Error).self) { try GazetteerSnapshot.decode(bytes + [0]) }
    }

    @Test func aBadCacheFileIsReplacedByABuildFromTheTables() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try #require(GazetteerSnapshot.cacheFile(["TAILWATCH_CACHE_DIR": dir.path]))
        #expect(GazetteerSnapshot.cacheFile(["TAILWATCH_CACHE_DIR": "off"]) == nil)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("garbage".utf8).write(to: file)
        var builds = 0
        let g = try GazetteerSnapshot.cached(at: file) { builds += 1; return Self.built }
        #expect(builds == 1 && g.airports.count == Self.built.airports.count)
        // The bad file was replaced by a good snapshot: the next load builds nothing.
        let again = try GazetteerSnapshot.cached(at: file) { builds += 1; return Self.built }
        #expect(builds == 1 && again.cities.count == Self.built.cities.count)
    }
}
