import Foundation
import Testing
@testable import Domain

@Suite("Synthetic cases for trying the back office at scale")
struct SyntheticCaseTests {
    static func factory(count: Int = 400, seed: UInt64 = 1) throws -> SyntheticCaseFactory {
        let services = try Fixtures.sampleServiceFiles().map { file in
            SyntheticCaseFactory.Service(definition: try DefinitionParser.parse(yaml: String(contentsOf: file, encoding: .utf8)), version: 1, officers: [11, 12, 13])
        }
        return SyntheticCaseFactory(services: services, calendar: .scotland, today: CalendarDay(year: 2026, month: 11, day: 25),
                                    count: count, firstSerial: 1, seed: seed)
    }

    @Test("every invented case is a submission its service would accept")
    func inventedAnswersValidate() throws {
        let factory = try Self.factory()
        for index in 0..<factory.count {
            let made = try #require(factory.make(index))
            let service = try #require(factory.services.first { $0.definition.slug == made.submission.serviceSlug })
            // Checked as on the day the case was made: an appointment booked then was in that day's future.
            let madeOn = CalendarDay(dayNumber: Int(made.submission.submittedAt.timeIntervalSince1970 / 86_400))
            let validator = SubmissionValidator(definition: service.definition, language: .en, today: madeOn, fileSource: .inline)
            if case .failure(let errors) = validator.validate(AnswerCoding.json(made.submission.answers)) {
                Issue.record("\(made.submission.serviceSlug) case \(index): \(errors)")
                return
            }
        }
    }

    @Test func casesSpreadAcrossServicesStatesChannelsAndDistrictsAndRepeatForASeed() throws {
        let factory = try Self.factory()
        let cases = (0..<factory.count).compactMap(factory.make)
        #expect(Set(cases.map(\.submission.serviceSlug)).count == 5)
        #expect(Set(cases.map(\.status)).count >= 5)
        #expect(Set(cases.map(\.submission.channel)).count >= 4)
        #expect(Set(cases.compactMap(\.submission.caseIndex.postcodeDistrict)).count >= 15)
        #expect(cases.contains { $0.assigneeID == nil } && cases.contains { $0.assigneeID != nil })
        #expect(cases.allSatisfy { !$0.submission.caseIndex.searchText.isEmpty })
        #expect(cases.map(\.submission.submittedAt) == cases.map(\.submission.submittedAt).sorted(), "oldest first, as they arrived")
        let again = try Self.factory()
        #expect(again.make(123)?.submission.reference == cases[123].submission.reference)
        #expect(again.make(123)?.submission.caseIndex == cases[123].submission.caseIndex)
        #expect(Set(cases.map(\.submission.reference)).count == cases.count)
    }

    @Test func syntheticReferencesLookRealAndNeverRepeat() {
        var seen = Set<String>()
        for serial in Int64(1)...20_000 {
            let reference = SyntheticReference.make(prefix: "HRD", serial: serial)
            #expect(Reference.isWellFormed(reference), "\(reference)")
            seen.insert(String(reference.dropFirst(4)))
        }
        #expect(seen.count == 20_000)
    }
}
