import Domain

/// After the authenticator is set up: the recovery codes, shown this once.
public struct StaffRecoveryCodesPage: PageModel {
    public var layout: LayoutModel
    public var codes: [String]
    public var continueTo: String

    public init(layout: LayoutModel, codes: [String], continueTo: String) {
        self.layout = layout
        self.codes = codes
        self.continueTo = continueTo
    }
}
