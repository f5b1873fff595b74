import Domain
import Foundation

/// The case officer's list at /backoffice: three queues, the filters (a side panel), the cases found with a checkbox
/// each, the pages and the bulk actions. Every address the page links to comes made, so the view only draws.
public struct CaseQueuePage: PageModel {
    /// One case in the list, its labels already in the page's language.
    public struct Row: Sendable, Equatable {
        public var reference: String
        public var applicantName: String?
        public var applicantEmail: String?
        public var service: String
        public var status: String
        public var target: TargetStatus
        public var due: CalendarDay?
        /// Nil: nobody.
        public var assignee: String?
        public var channel: String
        public var received: Date

        public init(reference: String, applicantName: String?, applicantEmail: String?, service: String, status: String,
                    target: TargetStatus, due: CalendarDay?, assignee: String?, channel: String, received: Date) {
            self.reference = reference
            self.applicantName = applicantName
            self.applicantEmail = applicantEmail
            self.service = service
            self.status = status
            self.target = target
            self.due = due
            self.assignee = assignee
            self.channel = channel
            self.received = received
        }
    }

    /// What the filter form holds (as it came in the address).
    public struct Filters: Sendable, Equatable {
        public var text = ""
        public var services: Set<String> = []
        public var statuses: Set<String> = []
        public var channels: Set<String> = []
        public var assignee = ""
        public var target = ""
        public var sort: CaseSort = .due
        public var from = ""
        public var to = ""
        public var district = ""

        public init() {}

        /// How many filters narrow the list (the search included), for the panel's summary.
        public var applied: Int {
            [text, assignee, target, from, to, district].filter { !$0.isEmpty }.count
                + services.count + statuses.count + channels.count + (sort == .due ? 0 : 1)
        }
    }

    /// The cases found; absent when the filters have errors (nothing was searched).
    public struct Results: Sendable, Equatable {
        public var rows: [Row]
        public var count: Int
        public var countIsCapped: Bool
        public var firstPage: Bool
        public var previous: String?
        public var next: String?
        public var exportAddress: String
        /// The list's own address, for the bulk form's way back.
        public var returnAddress: String

        public init(rows: [Row], count: Int, countIsCapped: Bool, firstPage: Bool, previous: String?, next: String?,
                    exportAddress: String, returnAddress: String) {
            self.rows = rows
            self.count = count
            self.countIsCapped = countIsCapped
            self.firstPage = firstPage
            self.previous = previous
            self.next = next
            self.exportAddress = exportAddress
            self.returnAddress = returnAddress
        }
    }

    public typealias Option = (value: String, label: String)

    public var layout: LayoutModel
    /// The services this person handles, by title; nil: every service.
    public var serviceTitles: [String]?
    public var queue: CaseQueueKind
    /// Each queue's address with the current filters.
    public var queueAddresses: [CaseQueueKind: String]
    public var clearAddress: String
    public var filters: Filters
    public var serviceOptions: [Option]
    public var statusOptions: [Option]
    public var colleagueOptions: [Option]
    public var results: Results?
    public var errors: [FieldError]
    /// The bulk form's fields as sent, when it comes back with an error.
    public var bulkFields: [String: String]
    public var csrfToken: String

    public init(layout: LayoutModel, serviceTitles: [String]?, queue: CaseQueueKind, queueAddresses: [CaseQueueKind: String],
                clearAddress: String, filters: Filters, serviceOptions: [Option], statusOptions: [Option], colleagueOptions: [Option],
                results: Results?, errors: [FieldError], bulkFields: [String: String], csrfToken: String) {
        self.layout = layout
        self.serviceTitles = serviceTitles
        self.queue = queue
        self.queueAddresses = queueAddresses
        self.clearAddress = clearAddress
        self.filters = filters
        self.serviceOptions = serviceOptions
        self.statusOptions = statusOptions
        self.colleagueOptions = colleagueOptions
        self.results = results
        self.errors = errors
        self.bulkFields = bulkFields
        self.csrfToken = csrfToken
    }

    /// The bulk actions' values, as the bulk form sends them.
    public enum BulkKind: String, Sendable, CaseIterable {
        case assignToMe = "assign-to-me"
        case status
        case note

        public var label: Phrase {
            switch self {
            case .assignToMe: .boAssignToMe
            case .status: .boChangeStatus
            case .note: .boAddANote
            }
        }
    }
}

extension CaseQueueKind {
    public var boName: Phrase {
        switch self {
        case .mine: .boQueueMine
        case .unassigned: .boQueueUnassigned
        case .all: .boQueueAll
        }
    }
}
