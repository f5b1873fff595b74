import Domain
import Foundation
import Testing
@testable import Views

/// The designer's route map and the differences between versions, for a small service with two branches, an exit
/// page and a page no route reaches, and for every sample service in `services/`.
@Suite struct DesignerRouteMapSnapshotTests {
    /// Two branches (live-in-area → exit, bin-type → garden-waste), an exit page, and old-bin, which every rule before
    /// it jumps past. A title with markup characters checks escaping in the SVG and the list.
    static let binRequest = """
    format: 1
    slug: bin-request
    reference_prefix: BIN
    title: {en: Ask for a bin, gd: Iarr biona}
    summary: Ask for a new bin.
    start:
      body: Start here.
    confirmation:
      title: Done
      what_happens_next: We will be in touch.
    sections:
      - id: eligibility
        title: {en: Check you can apply, gd: Dearbhaich an urrainn dhut tagradh}
        pages:
          - id: live-in-area
            questions:
              - id: live-in-area
                type: yes_no
                label: {en: Do you live in the area?, gd: A bheil thu a’ fuireach san sgìre?}
            next:
              - when: {question: live-in-area, equals: "no"}
                goto: outside-area
          - id: outside-area
            exit: true
            title: {en: You cannot use this service, gd: Chan urrainn dhut an t-seirbheis seo a chleachdadh}
            body: Contact your own council.
      - id: bins
        title: {en: Your bin, gd: Am biona agad}
        pages:
          - id: bin-type
            questions:
              - id: bin-type
                type: choice
                label: {en: Which bin do you need?, gd: Dè am biona a tha a dhìth ort?}
                options:
                  - {value: general, label: {en: General waste, gd: Sgudal coitcheann}}
                  - {value: garden, label: {en: Garden waste, gd: Sgudal gàrraidh}}
            next:
              - when: {question: bin-type, equals: garden}
                goto: garden-waste
              - goto: contact
          - id: garden-waste
            questions:
              - id: garden-permit
                type: text
                label: {en: Your garden waste permit number, gd: Àireamh a’ cheadachais sgudal gàrraidh agad}
            next:
              - goto: contact
          - id: old-bin
            questions:
              - id: old-bin-serial
                type: text
                label: <Old> bin & "serial"
          - id: contact
            show_when: {question: live-in-area, equals: "yes"}
            questions:
              - id: email
                type: email
                label: {en: Email address, gd: Seòladh puist-d}
    """

    static var servicesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("services")
    }

    static func page(_ definition: ServiceDefinition, _ language: Language) -> RouteMapPage {
        RouteMapPage(layout: MockLayout.staff(language, title: Phrase.routeMapTitle(language), path: "/designer/services/\(definition.slug)/route-map",
                                              roles: [.serviceDesigner]),
                     serviceTitle: definition.title.text(language), version: 2, map: RouteMap(definition))
    }

    @Test func smallServiceWithBranchesExitAndUnreachablePage() throws {
        let definition = try DefinitionParser.parse(yaml: Self.binRequest)
        assertPageSnapshots({ Self.page(definition, $0) }, named: "bin-request")
    }

    @Test(arguments: ["bulky-waste", "hardship-fund", "report-a-pothole", "school-transport-consultation", "volunteering"])
    func sampleService(_ name: String) throws {
        let yaml = try String(contentsOf: Self.servicesDirectory.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let definition = try DefinitionParser.parse(yaml: yaml)
        assertPageSnapshots({ Self.page(definition, $0) }, named: name)
    }

    @Test func differencesBetweenVersions() throws {
        let before = try DefinitionParser.parse(yaml: Self.binRequest)
        let edited = Self.binRequest
            .replacingOccurrences(of: "{en: Email address, gd: Seòladh puist-d}", with: "{en: Your email address, gd: Seòladh puist-d}")
            .replacingOccurrences(of: "{en: Which bin do you need?, gd: Dè am biona a tha a dhìth ort?}", with: "{en: Which bin do you need?, gd: Dè am biona a dh’fheumas tu?}")
            .replacingOccurrences(of: "- {value: garden, label: {en: Garden waste, gd: Sgudal gàrraidh}}",
                                  with: "- {value: garden, label: {en: Garden waste, gd: Sgudal gàrraidh}}\n              - {value: other, label: {en: Other, gd: Eile}}")
            .replacingOccurrences(of: "when: {question: bin-type, equals: garden}", with: "when: {question: bin-type, one_of: [garden, other]}")
            .replacingOccurrences(of: "what_happens_next: We will be in touch.", with: "what_happens_next: We will email you within 5 working days.")
        let parsed = try DefinitionParser.parse(yaml: edited)
        // The page no route reaches is removed and a question added, as the designer's editor would.
        var sections = parsed.sections
        sections[1].pages.removeAll { $0.id == "old-bin" }
        var phone = Question(id: "phone", type: .phone, label: LocalisedText("Phone number", gaelic: "Àireamh fòn"))
        phone.required = false
        sections[1].pages[sections[1].pages.count - 1].questions.append(phone)
        let after = ServiceDefinition(
            slug: parsed.slug, referencePrefix: parsed.referencePrefix, title: parsed.title, summary: parsed.summary, startBody: parsed.startBody,
            beforeYouStart: parsed.beforeYouStart, sections: sections, checkAnswersTitle: parsed.checkAnswersTitle, declaration: parsed.declaration,
            confirmationTitle: parsed.confirmationTitle, whatHappensNext: parsed.whatHappensNext
        )
        let diff = DefinitionDiff(from: before, to: after)
        #expect(diff.changes.count == 7, "\(diff.changes)")
        assertPageSnapshots({ language in
            DefinitionDiffPage(layout: MockLayout.staff(language, title: Phrase.diffTitle(language), path: "/designer/services/bin-request/versions",
                                                        roles: [.serviceDesigner]),
                               serviceTitle: after.title.text(language), fromVersion: 1, toVersion: 2, diff: diff)
        }, named: "bin-request")
        assertPageSnapshots({ language in
            DefinitionDiffPage(layout: MockLayout.staff(language, title: Phrase.diffTitle(language), path: "/designer/services/bin-request/versions",
                                                        roles: [.serviceDesigner]),
                               serviceTitle: after.title.text(language), fromVersion: 2, toVersion: 2, diff: DefinitionDiff(from: after, to: after))
        }, named: "none")
    }
}
