import Foundation
import Testing
@testable import Domain

@Suite("Synthetic council and located cases for the analytics")
struct SyntheticCouncilTests {
    @Test("twelve wards tile a grid; every postcode and every placed point is inside its ward; the same seed, the same council")
    func wardsAndPostcodes() {
        let council = SyntheticCouncil(seed: 3)
        #expect(council.wards.count == 12)
        #expect(Set(council.wards.map(\.code)).count == 12)
        let postcodes = council.wards.flatMap(\.postcodes)
        #expect(postcodes.count == 12 * SyntheticCouncil.postcodesPerWard)
        #expect(Set(postcodes.map { PostcodeKey.make($0.postcode) }).count == postcodes.count)
        for ward in council.wards {
            #expect(ward.postcodes.allSatisfy { ward.contains(latitude: $0.latitude, longitude: $0.longitude) })
            #expect(ward.boundaryGeoJSON.hasPrefix("{\"type\":\"Polygon\",\"coordinates\":[[["))
        }
        var random = SeededRandom(seed: 9)
        for _ in 0..<500 {
            let place = council.place(using: &random)
            #expect(place.ward.contains(latitude: place.latitude, longitude: place.longitude))
            #expect(council.wards.filter { $0.contains(latitude: place.latitude, longitude: place.longitude) }.count == 1)
        }
        #expect(SyntheticCouncil(seed: 3).wards == council.wards)
    }

    @Test("located cases carry a ward, a point, their journeys' counters and sometimes feedback; weekdays busier than weekends")
    func locatedCases() throws {
        let council = SyntheticCouncil(seed: 1)
        let factory = try SyntheticCaseTests.factory(count: 2000).located(in: council)
        let cases = (0..<factory.count).compactMap(factory.make)
        #expect(cases.allSatisfy { item in
            guard let code = item.areaCode, let ward = council.wards.first(where: { $0.code == code }),
                  let latitude = item.latitude, let longitude = item.longitude else { return false }
            return ward.contains(latitude: latitude, longitude: longitude)
        })
        let counts = cases.flatMap(\.counts)
        let total = { (measure: String) in counts.filter { $0.measure.rawValue == measure }.count }
        #expect(total("submitted") == cases.count)
        let online = cases.filter { $0.submission.channel == .online }.count
        #expect(total("started") > online, "some journeys are left unfinished")
        #expect(total("started") < 2 * online)
        #expect(total("view") >= total("page"))
        #expect(total("error") > 0 && total("saved") > 0)
        #expect(total("in_target") + total("late") == total("decided"))
        #expect(counts.filter { $0.measure == .submitted }.allSatisfy { !$0.area.isEmpty })
        #expect(counts.filter { $0.measure == .started }.allSatisfy { $0.area.isEmpty && $0.channel == .online })
        #expect(cases.contains { $0.feedback != nil })
        let days = cases.map { Int($0.submission.submittedAt.timeIntervalSince1970 / 86_400) }
        #expect(days == days.sorted(), "still oldest day first")
        let weekday = { (item: SyntheticCase) in CalendarDay(dayNumber: Int(item.submission.submittedAt.timeIntervalSince1970 / 86_400)).weekday }
        let tuesdays = cases.filter { weekday($0) == 2 }.count, sundays = cases.filter { weekday($0) == 0 }.count
        #expect(tuesdays > 2 * sundays)
        // The cases themselves are those made without a council, but for the applicant's postcode and the day.
        let plain = try SyntheticCaseTests.factory(count: 2000)
        #expect(plain.make(5)?.submission.reference == cases[5].submission.reference)
        #expect(plain.make(5)?.areaCode == nil && plain.make(5)?.counts.isEmpty == true)
    }
}
