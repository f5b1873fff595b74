import Foundation
import Testing
@testable import Domain

@Suite("Case queues: the query, target windows, search text")
struct CaseQueryTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 25)
    static let window = TargetWindow(today: today, calendar: .scotland)

    static func query(_ queue: CaseQueueKind = .all, allowed: Set<String> = ["hardship-fund"]) -> CaseQuery {
        CaseQuery(queue: queue, viewerID: 7, allowedServices: allowed, window: window)
    }

    @Test func chosenServicesNeverWidenWhatTheViewerMaySee() {
        var query = Self.query(allowed: ["hardship-fund", "volunteering"])
        #expect(query.services == ["hardship-fund", "volunteering"])
        query.chosenServices = ["volunteering", "report-a-pothole"]
        #expect(query.services == ["volunteering"])
        query.chosenServices = ["report-a-pothole"]
        #expect(query.services.isEmpty)
        #expect(query.matchesNothing)
        #expect(Self.query(allowed: []).matchesNothing, "someone with no services sees no cases")
    }

    @Test func theQueueAndTheAssigneeFilterCombine() {
        #expect(Self.query(.mine).assigneeRule == .only(.staff(7)))
        #expect(Self.query(.unassigned).assigneeRule == .only(.nobody))
        #expect(Self.query(.all).assigneeRule == .anyone)
        var mine = Self.query(.mine)
        mine.assignee = .staff(7)
        #expect(mine.assigneeRule == .only(.staff(7)))
        mine.assignee = .staff(8)
        #expect(mine.assigneeRule == .contradictory)
        #expect(mine.matchesNothing)
        var all = Self.query(.all)
        all.assignee = .nobody
        #expect(all.assigneeRule == .only(.nobody))
    }

    @Test func aReceivedRangeBackwardsMatchesNothingAndDaysAreWholeUKDays() {
        var query = Self.query()
        query.receivedFrom = CalendarDay(year: 2026, month: 6, day: 2)
        query.receivedTo = CalendarDay(year: 2026, month: 6, day: 1)
        #expect(query.matchesNothing)
        query.receivedTo = CalendarDay(year: 2026, month: 6, day: 2)
        let range = query.receivedMillis
        // 2 June is in British Summer Time: the day starts at 23:00 UTC the day before.
        #expect(range.from == 1_780_354_800_000)
        #expect(range.until == 1_780_441_200_000)
    }

    @Test("the target window puts every day in the state TargetStatus.of gives it, over weekends and holidays")
    func targetWindowAgreesWithTargetStatus() {
        for offset in -20...40 {
            let due = Self.today.adding(days: offset)
            for met in [false, true] {
                let expected = TargetStatus.of(deadline: due, today: Self.today, met: met, calendar: .scotland)
                #expect(Self.window.state(dueDay: due.dayNumber, met: met) == expected, "due \(due.iso), met \(met)")
            }
        }
        #expect(Self.window.state(dueDay: nil, met: false) == TargetStatus.none)
        #expect(Self.window.state(dueDay: nil, met: true) == TargetStatus.none)
        // Wednesday 25 November 2026: Thursday and Friday are the two working days, and Monday 30th is St Andrew's Day,
        // so a deadline on the weekend or on the holiday is still due soon; Tuesday 1 December is on track.
        #expect(Self.window.state(dueDay: CalendarDay(year: 2026, month: 11, day: 30).dayNumber, met: false) == .dueSoon)
        #expect(Self.window.state(dueDay: CalendarDay(year: 2026, month: 12, day: 1).dayNumber, met: false) == .onTrack)
    }

    @Test func cursorsRoundTripAndJunkIsIgnored() {
        let cursor = CaseCursor(key: 20_417, id: 3021)
        #expect(CaseCursor(token: cursor.token) == cursor)
        #expect(CaseCursor(token: "1779999999999.12") == CaseCursor(key: 1_779_999_999_999, id: 12))
        for junk in ["", "12", "a.b", "1.2.3", "1;DROP TABLE cases.2"] { #expect(CaseCursor(token: junk) == nil) }
    }

    @Test func searchTextReadsWordsPhrasesAndPrefixes() {
        #expect(CaseSearchText("HRD-7K3D-9Q2P").terms == [.init(words: ["hrd", "7k3d", "9q2p"])])
        #expect(CaseSearchText("  Mòrag   MacLeod ").terms == [.init(words: ["morag"]), .init(words: ["macleod"])])
        #expect(CaseSearchText("alex@example.com").terms == [.init(words: ["alex", "example", "com"])])
        #expect(CaseSearchText("macl*").terms == [.init(words: ["macl"], lastIsPrefix: true)])
        #expect(CaseSearchText("m*").terms == [.init(words: ["m"])], "a one-letter prefix would match half the index")
        #expect(CaseSearchText("\"high street\" IV2").terms == [.init(words: ["high", "street"]), .init(words: ["iv2"])])
        #expect(CaseSearchText("\"quoted*\"").terms == [.init(words: ["quoted"])], "a star inside quotes is not a prefix")
        #expect(CaseSearchText(" -- ' \" ").isEmpty)
        #expect(CaseSearchText((1...20).map { "w\($0)" }.joined(separator: " ")).terms.count == CaseSearchText.maximumTerms)
    }

    @Test func searchTextIsStoredTheWayItIsSearched() {
        #expect(CaseSearchText.normalise("Mòrag MACLEOD, Ùige") == "morag macleod, uige")
        // Plain ASCII takes a shorter way; it must come out exactly as the full folding would have it.
        for ascii in ["MacLeod", "FLAT 2/1, 12 High St. IV2 3EX", "alex@EXAMPLE.com", "HRD-7K3D-9Q2P", "~!#$%^&*()_+{}|:<>?`'\"\t"] {
            #expect(CaseSearchText.normalise(ascii) == ascii.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased())
        }
        #expect(CaseSearchText.normalise("ＭＡＣＬＥＯＤ") == "macleod", "full-width letters are not ASCII and are still folded")
        #expect(CaseSearchText.words(in: "Flat 2/1, 12 High St. IV2 3EX") == ["flat", "2", "1", "12", "high", "st", "iv2", "3ex"])
    }

    @Test func exportsCarryPersonalDataOnlyForRolesThatSeeIt() {
        let officer = StaffAccess(grants: [RoleGrant(role: .caseOfficer, serviceSlug: "hardship-fund")])
        let agent = StaffAccess(grants: [RoleGrant(role: .customerServiceAgent)])
        let analyst = StaffAccess(grants: [RoleGrant(role: .analyst)])
        #expect(CaseExportColumn.columns(for: officer) == CaseExportColumn.allCases)
        #expect(CaseExportColumn.columns(for: agent) == CaseExportColumn.allCases)
        #expect(!CaseExportColumn.columns(for: analyst).contains(.applicantName))
        #expect(!CaseExportColumn.columns(for: analyst).contains(.applicantEmail))
        #expect(CaseExportColumn.columns(for: analyst).contains(.reference))
    }
}
