import Domain

/// A body text as template blocks.
enum BlocksView {
    static func context(_ text: LocalisedText?, _ language: Language) -> [String: Any]? {
        guard let text else { return nil }
        let blocks: [[String: Any]] = TextBlock.blocks(from: text.text(language)).map { block in
            switch block {
            case .paragraph(let paragraph): ["paragraph": paragraph]
            case .bullets(let items): ["hasBullets": true, "bullets": items]
            }
        }
        return ["blocks": blocks]
    }
}
