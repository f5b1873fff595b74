import Domain

/// After a member of staff sends a form for a caller: the reference to read out, what to tell the caller, and the way
/// back to their work, in the staff frame (not the citizen's confirmation).
public struct AssistedConfirmationPage: PageModel {
    public var layout: LayoutModel
    public var serviceName: String
    public var reference: String
    /// Where the caller's confirmation goes, if they gave an address.
    public var callerEmail: String?
    /// The service's own "what happens next", to tell the caller.
    public var whatHappensNext: String?
    public var printURL: String

    public init(layout: LayoutModel, serviceName: String, reference: String, callerEmail: String?, whatHappensNext: String?,
                printURL: String) {
        self.layout = layout
        self.serviceName = serviceName
        self.reference = reference
        self.callerEmail = callerEmail
        self.whatHappensNext = whatHappensNext
        self.printURL = printURL
    }

    public var caseURL: String { "/backoffice/cases/\(reference)" }
}
