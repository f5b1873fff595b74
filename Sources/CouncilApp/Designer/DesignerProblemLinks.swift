import Domain
import Views

/// The validator's problems with a link to the editor for the element each is in: the line map reads any YAML that
/// composes, so even a draft that does not validate gets its problems linked; YAML that does not compose links to
/// the YAML editor.
enum DesignerProblemLinks {
    static func problems(_ problems: [DefinitionProblem], source: String, slug: String) -> [DesignerServicePage.Problem] {
        // Mapping lines reads the whole YAML again: only worth it when there is a problem to link.
        guard !problems.isEmpty else { return [] }
        let map = try? DefinitionLineMap(yaml: source)
        return problems.map { problem in
            DesignerServicePage.Problem(line: problem.line, column: problem.column, message: problem.message,
                                        fixHref: map.map { href($0.location(ofLine: problem.line), slug: slug) } ?? DesignerPaths.yaml(slug))
        }
    }

    static func href(_ location: DefinitionLocation, slug: String) -> String {
        switch location {
        case .page(let page), .nextRule(let page, _): DesignerPaths.page(slug, page)
        case .question(let page, let question), .option(let page, let question, _): DesignerPaths.question(slug, page, question)
        case .service, .start, .checkAnswers, .confirmation: DesignerPaths.details(slug)
        case .section, .workflow, .scheduling, .notifications: DesignerPaths.yaml(slug)
        }
    }

    /// A refusal from the lifecycle in the page's language.
    static func message(_ error: ServiceDesignError, _ language: Language) -> String {
        ServiceDesignErrorWords.message(error, language)
    }
}
