import Domain

extension ServiceListPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.services(language), size: "xl")
        page.paragraph(Phrase.servicesIntro(language), classes: "body-l")
        guard !services.isEmpty else {
            page.paragraph(Phrase.noServices(language))
            return
        }
        page.raw("<ul class=\"service-list\">\n")
        for service in services {
            page.raw("  <li><h2 class=\"heading-m\"><a"); page.out.attribute("href", service.url); page.raw(">")
            page.out.text(service.title); page.raw("</a></h2><p class=\"body\">"); page.out.text(service.summary); page.raw("</p></li>\n")
        }
        page.raw("</ul>\n")
    }
}
