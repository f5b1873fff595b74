import Domain
import Foundation
import Persistence
import SQLKit

/// Cases with exactly the fields a queue test needs, written through the bulk loader.
public struct QueueCase: Sendable {
    public var reference: String
    public var service: String
    public var status: String
    public var assignee: Int64?
    public var dueDay: Int?
    public var met: Bool
    public var channel: Channel
    public var created: Date
    public var name: String
    public var email: String
    public var district: String?
    public var text: String

    public init(reference: String, service: String, status: String = "received", assignee: Int64? = nil, dueDay: Int?, met: Bool = false,
                channel: Channel = .online, created: Date, name: String = "Alex Morgan", email: String = "alex@example.com",
                district: String? = "IV2", text: String = "") {
        self.reference = reference
        self.service = service
        self.status = status
        self.assignee = assignee
        self.dueDay = dueDay
        self.met = met
        self.channel = channel
        self.created = created
        self.name = name
        self.email = email
        self.district = district
        self.text = text
    }

    /// The tests' today (`TestApp.today`) and its target window.
    public static let today = TestApp.today
    public static let window = TargetWindow(today: today, calendar: .scotland)

    /// Noon on the day `offset` days from today.
    public static func day(_ offset: Int) -> Date {
        Date(timeIntervalSince1970: Double(today.adding(days: offset).dayNumber) * 86_400 + 12 * 3600)
    }

    public var synthetic: SyntheticCase {
        var submission = NewSubmission(reference: reference, serviceSlug: service, serviceVersion: 1, answers: Answers(), uploads: [],
                                       channel: channel, language: .en, submittedAt: created, contactEmail: email, contactPhone: nil)
        submission.dueDay = dueDay
        submission.caseIndex = CaseIndex(applicantName: name, postcodeDistrict: district,
                                         searchText: CaseSearchText.normalise([reference, email, name, text].joined(separator: " ")))
        return SyntheticCase(submission: submission, status: status, statusSince: created, assigneeID: assignee, targetMetAt: met ? created : nil)
    }

    public static func load(_ cases: [QueueCase], into database: Database) async throws {
        try await SQLSyntheticCaseLoader(database: database).load(cases.map(\.synthetic))
    }

    /// Case ids by reference, as the database numbered them.
    public static func ids(_ database: Database) async throws -> [String: Int64] {
        let rows = try await database.read { db in try await db.raw("SELECT reference, id FROM cases").all() }
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.decode(column: "reference", as: String.self), try $0.decode(column: "id", as: Int64.self)) })
    }
}

extension CaseQueue {
    /// Every page of `query`, front to back, as references page by page.
    public func allPages(_ query: CaseQuery, limit: Int = 1000) async throws -> (pages: [[String]], last: CasePage?) {
        var query = query
        var pages: [[String]] = []
        var last: CasePage?
        while pages.count < limit {
            let page = try await search(query)
            pages.append(page.rows.map(\.reference))
            last = page
            guard let next = page.next else { break }
            query.position = .after(next)
        }
        return (pages, last)
    }

    public func references(_ query: CaseQuery) async throws -> [String] {
        var query = query
        query.pageSize = 1000
        return try await search(query).rows.map(\.reference)
    }
}

/// A query by staff member `viewer` who may see `allowed`, on the tests' today.
public func officerQuery(_ queue: CaseQueueKind = .all, viewer: Int64 = 7, allowed: Set<String> = ["hardship-fund"]) -> CaseQuery {
    CaseQuery(queue: queue, viewerID: viewer, allowedServices: allowed, window: QueueCase.window)
}
