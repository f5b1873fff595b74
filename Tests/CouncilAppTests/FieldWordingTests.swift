@testable import CouncilApp
import Domain
import Testing

/// How a recorded job reads, and counts in both languages.
@Suite struct FieldWordingTests {
    @Test func aRecordedJobsNotesKeepTheirOwnFullStopAndTheirLabel() {
        var job = Visit(id: 1, caseReference: "BLK-1", serviceSlug: "bulky-waste", kind: "collection", day: CalendarDay(dayNumber: 20_000), slot: "am",
                      area: "rest-of-area", assigneeID: nil, crew: nil, status: .completed, outcome: .completed, reason: nil, notes: "Sofa by the gate.")
        #expect(FieldText.recorded(job) == "Recorded: Completed. Notes: Sofa by the gate.")
        job.outcome = .notCompleted
        job.reason = "Nothing outside"
        job.notes = nil
        #expect(FieldText.recorded(job) == "Recorded: Could not complete. Why it could not be completed: Nothing outside.")
    }

    @Test func countsTakeTheirNounsFormInEnglishAndGaelic() {
        #expect(CountedNoun.clients.phrase(1, .en) == "1 client")
        #expect(CountedNoun.clients.phrase(2, .en) == "2 clients")
        #expect(CountedNoun.clients.phrase(0, .en) == "0 clients")
        let forms = [1, 2, 3, 10, 11, 12, 13, 19, 20, 0].map { CountedNoun.form($0, .gd) }
        #expect(forms == [.one, .two, .few, .few, .one, .two, .few, .few, .other, .other])
        #expect(CountedNoun.jobs.phrase(3, .gd) == "3 obraichean")
        #expect(CountedNoun.jobs.phrase(1, .gd) == "1 obair")
    }
}
