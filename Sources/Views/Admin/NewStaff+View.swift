import Domain

extension NewStaffPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.adminAddStaff(language))
        page.formStart(action: "/admin/staff/new", csrf: csrfToken)
        page.input("email", label: Phrase.staffWorkEmail(language), type: "email", value: email, autocomplete: "off", errors: errors)
        page.roleChoices(selectedRoles: selectedRoles, service: service, services: services, errors: errors)
        page.button(Phrase.adminCreateAccount(language))
        page.formEnd()
    }
}
