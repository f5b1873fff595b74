import Domain
import Foundation
import Views

/// The unit cost form as posted: an amount in pounds per channel ("4.50", "£4.50", "4"), or nothing to remove it.
struct UnitCostEntry: Sendable {
    static let largestPence = 100_000_000

    let service: String
    let amounts: [Channel: String]

    init(service: String, amounts: [Channel: String]) {
        self.service = service
        self.amounts = amounts.mapValues { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Pence for each channel (nil: no cost entered), for the channels whose amounts read.
    var pence: [Channel: Int?] {
        var pence: [Channel: Int?] = [:]
        for channel in Channel.allCases {
            let text = amounts[channel] ?? ""
            if text.isEmpty { pence[channel] = .some(nil) } else if let value = Self.pence(text) { pence[channel] = value }
        }
        return pence
    }

    func errors(_ language: Language) -> [FieldError] {
        Channel.allCases.compactMap { channel in
            let text = amounts[channel] ?? ""
            guard !text.isEmpty, Self.pence(text) == nil else { return nil }
            return FieldError(questionID: "pence-\(channel.rawValue)", message: Phrase.anErrorAmount(channel.boName(language))(language))
        }
    }

    /// "4.50" → 450; nil for anything but pounds with at most two decimals, from 0 to £1,000,000.
    static func pence(_ text: String) -> Int? {
        var digits = text.hasPrefix("£") ? String(text.dropFirst()) : text
        digits = digits.replacingOccurrences(of: ",", with: "")
        guard digits.range(of: "^[0-9]{1,7}(\\.[0-9]{1,2})?$", options: .regularExpression) != nil else { return nil }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard let pounds = Int(parts[0]) else { return nil }
        let fraction = parts.count > 1 ? String(parts[1]).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
        guard let pence = Int(fraction) else { return nil }
        let total = pounds * 100 + pence
        return total <= largestPence ? total : nil
    }

    /// For the audit trail: `online=450 phone=- …`.
    var summary: String {
        Channel.allCases.map { channel in "\(channel.rawValue)=\((pence[channel] ?? nil).map(String.init) ?? "-")" }.joined(separator: " ")
    }
}
