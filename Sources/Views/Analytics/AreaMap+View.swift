import Domain
import Foundation

extension AreaMapPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.errorSummary(errors)
        page.heading(Phrase.mapTitle(language))
        page.paragraph(Phrase.mapIntro(language))
        page.filterFormStart(action: "/analytics/map", label: Phrase.mapFilters(language))
        page.out.raw("<div class=\"filters-row\">\n")
        page.select("service", label: Phrase.mapService(language), options: [("", Phrase.mapAny(language))] + services.map { ($0.slug, $0.title) },
                    selected: filters.service)
        page.select("status", label: Phrase.mapStatus(language), options: [("", Phrase.mapAny(language))] + statuses.map { ($0, $0) },
                    selected: filters.status)
        page.select("area", label: Phrase.mapWard(language), options: [("", Phrase.mapAny(language))] + areas.map { ($0.code, $0.name) },
                    selected: filters.area)
        page.input("from", label: Phrase.mapFrom(language), value: filters.from, errors: errors, width: "width-10")
        page.input("to", label: Phrase.mapTo(language), value: filters.to, errors: errors, width: "width-10")
        page.out.raw("</div>\n")
        page.button(Phrase.mapApply(language), secondary: true)
        page.formEnd()

        if areas.isEmpty { page.inset(Phrase.mapNoAreas(language)) }
        if capped { page.notice(Phrase.mapCapped(cap)(language)) }
        if !areas.isEmpty || !points.isEmpty {
            page.out.raw("<figure class=\"area-map\">\n")
            AreaMapSVG.draw(areas: areas, points: points, label: Phrase.mapLabel(points.count, areas.count)(language), into: &page.out)
            page.out.raw("<figcaption class=\"hint\">"); page.out.text(Phrase.mapKey(language)); page.out.raw("</figcaption>\n</figure>\n")
        }
        if points.isEmpty {
            page.paragraph(Phrase.mapNone(language))
        } else {
            let titles = Dictionary(services.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
            let names = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            page.table(caption: Phrase.mapCaption(language),
                       headers: [Phrase.mapReference(language), Phrase.mapService(language), Phrase.mapStatus(language),
                                 Phrase.mapDate(language), Phrase.mapArea(language)],
                       rows: points.map { point in [
                           (point.reference, nil), (titles[point.service] ?? point.service, nil), (point.status, nil),
                           (DisplayDate.day(point.createdAt, language), nil),
                           (point.area.map { names[$0] ?? $0 } ?? Phrase.mapAreaUnknown(language), nil),
                       ] })
        }
    }
}

/// The map as inline SVG drawn on the server: ward boundaries as paths and requests as dots, in an equirectangular
/// projection scaled by the cosine of the middle latitude (at a town's size the difference from a real map projection
/// is far below a pixel). No tiles and no JavaScript.
enum AreaMapSVG {
    static let width = 800.0

    static func draw(areas: [AreaBoundary], points: [LocatedCase], label: String, into out: inout HTMLWriter) {
        var box: GeoBox?
        for area in areas { box = box.map { $0.union(area.box) } ?? area.box }
        if box == nil { box = GeoBox(points: points.map(\.point)) }
        guard var extent = box else { return }
        // A margin, and a minimum size so one point is not a division by zero.
        let padLongitude = max((extent.maxLongitude - extent.minLongitude) * 0.03, 0.002)
        let padLatitude = max((extent.maxLatitude - extent.minLatitude) * 0.03, 0.002)
        extent = GeoBox(minLongitude: extent.minLongitude - padLongitude, minLatitude: extent.minLatitude - padLatitude,
                        maxLongitude: extent.maxLongitude + padLongitude, maxLatitude: extent.maxLatitude + padLatitude)
        let squash = cos((extent.minLatitude + extent.maxLatitude) / 2 * .pi / 180)
        let spanX = (extent.maxLongitude - extent.minLongitude) * squash
        let spanY = extent.maxLatitude - extent.minLatitude
        let scale = width / spanX
        let height = ceil(spanY * scale)
        func x(_ point: GeoPoint) -> String { format((point.longitude - extent.minLongitude) * squash * scale) }
        func y(_ point: GeoPoint) -> String { format((extent.maxLatitude - point.latitude) * scale) }

        out.raw("<svg class=\"area-map-svg\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        out.attribute("viewBox", "0 0 \(Int(width)) \(Int(height))")
        out.attribute("aria-label", label)
        out.raw(">\n<g class=\"area-map-areas\">\n")
        for area in areas {
            var path = ""
            for polygon in area.polygons {
                for ring in [polygon.outer] + polygon.holes {
                    for (index, point) in ring.enumerated() { path += (index == 0 ? "M" : "L") + x(point) + " " + y(point) }
                    path += "Z"
                }
            }
            out.raw("<path fill-rule=\"evenodd\""); out.attribute("d", path); out.raw("><title>"); out.text(area.name); out.raw("</title></path>\n")
        }
        out.raw("</g>\n<g class=\"area-map-points\">\n")
        for point in points {
            out.raw("<circle r=\"4\""); out.attribute("cx", x(point.point)); out.attribute("cy", y(point.point)); out.raw("><title>")
            out.text(point.reference); out.raw("</title></circle>\n")
        }
        out.raw("</g>\n</svg>\n")
    }

    /// One decimal place: a tenth of a pixel is finer than any screen shows, and keeps the page small.
    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
