import Foundation
@testable import TailwatchCore
import XCTest

/// A test input with the expected spans marked inside it: `from ⟦Rome⟧ to ⟦Benghazi⟧`.
/// One case is one line to add.
struct MarkedText {
    let text: String
    let expected: [String]

    init(_ marked: String) {
        var text = ""
        var expected: [String] = []
        var current: String?
        for ch in marked {
            if ch == "⟦" { current = "" } else if ch == "⟧" {
                expected.append(current ?? "")
                current = nil
            } else {
                text.append(ch)
                current?.append(ch)
            }
        }
        self.text = text
        self.expected = expected
    }
}

/// The knowledge tables, loaded once for all tests.
let sharedKnowledge: Knowledge = {
    switch Knowledge.shared {
    case .success(let k): return k
    case .failure(let e): fatalError("cannot load resources: \(e)")
    }
}()

extension XCTestCase {
    /// Checks an extractor found exactly the marked spans (by their original text).
    func assertSpans(_ marked: String, file: StaticString = #filePath, line: UInt = #line,
                     _ find: (Document) -> [NSRange])
    {
        let m = MarkedText(marked)
        let doc = Document(m.text)
        let found = find(doc).map { doc.text(in: doc.byteRange($0)) }
        XCTAssertEqual(found, m.expected, "in: \(m.text)", file: file, line: line)
    }
}
