import Domain

/// Reads a Form.io form (its JSON: `display`, `title`, `components`): a wizard's panels become pages, a plain form
/// one page per group of fields.
enum FormioImporter {
    static func read(_ bytes: [UInt8]) throws(ImportError) -> ImportResult {
        let root = try JSONCursor.parse(bytes)
        try root.requireObject("a Form.io form")
        let components = try root["components"].requireItems("components (the form's fields)")
        if components.isEmpty { throw ImportError(root["components"].location, "components is empty: the form has no fields to import") }
        var draft = DefinitionDraft(title: root["title"].text ?? root["name"].text ?? "Imported form")
        if root["title"].text == nil, root["name"].text == nil {
            draft.note("title", "the form has no title; it was called “Imported form”")
        }
        var mapper = FormioMapper()
        let display = root["display"].text ?? "form"
        if display == "pdf" {
            mapper.note(root["display"].location, "the PDF layout was not carried; the fields were imported as a web form")
        }
        addGroups(components, wizard: display == "wizard", into: &mapper)
        mapper.finish(at: root["components"].location)
        return try assemble(&draft, mapper, source: "Form.io", at: root["components"].location)
    }

    /// A wizard's top-level panels each become a group (its pages); otherwise each top-level layout component
    /// (fieldset, panel, columns…) is a group and each loose field a group of its own: one thing per page.
    static func addGroups(_ components: [JSONCursor], wizard: Bool, into mapper: inout FormioMapper) {
        let layouts: Set<String> = ["panel", "fieldset", "well", "container", "columns", "table", "tabs"]
        for component in components {
            let type = component["type"].text ?? ""
            let isGroup = wizard ? type == "panel" : layouts.contains(type)
            let title = component["title"].text ?? component["legend"].text ?? component["label"].text
            if isGroup {
                // Columns and tables are flattened with their own condition; a panel's or fieldset's is the group's.
                let flattensItself = type == "columns" || type == "table"
                let condition = FormioMapper.hasCondition(component) && !flattensItself ? component : nil
                let children: [JSONCursor] = flattensItself ? [component] : component["components"].items ?? []
                mapper.addGroup(title: title, key: component["key"].text, components: children, condition: condition)
            } else {
                mapper.addGroup(title: nil, key: nil, components: [component], condition: nil)
            }
        }
    }

    static func assemble(_ draft: inout DefinitionDraft, _ mapper: FormioMapper, source: String, at location: String) throws(ImportError) -> ImportResult {
        guard !mapper.pages.isEmpty else {
            throw ImportError(location, "none of the components is a field the platform can ask (text, number, choice, date, file, address…)")
        }
        draft.notes = draft.notes + mapper.notes
        draft.sections = [Section(id: "questions", title: LocalisedText(draft.title), pages: mapper.pages)]
        return draft.result(source: source)
    }
}
