import Domain
import Foundation
import Hummingbird
import NIOCore

/// GET /backoffice/export.csv: the list the same filters show, every page of it, written out as it is read (a large
/// export never sits in memory), with only the columns the person's role may have; the audit trail records who
/// exported what and how many rows.
extension QueueController {
    /// Rows read per page while exporting.
    static let exportPageSize = 500
    static let receivedFormat = Date.ISO8601FormatStyle()

    @Sendable func export(_ request: Request, context: StaffRequestContext) async throws -> Response {
        // The spreadsheet's headings and labels stay English whatever the page's language: it is read by other systems too.
        let scope = try await QueueScope.load(context.staff, services: services)
        let filters = QueueFilters(fields: FormBody.parseURLEncoded(request.uri.query ?? ""))
        if let problem = filters.errors.first { throw HTTPError(.badRequest, message: problem.message) }
        var first = scope.query(filters, pageSize: Self.exportPageSize)
        first.position = .first
        first.countsMatches = false
        let query = first
        let columns = CaseExportColumn.columns(for: scope.staff.access)
        let queue = self.queue
        let identity = services.identity
        let description = filters.address()
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"cases-\(services.today().iso).csv\""
        headers[.cacheControl] = "no-store"
        let body = ResponseBody { writer in
            var rows = 0
            do {
                try await writer.write(ByteBuffer(string: CSVLine.make(columns.map(\.heading))))
                var page = query
                while true {
                    let found = try await queue.search(page)
                    var chunk = ""
                    for row in found.rows { chunk += CSVLine.make(columns.map { Self.cell($0, row, scope) }) }
                    try await writer.write(ByteBuffer(string: chunk))
                    rows += found.rows.count
                    guard let next = found.next else { break }
                    page.position = .after(next)
                }
                // On the record before the last byte goes out, so nobody holds an export the trail does not show.
                try await identity.record(context.site, .staffCasesExported, detail: "\(rows) rows; \(description)")
                try await writer.finish(nil)
            } catch {
                try? await identity.record(context.site, .staffCasesExported, detail: "interrupted after \(rows) rows; \(description)")
                throw error
            }
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    static func cell(_ column: CaseExportColumn, _ row: CaseQueueRow, _ scope: QueueScope) -> String {
        switch column {
        case .reference: row.reference
        case .service: scope.serviceTitle(row.serviceSlug)
        case .status: scope.statusLabel(row)
        case .target: scope.window.state(dueDay: row.dueDay, met: row.targetMetAt != nil).label
        case .dueDate: row.dueDate?.iso ?? ""
        case .assignedTo: row.assigneeID.map { scope.names[$0] ?? "Staff member \($0)" } ?? ""
        case .channel: CaseText.channel(row.channel)
        case .received: receivedFormat.format(row.createdAt)
        case .applicantName: row.applicantName ?? ""
        case .applicantEmail: row.applicantEmail ?? ""
        case .postcodeDistrict: row.postcodeDistrict ?? ""
        }
    }
}
