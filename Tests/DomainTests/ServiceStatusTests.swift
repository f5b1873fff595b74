import Foundation
import Testing
@testable import Domain

/// Which version is current and whether a service is open, decided from the stored times at the moment asked.
@Suite struct ServiceStatusTests {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    static func version(_ number: Int, live minutes: Double, approval: VersionApproval = .published, closes: Double? = nil,
                        limit: Int? = nil) -> ServiceVersionRecord {
        ServiceVersionRecord(slug: "pothole", version: number, title: "Report a pothole", approval: approval, publishedAt: at(0),
                             liveFrom: at(minutes), closesAt: closes.map(at), submissionLimit: limit)
    }

    @Test("a scheduled version becomes current when its time comes, with no job run")
    func scheduledGoesLiveAtItsTime() {
        let status = ServiceStatus(slug: "pothole", versions: [Self.version(1, live: 0), Self.version(2, live: 60)])
        #expect(status.current(at: Self.at(59.99))?.version == 1)
        #expect(status.nextScheduled(at: Self.at(59.99))?.version == 2)
        #expect(status.current(at: Self.at(60))?.version == 2)
        #expect(status.nextScheduled(at: Self.at(60)) == nil)
    }

    @Test("a newer version live first supersedes one scheduled earlier")
    func newerVersionSupersedesScheduled() {
        let status = ServiceStatus(slug: "pothole", versions: [Self.version(1, live: 0), Self.version(2, live: 60), Self.version(3, live: 10)])
        #expect(status.current(at: Self.at(30))?.version == 3)
        #expect(status.current(at: Self.at(90))?.version == 3)
        #expect(status.nextScheduled(at: Self.at(30)) == nil)
    }

    @Test("pending and withdrawn versions never go live")
    func pendingNeverLive() {
        let status = ServiceStatus(slug: "pothole", versions: [
            Self.version(1, live: 0), Self.version(2, live: 0, approval: .pending), Self.version(3, live: 0, approval: .withdrawn),
        ])
        #expect(status.current(at: Self.at(5))?.version == 1)
        #expect(status.pendingApproval.map(\.version) == [2])
    }

    @Test("states: draft, scheduled, live, closed by time, closed by limit, archived")
    func statesAsTheListShowsThem() {
        let draft = ServiceStatus(slug: "pothole", versions: [], draft: ServiceDraft(slug: "pothole", source: "", basedOnVersion: nil,
                                                                                     updatedBy: .staff(1), updatedAt: Self.at(0)))
        #expect(draft.state(at: Self.at(0)) == .draft)
        #expect(draft.availability(at: Self.at(0)) == .notYetOpen(opensAt: nil))

        let scheduled = ServiceStatus(slug: "pothole", versions: [Self.version(1, live: 60)])
        #expect(scheduled.state(at: Self.at(0)) == .scheduled)
        #expect(scheduled.availability(at: Self.at(0)) == .notYetOpen(opensAt: Self.at(60)))
        #expect(scheduled.state(at: Self.at(60)) == .live)

        let closing = ServiceStatus(slug: "pothole", versions: [Self.version(1, live: 0, closes: 30)])
        #expect(closing.state(at: Self.at(29)) == .live)
        #expect(closing.availability(at: Self.at(30)) == .closed(.closingTime(Self.at(30))))

        let limited = ServiceStatus(slug: "pothole", versions: [Self.version(1, live: 0, limit: 3)])
        #expect(limited.limitCountedSince(at: Self.at(1)) == Self.at(0))
        #expect(limited.state(at: Self.at(1), submissionsCounted: 2) == .live)
        #expect(limited.availability(at: Self.at(1), submissionsCounted: 3) == .closed(.limitReached(3)))

        var archived = ServiceStatus(slug: "pothole", versions: [Self.version(1, live: 0)])
        archived.settings.archivedAt = Self.at(1)
        #expect(archived.state(at: Self.at(2)) == .archived)
        #expect(archived.availability(at: Self.at(2)) == .closed(.archived))
    }

    @Test("a new version without a closing time reopens a closed service; its limit counts from its own live time")
    func newVersionReopens() {
        let status = ServiceStatus(slug: "pothole", versions: [Self.version(1, live: 0, closes: 10), Self.version(2, live: 20, limit: 5)])
        #expect(status.state(at: Self.at(15)) == .closed)
        #expect(status.state(at: Self.at(20)) == .live)
        #expect(status.limitCountedSince(at: Self.at(25)) == Self.at(20))
    }

    @Test("slugs and reference prefixes for new drafts are checked as the format requires")
    func draftNames() {
        #expect(DraftSource.isSlug("report-a-pothole"))
        #expect(!DraftSource.isSlug("Report"))
        #expect(!DraftSource.isSlug("a--b"))
        #expect(!DraftSource.isSlug(""))
        #expect(DraftSource.isReferencePrefix("POT"))
        #expect(!DraftSource.isReferencePrefix("P"))
        #expect(!DraftSource.isReferencePrefix("pot"))
    }

    @Test("a blank draft validates, with the slug, prefix and title given")
    func blankDraftValidates() throws {
        let definition = try DefinitionParser.parse(yaml: DraftSource.blank(slug: "dog-fouling", title: "Report dog fouling: \"now\"", referencePrefix: "DOG"))
        #expect(definition.slug == "dog-fouling")
        #expect(definition.referencePrefix == "DOG")
        #expect(definition.title.english == "Report dog fouling: \"now\"")
    }

    @Test("a copy keeps everything but the slug and reference prefix")
    func copyRenames() throws {
        let source = try Fixtures.sampleYAML("volunteering")
        let copy = try DefinitionParser.parse(yaml: DraftSource.renamed(source, slug: "volunteering-copy", referencePrefix: "VOC"))
        let original = try DefinitionParser.parse(yaml: source)
        #expect(copy.slug == "volunteering-copy")
        #expect(copy.referencePrefix == "VOC")
        #expect(copy.pages == original.pages)
    }
}
