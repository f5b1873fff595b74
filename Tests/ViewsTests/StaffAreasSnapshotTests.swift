import Domain
import Foundation
import Testing
@testable import Views

/// Strategy, the service designer's list and its message preview.
@Suite struct StaffAreasSnapshotTests {
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func strategy() {
        assertPageSnapshots({ language in
            StrategyPage(layout: MockLayout.staff(language, title: Phrase.strategyMeasures(language), path: "/backoffice/strategy", roles: [.strategyLead]),
                         channels: [("online", 90), ("assisted", 10)])
        }, named: "full")
    }

    @Test func designerServices() {
        assertPageSnapshots({ language in
            DesignerServicesPage(layout: MockLayout.staff(language, title: Phrase.navDesigner(language), path: "/designer", roles: [.serviceDesigner]),
                                 services: [.init(slug: "hardship-fund", title: "Apply for a hardship payment", version: 3, publishedAt: Self.at),
                                            .init(slug: "dog-fouling", title: "Report dog fouling", version: 0, publishedAt: Self.at,
                                                  state: .draft, versionCount: 0),
                                            .init(slug: "volunteering", title: "Volunteer with us", version: 2, publishedAt: Self.at,
                                                  state: .closed, versionCount: 4)])
        }, named: "full")
    }

    @Test func messagePreview() {
        let messages = [
            MessagePreviewPage.Message(language: .en, subject: "Hardship payment application received: HRD-7K3D-9Q2P",
                                       emailBody: "Dear Alex Morgan,\n\nWe have received your application.", sms: "We have received your application."),
            MessagePreviewPage.Message(language: .gd, subject: "Fhuair sinn d' iarrtas airson pàigheadh cruadail: HRD-7K3D-9Q2P",
                                       emailBody: "A Alex Morgan,\n\nFhuair sinn an t-iarrtas agad.", sms: "Fhuair sinn an t-iarrtas agad."),
        ]
        assertPageSnapshots({ language in
            MessagePreviewPage(
                layout: MockLayout.staff(language, title: Phrase.previewTitle("Apply for a hardship payment")(language),
                                         path: "/designer/services/hardship-fund/messages", roles: [.serviceDesigner], back: "/designer"),
                serviceTitle: "Apply for a hardship payment", version: 3, channelQuestion: "contact-by",
                events: [
                    .init(event: .submitted, ownTemplate: true, notifyEmailTemplate: "f33517ff-2a88-4f6e-b855-c550268ce08a", notifySMSTemplate: nil, messages: messages),
                    .init(event: .reminder, ownTemplate: false, notifyEmailTemplate: nil, notifySMSTemplate: nil, messages: messages),
                ]
            )
        }, named: "full")
    }
}
