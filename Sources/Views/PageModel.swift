/// Every page of the site: a model holding everything the page shows, and a view that writes it.
///
/// A page is a pair of files in `Views/<Area>/`: `Thing+Model.swift` declares `struct ThingPage: PageModel` with the data
/// (plain values, no repositories, no requests), and `Thing+View.swift` extends it with `body(_:)`, the only place its
/// markup is written. Controllers build the model and call `render()`; snapshot tests render mock models.
public protocol PageModel: Sendable {
    /// The frame: language, title, back link, header links, width, staff navigation.
    var layout: LayoutModel { get }
    /// Writes the page's main content.
    func body(_ parts: inout PageParts)
}

extension PageModel {
    /// The whole document, the body inside the layout.
    public func render() -> String {
        var parts = PageParts(language: layout.language)
        body(&parts)
        return LayoutHTML.render(layout, main: parts.html)
    }
}
