import Foundation
import Testing
@testable import Domain

private let pdfBytes: [UInt8] = Array("%PDF-1.4\n% evidence\n1 0 obj\n<<>>\nendobj\n".utf8)

/// A complete, valid set of answers to the hardship fund sample, as the API would receive them.
private func hardshipAnswers(_ changes: [String: JSONValue?] = [:]) throws -> [String: JSONValue] {
    var body = try Fixtures.jsonObject("""
    {
      "lives-in-area": "yes",
      "previous-payment": false,
      "full-name": "Ann Example",
      "date-of-birth": "1985-03-27",
      "email": "ann@example.com",
      "phone": "07700 900982",
      "contact-by": "email",
      "home-address": {"line1": "1 High Street", "line2": "", "town": "Edinburgh", "postcode": "eh11yz"},
      "household-members": [
        {"member-name": "Bob Example", "member-age": 7, "member-relationship": "child"},
        {"member-name": "Cat Example", "member-age": "41", "member-relationship": "partner"}
      ],
      "monthly-income": "850.50",
      "benefits": ["scottish-child-payment", "universal-credit"],
      "rent": 400,
      "council-tax": "120",
      "energy": "£80.25",
      "other-outgoings": 0,
      "needed-for": ["food", "energy"],
      "reason": "I lost my job last month and cannot afford food or heating."
    }
    """)
    for (key, value) in changes { body[key] = value }
    return body
}

private func validator(_ definition: ServiceDefinition, language: Language = .en, fileSource: SubmissionValidator.FileSource = .inline) -> SubmissionValidator {
    SubmissionValidator(definition: definition, language: language, today: Fixtures.today, fileSource: fileSource)
}

private func errors(_ result: Result<ValidatedSubmission, ValidationErrors>) -> [FieldError] {
    if case .failure(let failure) = result { return failure.errors }
    return []
}

@Suite("SubmissionValidator")
struct SubmissionValidatorTests {
    let hardship: ServiceDefinition

    init() throws {
        hardship = try Fixtures.sample("hardship-fund")
    }

    // MARK: Valid answers

    @Test("complete valid answers to the hardship fund are accepted and normalised")
    func completeAnswersAccepted() throws {
        let result = validator(hardship).validate(try hardshipAnswers())
        let validated = try result.get()
        let answers = validated.answers
        #expect(answers["lives-in-area"] == .text("yes"))
        #expect(answers["previous-payment"] == .text("no"), "JSON false reads as no")
        #expect(answers["full-name"] == .text("Ann Example"))
        #expect(answers["date-of-birth"] == .date(year: 1985, month: 3, day: 27))
        #expect(answers["home-address"] == .address(Address(line1: "1 High Street", line2: "", town: "Edinburgh", postcode: "EH1 1YZ")))
        #expect(answers["monthly-income"] == .decimal(Decimal(string: "850.50")!, places: 2))
        #expect(answers["benefits"] == .selection(["universal-credit", "scottish-child-payment"]), "in the options' order")
        #expect(answers["rent"] == .decimal(400, places: 2))
        #expect(answers["energy"] == .decimal(Decimal(string: "80.25")!, places: 2))
        #expect(answers["other-outgoings"] == .decimal(0, places: 2))
        #expect(answers["savings"] == nil)
        #expect(answers["evidence"] == nil, "optional file left out")
        let members = try #require(answers.items["household-members"])
        #expect(members.count == 2)
        #expect(members[0] == ["member-name": .text("Bob Example"), "member-age": .integer(7), "member-relationship": .text("child")])
        #expect(members[1]["member-age"] == .integer(41))
        #expect(validated.newUploads.isEmpty)
        #expect(validated.route.map(\.id) == [
            "lives-in-area", "previous-payment", "full-name", "date-of-birth", "contact-details", "contact-by", "home-address",
            "household-members", "monthly-income", "benefits", "outgoings", "needed-for", "reason", "evidence",
        ])
    }

    @Test("a higher income brings in the savings question, which is then accepted")
    func savingsWhenIncomeHigh() throws {
        let withoutSavings = errors(validator(hardship).validate(try hardshipAnswers(["monthly-income": .string("2000")])))
        #expect(withoutSavings.map(\.apiPath) == ["savings"])
        #expect(withoutSavings.first?.message == "Enter an answer to ‘How much does your household have in savings?’")

        let validated = try validator(hardship).validate(try hardshipAnswers(["monthly-income": .string("2000"), "savings": .string("300")])).get()
        #expect(validated.answers["savings"] == .decimal(300, places: 2))
        #expect(validated.route.map(\.id).contains("savings"))
    }

    @Test("a validated submission picks its contact details and a reference with the service's prefix")
    func newSubmissionFromValidated() throws {
        let validated = try validator(hardship).validate(try hardshipAnswers()).get()
        let submission = NewSubmission(validated: validated, definition: hardship, version: 3, channel: .api, language: .gd, now: Date(timeIntervalSince1970: 0))
        #expect(submission.contactEmail == "ann@example.com")
        #expect(submission.contactPhone == "07700 900982")
        #expect(submission.reference.hasPrefix("HRD-"))
        #expect(Reference.isWellFormed(submission.reference))
        #expect(submission.serviceSlug == "hardship-fund")
        #expect(submission.serviceVersion == 3)
        #expect(submission.language == .gd)
        #expect(submission.answers == validated.answers)
    }

    @Test("a null answer to an optional question counts as left out")
    func nullOptional() throws {
        let validated = try validator(hardship).validate(try hardshipAnswers(["evidence": .null, "household-members": .null])).get()
        #expect(validated.answers["evidence"] == nil)
        #expect(validated.answers.items["household-members"] == [], "min 0: no people is fine")
    }

    // MARK: Errors

    @Test("a missing required answer is an error at its API path with the question's own message")
    func missingRequiredAnswer() throws {
        let result = validator(hardship).validate(try hardshipAnswers(["full-name": nil]))
        let found = errors(result)
        #expect(found.count == 1)
        #expect(found.first?.apiPath == "full-name")
        #expect(found.first?.message == "Enter your full name")
    }

    @Test("a missing part of a compound answer names the part in its path")
    func missingAddressPart() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers([
            "home-address": .object(["line1": .string("1 High Street"), "town": .string("Edinburgh")]),
        ])))
        #expect(found.map(\.apiPath) == ["home-address.postcode"])
        #expect(found.first?.message == "Enter the postcode of the address")
    }

    @Test("every problem is reported at once")
    func severalErrors() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers([
            "full-name": nil, "email": .string("not-an-email"), "date-of-birth": .string("2030-01-01"), "reason": .string("Short"),
        ])))
        #expect(Set(found.map(\.apiPath)) == ["full-name", "email", "date-of-birth", "reason"])
        #expect(found.first { $0.questionID == "date-of-birth" }?.message == "Date of birth must be a real date in the past")
        #expect(found.first { $0.questionID == "reason" }?.message == "Tell us a bit more about why you are applying, using at least 20 characters")
    }

    @Test("an answer to a question the branching hides does not apply")
    func hiddenQuestionAnswered() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers(["savings": .string("100")])))
        #expect(found.count == 1)
        #expect(found.first?.apiPath == "savings")
        #expect(found.first?.message == "This question does not apply, given the other answers; leave it out")
    }

    @Test("an unknown key is reported as no such question")
    func unknownKey() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers(["favourite-colour": .string("red")])))
        #expect(found == [FieldError(questionID: "favourite-colour", message: "There is no question with this id in this service")])
    }

    @Test("a question from a repeating page given at the top level is not a question of the service")
    func repeatingQuestionAtTopLevel() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers(["member-name": .string("Bob")])))
        #expect(found.map(\.message) == ["There is no question with this id in this service"])
    }

    @Test("answers that lead to an exit page are rejected, naming the exit")
    func answersLeadToExit() throws {
        let found = errors(validator(hardship).validate(["lives-in-area": .string("no")]))
        #expect(found == [FieldError(questionID: "lives-in-area", message: "These answers mean the service cannot be used: You cannot apply for a hardship payment")])

        let recent = errors(validator(hardship).validate(["lives-in-area": .bool(true), "previous-payment": .string("yes")]))
        #expect(recent.map(\.questionID) == ["previous-payment"])
        #expect(recent.first?.message.hasSuffix("You cannot apply for another hardship payment yet") == true)
    }

    @Test("answers after an exit do not apply")
    func answersAfterExit() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers(["lives-in-area": .string("no")])))
        #expect(found.first?.message.hasPrefix("These answers mean the service cannot be used") == true)
        #expect(found.filter { $0.message == "This question does not apply, given the other answers; leave it out" }.count >= 10)
    }

    @Test("Gaelic errors are used for a Gaelic submission")
    func gaelicErrors() throws {
        let found = errors(validator(hardship, language: .gd).validate(try hardshipAnswers(["full-name": nil, "nonsense": .string("x")])))
        #expect(found.contains(FieldError(questionID: "full-name", message: "Cuir a-steach d' ainm slàn")))
        #expect(found.contains(FieldError(questionID: "nonsense", message: "Chan eil ceist leis an ainm seo san t-seirbheis seo")))
        let exit = errors(validator(hardship, language: .gd).validate(["lives-in-area": .string("no")]))
        #expect(exit.first?.message == "Leis na freagairtean seo chan urrainn dhut an t-seirbheis seo a chleachdadh: Chan urrainn dhut cur a-steach airson pàigheadh cruadail")
    }

    @Test("answers of the wrong JSON shape are explained")
    func wrongShapes() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers([
            "date-of-birth": .number(19850327),
            "home-address": .string("1 High Street, Edinburgh"),
            "full-name": .array([.string("Ann")]),
        ])))
        #expect(found.contains(FieldError(questionID: "date-of-birth", message: "must be a date written YYYY-MM-DD")))
        #expect(found.contains(FieldError(questionID: "home-address", message: "must be an object with line1, line2, town and postcode")))
        #expect(found.contains(FieldError(questionID: "full-name", message: "must be a single value, not a list or object")))
    }

    @Test("an address with an unknown field names the field")
    func addressUnknownField() throws {
        let found = errors(validator(hardship).validate(try hardshipAnswers([
            "home-address": .object(["line1": .string("1 High Street"), "town": .string("Edinburgh"), "postcode": .string("EH1 1YZ"), "county": .string("Midlothian")]),
        ])))
        #expect(found.map(\.apiPath) == ["home-address.county"])
    }

    // MARK: Repeating groups

    @Test("more items than the repeating page's max is an error")
    func repeatAboveMax() throws {
        let person = JSONValue.object(["member-name": .string("P"), "member-age": .number(30), "member-relationship": .string("other-relative")])
        let found = errors(validator(hardship).validate(try hardshipAnswers(["household-members": .array(Array(repeating: person, count: 9))])))
        #expect(found == [FieldError(questionID: "household-members", message: "Add no more than 8 person")])
        let eight = try hardshipAnswers(["household-members": .array(Array(repeating: person, count: 8))])
        #expect(try validator(hardship).validate(eight).get().answers.items["household-members"]?.count == 8)
    }

    @Test("fewer items than the repeating page's min is an error")
    func repeatBelowMin() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
        - id: items
          title: Items
          repeat: {min: 2, max: 3, item_name: {en: item, gd: nì}}
          questions:
            - {id: item-name, type: text, label: Item}
        """)
        let one = try Fixtures.jsonObject(#"{"first": "x", "items": [{"item-name": "Sofa"}]}"#)
        #expect(errors(validator(definition).validate(one)) == [FieldError(questionID: "items", message: "Add at least 2 item")])
        #expect(errors(validator(definition, language: .gd).validate(one)) == [FieldError(questionID: "items", message: "Cuir ris co-dhiù 2 nì")])
        let none = try Fixtures.jsonObject(#"{"first": "x"}"#)
        #expect(errors(validator(definition).validate(none)).map(\.message) == ["Add at least 2 item"])
        let two = try Fixtures.jsonObject(#"{"first": "x", "items": [{"item-name": "Sofa"}, {"item-name": "Bed"}]}"#)
        #expect(try validator(definition).validate(two).get().answers.items["items"] == [["item-name": .text("Sofa")], ["item-name": .text("Bed")]])
    }

    @Test("errors inside an item carry the page and index in their path")
    func itemErrorPaths() throws {
        let body = try hardshipAnswers(["household-members": .array([
            .object(["member-name": .string("Bob"), "member-age": .number(7), "member-relationship": .string("child")]),
            .object(["member-name": .string("Gran"), "member-age": .number(130), "member-relationship": .string("grandparent")]),
            .object(["member-age": .number(5), "member-relationship": .string("child"), "shoe-size": .number(3)]),
        ])])
        let found = errors(validator(hardship).validate(body))
        #expect(found.map(\.apiPath) == [
            "household-members[1].member-age", "household-members[1].member-relationship",
            "household-members[2].member-name", "household-members[2].shoe-size",
        ])
        #expect(found[0].message == "Age must be 120 or less")
        #expect(found[1].message == "Select one of the options for ‘Their relationship to you’")
        #expect(found[2].message == "Enter an answer to ‘Full name’")
        #expect(found[3].message == "There is no question with this id on this page")
    }

    @Test("a repeating page answer that is not a list, or an item that is not an object, is rejected")
    func repeatWrongShape() throws {
        let notList = errors(validator(hardship).validate(try hardshipAnswers(["household-members": .string("Bob")])))
        #expect(notList == [FieldError(questionID: "household-members", message: "must be a list of items, each an object of answers")])
        let notObject = errors(validator(hardship).validate(try hardshipAnswers(["household-members": .array([.string("Bob")])])))
        #expect(notObject.count == 1)
        #expect(notObject.first?.message == "must be an object of answers")
        #expect(notObject.first?.item?.pageID == "household-members")
        #expect(notObject.first?.item?.index == 0)
    }

    // MARK: Files

    @Test("a file given inline as base64 becomes a new upload with a file reference")
    func inlineFile() throws {
        let body = try hardshipAnswers(["evidence": .object([
            "filename": .string("C:\\Scans\\statement.pdf"),
            "content_type": .string("application/octet-stream"),
            "data_base64": .string(Data(pdfBytes).base64EncodedString()),
        ])])
        let validated = try validator(hardship).validate(body).get()
        #expect(validated.newUploads.count == 1)
        let upload = try #require(validated.newUploads.first)
        #expect(validated.answers["evidence"] == .file(upload.reference))
        #expect(upload.reference.filename == "statement.pdf")
        #expect(upload.reference.contentType == "application/pdf")
        #expect(upload.reference.size == pdfBytes.count)
        #expect(upload.reference.id.count == 32)
        #expect(upload.file.data == pdfBytes)
        #expect(upload.file.filename == "statement.pdf")
    }

    @Test("two inline submissions get different upload ids")
    func inlineFileIDsDiffer() throws {
        let body = try hardshipAnswers(["evidence": .object(["filename": .string("a.pdf"), "data_base64": .string(Data(pdfBytes).base64EncodedString())])])
        let first = try validator(hardship).validate(body).get().newUploads.first?.reference.id
        let second = try validator(hardship).validate(body).get().newUploads.first?.reference.id
        #expect(first != nil)
        #expect(first != second)
    }

    @Test("an inline file that is not valid base64, or not an allowed type, is rejected")
    func inlineFileRejected() throws {
        let badBase64 = errors(validator(hardship).validate(try hardshipAnswers([
            "evidence": .object(["filename": .string("a.pdf"), "content_type": .string("application/pdf"), "data_base64": .string("%%% not base64 %%%")]),
        ])))
        #expect(badBase64 == [FieldError(questionID: "evidence", part: "data_base64", message: "is not valid base64")])
        #expect(badBase64.first?.apiPath == "evidence.data_base64")

        let wrongType = errors(validator(hardship).validate(try hardshipAnswers([
            "evidence": .object(["filename": .string("a.pdf"), "data_base64": .string(Data("just text".utf8).base64EncodedString())]),
        ])))
        #expect(wrongType == [FieldError(questionID: "evidence", message: "The selected file must be a PDF, JPG or PNG")])

        let noData = errors(validator(hardship).validate(try hardshipAnswers(["evidence": .object(["filename": .string("a.pdf")])])))
        #expect(noData.map(\.message) == ["must be an object with filename, content_type and data_base64"])
    }

    @Test("with stored files, a stored file reference object is accepted as it is")
    func storedFileReference() throws {
        let body = try hardshipAnswers(["evidence": .object([
            "id": .string("upload-123"), "filename": .string("statement.pdf"), "content_type": .string("application/pdf"), "size": .number(2048),
        ])])
        let validated = try validator(hardship, fileSource: .stored).validate(body).get()
        #expect(validated.answers["evidence"] == .file(FileReference(id: "upload-123", filename: "statement.pdf", contentType: "application/pdf", size: 2048)))
        #expect(validated.newUploads.isEmpty)
    }

    @Test("with stored files, an object without an id is not a stored file")
    func storedFileWithoutID() throws {
        let body = try hardshipAnswers(["evidence": .object(["filename": .string("a.pdf"), "data_base64": .string(Data(pdfBytes).base64EncodedString())])])
        let found = errors(validator(hardship, fileSource: .stored).validate(body))
        #expect(found == [FieldError(questionID: "evidence", message: "The uploaded file could not be found; upload it again")])
    }

    @Test("with stored files, a required file that is missing is reported")
    func storedFileRequired() throws {
        let definition = try Fixtures.definition(pages: """
        - id: first
          questions:
            - {id: first, type: text, label: First}
        - id: proof
          questions:
            - {id: proof, type: file, label: Proof of address}
        """)
        let found = errors(validator(definition, fileSource: .stored).validate(["first": .string("x")]))
        #expect(found == [FieldError(questionID: "proof", message: "Select a file for ‘Proof of address’")])
    }
}
