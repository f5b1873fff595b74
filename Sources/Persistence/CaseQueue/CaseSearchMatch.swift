import Domain

/// Free-text search terms in each engine's own query language. The words are letters and digits only
/// (`CaseSearchText.words`), so nothing typed can change the shape of the query; they are bound, never spliced.
enum CaseSearchMatch {
    /// FTS5: `"hrd 7k3d 9q2p" AND "macl"*` — a quoted phrase per term, `*` after it for a prefix.
    static func fts5(_ text: CaseSearchText) -> String {
        text.terms.map { term in
            "\"" + term.words.joined(separator: " ") + "\"" + (term.lastIsPrefix ? "*" : "")
        }.joined(separator: " AND ")
    }

    /// PostgreSQL tsquery: `hrd <-> 7k3d <-> 9q2p & macl:*` — words of a term must be adjacent and in order.
    static func tsquery(_ text: CaseSearchText) -> String {
        text.terms.map { term in
            term.words.joined(separator: " <-> ") + (term.lastIsPrefix ? ":*" : "")
        }.joined(separator: " & ")
    }
}
