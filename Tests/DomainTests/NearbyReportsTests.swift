import Foundation
import Testing
@testable import Domain

/// The duplicate check's definition key (`nearby_reports` on a location question) and its distances.
@Suite("Nearby reports")
struct NearbyReportsTests {
    static func page(_ setting: String, type: String = "location") -> String {
        """
        - id: where
          questions:
            - id: where
              type: \(type)
              label: Where is it?
        \(setting.isEmpty ? "" : "      \(setting)")
        """
    }

    @Test func readsTheDistanceInMetres() throws {
        let definition = try Fixtures.definition(pages: Self.page("nearby_reports: 50"))
        #expect(definition.pages.first?.questions.first?.nearbyReports == 50)
        #expect(try Fixtures.definition(pages: Self.page("")).pages.first?.questions.first?.nearbyReports == nil)
    }

    @Test func refusesADistanceOutOfRangeAtItsPlace() {
        let yaml = Fixtures.yaml(pages: Self.page("nearby_reports: 5000"))
        let problems = Fixtures.problems(yaml)
        #expect(problems.map(\.message) == ["nearby_reports must be a distance in whole metres between 1 and 1000, for example nearby_reports: 50"])
        #expect(problems.first?.column == Fixtures.column(of: "5000", in: yaml))
    }

    @Test func isOnlyForLocationQuestions() {
        let problems = Fixtures.problems(Fixtures.yaml(pages: Self.page("nearby_reports: 50", type: "text")))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("nearby_reports") == true, "\(problems)")
    }

    @Test func isWrittenBackAndReadTheSame() throws {
        let definition = try Fixtures.definition(pages: Self.page("nearby_reports: 75"))
        let yaml = try DefinitionWriter.yaml(definition)
        #expect(yaml.contains("nearby_reports: 75"))
        #expect(try DefinitionParser.parse(yaml: yaml) == definition)
    }

    @Test func measuresDistancesOnTheEarthsSurface() {
        // One thousandth of a degree of latitude is about 111 metres anywhere.
        let north = GreatCircle.metres(latitude: 55.9533, longitude: -3.1883, toLatitude: 55.9543, longitude: -3.1883)
        #expect(abs(north - 111.2) < 0.5)
        // A degree of longitude shrinks with the cosine of the latitude (about 62 km at Edinburgh).
        let east = GreatCircle.metres(latitude: 55.9533, longitude: -3.1883, toLatitude: 55.9533, longitude: -2.1883)
        #expect(abs(east - 62_300) < 300)
        #expect(GreatCircle.metres(latitude: 55.9533, longitude: -3.1883, toLatitude: 55.9533, longitude: -3.1883) == 0)
    }

    @Test func boxHoldsEveryPointWithinTheDistance() {
        let box = GreatCircle.box(latitude: 55.9533, longitude: -3.1883, metres: 50)
        for bearing in stride(from: 0.0, to: 360, by: 15) {
            // A point 49 m away in this direction.
            let radians = bearing * .pi / 180
            let latitude = 55.9533 + 49 * cos(radians) / 111_195
            let longitude = -3.1883 + 49 * sin(radians) / (111_195 * cos(55.9533 * .pi / 180))
            #expect((box.minLatitude...box.maxLatitude).contains(latitude) && (box.minLongitude...box.maxLongitude).contains(longitude))
        }
    }

    @Test func ratingsReadFromTheForm() {
        #expect(SatisfactionRating(formValue: "very-satisfied") == .verySatisfied)
        #expect(SatisfactionRating(formValue: "very-dissatisfied")?.rawValue == 1)
        #expect(SatisfactionRating(formValue: "5") == nil)
        #expect(SatisfactionRating.allCases.map(\.rawValue) == [5, 4, 3, 2, 1])
    }
}
