import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

@Suite("Case queues: filters, sorts, keyset pages and search on both engines")
struct CaseQueueTests {
    static let hardship = "hardship-fund"
    static let potholes = "report-a-pothole"
    static let today = QueueCase.today.dayNumber

    /// Eleven cases of the hardship fund and two of potholes, each there to be found (or not) by one filter.
    static let cases: [QueueCase] = [
        QueueCase(reference: "HRD-AAAA-0001", service: hardship, assignee: 7, dueDay: today - 3, created: QueueCase.day(-20)),
        QueueCase(reference: "HRD-AAAA-0002", service: hardship, status: "in-review", assignee: 8, dueDay: today + 1, created: QueueCase.day(-12)),
        QueueCase(reference: "HRD-AAAA-0003", service: hardship, dueDay: today + 9, channel: .phone, created: QueueCase.day(-2), district: "KW1"),
        QueueCase(reference: "HRD-AAAA-0004", service: hardship, status: "approved", assignee: 7, dueDay: today - 1, met: true, created: QueueCase.day(-15)),
        QueueCase(reference: "HRD-AAAA-0005", service: hardship, dueDay: nil, created: QueueCase.day(-40)),
        QueueCase(reference: "HRD-AAAA-0006", service: hardship, status: "closed", assignee: 8, dueDay: today - 30, met: true, channel: .faceToFace,
                  created: QueueCase.day(-60)),
        QueueCase(reference: "HRD-AAAA-0007", service: hardship, dueDay: today, channel: .email, created: QueueCase.day(-14), district: "PH33"),
        QueueCase(reference: "HRD-AAAA-0008", service: hardship, status: "in-review", assignee: 7, dueDay: today + 4, created: QueueCase.day(-6)),
        QueueCase(reference: "HRD-AAAA-0009", service: hardship, dueDay: today - 8, created: QueueCase.day(-25), district: nil),
        QueueCase(reference: "HRD-AAAA-0010", service: hardship, status: "awaiting-information", assignee: 8, dueDay: today + 2, channel: .phone,
                  created: QueueCase.day(-10)),
        QueueCase(reference: "HRD-AAAA-0011", service: hardship, dueDay: today + 12, created: QueueCase.day(0)),
        QueueCase(reference: "POT-BBBB-0001", service: potholes, assignee: 7, dueDay: today - 3, created: QueueCase.day(-20)),
        QueueCase(reference: "POT-BBBB-0002", service: potholes, dueDay: today + 1, created: QueueCase.day(-1)),
    ]

    static func numbers(_ references: [String]) -> [Int] {
        references.map { Int($0.suffix(2)) ?? -1 }
    }

    @Test("each queue and each filter, scoped to the officer's service", arguments: TestDatabase.engines)
    func queuesAndFilters(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await QueueCase.load(Self.cases, into: database)
            let queue = SQLCaseQueue(database: database)
            let due = { (query: CaseQuery) in Self.numbers(try await queue.references(query)) }

            // All of my service, soonest due first, no deadline last; never the pothole cases.
            #expect(try await due(officerQuery(.all)) == [6, 9, 1, 4, 7, 2, 10, 8, 3, 11, 5])
            #expect(try await due(officerQuery(.mine)) == [1, 4, 8])
            #expect(try await due(officerQuery(.unassigned)) == [9, 7, 3, 11, 5])

            var query = officerQuery()
            query.statuses = ["in-review", "awaiting-information"]
            #expect(try await due(query) == [2, 10, 8])
            query = officerQuery()
            query.assignee = .staff(8)
            #expect(try await due(query) == [6, 2, 10])
            query.assignee = .nobody
            #expect(try await due(query) == [9, 7, 3, 11, 5])

            let byTarget: [(TargetStatus, [Int])] = [(.overdue, [9, 1]), (.dueSoon, [7, 2, 10, 8]), (.onTrack, [3, 11]), (.met, [6, 4]), (.none, [5])]
            for (target, expected) in byTarget {
                query = officerQuery()
                query.target = target
                #expect(try await due(query) == expected, "\(target)")
                query.sort = .newest
                #expect(Set(try await due(query)) == Set(expected), "\(target), newest first")
            }

            query = officerQuery()
            query.channels = ["phone", "email"]
            #expect(try await due(query) == [7, 10, 3])
            query = officerQuery()
            query.receivedFrom = QueueCase.today.adding(days: -15)
            query.receivedTo = QueueCase.today.adding(days: -6)
            #expect(try await due(query) == [4, 7, 2, 10, 8])
            query = officerQuery()
            query.postcodeDistrict = "KW1"
            #expect(try await due(query) == [3])

            query = officerQuery()
            query.sort = .oldest
            #expect(try await due(query) == [6, 5, 9, 1, 4, 7, 2, 10, 8, 3, 11])
            query.sort = .newest
            #expect(try await due(query) == [11, 3, 8, 10, 2, 7, 4, 1, 9, 5, 6])

            // Several services at once (one index scan each, merged), and the count.
            query = officerQuery(allowed: [Self.hardship, Self.potholes])
            query.statuses = ["received"]
            query.pageSize = 4
            let page = try await queue.search(query)
            #expect(page.rows.map(\.reference) == ["HRD-AAAA-0009", "HRD-AAAA-0001", "POT-BBBB-0001", "HRD-AAAA-0007"])
            #expect(page.count == 8)
            #expect(page.next != nil && page.previous == nil)

            // A filter naming a service the officer does not handle finds nothing, rather than that service's cases.
            query = officerQuery()
            query.chosenServices = [Self.potholes]
            #expect(try await queue.search(query) == .empty)
        }
    }

    @Test("keyset pages return every case exactly once, forwards and backwards, in every order", arguments: TestDatabase.engines)
    func keysetPagesCoverEveryRowOnce(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            var random = SeededRandom(seed: 42)
            let services = ["hardship-fund", "volunteering", "bulky-waste"]
            let statuses = ["received", "in-review", "closed"]
            // Few distinct due days and creation times, so many rows tie on the key and the id decides.
            let cases = (1...137).map { n in
                QueueCase(reference: "VOL-CCCC-\(String(format: "%04d", n))", service: services[n % 3], status: statuses[(n / 3) % 3],
                          assignee: random.chance(0.3) ? 7 : nil, dueDay: random.chance(0.1) ? nil : Self.today + Int.random(in: -5...5, using: &random),
                          created: QueueCase.day(-Int.random(in: 0...6, using: &random)))
            }
            try await QueueCase.load(cases, into: database)
            let ids = try await QueueCase.ids(database)
            let queue = SQLCaseQueue(database: database)
            let allowed: Set<String> = ["hardship-fund", "volunteering"]

            for sort in CaseSort.allCases {
                for variant in ["all", "statuses", "mine"] {
                    var query = officerQuery(variant == "mine" ? .mine : .all, allowed: allowed)
                    if variant == "statuses" { query.statuses = ["received", "closed"] }
                    query.sort = sort
                    query.pageSize = 10
                    let matching = cases.filter { item in
                        allowed.contains(item.service) && (variant != "statuses" || ["received", "closed"].contains(item.status))
                            && (variant != "mine" || item.assignee == 7)
                    }
                    let key = { (item: QueueCase) -> (Int64, Int64) in
                        let id = ids[item.reference] ?? 0
                        let created = Int64((item.created.timeIntervalSince1970 * 1000).rounded())
                        return sort == .due ? (CaseSort.dueKey(item.dueDay), id) : (created, id)
                    }
                    var expected = matching.sorted { key($0) < key($1) }.map(\.reference)
                    if sort == .newest { expected.reverse() }

                    let (pages, last) = try await queue.allPages(query)
                    #expect(pages.flatMap { $0 } == expected, "\(sort) \(variant)")
                    #expect(pages.dropLast().allSatisfy { $0.count == 10 })

                    // Back from the last page, page by page, to the first.
                    var backwards: [[String]] = []
                    var page = try #require(last)
                    while let previous = page.previous {
                        query.position = .before(previous)
                        page = try await queue.search(query)
                        backwards.append(page.rows.map(\.reference))
                    }
                    #expect(backwards.reversed() == Array(pages.dropLast()), "\(sort) \(variant) backwards")
                    #expect(page.previous == nil)
                }
            }
        }
    }

    @Test("search finds a case by reference, name, email, postcode and an answer word, within the officer's services only",
          arguments: TestDatabase.engines)
    func search(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            try await QueueCase.load([
                QueueCase(reference: "HRD-7K3D-9Q2P", service: Self.hardship, dueDay: Self.today, created: QueueCase.day(-3), name: "Mòrag MacLeod",
                          email: "morag.macleod@example.com", district: "IV2", text: "12 culduthel road inverness iv2 3ex boiler broken"),
                QueueCase(reference: "HRD-7K3D-4444", service: Self.hardship, dueDay: Self.today + 1, created: QueueCase.day(-2), name: "Iain Fraser",
                          email: "iain@example.com", district: "KW1", text: "wick kw1 4aa rent arrears"),
                // Another service's case with every word the searches below use: it must never be found.
                QueueCase(reference: "POT-7K3D-9Q2P", service: Self.potholes, dueDay: Self.today, created: QueueCase.day(-3), name: "Morag MacLeod",
                          email: "morag.macleod@example.com", district: "IV2", text: "12 culduthel road inverness iv2 3ex boiler broken rent"),
            ], into: database)
            let queue = SQLCaseQueue(database: database)
            let searching = { (text: String) -> [String] in
                var query = officerQuery()
                query.text = CaseSearchText(text)
                return try await queue.references(query)
            }
            let first = ["HRD-7K3D-9Q2P"]
            #expect(try await searching("HRD-7K3D-9Q2P") == first)
            #expect(try await searching("hrd-7k3d-9q2p") == first)
            #expect(try await searching("9Q2P") == first)
            #expect(try await searching("Morag MacLeod") == first, "accents do not matter")
            #expect(try await searching("mòrag") == first)
            #expect(try await searching("morag.macleod@example.com") == first)
            #expect(try await searching("IV2 3EX") == first)
            #expect(try await searching("boiler") == first)
            #expect(try await searching("\"culduthel road\"") == first)
            #expect(try await searching("\"road culduthel\"").isEmpty, "a phrase keeps its order")
            #expect(try await searching("culd*") == first)
            #expect(try await searching("7k3d") == ["HRD-7K3D-9Q2P", "HRD-7K3D-4444"])
            #expect(try await searching("rent").count == 1, "not the pothole case that also says rent")
            #expect(try await searching("cul").isEmpty, "a word matches whole words unless it ends in *")
            #expect(try await searching("boiler wick").isEmpty, "every word must match")

            // Search combines with filters, and counts.
            var query = officerQuery()
            query.text = CaseSearchText("7k3d")
            query.postcodeDistrict = "KW1"
            let page = try await queue.search(query)
            #expect(page.rows.map(\.reference) == ["HRD-7K3D-4444"])
            #expect(page.count == 1)
        }
    }

    @Test("cases arriving through the group-commit writer are searchable at once", arguments: TestDatabase.engines)
    func submissionsAreIndexedAsTheyArrive(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database, _ in
            var submission = NewSubmission(reference: "VOL-2345-6789", serviceSlug: "volunteering", serviceVersion: 1, answers: Answers(),
                                           uploads: [], channel: .online, language: .en, submittedAt: Date(), contactEmail: "skye@example.com",
                                           contactPhone: nil)
            submission.caseIndex = CaseIndex(applicantName: "Skye Urquhart", postcodeDistrict: "IV51",
                                             searchText: CaseSearchText.normalise("VOL-2345-6789 skye@example.com Skye Urquhart portree"))
            try await SQLSubmissionRepository(database: database).record(submission, completing: nil)
            var query = officerQuery(allowed: ["volunteering"])
            query.text = CaseSearchText("urquhart portree")
            #expect(try await SQLCaseQueue(database: database).references(query) == ["VOL-2345-6789"])
        }
    }
}
