import CLibXML2
import Foundation

/// A news page as article text: its title, its published date from the page's meta tags,
/// and the text of its body without navigation, scripts, styles, forms and asides. Parsed
/// with libxml2's HTML parser (which recovers from the broken markup pages are full of),
/// never with patterns over the markup.
///
/// The text `ingest` stores is `date YYYY-MM-DD` (the collector's header line the
/// extractor reads as the article's date) when the page gives one, the title, then the
/// body's blocks one per paragraph; evidence offsets point into that text.
public enum HTMLArticle {
    public static let extensions: Set<String> = ["html", "htm"]

    /// Elements whose content is not the article.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template",
        "select", "menu", "head",
    ]
    /// Elements that end a paragraph of text.
    static let blocks: Set<String> = [
        "p", "div", "article", "section", "main", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br",
        "tr", "td", "th", "table", "figcaption", "figure", "pre", "dd", "dt", "hr", "body",
    ]
    /// Meta tags that carry a page's publication date, most specific first.
    static let dateMetas = [
        "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "date", "dc.date.issued",
        "dc.date", "sailthru.date", "parsely-pub-date",
    ]

    /// libxml2 must be initialised once before threads parse at the same time (ingest reads in parallel).
    private static let initialised: Void = { xmlInitParser() }()

    public struct Page: Sendable, Equatable {
        public var title: String?
        public var date: EventDate?
        public var paragraphs: [String]

        /// The article text ingest stores.
        public var text: String {
            var lines: [String] = []
            if let date { lines.append("date \(date.iso)") }
            if let title { lines.append(title) }
            return (lines + paragraphs).joined(separator: "\n\n")
        }
    }

    /// The article in the page's decoded text; nil when the parser makes nothing of it.
    public static func page(fromHTML html: String) -> Page? {
        _ = initialised
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc = parsed else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        var reader = PageReader()
        reader.visit(root)
        reader.endBlock()
        let title = reader.metas["og:title"] ?? reader.title.map(collapse).flatMap { $0.isEmpty ? nil : $0 }
        let date = dateMetas.lazy.compactMap { reader.metas[$0] }.compactMap(Self.isoDay).first ?? reader.timeDatetimes.compactMap(Self.isoDay).first
        // The title is often repeated as the body's first heading.
        var paragraphs = reader.paragraphs
        if let title, paragraphs.first == title { paragraphs.removeFirst() }
        return Page(title: title, date: date, paragraphs: paragraphs)
    }

    /// `2020-06-08` from `2020-06-08T10:00:00+02:00` and the like.
    static func isoDay(_ value: String) -> EventDate? {
        let v = value.trimmingCharacters(in: .whitespaces)
        guard v.count >= 10 else { return nil }
        return EventDate(iso: String(v.prefix(10)))
    }

    /// Runs of white space as one space, trimmed.
    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// One walk over the tree, collecting text by block, the title, meta tags and `<time datetime>`.
    private struct PageReader {
        var paragraphs: [String] = []
        var current = ""
        var title: String?
        var metas: [String: String] = [:]
        var timeDatetimes: [String] = []

        mutating func endBlock() {
            let p = HTMLArticle.collapse(current)
            if !p.isEmpty { paragraphs.append(p) }
            current = ""
        }

        mutating func visit(_ node: xmlNodePtr) {
            var child: xmlNodePtr? = node
            while let n = child {
                switch n.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let c = n.pointee.content { current += String(cString: c) + " " }
                case XML_ELEMENT_NODE:
                    element(n)
                default: break
                }
                child = n.pointee.next
            }
        }

        mutating func element(_ n: xmlNodePtr) {
            let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            switch name {
            case "title":
                if title == nil { title = text(of: n) }
                return
            case "meta":
                let attributes = self.attributes(n)
                if let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                   let content = attributes["content"], metas[key] == nil
                {
                    metas[key] = HTMLArticle.collapse(content)
                }
                return
            case "time":
                if let datetime = attributes(n)["datetime"] { timeDatetimes.append(datetime) }
            default: break
            }
            if name == "head" {
                // Only the title and meta tags of the head count.
                if let children = n.pointee.children { var head = PageReader(); head.visit(children); absorbHead(head) }
                return
            }
            if HTMLArticle.dropped.contains(name) { return }
            let block = HTMLArticle.blocks.contains(name)
            if block { endBlock() }
            if let children = n.pointee.children { visit(children) }
            if block { endBlock() }
        }

        mutating func absorbHead(_ head: PageReader) {
            if title == nil { title = head.title }
            metas.merge(head.metas) { mine, _ in mine }
        }

        func attributes(_ n: xmlNodePtr) -> [String: String] {
            var out: [String: String] = [:]
            var a = n.pointee.properties
            while let attr = a {
                if let name = attr.pointee.name {
                    // An attribute's value is its one text child; reading it allocates nothing to free.
                    out[String(cString: name).lowercased()] = attr.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                }
                a = attr.pointee.next
            }
            return out
        }

        func text(of n: xmlNodePtr) -> String {
            var reader = PageReader()
            if let children = n.pointee.children { reader.visit(children) }
            return reader.current
        }
    }
}
