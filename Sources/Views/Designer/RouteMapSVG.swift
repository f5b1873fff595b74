import Domain

/// The route map drawn as SVG on the server: pages as boxes top to bottom in journey order under their section's
/// band, the next page straight below, every other route as a numbered arrow in a lane on the right. Exit pages have
/// a double border and an EXIT badge, pages with a problem a dashed border and a PROBLEM badge with the problem in
/// words, so nothing is told by colour alone. The drawing is `role="img"` named by its `<title>`; the same route is
/// written out in `RouteMapHTML` next to it.
public enum RouteMapSVG {
    static let margin = 16
    static let boxX = 24
    static let boxWidth = 600
    static let lineHeight = 18
    static let headingHeight = 26
    static let gap = 30
    static let sectionBand = 30
    static let laneStart = boxX + boxWidth + 28
    static let laneSpacing = 14
    /// Past this many lanes arrows share lanes: the diagram stays a readable width and the text says the rest.
    static let maxLanes = 40
    static let headingCharacters = 64
    static let lineCharacters = 88

    struct Box {
        var y: Int
        var height: Int
        var lines: [(text: String, style: String)]
        /// y of each route's line in the box, by route index.
        var routeLineY: [Int]
    }

    struct Arrow {
        var fromY: Int
        var toY: Int
        var label: String
        var dashed: Bool
        var blocked: Bool
        var lane = 0
    }

    public static func write(_ map: RouteMap, serviceTitle: String, language: Language, into out: inout HTMLWriter) {
        let index = Dictionary(map.pages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var y = margin
        let startY = y
        y += 36 + gap
        var boxes: [Box] = []
        var sectionBands: [(y: Int, title: String)] = []
        var currentSection = -1
        for page in map.pages {
            if page.section != currentSection {
                currentSection = page.section
                sectionBands.append((y, map.sections[page.section].title.text(language)))
                y += sectionBand + 8
            }
            var lines: [(String, String)] = []
            if page.isExit { lines.append((Phrase.routeExitPage(language), "rm-kind")) }
            if page.isInformation { lines.append((Phrase.routeInformationPage(language), "rm-kind")) }
            if page.isRepeating { lines.append((Phrase.routeRepeats(language), "rm-kind")) }
            if let condition = page.showWhen {
                lines.append((Phrase.routeShownOnly(DesignerWords.condition(condition, language))(language), "rm-kind"))
            }
            var routeLineY: [Int] = []
            for (number, route) in page.routes.enumerated() {
                routeLineY.append(y + headingHeight + lines.count * lineHeight + 13)
                lines.append(("\(number + 1) → " + RouteMapHTML.routeText(route, map: map, index: index, language: language), route.canBeTaken ? "rm-route" : "rm-route rm-blocked"))
            }
            for problem in page.flags {
                lines.append(("⚠ " + DesignerWords.problem(problem, language), "rm-problem"))
            }
            let height = headingHeight + lines.count * lineHeight + 10
            boxes.append(Box(y: y, height: height, lines: lines, routeLineY: routeLineY))
            y += height + gap
        }
        let checkAnswersY = y
        let totalHeight = checkAnswersY + 36 + margin

        // Arrows: the next box straight below, the rest in lanes on the right.
        var arrows: [Arrow] = []
        var straight: [(fromY: Int, toY: Int)] = []
        for (position, page) in map.pages.enumerated() {
            for (number, route) in page.routes.enumerated() {
                let target: Int?
                switch route.to {
                case .page(let id): target = index[id]
                case .checkAnswers: target = map.pages.count
                case .start, .missingPage: target = nil
                }
                guard let target else { continue }
                let fromY = boxes[position].routeLineY[number]
                let toY = target == map.pages.count ? checkAnswersY + 18 : boxes[target].y + 14
                let isBranch = if case .branch = route.kind { true } else { false }
                if target == position + 1 && !isBranch && route.kind == .otherwise && route.canBeTaken {
                    straight.append((boxes[position].y + boxes[position].height, target == map.pages.count ? checkAnswersY : boxes[target].y))
                    continue
                }
                arrows.append(Arrow(fromY: fromY, toY: toY, label: String(number + 1), dashed: route.kind == .notShown, blocked: !route.canBeTaken))
            }
        }
        let lanes = assignLanes(&arrows)
        let width = max(laneStart + lanes * laneSpacing + 40, 840)

        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"route-map\" role=\"img\" aria-labelledby=\"route-map-title\"")
        out.attribute("width", String(width)); out.attribute("height", String(totalHeight))
        out.attribute("viewBox", "0 0 \(width) \(totalHeight)"); out.raw(">\n<title id=\"route-map-title\">")
        out.text(Phrase.routeMapName(serviceTitle, pages: map.pages.count, problems: map.flags.count)(language))
        out.raw("</title>\n<defs><marker id=\"rm-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n")

        pill(&out, y: startY, text: Phrase.routeStart(language))
        line(&out, x: boxX + 60, fromY: startY + 36, toY: sectionBands.first?.y ?? checkAnswersY)
        for band in sectionBands {
            out.raw("<g class=\"rm-section\"><rect"); out.attribute("x", String(boxX - 8)); out.attribute("y", String(band.y))
            out.attribute("width", String(boxWidth + 16)); out.attribute("height", String(sectionBand)); out.raw("/><text")
            out.attribute("x", String(boxX)); out.attribute("y", String(band.y + 20)); out.raw(">")
            out.text(Phrase.routeSection(truncated(band.title, headingCharacters))(language)); out.raw("</text></g>\n")
        }
        for (position, page) in map.pages.enumerated() { box(&out, page, boxes[position], language: language) }
        for segment in straight { line(&out, x: boxX + 60, fromY: segment.fromY, toY: segment.toY) }
        for arrow in arrows { side(&out, arrow) }
        pill(&out, y: checkAnswersY, text: Phrase.routeCheckAnswers(language))
        out.raw("</svg>\n")
    }

    /// Gives each arrow a lane so arrows whose spans overlap do not share one (greedy interval colouring, in order
    /// of where they start).
    static func assignLanes(_ arrows: inout [Arrow]) -> Int {
        var laneEnds: [Int] = []
        let order = arrows.indices.sorted { min(arrows[$0].fromY, arrows[$0].toY) < min(arrows[$1].fromY, arrows[$1].toY) }
        for position in order {
            let top = min(arrows[position].fromY, arrows[position].toY), bottom = max(arrows[position].fromY, arrows[position].toY)
            if let free = laneEnds.firstIndex(where: { $0 < top }) {
                arrows[position].lane = free
                laneEnds[free] = bottom
            } else if laneEnds.count < maxLanes {
                arrows[position].lane = laneEnds.count
                laneEnds.append(bottom)
            } else {
                let lane = position % maxLanes
                arrows[position].lane = lane
                laneEnds[lane] = max(laneEnds[lane], bottom)
            }
        }
        return laneEnds.count
    }

    private static func box(_ out: inout HTMLWriter, _ page: RouteMap.PageNode, _ box: Box, language: Language) {
        var classes = "rm-page"
        if page.isExit { classes += " rm-exit" }
        if !page.flags.isEmpty { classes += " rm-flagged" }
        out.raw("<g"); out.attribute("class", classes); out.raw("><rect class=\"rm-box\"")
        out.attribute("x", String(boxX)); out.attribute("y", String(box.y)); out.attribute("width", String(boxWidth))
        out.attribute("height", String(box.height)); out.raw(" rx=\"4\"/>")
        if page.isExit {
            // The second border: exits are told by shape as well as by their badge.
            out.raw("<rect class=\"rm-box-inner\""); out.attribute("x", String(boxX + 4)); out.attribute("y", String(box.y + 4))
            out.attribute("width", String(boxWidth - 8)); out.attribute("height", String(box.height - 8)); out.raw(" rx=\"2\"/>")
        }
        var badgeX = boxX + boxWidth - 12
        for badge in [page.flags.isEmpty ? nil : Phrase.routeWarningBadge(language), page.isExit ? Phrase.routeExitBadge(language) : nil].compactMap({ $0 }) {
            out.raw("<text class=\"rm-badge\" text-anchor=\"end\""); out.attribute("x", String(badgeX)); out.attribute("y", String(box.y + 18))
            out.raw(">"); out.text(badge); out.raw("</text>")
            badgeX -= 10 + badge.count * 8
        }
        out.raw("<text class=\"rm-heading\""); out.attribute("x", String(boxX + 12)); out.attribute("y", String(box.y + 19)); out.raw(">")
        out.text(truncated(page.heading.text(language), headingCharacters - (page.isExit || !page.flags.isEmpty ? 14 : 0))); out.raw("</text>")
        for (number, line) in box.lines.enumerated() {
            out.raw("<text"); out.attribute("class", line.style); out.attribute("x", String(boxX + 12))
            out.attribute("y", String(box.y + headingHeight + number * lineHeight + 13)); out.raw(">")
            out.text(truncated(line.text, lineCharacters)); out.raw("</text>")
        }
        out.raw("</g>\n")
    }

    private static func side(_ out: inout HTMLWriter, _ arrow: Arrow) {
        let x = laneStart + arrow.lane * laneSpacing
        var classes = "rm-branch"
        if arrow.dashed { classes += " rm-skip" }
        if arrow.blocked { classes += " rm-blocked" }
        out.raw("<g"); out.attribute("class", classes); out.raw("><path")
        out.attribute("d", "M\(boxX + boxWidth),\(arrow.fromY - 4) H\(x) V\(arrow.toY) H\(boxX + boxWidth + 2)")
        out.raw(" marker-end=\"url(#rm-arrow)\"/><text class=\"rm-label\""); out.attribute("x", String(boxX + boxWidth + 6))
        out.attribute("y", String(arrow.fromY - 7)); out.raw(">"); out.text(arrow.label); out.raw("</text></g>\n")
    }

    private static func line(_ out: inout HTMLWriter, x: Int, fromY: Int, toY: Int) {
        guard toY > fromY else { return }
        out.raw("<path class=\"rm-next\""); out.attribute("d", "M\(x),\(fromY) V\(toY - 1)"); out.raw(" marker-end=\"url(#rm-arrow)\"/>\n")
    }

    private static func pill(_ out: inout HTMLWriter, y: Int, text: String) {
        out.raw("<g class=\"rm-end\"><rect"); out.attribute("x", String(boxX)); out.attribute("y", String(y))
        out.raw(" width=\"200\" height=\"36\" rx=\"18\"/><text"); out.attribute("x", String(boxX + 100)); out.attribute("y", String(y + 23))
        out.raw(" text-anchor=\"middle\">"); out.text(text); out.raw("</text></g>\n")
    }

    /// SVG text does not wrap: long texts end in "…" here, and are whole in the text alternative.
    static func truncated(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
