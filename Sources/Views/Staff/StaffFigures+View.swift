import Foundation
import Domain

extension StrategyPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        let total = channels.reduce(0) { $0 + $1.requests }
        page.heading(Phrase.strategyMeasures(language))
        page.table(caption: Phrase.strategyCaption(language),
                   headers: [Phrase.strategyChannel(language), Phrase.strategyRequests(language), Phrase.strategyShare(language)],
                   rows: channels.map { channel, requests in [
                       (channel, nil), (String(requests), nil),
                       (total == 0 ? "–" : String(format: "%.1f%%", Double(requests) * 100 / Double(total)), nil),
                   ] })
    }
}
