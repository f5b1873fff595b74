import Domain

extension QuestionPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        let questionsHTML = questions.map { question in
            QuestionHTML.render(question, fields: fields, errors: errors, isHeading: questionIsHeading, language: language,
                                currentFile: currentFiles[question.id], appointment: appointment, map: map)
        }
        page.raw(QuestionPageHTML.render(QuestionPageModel(
            action: action, csrfToken: csrfToken, change: change, multipart: multipart, sectionTitle: sectionTitle,
            heading: heading, body: body, questionsHTML: questionsHTML, errors: errors, saveURL: saveURL
        ), language: language))
    }
}
