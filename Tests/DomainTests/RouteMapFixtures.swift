import Foundation
@testable import Domain

/// A small service for the route map: two branches, an exit page and a page no route reaches.
///
///     live-in-area (yes/no) --no--> outside-area (exit)
///     bin-type (choice) --garden--> garden-waste --always--> contact
///                       --always--> contact
///     old-bin: unreachable (every rule before it jumps past it)
///     contact (email)
enum RouteMapFixtures {
    static let binRequestYAML = Fixtures.yaml(sections: """
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
              label: <Old> bin & serial
        - id: contact
          questions:
            - id: email
              type: email
              label: {en: Email address, gd: Seòladh puist-d}
    """)

    static func binRequest() throws -> ServiceDefinition { try DefinitionParser.parse(yaml: binRequestYAML) }
}
