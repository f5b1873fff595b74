import Domain
import Testing
@testable import Views

/// "Are you sure?" before closing or archiving a service.
@Suite struct DesignerLifecycleConfirmSnapshotTests {
    @Test(arguments: DesignerLifecycleConfirmPage.Action.allCases)
    func areYouSure(action: DesignerLifecycleConfirmPage.Action) {
        assertPageSnapshots({ language in
            DesignerLifecycleConfirmPage(
                layout: MockLayout.staff(language, title: action == .close ? "Are you sure you want to close this service now?"
                                                                          : "Are you sure you want to archive this service?",
                                         path: DesignerPaths.confirmLifecycle("report-a-pothole", action), roles: [.serviceDesigner],
                                         back: DesignerPaths.versions("report-a-pothole")),
                csrf: "csrf-token", slug: "report-a-pothole", title: "Report a pothole", action: action)
        }, named: action.rawValue)
    }
}
