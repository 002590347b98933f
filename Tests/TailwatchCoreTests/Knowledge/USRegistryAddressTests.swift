@testable import TailwatchCore
import XCTest

final class USRegistryAddressTests: XCTestCase {
    /// Pairs printed by the reference converter (PyPI icao_nnumber_converter_us 0.1.0).
    static let reference: [(String, String)] = [
        ("N1", "A00001"), ("N1A", "A00002"), ("N1AA", "A00003"), ("N10", "A0025A"), ("N12345", "A061D9"),
        ("N99999", "ADF7C7"), ("N467AM", "A5B3A8"), ("N905NA", "AC82EC"), ("N1234Z", "A061D3"), ("N9ZZ", "AC6CD1"),
        ("N1000", "A0070C"), ("N54321", "A6E5C9"), ("N8FG", "AADDAF"), ("N628TS", "A835AF"), ("N172PE", "A121E5"),
        ("N45", "A56FC2"), ("N300", "A31F51"), ("N4", "A4A7EE"), ("N999ZZ", "ADF669"),
    ]

    func testNNumbersMatchTheReferenceConverterBothWays() {
        for (n, hex) in Self.reference {
            XCTAssertEqual(USRegistryAddress.hex(ofNNumber: n), hex, n)
            XCTAssertEqual(USRegistryAddress.nNumber(ofHex: hex), n, hex)
        }
    }

    func testEveryAddressOfTheBlockRoundTrips() {
        // A stride through the whole US block: each address names one N-number and back.
        var address: UInt32 = 0xA00001
        while address <= 0xADF7C7 {
            let hex = String(address, radix: 16, uppercase: true)
            guard let n = USRegistryAddress.nNumber(ofHex: hex) else { return XCTFail("no N-number for \(hex)") }
            XCTAssertEqual(USRegistryAddress.hex(ofNNumber: n), hex, n)
            address += 997
        }
    }

    func testOutsideTheBlockOrTheRulesIsNothing() {
        for hex in ["A00000", "ADF7C8", "AE1234", "3C6444", "zzzzzz", "A0000"] {
            XCTAssertNil(USRegistryAddress.nNumber(ofHex: hex), hex)
        }
        for n in ["N0", "N123456", "NI23", "N1O", "N12ABC", "N1A1", "I-DIEM", "N"] {
            XCTAssertNil(USRegistryAddress.hex(ofNNumber: n), n)
        }
    }
}
