@testable import TailwatchCore
import XCTest

final class PhraseIndexTests: XCTestCase {
    /// The ASCII shortcut of `tokenKeys` gives what folding and tokenising give, on every
    /// airport and city name of the tables that is plain ASCII.
    func testASCIIKeysAreTheTokenizersKeys() throws {
        var names = ["Benina International Airport", "Paris-Le Bourget", "RAF Brize Norton", "O'Hare", "A-10 / F-16",
                     "  spaced  out  ", "", "Il-76TD 5A-DCN", "falcon900lx", "N'Djamena (Hassan Djamous)"]
        names += try DataTable.resource("airports").records().map { $0["name"] }
        var checked = 0
        for name in names where name.utf8.allSatisfy({ $0 < 0x80 }) {
            XCTAssertEqual(PhraseIndex<Int>.tokenKeys(name), Tokenizer.tokens(in: Document.fold(name)).map(\.key), name)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 5000)
    }
}
