import Domain
import Foundation
import Testing
@testable import Views

/// The open data page, a performance page and the staff map.
@Suite struct OpenDataSnapshotTests {
    static let wards = [
        AreaBoundary(code: "GM01", name: "Harbour", polygons: [GeoPolygon(
            outer: [.init(longitude: -4.30, latitude: 55.90), .init(longitude: -4.25, latitude: 55.90), .init(longitude: -4.25, latitude: 55.93),
                    .init(longitude: -4.30, latitude: 55.93), .init(longitude: -4.30, latitude: 55.90)],
            holes: [[.init(longitude: -4.28, latitude: 55.91), .init(longitude: -4.27, latitude: 55.91), .init(longitude: -4.27, latitude: 55.92),
                     .init(longitude: -4.28, latitude: 55.92), .init(longitude: -4.28, latitude: 55.91)]])]),
        AreaBoundary(code: "GM02", name: "Castlehill", polygons: [GeoPolygon(
            outer: [.init(longitude: -4.25, latitude: 55.90), .init(longitude: -4.20, latitude: 55.90), .init(longitude: -4.20, latitude: 55.93),
                    .init(longitude: -4.25, latitude: 55.93), .init(longitude: -4.25, latitude: 55.90)])]),
    ]
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func openData() {
        assertPageSnapshots({ language in
            OpenDataPage(layout: MockLayout.citizen(language, title: Phrase.openDataTitle(language), path: "/open-data"),
                         datasets: [.init(slug: "requests-by-area", title: Phrase.requestsByAreaTitle(language), summary: Phrase.requestsByAreaSummary(language),
                                          columns: [("service", "The service's short name"), ("submissions", "Requests made")])],
                         threshold: 5, services: [("Report a pothole", "report-a-pothole")])
        }, named: "full")
    }

    @Test func performance() {
        assertPageSnapshots({ language in
            PerformancePage(layout: MockLayout.citizen(language, title: Phrase.performanceTitle("Report a pothole")(language), path: "/performance/report-a-pothole",
                                                       back: "/open-data"),
                            serviceTitle: "Report a pothole",
                            months: [.init(month: "2026-10", submissions: 120, completionRate: 0.82, satisfaction: 0.75, digitalTakeUp: 0.9, costPerTransaction: 412.5),
                                     .init(month: "2026-11", submissions: nil, completionRate: nil, satisfaction: nil, digitalTakeUp: nil, costPerTransaction: nil)],
                            threshold: 5)
        }, named: "full")
        assertPageSnapshots({ language in
            PerformancePage(layout: MockLayout.citizen(language, title: Phrase.performanceTitle("Report a pothole")(language), path: "/performance/report-a-pothole"),
                            serviceTitle: "Report a pothole", months: [], threshold: 5)
        }, named: "empty")
    }

    @Test func staffMap() {
        assertPageSnapshots({ language in
            AreaMapPage(layout: MockLayout.staff(language, title: Phrase.mapTitle(language), path: "/analytics/map", roles: [.analyst]),
                        filters: .init(area: "GM01"), services: [("report-a-pothole", "Report a pothole")], statuses: ["received", "closed"],
                        areas: Self.wards,
                        points: [LocatedCase(reference: "POT-7K3D-9Q2P", service: "report-a-pothole", status: "received", createdAt: Self.at, area: "GM01",
                                             point: .init(longitude: -4.29, latitude: 55.905))],
                        capped: true, cap: 5_000)
        }, named: "full")
        assertPageSnapshots({ language in
            AreaMapPage(layout: MockLayout.staff(language, title: Phrase.mapTitle(language), path: "/analytics/map", roles: [.analyst], errors: true),
                        filters: .init(from: "yesterday"), errors: [FieldError(questionID: "from", message: Phrase.mapErrorFrom(language))],
                        services: [], statuses: [], areas: [], points: [], capped: false, cap: 5_000)
        }, named: "empty")
    }
}
