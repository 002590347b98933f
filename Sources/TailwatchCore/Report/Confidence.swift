import Foundation

/// One rounding rule for a confidence wherever it is shown or compared: two decimals,
/// halves up, on the decimal value the extractor meant. 0.825 is stored as the double
/// 0.82499999999999995559…, which `%.2f` printed as 0.82 while JSON's `(x*100).rounded()`
/// gave 0.83; both now say 0.83, and `--min-confidence 0.83` keeps it.
public enum Confidence {
    /// The confidence to two decimals (0.825 → 0.83, 0.8249 → 0.82).
    public static func rounded(_ c: Double) -> Double {
        // A billionth absorbs the binary error of a decimal that ends in 5; no confidence
        // the extractor computes lies that close to a half without meaning it.
        ((c * 100 + 1e-9).rounded(.toNearestOrAwayFromZero)) / 100
    }

    /// `0.90`: the rounded value with both decimals, for tables, CSV and KML.
    public static func label(_ c: Double) -> String { String(format: "%.2f", rounded(c)) }
}
