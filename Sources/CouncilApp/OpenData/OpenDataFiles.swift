import Domain
import Views

/// The datasets as files: CSV (RFC 4180; a suppressed figure is the word `suppressed`) and JSON (a suppressed figure
/// is null). Column names are the same in both and in docs/open-data.md; the files are English whatever the page
/// language, as other systems read them.
enum OpenDataFiles {
    static let suppressed = "suppressed"

    static let requestsByAreaColumns = ["service", "month", "area_code", "area_name", "submissions", "completion_rate", "decided", "median_days_to_decide"]
    static let servicePerformanceColumns = ["service", "month", "submissions", "completion_rate", "user_satisfaction", "digital_take_up",
                                            "cost_per_transaction_pence"]

    static func requestsByAreaCSV(_ table: RequestsByArea) -> String {
        var text = CSVLine.make(requestsByAreaColumns)
        for row in table.rows {
            text += CSVLine.make([row.service, row.month, row.areaCode, row.areaName, count(row.submissions),
                                  rate(row.completionRate), count(row.decided), row.medianDaysToDecide.map(OpenDataFormat.decimal) ?? suppressed])
        }
        return text
    }

    static func requestsByAreaJSON(_ table: RequestsByArea) -> String {
        JSONText.serialize(envelope(threshold: table.threshold, rows: table.rows.map { row in
            .object(["service": .string(row.service), "month": .string(row.month), "area_code": .string(row.areaCode),
                     "area_name": .string(row.areaName), "submissions": number(row.submissions), "completion_rate": number(row.completionRate),
                     "decided": number(row.decided), "median_days_to_decide": number(row.medianDaysToDecide)])
        }))
    }

    static func servicePerformanceCSV(_ services: [ServicePerformance]) -> String {
        var text = CSVLine.make(servicePerformanceColumns)
        for service in services {
            for month in service.months {
                text += CSVLine.make([service.service, month.month, count(month.submissions), rate(month.completionRate), rate(month.satisfaction),
                                      rate(month.digitalTakeUp), month.costPerTransaction.map { OpenDataFormat.decimal(($0 * 10).rounded() / 10) } ?? suppressed])
            }
        }
        return text
    }

    static func servicePerformanceJSON(_ services: [ServicePerformance], threshold: Int) -> String {
        JSONText.serialize(envelope(threshold: threshold, rows: services.flatMap { service in
            service.months.map { month in
                .object(["service": .string(service.service), "month": .string(month.month), "submissions": number(month.submissions),
                         "completion_rate": number(month.completionRate), "user_satisfaction": number(month.satisfaction),
                         "digital_take_up": number(month.digitalTakeUp),
                         "cost_per_transaction_pence": number(month.costPerTransaction.map { ($0 * 10).rounded() / 10 })])
            }
        }))
    }

    private static func envelope(threshold: Int, rows: [JSONValue]) -> JSONValue {
        .object(["licence": .string(OpenDataPage.licenceURL), "suppression_threshold": .number(Double(threshold)),
                 "suppressed_values": .string("null: a count below the threshold, a count hidden so it cannot be worked out from a total, or a figure worked out from one"),
                 "rows": .array(rows)])
    }

    private static func count(_ value: Int?) -> String { value.map(String.init) ?? suppressed }
    private static func rate(_ value: Double?) -> String { value.map(OpenDataFormat.fraction) ?? suppressed }
    private static func number(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
    private static func number(_ value: Double?) -> JSONValue {
        value.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .null
    }
}
