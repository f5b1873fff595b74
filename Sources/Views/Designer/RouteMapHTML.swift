import Domain

/// The route map as a page fragment: a count of problems with each in words, the diagram in a region that scrolls
/// sideways on a small screen, and the route written out as an ordered list of pages (the diagram's text
/// alternative: every route and problem the drawing shows).
public enum RouteMapHTML {
    public static func write(_ map: RouteMap, serviceTitle: String, language: Language, into page: inout PageParts) {
        let index = Dictionary(map.pages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        page.paragraph(Phrase.routeMapIntro(language))
        let flags = map.flags
        if flags.isEmpty {
            page.inset(Phrase.routeMapNoProblems(language))
        } else {
            page.out.raw("<div class=\"warning-text\" role=\"region\" aria-labelledby=\"route-map-problems\">\n<h2 class=\"heading-m\" id=\"route-map-problems\">")
            page.out.text(Phrase.routeMapProblems(language)); page.out.raw("</h2>\n<ul class=\"list list-bullet\">\n")
            for flag in flags {
                page.out.raw("<li><a class=\"link\""); page.out.attribute("href", "#route-page-\(flag.page)"); page.out.raw(">")
                page.out.text(index[flag.page].map { map.pages[$0].heading.text(language) } ?? flag.page); page.out.raw("</a>: ")
                page.out.text(DesignerWords.problem(flag.problem, language)); page.out.raw("</li>\n")
            }
            page.out.raw("</ul>\n</div>\n")
        }
        page.out.raw("<div class=\"route-map-scroll\" role=\"region\" tabindex=\"0\""); page.out.attribute("aria-label", Phrase.routeMapScrollLabel(language))
        page.out.raw(">\n")
        RouteMapSVG.write(map, serviceTitle: serviceTitle, language: language, into: &page.out)
        page.out.raw("</div>\n")
        textAlternative(map, index: index, language: language, into: &page)
    }

    private static func textAlternative(_ map: RouteMap, index: [String: Int], language: Language, into page: inout PageParts) {
        page.out.raw("<h2 class=\"heading-m\" id=\"route-in-words\">"); page.out.text(Phrase.routeMapInWords(language)); page.out.raw("</h2>\n")
        page.out.raw("<ol class=\"route-list\">\n")
        var section = -1
        for node in map.pages {
            page.out.raw("<li"); page.out.attribute("id", "route-page-\(node.id)"); page.out.raw("><p class=\"body\"><strong>")
            page.out.text(node.heading.text(language)); page.out.raw("</strong>")
            if node.section != section {
                section = node.section
                page.out.raw(" <span class=\"hint\">("); page.out.text(Phrase.routeSection(map.sections[node.section].title.text(language))(language))
                page.out.raw(")</span>")
            }
            page.out.raw("</p>\n<ul class=\"list list-bullet\">\n")
            var lines: [String] = []
            if node.isExit { lines.append(Phrase.routeExitPage(language)) }
            if node.isInformation { lines.append(Phrase.routeInformationPage(language)) } else if !node.isExit {
                lines.append(Phrase.routeQuestions(node.questionCount)(language))
            }
            if node.isRepeating { lines.append(Phrase.routeRepeats(language)) }
            if let condition = node.showWhen { lines.append(Phrase.routeShownOnly(DesignerWords.condition(condition, language))(language)) }
            for line in lines { page.out.raw("<li>"); page.out.text(line); page.out.raw("</li>\n") }
            for route in node.routes {
                let text = routeText(route, map: map, index: index, language: language)
                // Rules are branches, numbered as in the file; where the page falls through or is passed over is not.
                let line = if case .branch(let rule, _) = route.kind { "\(Phrase.routeBranch(rule + 1)(language)): \(text)" } else { text.prefix(1).uppercased() + text.dropFirst() }
                page.out.raw("<li>"); page.out.text(line)
                page.out.raw("</li>\n")
            }
            for problem in node.flags {
                page.out.raw("<li><strong>"); page.out.text(Phrase.routeWarningBadge(language)); page.out.raw(":</strong> ")
                page.out.text(DesignerWords.problem(problem, language)); page.out.raw("</li>\n")
            }
            page.out.raw("</ul></li>\n")
        }
        page.out.raw("</ol>\n")
    }

    /// "goes to ‘Contact’ when ‘Which bin?’ is ‘Garden waste’", "otherwise goes to check answers", ….
    static func routeText(_ route: RouteMap.Route, map: RouteMap, index: [String: Int], language: Language) -> String {
        let target: String
        switch route.to {
        case .page(let id): target = "‘\(index[id].map { map.pages[$0].heading.text(language) } ?? id)’"
        case .checkAnswers: target = Phrase.routeCheckAnswersTarget(language)
        case .missingPage(let id): target = Phrase.routeMissingTarget(id)(language)
        case .start: target = Phrase.routeStart(language)
        }
        var text: String
        switch route.kind {
        case .branch(_, let when):
            text = Phrase.routeGoesTo(target)(language)
            if let when { text += " " + Phrase.when(DesignerWords.condition(when, language))(language) }
        case .otherwise: text = Phrase.routeOtherwise(target)(language)
        case .notShown: text = Phrase.routeNotShown(target)(language)
        }
        if !route.canBeTaken { text += " " + Phrase.routeNeverTaken(language) }
        return text
    }
}
