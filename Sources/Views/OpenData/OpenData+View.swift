import Domain
import Foundation

extension OpenDataPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.openDataTitle(language))
        page.paragraph(Phrase.openDataIntro(language))
        page.paragraph(Phrase.openDataUpdated(language))
        page.subheading(Phrase.openDataDatasets(language))
        for dataset in datasets {
            page.out.raw("<h3 class=\"heading-s\""); page.out.attribute("id", dataset.slug); page.out.raw(">"); page.out.text(dataset.title); page.out.raw("</h3>\n")
            page.paragraph(dataset.summary)
            page.links([(text: "\(Phrase.openDataDownload(language)) \(dataset.title) (CSV)", href: "/open-data/\(dataset.slug).csv"),
                        (text: "\(Phrase.openDataDownload(language)) \(dataset.title) (JSON)", href: "/open-data/\(dataset.slug).json")])
            page.table(caption: "\(dataset.title): \(Phrase.openDataColumns(language))",
                       headers: [Phrase.openDataColumn(language), Phrase.openDataMeaning(language)],
                       rows: dataset.columns.map { [($0.name, nil), ($0.meaning, nil)] })
        }
        page.subheading(Phrase.openDataSuppression(language))
        page.paragraph(Phrase.openDataSuppressionRule(threshold)(language))
        page.subheading(Phrase.openDataLicence(language))
        page.paragraph(Phrase.openDataLicenceText(language))
        page.link(Phrase.openDataLicenceLink(language), href: Self.licenceURL)
        page.link(Phrase.openDataCatalogue(language), href: "/open-data/catalogue.jsonld")
        if !services.isEmpty {
            page.subheading(Phrase.openDataPerformance(language))
            page.links(services.map { (text: $0.title, href: "/performance/\($0.slug)") })
        }
    }
}

extension PerformancePage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.performanceTitle(serviceTitle)(language))
        page.paragraph(Phrase.performanceIntro(language))
        if months.isEmpty {
            page.inset(Phrase.performanceNone(language))
        } else {
            let hidden = Phrase.suppressed(language)
            func percent(_ value: Double?) -> String { value.map { OpenDataFormat.percent($0) } ?? hidden }
            page.table(caption: Phrase.performanceCaption(language),
                       headers: [Phrase.performanceMonth(language), Phrase.performanceSubmissions(language), Phrase.performanceCompletion(language),
                                 Phrase.performanceSatisfaction(language), Phrase.performanceTakeUp(language), Phrase.performanceCost(language)],
                       rows: months.map { month in [
                           (DisplayMonth.name(month.month, language), nil),
                           (month.submissions.map(String.init) ?? hidden, nil),
                           (percent(month.completionRate), nil), (percent(month.satisfaction), nil), (percent(month.digitalTakeUp), nil),
                           (month.costPerTransaction.map(OpenDataFormat.pounds) ?? hidden, nil),
                       ] })
        }
        page.subheading(Phrase.performanceDefinitions(language))
        page.summaryList([
            (Phrase.performanceCompletion(language), Phrase.performanceCompletionMeaning(language), nil),
            (Phrase.performanceSatisfaction(language), Phrase.performanceSatisfactionMeaning(language), nil),
            (Phrase.performanceTakeUp(language), Phrase.performanceTakeUpMeaning(language), nil),
            (Phrase.performanceCost(language), Phrase.performanceCostMeaning(language), nil),
        ])
        page.paragraph(Phrase.openDataSuppressionRule(threshold)(language))
        page.link(Phrase.openDataTitle(language), href: "/open-data")
    }
}

/// How open figures read: the same in files and pages.
public enum OpenDataFormat {
    public static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }
    public static func pounds(_ pence: Double) -> String { String(format: "£%.2f", pence / 100) }
    /// A rate as files carry it: a fraction with four decimals.
    public static func fraction(_ rate: Double) -> String { String(format: "%.4f", rate) }
    public static func decimal(_ value: Double) -> String { value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value) }
}

/// "2026-04" as "April 2026" / "An Giblean 2026".
enum DisplayMonth {
    static let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let gaelic = ["Am Faoilleach", "An Gearran", "Am Màrt", "An Giblean", "An Cèitean", "An t-Ògmhios", "An t-Iuchar",
                         "An Lùnastal", "An t-Sultain", "An Dàmhair", "An t-Samhain", "An Dùbhlachd"]

    static func name(_ month: String, _ language: Language) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let number = Int(parts[1]), (1...12).contains(number) else { return month }
        return "\((language == .gd ? gaelic : english)[number - 1]) \(parts[0])"
    }
}
