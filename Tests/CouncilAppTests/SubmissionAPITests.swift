import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// The JSON API: `POST /api/v1/services/{slug}/submissions` and `GET /api/v1/services`.
@Suite struct SubmissionAPITests {
    static let pngBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64)

    /// A complete, valid set of answers for each sample service, worked out from its YAML.
    static func validAnswers(_ slug: String) -> [String: Any] {
        switch slug {
        case "volunteering":
            return [
                "aged-16-or-over": "yes", "full-name": "Alex Morgan", "email": "alex@example.com", "phone": "07700 900982",
                "postcode": "eh1 1yz", "interests": ["food-bank", "libraries"], "available-times": ["weekends"],
                "hours-per-month": 8, "pvg-member": "no", "pvg-willing": true,
            ]
        case "hardship-fund":
            return [
                "lives-in-area": "yes", "previous-payment": false, "full-name": "Jamie Example", "date-of-birth": "1985-03-27",
                "email": "jamie@example.com", "phone": "+44 1632 960001", "contact-by": "email",
                "home-address": ["line1": "12 High Street", "town": "Kirkton", "postcode": "KT12AB"],
                "household-members": [
                    ["member-name": "Sam Example", "member-age": 34, "member-relationship": "partner"],
                    ["member-name": "Ann Example", "member-age": "7", "member-relationship": "child"],
                ],
                "monthly-income": "850.50", "benefits": ["universal-credit"],
                "rent": 400, "council-tax": "95.5", "energy": 120.25, "other-outgoings": 0,
                "needed-for": ["food", "energy"], "reason": "My hours at work were cut and I cannot pay the energy bill.",
                "evidence": ["filename": "statement.pdf", "content_type": "application/pdf", "data_base64": Data(samplePDF).base64EncodedString()],
            ]
        case "report-a-pothole":
            return [
                "immediate-danger": false,
                "location": ["latitude": 55.9533, "longitude": -3.1883, "description": "Outside 12 High Street"],
                "surface": "road", "size": "very-large", "depth": "not-sure",
                "photo": ["filename": "pothole.png", "content_type": "image/png", "data_base64": Data(pngBytes).base64EncodedString()],
                "more-detail": "Water collects in it", "email": "reporter@example.com",
            ]
        case "bulky-waste":
            return [
                "collection-address": ["line1": "3 Mill Lane", "line2": "", "town": "Kirkton", "postcode": "KT1 2AB"],
                "items": [["item-type": "sofa", "item-quantity": 1], ["item-type": "fridge-freezer", "item-quantity": "2"]],
                "where-left": "somewhere-else", "where-left-details": "At the back gate on the lane",
                "collection-date": ["date": "2026-11-27", "slot": "am"],
                "benefits": ["pension-credit"], "claimant-name": "Pat Example", "ni-number": "QQ 12 34 56 C",
                "phone": "01632 960001",
            ]
        case "school-transport-consultation":
            return [
                "respondent-type": "organisation", "organisation-name": "Kirkton Community Council",
                "agree-with-proposal": "yes", "preferred-option": "phased",
                "views": "Phasing the change gives families time to plan.", "publish-response": "publish",
                "email": "secretary@example.org",
            ]
        default:
            return [:]
        }
    }

    static let slugs = ["volunteering", "hardship-fund", "report-a-pothole", "bulky-waste", "school-transport-consultation"]
    static let prefixes = ["volunteering": "VOL", "hardship-fund": "HRD", "report-a-pothole": "POT", "bulky-waste": "BLK", "school-transport-consultation": "STC"]

    @Test(arguments: TestDatabase.engines)
    func validSubmissionForEveryService(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            for slug in Self.slugs {
                let response = try await client.submit(slug, Self.validAnswers(slug))
                #expect(response.status == .created, "\(slug): \(response.body)")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let reference = try #require(response.json?["reference"] as? String, "\(slug)")
                #expect(response.json?["version"] as? Int == 1)
                let row = try #require(try await database.submission(reference), "\(slug)")
                #expect(row.serviceSlug == slug)
                #expect(row.serviceVersion == 1)
                #expect(row.channel == "api")
                #expect(row.language == "en")
                #expect(try await database.caseStatuses(reference) == ["received"])
                // A bulky waste collection books its date: the job is scheduled with the submission.
                #expect(try await database.caseEventKinds(reference) == (slug == "bulky-waste" ? ["status_changed", "job_scheduled"] : ["status_changed"]))
                #expect(try await database.outbox(reference).map(\.topic) == ["event", "notification"], "\(slug) has an email or phone")
            }
            #expect(try await database.count("submissions") == 5)
            let references = try await database.submissions().map(\.reference)
            for (slug, reference) in zip(Self.slugs, references) {
                #expect(isReference(reference, prefix: try #require(Self.prefixes[slug])), "\(reference)")
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func answersAreNormalisedAndFilesStored(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let response = try await client.submit("hardship-fund", Self.validAnswers("hardship-fund"))
            #expect(response.status == .created, "\(response.body)")
            let reference = try #require(response.json?["reference"] as? String)
            let row = try #require(try await database.submission(reference))
            let answers = row.answers
            #expect(answers["previous-payment"] == .string("no"))
            #expect(answers["home-address"]?.objectValue?["postcode"] == .string("KT1 2AB"))
            #expect(answers["monthly-income"] == .string("850.50"))
            #expect(answers["energy"] == .string("120.25"))
            #expect(answers["household-members"]?.arrayValue?.count == 2)
            #expect(answers["household-members"]?.arrayValue?[1].objectValue?["member-age"] == .number(7))
            #expect(row.contactEmail == "jamie@example.com")
            #expect(row.contactPhone == "+44 1632 960001")

            let uploads = try await database.uploads()
            #expect(uploads.count == 1)
            let upload = try #require(uploads.first)
            #expect(upload.submissionReference == reference)
            #expect(upload.sessionHash == nil)
            #expect(upload.filename == "statement.pdf")
            #expect(upload.contentType == "application/pdf")
            #expect(upload.size == samplePDF.count)
            #expect(answers["evidence"]?.objectValue?["id"] == .string(upload.id))
            #expect(try await database.uploadData(upload.id) == samplePDF)
            #expect(answers["evidence"]?.objectValue?["data_base64"] == nil, "the file is stored once, not inside the answers")

            // No email or phone: only the event goes in the outbox.
            var pothole = Self.validAnswers("report-a-pothole")
            pothole["email"] = nil
            let quiet = try await client.submit("report-a-pothole", pothole)
            #expect(quiet.status == .created)
            let potholeReference = try #require(quiet.json?["reference"] as? String)
            #expect(try await database.outbox(potholeReference) == [OutboxRow(topic: "event", idempotencyKey: "event:\(potholeReference)")])
            #expect(try await database.uploads().first { $0.submissionReference == potholeReference }?.contentType == "image/png")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func requestErrors(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let unknown = try await client.submit("no-such-service", ["a": "b"])
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(unknown.errors.first?.code == "unknown_service")
            #expect(unknown.errors.first?.field == "slug")

            for body in ["{not json", "", "[1, 2]", "\"answers\""] {
                let invalid = try await client.postRaw("/api/v1/services/volunteering/submissions", body)
                #expect(invalid.status == .badRequest, "body \(body)")
                #expect(invalid.errors.map(\.code) == ["invalid_json"], "body \(body)")
            }

            let noAnswers = try await client.postJSON("/api/v1/services/volunteering/submissions", ["language": "en"])
            #expect(noAnswers.status == .unprocessableContent)
            #expect(noAnswers.errors.first?.field == "answers")
            let listAnswers = try await client.postJSON("/api/v1/services/volunteering/submissions", ["answers": [1, 2]])
            #expect(listAnswers.status == .unprocessableContent)
            #expect(listAnswers.errors.first?.field == "answers")
            let extra = try await client.postJSON("/api/v1/services/volunteering/submissions", ["answers": Self.validAnswers("volunteering"), "channel": "phone"])
            #expect(extra.status == .unprocessableContent)
            #expect(extra.errors.first?.field == "channel")
            #expect(extra.errors.first?.code == "unknown_field")
            let french = try await client.submit("volunteering", Self.validAnswers("volunteering"), language: "fr")
            #expect(french.status == .unprocessableContent)
            #expect(french.errors.first?.field == "language")

            let nowhere = try await client.getResponse("/api/v1/nothing-here")
            #expect(nowhere.status == .notFound)
            #expect(nowhere.errors.first?.code == "not_found")

            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func bodyOverTheLimitIs413(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine, maxBodySize: 1024) { client, database in
            var answers = Self.validAnswers("volunteering")
            answers["experience"] = String(repeating: "x", count: 1500)
            let response = try await client.submit("volunteering", answers)
            #expect(response.status == .contentTooLarge)
            #expect(response.errors.first?.code == "too_large")
            #expect(try await database.count("submissions") == 0)
            // Under the limit is fine.
            #expect(try await client.submit("volunteering", Self.validAnswers("volunteering")).status == .created)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func validationErrorsNameTheirField(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            var answers = Self.validAnswers("hardship-fund")
            answers["household-members"] = [
                ["member-name": "Sam Example", "member-age": 34, "member-relationship": "partner"],
                ["member-name": "Ann Example", "member-age": 130, "member-relationship": "cousin"],
            ]
            answers["home-address"] = ["line1": "12 High Street", "town": "Kirkton", "postcode": "XYZ"]
            answers["date-of-birth"] = "2030-01-01"
            answers["reason"] = "Too short"
            let response = try await client.submit("hardship-fund", answers)
            #expect(response.status == .unprocessableContent)
            #expect(response.message(for: "household-members[1].member-age") == "Age must be 120 or less")
            #expect(response.message(for: "household-members[1].member-relationship") == "Select one of the options for ‘Their relationship to you’")
            #expect(response.message(for: "home-address.postcode") == "Enter a full UK postcode, like EH1 1YZ")
            #expect(response.message(for: "date-of-birth") == "Date of birth must be a real date in the past")
            #expect(response.message(for: "reason") == "Tell us a bit more about why you are applying, using at least 20 characters")
            #expect(response.errors.count == 5, "\(response.errors)")
            #expect(response.errors.allSatisfy { $0.code == "invalid" })

            let blank = try await client.submit("volunteering", [:])
            #expect(blank.status == .unprocessableContent)
            #expect(blank.message(for: "aged-16-or-over") == "Select an answer to ‘Are you 16 or over?’")
            #expect(blank.message(for: "full-name") == "Enter your full name")

            let wrongShapes = try await client.submit("hardship-fund", answers.merging([
                "home-address": "12 High Street", "date-of-birth": 1985, "household-members": ["member-name": "x"],
            ]) { $1 })
            #expect(wrongShapes.status == .unprocessableContent)
            #expect(wrongShapes.errors.contains { $0.field == "home-address" })
            #expect(wrongShapes.errors.contains { $0.field == "date-of-birth" })
            #expect(wrongShapes.errors.contains { $0.field == "household-members" })

            var tooMany = Self.validAnswers("hardship-fund")
            tooMany["household-members"] = Array(repeating: ["member-name": "A", "member-age": 1, "member-relationship": "child"], count: 9)
            #expect(try await client.submit("hardship-fund", tooMany).message(for: "household-members") == "Add no more than 8 person")

            #expect(try await database.count("submissions") == 0)
            #expect(try await database.count("outbox") == 0)
            #expect(try await database.uploads().isEmpty, "a rejected submission keeps none of its files")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func hiddenAndUnknownAnswersAreRejected(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            // Savings only apply when income is over £1,500.
            var hardship = Self.validAnswers("hardship-fund")
            hardship["savings"] = "100"
            hardship["favourite-colour"] = "blue"
            hardship["household-members"] = [["member-name": "Sam", "member-age": 3, "member-relationship": "child", "shoe-size": 9]]
            let response = try await client.submit("hardship-fund", hardship)
            #expect(response.status == .unprocessableContent)
            #expect(response.message(for: "savings") == "This question does not apply, given the other answers; leave it out")
            #expect(response.message(for: "favourite-colour") == "There is no question with this id in this service")
            #expect(response.message(for: "household-members[0].shoe-size") != nil)
            #expect(response.errors.count == 3, "\(response.errors)")

            // With a high income, savings are asked for and accepted.
            var richer = Self.validAnswers("hardship-fund")
            richer["monthly-income"] = "2000"
            #expect(try await client.submit("hardship-fund", richer).message(for: "savings") == "Enter an answer to ‘How much does your household have in savings?’")
            richer["savings"] = "150"
            #expect(try await client.submit("hardship-fund", richer).status == .created)

            // Agreeing skips the concerns question; answering it anyway is refused.
            var school = Self.validAnswers("school-transport-consultation")
            school["concerns"] = ["road-safety"]
            school["effect-on-family"] = "We would have to drive."
            let consultation = try await client.submit("school-transport-consultation", school)
            #expect(consultation.status == .unprocessableContent)
            #expect(Set(consultation.errors.map(\.field)) == ["concerns", "effect-on-family"])

            // An answer that leads to an exit page cannot be submitted.
            var young = Self.validAnswers("volunteering")
            young["aged-16-or-over"] = "no"
            let exit = try await client.submit("volunteering", young)
            #expect(exit.status == .unprocessableContent)
            #expect(exit.message(for: "aged-16-or-over")?.contains("You need to be 16 or over to sign up") == true)

            // A question of another service is unknown here.
            var pothole = Self.validAnswers("report-a-pothole")
            pothole["pvg-member"] = "yes"
            #expect(try await client.submit("report-a-pothole", pothole).message(for: "pvg-member") == "There is no question with this id in this service")

            #expect(try await database.count("submissions") == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func filesAsBase64AreChecked(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            var answers = Self.validAnswers("hardship-fund")
            answers["evidence"] = ["filename": "statement.pdf", "content_type": "application/pdf", "data_base64": "not base64!"]
            #expect(try await client.submit("hardship-fund", answers).errors.map(\.field) == ["evidence.data_base64"])

            answers["evidence"] = ["filename": "statement.pdf", "content_type": "application/pdf", "data_base64": Data("plain text".utf8).base64EncodedString()]
            let wrongType = try await client.submit("hardship-fund", answers)
            #expect(wrongType.message(for: "evidence") == "The selected file must be a PDF, JPG or PNG")

            answers["evidence"] = ["filename": "empty.pdf", "content_type": "application/pdf", "data_base64": ""]
            #expect(try await client.submit("hardship-fund", answers).message(for: "evidence") == "The selected file is empty")

            answers["evidence"] = "statement.pdf"
            #expect(try await client.submit("hardship-fund", answers).errors.map(\.field) == ["evidence"])

            // The pothole photo may only be an image.
            var pothole = Self.validAnswers("report-a-pothole")
            pothole["photo"] = ["filename": "photo.pdf", "content_type": "application/pdf", "data_base64": Data(samplePDF).base64EncodedString()]
            #expect(try await client.submit("report-a-pothole", pothole).message(for: "photo") == "The photo must be a JPG or PNG")

            #expect(try await database.uploads().isEmpty)
            #expect(try await database.count("submissions") == 0)

            // Optional: leaving the file out is fine.
            var without = Self.validAnswers("hardship-fund")
            without["evidence"] = nil
            #expect(try await client.submit("hardship-fund", without).status == .created)
            #expect(try await database.uploads().isEmpty)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func gaelicMessagesAndLanguage(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            var answers = Self.validAnswers("volunteering")
            answers["postcode"] = "XYZ 123"
            answers["full-name"] = nil
            answers["hours-per-month"] = 500
            let response = try await client.submit("volunteering", answers, language: "gd")
            #expect(response.status == .unprocessableContent)
            #expect(response.message(for: "postcode") == "Cuir a-steach còd-puist slàn san RA, mar EH1 1YZ")
            #expect(response.message(for: "full-name") == "Cuir a-steach d' ainm slàn")
            #expect(response.message(for: "hours-per-month") == "Feumaidh na h-uairean gach mìos a bhith 160 no nas lugha")

            let english = try await client.submit("volunteering", answers, language: "en")
            #expect(english.message(for: "full-name") == "Enter your full name")

            let created = try await client.submit("volunteering", Self.validAnswers("volunteering"), language: "gd")
            #expect(created.status == .created)
            let reference = try #require(created.json?["reference"] as? String)
            #expect(try await database.submission(reference)?.language == "gd")
        }
    }

    /// The API and the pages share one validator: the same bad input gets the same words in both.
    @Test(arguments: TestDatabase.engines)
    func sameValidationAsThePages(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Array(Journeys.volunteering.prefix(3)))

            for (input, language) in [("XYZ 123", "en"), ("XYZ 123", "gd"), ("EH1", "en")] {
                _ = try await browser.get("/services/volunteering/postcode?lang=\(language)")
                let page = try await browser.post("/services/volunteering/postcode", [("postcode", input)])
                #expect(page.status == .unprocessableContent)
                let pageMessage = try #require(page.errorSummaryMessages.first)

                var answers = Self.validAnswers("volunteering")
                answers["postcode"] = input
                let api = try await client.submit("volunteering", answers, language: language)
                #expect(api.status == .unprocessableContent)
                #expect(api.message(for: "postcode") == pageMessage, "\(input) in \(language)")
            }

            // A whole-number question: same words for a fraction and for too many hours.
            _ = try await browser.get("/services/volunteering/postcode?lang=en")
            try await browser.walk("volunteering", Array(Journeys.volunteering[3...4]))
            for hours in ["2.5", "161", "0"] {
                let page = try await browser.post("/services/volunteering/availability", [("available-times", "weekends"), ("hours-per-month", hours)])
                var answers = Self.validAnswers("volunteering")
                answers["hours-per-month"] = hours
                let api = try await client.submit("volunteering", answers)
                #expect(page.errorSummaryMessages.first != nil)
                #expect(api.message(for: "hours-per-month") == page.errorSummaryMessages.first, "hours \(hours)")
            }
            #expect(try await database.count("submissions") == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func concurrentSubmissionsAreAllRecorded(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let count = 24
            let references = try await withThrowingTaskGroup(of: String?.self) { group in
                for index in 0..<count {
                    group.addTask {
                        var answers = Self.validAnswers(Self.slugs[index % Self.slugs.count])
                        answers["more-detail"] = answers["more-detail"] == nil ? nil : "Report \(index)"
                        let response = try await client.submit(Self.slugs[index % Self.slugs.count], answers)
                        return response.status == .created ? response.json?["reference"] as? String : nil
                    }
                }
                var all: [String?] = []
                for try await reference in group { all.append(reference) }
                return all
            }
            #expect(references.compactMap { $0 }.count == count)
            #expect(Set(references.compactMap { $0 }).count == count)
            #expect(try await database.count("submissions") == count)
            #expect(try await database.count("cases") == count)
            let bookings = (0..<count).filter { Self.slugs[$0 % Self.slugs.count] == "bulky-waste" }.count
            #expect(try await database.count("case_events") == count + bookings, "one event each, and a job_scheduled for each collection")
            #expect(try await database.count("visits") == bookings)
            #expect(try await database.count("outbox") == 2 * count)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func listsPublishedServices(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let response = try await client.getResponse("/api/v1/services")
            #expect(response.status == .ok)
            let services = try #require(response.json?["services"] as? [[String: Any]])
            #expect(Set(services.compactMap { $0["slug"] as? String }) == Set(Self.slugs))
            #expect(services.allSatisfy { $0["version"] as? Int == 1 })
            let volunteering = try #require(services.first { $0["slug"] as? String == "volunteering" })
            #expect(volunteering["title"] as? String == "Sign up to volunteer")

            let gaelic = try await client.getResponse("/api/v1/services?lang=gd")
            let gaelicServices = try #require(gaelic.json?["services"] as? [[String: Any]])
            #expect(gaelicServices.contains { $0["title"] as? String == "Clàraich airson obair shaor-thoileach" })
        }
    }
}
