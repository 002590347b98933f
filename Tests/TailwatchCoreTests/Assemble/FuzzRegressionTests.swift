import Foundation
@testable import TailwatchCore
import XCTest

/// Replays every input the fuzzer (`make fuzz`) ever crashed on, kept in
/// Fixtures/fuzz-regressions/: each must now decode or be refused, extract, and
/// yield evidence that points at its text.
final class FuzzRegressionTests: XCTestCase {
    func testEveryKeptFuzzInputExtractsCleanly() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "README.md" }.sorted()
        let extractor = ArticleExtractor(knowledge: sharedKnowledge)
        for name in names {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            guard case .success(let input) = ArticleReader.decode(bytes, path: name) else { continue }
            let extraction = extractor.extract(text: input.text, source: ArticleSource(path: name, sha256: "fuzz"))
            XCTAssertEqual(EvidenceCheck.problems(in: extraction, text: input.text), [], name)
            _ = extractor.trace(text: input.text)
        }
    }
}
