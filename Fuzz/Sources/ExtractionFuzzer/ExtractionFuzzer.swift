import TailwatchCore

/// The extractor, tables loaded once for all inputs.
let extractor: ArticleExtractor = {
    switch Knowledge.shared {
    case .success(let k): return ArticleExtractor(knowledge: k)
    case .failure(let e): fatalError("cannot load built-in data: \(e)")
    }
}()

/// One fuzz input is one article file's bytes: decoded as `ingest` decodes them, then
/// extracted and traced as `ingest` and `extract --trace` do. A crash, or evidence
/// that does not point at its text, is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let input) = ArticleReader.decode(bytes, path: "fuzz.txt") else { return 0 }
    let extraction = extractor.extract(text: input.text, source: ArticleSource(path: "fuzz.txt", sha256: "fuzz"))
    let problems = EvidenceCheck.problems(in: extraction, text: input.text)
    if !problems.isEmpty { fatalError("evidence does not point at its text: \(problems.joined(separator: "; "))") }
    _ = extractor.trace(text: input.text)
    return 0
}
