import Domain

extension RouteMapPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.routeMapTitle(language), caption: "\(serviceTitle) · \(Phrase.designerVersion(language)) \(version)")
        RouteMapHTML.write(map, serviceTitle: serviceTitle, language: language, into: &page)
    }
}
