import Foundation
import GRDB
@testable import TailwatchCore
import XCTest

/// Databases tailwatch must refuse rather than damage (issue 6).
final class HostileDatabaseTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-hostile-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func testADatabaseFromANewerSchemaIsRefusedAndLeftAlone() throws {
        let path = dir.appendingPathComponent("newer.sqlite").path
        let store = try EventStore(path: path)
        // What a newer tailwatch leaves behind: a migration this one does not know.
        try store.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        XCTAssertThrowsError(try EventStore(path: path)) { error in
            XCTAssertEqual("\(error)", "\(path): written by a newer tailwatch (schema v99-future); upgrade tailwatch to read it")
        }
        let left = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY 1") }
        XCTAssertEqual(left, (Schema.migrator.migrations + ["v99-future"]).sorted())
    }

    func testADirectoryIsNotADatabase() throws {
        XCTAssertThrowsError(try EventStore(path: dir.path)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(dir.path): cannot open database"), "\(error)")
            XCTAssertFalse("\(error)".contains("\n"))
        }
    }
}
