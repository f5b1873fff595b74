import CouncilTestSupport
import Domain
import Foundation
import Persistence
import Testing

/// Whole citizen journeys through the HTML pages, as a browser without JavaScript would make them.
@Suite struct JourneyTests {
    static let hardshipBeforeHousehold: [Step] = [
        Step("lives-in-area", [("lives-in-area", "yes")], next: "previous-payment"),
        Step("previous-payment", [("previous-payment", "no")], next: "full-name"),
        Step("full-name", [("full-name", "Jamie Example")], next: "date-of-birth"),
        Step("date-of-birth", [("date-of-birth-day", "27"), ("date-of-birth-month", "3"), ("date-of-birth-year", "1985")], next: "contact-details"),
        Step("contact-details", [("email", "jamie@example.com"), ("phone", "01632 960001")], next: "contact-by"),
        Step("contact-by", [("contact-by", "both")], next: "home-address"),
        Step("home-address", [
            ("home-address-line1", "12 High Street"), ("home-address-line2", "Flat 2"),
            ("home-address-town", "Kirkton"), ("home-address-postcode", "kt1 2ab"),
        ], next: "household-members"),
    ]

    static let hardshipAfterHousehold: [Step] = [
        Step("monthly-income", [("monthly-income", "850.5")], next: "benefits"),
        Step("benefits", [("benefits", "universal-credit"), ("benefits", "council-tax-reduction")], next: "outgoings"),
        Step("outgoings", [("rent", "400"), ("council-tax", "£95.50"), ("energy", "120"), ("other-outgoings", "0")], next: "needed-for"),
        Step("needed-for", [("needed-for", "food"), ("needed-for", "energy")], next: "reason"),
        Step("reason", [("reason", "My hours at work were cut and I cannot pay the energy bill this month.")], next: "evidence"),
    ]

    // MARK: Complete journeys

    @Test(arguments: TestDatabase.engines)
    func volunteeringFromStartToConfirmation(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let first = try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            #expect(first.heading == "Are you 16 or over?")
            try await browser.walk("volunteering", Journeys.volunteering)

            let check = try await browser.get("/services/volunteering/check-answers")
            #expect(check.status == .ok)
            #expect(check.heading == "Check your answers before you sign up")
            for shown in [
                "Alex Morgan", "alex@example.com", "07700 900982", "EH1 1YZ", "Food bank and community meals",
                "Libraries and reading groups", "Weekends", "8 hours", "First aid", "Clean driving licence", "1234 5678 9012 3456",
            ] {
                #expect(check.text.contains(shown), "check-answers should show \(shown)")
            }
            #expect(check.html.contains(#"href="/services/volunteering/full-name?change=1""#))
            #expect(check.text.contains("By signing up you confirm"))
            #expect(try await database.count("submissions") == 0)

            let confirmation = try await browser.submit("volunteering")
            #expect(confirmation.status == .ok)
            #expect(confirmation.heading == "You have signed up to volunteer")
            let reference = try #require(confirmation.reference)
            #expect(isReference(reference, prefix: "VOL"))

            let rows = try await database.submissions()
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            #expect(row.reference == reference)
            #expect(row.serviceSlug == "volunteering")
            #expect(row.serviceVersion == 1)
            #expect(row.channel == "online")
            #expect(row.language == "en")
            #expect(row.contactEmail == "alex@example.com")
            #expect(row.contactPhone == "07700 900982")
            let answers = row.answers
            #expect(answers["full-name"] == .string("Alex Morgan"))
            #expect(answers["postcode"] == .string("EH1 1YZ"))
            #expect(answers["interests"] == .array([.string("food-bank"), .string("libraries")]))
            #expect(answers["hours-per-month"] == .number(8))
            #expect(answers["experience"] == .string("First aid\nClean driving licence"))
            #expect(answers["pvg-number"] == .string("1234 5678 9012 3456"))
            #expect(answers["pvg-willing"] == nil)

            #expect(try await database.caseStatuses(reference) == ["received"])
            #expect(try await database.caseEventKinds(reference).count == 1)
            #expect(try await database.outbox(reference) == [
                OutboxRow(topic: "event", idempotencyKey: "event:\(reference)"),
                OutboxRow(topic: "notification", idempotencyKey: "notification:\(reference)"),
            ])
            #expect(try await database.journey(slug: "volunteering").submittedReference == reference)

            let print = try await browser.get("/services/volunteering/confirmation/print")
            #expect(print.status == .ok)
            #expect(print.backLink == "/services/volunteering/confirmation")
            for shown in [reference, "Sent on", "Alex Morgan", "alex@example.com", "EH1 1YZ", "Libraries and reading groups", "1234 5678 9012 3456"] {
                #expect(print.text.contains(shown), "the printable record should show \(shown)")
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func hardshipWithHouseholdAndEvidence(engine: DatabaseEngine) async throws {
        let clock = TestClock()
        try await TestApp.with(engine, now: clock.closure) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", Self.hardshipBeforeHousehold)
            let base = "/services/hardship-fund/household-members"

            // With min 0, an empty list asks whether to add anyone; yes goes to the first item.
            let empty = try await browser.get(base)
            #expect(empty.status == .ok)
            #expect(empty.heading == "Tell us about the people who live with you")
            #expect(try await browser.answer(base, [("add-another", "yes")]) == "\(base)/1")
            let firstItem = try await browser.get("\(base)/1")
            #expect(firstItem.heading == "Tell us about the people who live with you: person 1")

            // Add two people.
            #expect(try await browser.answer("\(base)/1", [("member-name", "Sam Example"), ("member-age", "34"), ("member-relationship", "partner")]) == base)
            var summary = try await browser.get(base)
            #expect(summary.status == .ok)
            #expect(summary.heading == "People who live with you")
            #expect(summary.text.contains("You have added 1 × person"))
            #expect(summary.text.contains("Sam Example"))
            #expect(try await browser.answer(base, [("add-another", "yes")]) == "\(base)/2")
            #expect(try await browser.answer("\(base)/2", [("member-name", "Ann Example"), ("member-age", "7"), ("member-relationship", "child")]) == base)
            summary = try await browser.get(base)
            #expect(summary.text.contains("You have added 2 × person"))
            #expect(summary.html.contains(#"href="\#(base)/2""#))
            #expect(summary.html.contains(#"href="\#(base)/2/remove""#))

            // Change the second: the form is filled in with what was given.
            let change = try await browser.get("\(base)/2")
            #expect(change.html.contains(#"value="Ann Example""#))
            #expect(change.backLink == base)
            #expect(try await browser.answer("\(base)/2", [("member-name", "Annie Example"), ("member-age", "8"), ("member-relationship", "child")]) == base)

            // Remove the first.
            let confirmRemove = try await browser.get("\(base)/1/remove")
            #expect(confirmRemove.status == .ok)
            #expect(confirmRemove.heading == "Are you sure you want to remove person 1?")
            #expect(confirmRemove.text.contains("Sam Example"))
            #expect(try await browser.answer("\(base)/1/remove", [("remove", "yes")]) == base)
            summary = try await browser.get(base)
            #expect(summary.text.contains("You have added 1 × person"))
            #expect(summary.text.contains("Annie Example"))
            #expect(!summary.text.contains("Sam Example"))
            #expect(try await browser.answer(base, [("add-another", "no")]) == "/services/hardship-fund/monthly-income")

            // Income under £1,500 skips the savings page.
            try await browser.walk("hardship-fund", Self.hardshipAfterHousehold)

            let evidencePage = try await browser.get("/services/hardship-fund/evidence")
            #expect(evidencePage.html.contains(#"enctype="multipart/form-data""#))
            let uploaded = try await browser.postFile(
                "/services/hardship-fund/evidence", field: "evidence", filename: "bank-statement.pdf",
                contentType: "application/pdf", data: samplePDF
            )
            #expect(uploaded.status == .seeOther)
            #expect(uploaded.location == "/services/hardship-fund/check-answers")
            let pending = try await database.uploads()
            #expect(pending.count == 1)
            let upload = try #require(pending.first)
            #expect(upload.submissionReference == nil)
            #expect(upload.sessionHash != nil)
            #expect(upload.filename == "bank-statement.pdf")
            #expect(upload.contentType == "application/pdf")
            #expect(upload.size == samplePDF.count)
            #expect(try await database.uploadData(upload.id) == samplePDF)

            let check = try await browser.get("/services/hardship-fund/check-answers")
            #expect(check.status == .ok)
            for shown in [
                "Jamie Example", "27 March 1985", "jamie@example.com", "01632 960001", "12 High Street", "Flat 2", "Kirkton", "KT1 2AB",
                "Person 1", "Annie Example", "8 years", "Son or daughter", "£850.50", "Universal Credit", "Council Tax Reduction",
                "£400.00", "£95.50", "£120.00", "£0.00", "Food", "Gas or electricity", "My hours at work were cut", "bank-statement.pdf",
            ] {
                #expect(check.text.contains(shown), "check-answers should show \(shown)")
            }
            #expect(!check.text.contains("Sam Example"))
            #expect(!check.text.contains("Person 2"))
            #expect(!check.text.contains("How much does your household have in savings?"))

            let confirmation = try await browser.submit("hardship-fund")
            #expect(confirmation.heading == "Application sent")
            let reference = try #require(confirmation.reference)
            #expect(isReference(reference, prefix: "HRD"))

            let row = try #require(try await database.submissions().first)
            #expect(row.reference == reference)
            #expect(row.serviceSlug == "hardship-fund")
            #expect(row.serviceVersion == 1)
            let answers = row.answers
            #expect(answers["household-members"] == .array([.object([
                "member-name": .string("Annie Example"), "member-age": .number(8), "member-relationship": .string("child"),
            ])]))
            #expect(answers["date-of-birth"] == .string("1985-03-27"))
            #expect(answers["monthly-income"] == .string("850.50"))
            #expect(answers["council-tax"] == .string("95.50"))
            #expect(answers["home-address"]?.objectValue?["postcode"] == .string("KT1 2AB"))
            #expect(answers["savings"] == nil)
            #expect(answers["evidence"]?.objectValue?["id"] == .string(upload.id))

            #expect(try await database.caseStatuses(reference) == ["received"])
            #expect(try await database.caseEventKinds(reference).count == 1)
            #expect(try await database.outbox(reference).map(\.topic) == ["event", "notification"])
            let linked = try await database.uploads()
            #expect(linked.count == 1)
            #expect(linked.first?.id == upload.id)
            #expect(linked.first?.submissionReference == reference)

            let print = try await browser.get("/services/hardship-fund/confirmation/print")
            #expect(print.status == .ok)
            for shown in [reference, "Annie Example", "bank-statement.pdf", "£850.50", "KT1 2AB"] {
                #expect(print.text.contains(shown), "the printable record should show \(shown)")
            }

            // The officer handling the case downloads the evidence; an officer of another service cannot.
            _ = try await StaffFixture.create(database, "hardship@council.example", .caseOfficer, service: "hardship-fund")
            _ = try await StaffFixture.create(database, "potholes@council.example", .caseOfficer, service: "report-a-pothole")
            let officer = BrowserSession(client)
            _ = try await officer.enrolStaff("hardship@council.example", clock: clock)
            let casePage = try await officer.get("/backoffice/cases/\(reference)")
            let fileLink = "/backoffice/cases/\(reference)/files/\(upload.id)"
            #expect(casePage.html.contains(fileLink))
            let download = try await officer.get(fileLink)
            #expect(download.status == .ok)
            #expect(Array(download.html.utf8) == samplePDF)
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"bank-statement.pdf\"")
            let other = BrowserSession(client)
            _ = try await other.enrolStaff("potholes@council.example", clock: clock)
            #expect(try await other.get(fileLink).status == .forbidden)
            #expect(try await browser.get(fileLink).isRedirect, "the applicant's browser is not staff")
            #expect(try await database.auditActions().contains("staff.file-downloaded"))
        }
    }

    /// The household page says "If you live alone, continue without adding anyone" (min 0), so a browser must be able to.
    @Test(arguments: TestDatabase.engines)
    func hardshipCanContinueWithoutAddingAnyone(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", Self.hardshipBeforeHousehold)
            let shown = try await browser.follow(try await browser.get("/services/hardship-fund/household-members"))
            #expect(shown.status == .ok)
            #expect(shown.text.contains("If you live alone, continue without adding anyone"))
            let action = try #require(BrowserSession.Page.capture(#"<form method="post" action="([^"]+)""#, in: shown.html))
            // Continue without adding anyone: answer "no" if the page asks, otherwise send the form empty.
            let fields: Fields = shown.html.contains(#"name="add-another""#) ? [("add-another", "no")] : []
            let sent = try await browser.post(action, fields)
            #expect(sent.status == .seeOther, "a citizen who lives alone is stuck: \(action) answered \(sent.status.code) \(sent.errorSummaryMessages)")
            #expect(sent.location == "/services/hardship-fund/monthly-income")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func potholeInGaelicIsSubmittedInGaelic(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let start = try await browser.get("/services/report-a-pothole?lang=gd")
            #expect(start.heading == "Dèan aithris air toll san rathad")
            let first = try await browser.start("report-a-pothole", expectingFirstPage: "immediate-danger")
            #expect(first.heading == "A bheil an toll na chunnart sa bhad do dhaoine no do charbadan?")
            try await browser.walk("report-a-pothole", Journeys.pothole)
            let check = try await browser.get("/services/report-a-pothole/check-answers")
            #expect(check.text.contains("Thoir sùil air do fhreagairtean mus cuir thu d' aithris"))
            #expect(check.text.contains("Outside 12 High Street, by the bus stop"))
            #expect(check.text.contains("55.95330, -3.18830"))
            #expect(check.text.contains("Air an rathad"))
            #expect(check.text.contains("Gun fhreagairt"))
            let confirmation = try await browser.submit("report-a-pothole")
            #expect(confirmation.heading == "Chaidh aithris a dhèanamh air an toll")
            let reference = try #require(confirmation.reference)
            #expect(isReference(reference, prefix: "POT"))
            let row = try #require(try await database.submissions().first)
            #expect(row.language == "gd")
            #expect(row.answers["location"]?.objectValue?["latitude"] == .number(55.9533))
            #expect(row.answers["depth"] == nil)
            #expect(row.answers["photo"] == nil)
            // No email or phone: no notification, only the event.
            #expect(try await database.outbox(reference).map(\.topic) == ["event"])
        }
    }

    // MARK: Errors

    @Test(arguments: TestDatabase.engines)
    func errorSummaryOnBadInputAndNothingSaved(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", [Journeys.volunteering[0]])

            let blank = try await browser.post("/services/volunteering/full-name", [("full-name", "  ")])
            #expect(blank.status == .unprocessableContent)
            #expect(blank.title?.hasPrefix("Error: What is your full name?") == true)
            #expect(blank.html.contains("There is a problem"))
            #expect(blank.errorSummaryAnchors == ["full-name"])
            #expect(blank.errorSummaryMessages == ["Enter your full name"])
            #expect(blank.hasElement(id: "full-name"))
            #expect(blank.hasElement(id: "full-name-error"))

            let tooLong = try await browser.post("/services/volunteering/full-name", [("full-name", String(repeating: "a", count: 101))])
            #expect(tooLong.status == .unprocessableContent)
            #expect(tooLong.errorSummaryMessages == ["The answer to ‘What is your full name?’ must be 100 characters or fewer"])

            #expect(try await database.journey(slug: "volunteering").answers["full-name"] == nil)
            let skipped = try await browser.get("/services/volunteering/contact-details")
            #expect(skipped.status == .found)
            #expect(skipped.location == "/services/volunteering/full-name")

            try await browser.walk("volunteering", [Journeys.volunteering[1]])
            let contact = try await browser.post("/services/volunteering/contact-details", [("email", "not-an-email"), ("phone", "123")])
            #expect(contact.status == .unprocessableContent)
            #expect(contact.errorSummaryAnchors == ["email", "phone"])
            #expect(contact.errorSummaryMessages == [
                "Enter an email address in the correct format, like name@example.com",
                "Enter a UK telephone number, like 01632 960 001 or 07700 900 982",
            ])
            #expect(contact.html.contains(#"value="not-an-email""#), "what was typed is shown again")
            for anchor in contact.errorSummaryAnchors { #expect(contact.hasElement(id: anchor)) }
            let journey = try await database.journey(slug: "volunteering")
            #expect(journey.answers["email"] == nil)
            #expect(journey.answers["full-name"] == .string("Alex Morgan"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func compoundFieldErrorsLinkToTheirPart(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", Array(Self.hardshipBeforeHousehold.prefix(3)))
            let date = "/services/hardship-fund/date-of-birth"

            let impossible = try await browser.post(date, [("date-of-birth-day", "30"), ("date-of-birth-month", "2"), ("date-of-birth-year", "1990")])
            #expect(impossible.status == .unprocessableContent)
            #expect(impossible.errorSummaryAnchors == ["date-of-birth-day"])
            #expect(impossible.errorSummaryMessages == ["Date of birth must be a real date in the past"])
            #expect(impossible.hasElement(id: "date-of-birth-day"))
            #expect(impossible.html.contains(#"name="date-of-birth-day" type="text" value="30" inputmode="numeric""#))

            let noMonth = try await browser.post(date, [("date-of-birth-day", "3"), ("date-of-birth-month", ""), ("date-of-birth-year", "1990")])
            #expect(noMonth.errorSummaryAnchors == ["date-of-birth-month"])

            // "Today" is 25 November 2026 in tests: tomorrow is in the future, today is allowed.
            let tomorrow = try await browser.post(date, [("date-of-birth-day", "26"), ("date-of-birth-month", "11"), ("date-of-birth-year", "2026")])
            #expect(tomorrow.status == .unprocessableContent)
            #expect(tomorrow.errorSummaryMessages == ["Date of birth must be a real date in the past"])
            #expect(try await browser.answer(date, [("date-of-birth-day", "25"), ("date-of-birth-month", "11"), ("date-of-birth-year", "2026")]) == "/services/hardship-fund/contact-details")

            try await browser.walk("hardship-fund", Array(Self.hardshipBeforeHousehold[4...5]))
            let address = try await browser.post("/services/hardship-fund/home-address", [
                ("home-address-line1", "12 High Street"), ("home-address-town", ""), ("home-address-postcode", "XYZ"),
            ])
            #expect(address.status == .unprocessableContent)
            #expect(address.errorSummaryAnchors == ["home-address-town", "home-address-postcode"])
            #expect(address.errorSummaryMessages == ["Enter the town or city", "Enter a full UK postcode, like EH1 1YZ"])
            for anchor in address.errorSummaryAnchors { #expect(address.hasElement(id: anchor)) }
            #expect(try await database.journey(slug: "hardship-fund").answers["home-address"] == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func repeatingPageQuestionsNeedAnAnswer(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", Self.hardshipBeforeHousehold)
            let base = "/services/hardship-fund/household-members"
            _ = try await browser.get("\(base)/1")

            let badItem = try await browser.post("\(base)/1", [("member-name", "Sam"), ("member-age", "130"), ("member-relationship", "partner")])
            #expect(badItem.status == .unprocessableContent)
            #expect(badItem.errorSummaryAnchors == ["member-age"])
            #expect(badItem.errorSummaryMessages == ["Age must be 120 or less"])
            #expect(try await database.journey(slug: "hardship-fund").answers["household-members"] == nil)

            try await browser.answer("\(base)/1", [("member-name", "Sam"), ("member-age", "30"), ("member-relationship", "partner")])
            let noChoice = try await browser.post(base, [])
            #expect(noChoice.status == .unprocessableContent)
            #expect(noChoice.errorSummaryAnchors == ["add-another"])
            #expect(noChoice.errorSummaryMessages == ["Select yes if you need to add another person"])
            #expect(noChoice.hasElement(id: "add-another"))

            let noRemoveChoice = try await browser.post("\(base)/1/remove", [])
            #expect(noRemoveChoice.status == .unprocessableContent)
            #expect(noRemoveChoice.errorSummaryAnchors == ["remove"])
            #expect(try await browser.answer("\(base)/1/remove", [("remove", "no")]) == base)
            #expect(try await database.journey(slug: "hardship-fund").answers["household-members"]?.arrayValue?.count == 1)

            // Not yet confirmed with "no": the next page is not reachable.
            let ahead = try await browser.get("/services/hardship-fund/monthly-income")
            #expect(ahead.status == .found)
            #expect(ahead.location == base)
            // An item number past the next new one goes back to the list.
            let farAhead = try await browser.get("\(base)/5")
            #expect(farAhead.status == .found)
            #expect(farAhead.location == base)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func bulkyWasteNeedsAtLeastOneItem(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("bulky-waste", expectingFirstPage: "collection-address")
            try await browser.walk("bulky-waste", [Step("collection-address", [
                ("collection-address-line1", "3 Mill Lane"), ("collection-address-town", "Kirkton"), ("collection-address-postcode", "KT1 2AB"),
            ], next: "items")])
            let base = "/services/bulky-waste/items"
            let item = try await browser.follow(try await browser.get(base))
            #expect(item.html.contains(#"<select class="select" id="item-type" name="item-type""#))
            #expect(try await browser.answer("\(base)/1", [("item-type", "sofa"), ("item-quantity", "1")]) == base)
            #expect(try await browser.answer("\(base)/1/remove", [("remove", "yes")]) == base)
            // The only item is gone: the list is empty again, so it asks for the first item.
            #expect(try await browser.get(base).location == "\(base)/1")
            let none = try await browser.post(base, [("add-another", "no")])
            #expect(none.status == .unprocessableContent)
            #expect(none.errorSummaryMessages == ["Add at least 1 item"])

            let tooMany = try await browser.post("\(base)/1", [("item-type", "sofa"), ("item-quantity", "11")])
            #expect(tooMany.errorSummaryMessages == ["You can book up to 10 of each item"])
            let unknown = try await browser.post("\(base)/1", [("item-type", "piano"), ("item-quantity", "1")])
            #expect(unknown.errorSummaryMessages == ["Select one of the options for ‘Item’"])
            try await browser.answer("\(base)/1", [("item-type", "fridge-freezer"), ("item-quantity", "2")])
            #expect(try await browser.answer(base, [("add-another", "no")]) == "/services/bulky-waste/where-left")
            try await browser.walk("bulky-waste", [
                Step("where-left", [("where-left", "somewhere-else")], next: "where-left-details"),
                Step("where-left-details", [("where-left-details", "At the back gate")], next: "collection-date"),
                Step("collection-date", [("collection-date", "2026-11-27/pm")], next: "benefits"),
                Step("benefits", [("benefits", "pension-credit")], next: "concession"),
                Step("concession", [("claimant-name", "Pat Example"), ("ni-number", "qq123456c")], next: "contact-details"),
                Step("contact-details", [("phone", "01632 960001"), ("email", "")], next: "check-answers"),
            ])
            let check = try await browser.get("/services/bulky-waste/check-answers")
            for shown in ["Item 1", "Fridge or freezer", "Pension Credit", "qq123456c", "At the back gate", "Friday 27 November 2026, Afternoon (12 noon to 5pm)"] {
                #expect(check.text.contains(shown), "check-answers should show \(shown)")
            }
            let reference = try #require(try await browser.submit("bulky-waste").reference)
            #expect(isReference(reference, prefix: "BLK"))
            let row = try #require(try await database.submission(reference))
            #expect(row.answers["items"] == .array([.object(["item-type": .string("fridge-freezer"), "item-quantity": .number(2)])]))
            #expect(row.contactPhone == "01632 960001")
            #expect(row.contactEmail == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func changingARepeatingItemFromCheckAnswers(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", Self.hardshipBeforeHousehold)
            let base = "/services/hardship-fund/household-members"
            _ = try await browser.get("\(base)/1")
            try await browser.answer("\(base)/1", [("member-name", "Sam Example"), ("member-age", "34"), ("member-relationship", "partner")])
            try await browser.answer(base, [("add-another", "no")])
            try await browser.walk("hardship-fund", Self.hardshipAfterHousehold)
            try await browser.walk("hardship-fund", [Step("evidence", [], next: "check-answers")])

            let check = try await browser.get("/services/hardship-fund/check-answers")
            #expect(check.html.contains(#"href="\#(base)/1?change=1""#))
            let item = try await browser.get("\(base)/1?change=1")
            #expect(item.html.contains(#"name="change" value="1""#))
            #expect(try await browser.answer("\(base)/1", [("member-name", "Sam Example"), ("member-age", "35"), ("member-relationship", "partner"), ("change", "1")]) == "\(base)?change=1")
            let summary = try await browser.get("\(base)?change=1")
            #expect(summary.html.contains(#"name="change" value="1""#))
            #expect(try await browser.answer(base, [("add-another", "no"), ("change", "1")]) == "/services/hardship-fund/check-answers")
            #expect(try await browser.get("/services/hardship-fund/check-answers").text.contains("35 years"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func answersAreEscapedInPages(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", [Journeys.volunteering[0]])
            let attack = #""><script>alert(1)</script>"#
            let shown = try await browser.post("/services/volunteering/full-name", [("full-name", attack + String(repeating: "x", count: 100))])
            #expect(shown.status == .unprocessableContent)
            #expect(!shown.html.contains("<script>alert(1)"))
            #expect(shown.html.contains("&lt;script&gt;alert(1)"))
            var steps = Journeys.volunteering
            steps[1] = Step("full-name", [("full-name", attack)], next: "contact-details")
            try await browser.walk("volunteering", Array(steps.dropFirst()))
            let check = try await browser.get("/services/volunteering/check-answers")
            #expect(!check.html.contains("<script>alert(1)"))
            #expect(check.text.contains(attack))
            let reference = try #require(try await browser.submit("volunteering").reference)
            let print = try await browser.get("/services/volunteering/confirmation/print")
            #expect(!print.html.contains("<script>alert(1)"))
            #expect(try await database.submission(reference)?.answers["full-name"] == .string(attack))
        }
    }

    // MARK: Navigation

    @Test(arguments: TestDatabase.engines)
    func backLinksFollowTheRoute(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let first = try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            #expect(first.backLink == "/services/volunteering")
            let startPage = try await browser.get("/services/volunteering")
            #expect(startPage.backLink == "/")
            #expect(startPage.html.contains(#"href="/services/volunteering/start""#))

            try await browser.walk("volunteering", [Journeys.volunteering[0]])
            #expect(try await browser.get("/services/volunteering/full-name").backLink == "/services/volunteering/aged-16-or-over")
            try await browser.walk("volunteering", Array(Journeys.volunteering[1...6]))
            try await browser.walk("volunteering", [Step("pvg-member", [("pvg-member", "no")], next: "pvg-willing")])
            // Back from pvg-willing is the page before it on this route, not the one before it in the file.
            #expect(try await browser.get("/services/volunteering/pvg-willing").backLink == "/services/volunteering/pvg-member")
            try await browser.walk("volunteering", [Step("pvg-willing", [("pvg-willing", "yes")], next: "check-answers")])
            #expect(try await browser.get("/services/volunteering/check-answers").backLink == "/services/volunteering/pvg-willing")
            #expect(try await browser.get("/services/volunteering/postcode?change=1").backLink == "/services/volunteering/check-answers")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func changingAnswersFromCheckAnswers(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Journeys.volunteering)

            let change = try await browser.get("/services/volunteering/full-name?change=1")
            #expect(change.html.contains(#"name="change" value="1""#))
            #expect(change.html.contains(#"value="Alex Morgan""#))
            #expect(try await browser.answer("/services/volunteering/full-name", [("full-name", "Alex Morgan-Reid"), ("change", "1")]) == "/services/volunteering/check-answers")
            #expect(try await browser.get("/services/volunteering/check-answers").text.contains("Alex Morgan-Reid"))

            // A changed answer that opens another branch asks its question before going back.
            #expect(try await browser.answer("/services/volunteering/pvg-member", [("pvg-member", "no"), ("change", "1")]) == "/services/volunteering/pvg-willing")
            #expect(try await browser.get("/services/volunteering/check-answers").location == "/services/volunteering/pvg-willing")
            try await browser.walk("volunteering", [Step("pvg-willing", [("pvg-willing", "yes")], next: "check-answers")])
            let check = try await browser.get("/services/volunteering/check-answers")
            #expect(!check.text.contains("1234 5678 9012 3456"), "the PVG number is off the route now")
            #expect(check.text.contains("Would you be willing to join the PVG scheme if a role needs it?"))

            let confirmation = try await browser.submit("volunteering")
            let reference = try #require(confirmation.reference)
            let row = try #require(try await database.submission(reference))
            #expect(row.answers["full-name"] == .string("Alex Morgan-Reid"))
            #expect(row.answers["pvg-number"] == nil)
            #expect(row.answers["pvg-willing"] == .string("yes"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func startResumesTheJourneyInProgress(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", Array(Journeys.volunteering.prefix(2)))
            let again = try await browser.get("/services/volunteering/start")
            #expect(again.status == .found)
            #expect(again.location == "/services/volunteering/contact-details")
            #expect(try await database.journeys(slug: "volunteering").count == 1)
        }
    }

    // MARK: Language

    @Test(arguments: TestDatabase.engines)
    func gaelicSwitchIsRememberedByCookie(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            let english = try await browser.get("/services/volunteering")
            #expect(english.html.contains(#"<html lang="en">"#))
            #expect(english.html.contains(#"href="/services/volunteering?lang=gd""#))

            let switched = try await browser.get("/services/volunteering?lang=gd")
            #expect(switched.status == .ok)
            #expect(switched.html.contains(#"<html lang="gd">"#))
            #expect(switched.heading == "Clàraich airson obair shaor-thoileach")
            #expect(switched.text.contains("Tòisich an-dràsta"))
            let cookie = try #require(switched.setCookies.first { $0.hasPrefix("oc_lang=") })
            #expect(cookie.hasPrefix("oc_lang=gd"))

            // No ?lang from here on: the cookie keeps Gaelic.
            let first = try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            #expect(first.heading == "A bheil thu 16 no nas sine?")
            #expect(first.text.contains("Lean air adhart"))
            let error = try await browser.post("/services/volunteering/aged-16-or-over", [])
            #expect(error.status == .unprocessableContent)
            #expect(error.title?.hasPrefix("Mearachd: ") == true)
            #expect(error.text.contains("Tha duilgheadas ann"))
            #expect(error.errorSummaryMessages == ["Tagh freagairt do ‘A bheil thu 16 no nas sine?’"])

            let back = try await browser.get("/services/volunteering/aged-16-or-over?lang=en")
            #expect(back.heading == "Are you 16 or over?")
            #expect(try await browser.get("/").html.contains(#"<html lang="en">"#))
        }
    }

    // MARK: Exit pages

    @Test(arguments: TestDatabase.engines)
    func ineligibleAnswerLeadsToExitPage(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("volunteering", expectingFirstPage: "aged-16-or-over")
            try await browser.walk("volunteering", [Step("aged-16-or-over", [("aged-16-or-over", "no")], next: "too-young")])
            let exit = try await browser.get("/services/volunteering/too-young")
            #expect(exit.status == .ok)
            #expect(exit.heading == "You need to be 16 or over to sign up")
            #expect(exit.text.contains("Our youth work team runs volunteering for young people"))
            #expect(exit.backLink == "/services/volunteering/aged-16-or-over")
            #expect(!exit.html.contains(#"<form method="post""#))

            // The journey cannot go on from here.
            let next = try await browser.get("/services/volunteering/full-name")
            #expect(next.status == .found)
            #expect(next.location == "/services/volunteering/too-young")
            let check = try await browser.get("/services/volunteering/check-answers")
            #expect(check.location == "/services/volunteering/too-young")
            let send = try await browser.post("/services/volunteering/check-answers", [("answers_digest", "x")])
            #expect(send.status == .seeOther)
            #expect(send.location == "/services/volunteering/too-young")
            #expect(try await database.count("submissions") == 0)

            // Hardship: a payment in the last 12 months.
            let other = BrowserSession(client)
            try await other.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await other.walk("hardship-fund", [
                Step("lives-in-area", [("lives-in-area", "yes")], next: "previous-payment"),
                Step("previous-payment", [("previous-payment", "yes")], next: "cannot-apply-recent"),
            ])
            #expect(try await other.get("/services/hardship-fund/cannot-apply-recent").heading == "You cannot apply for another hardship payment yet")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func largeUploadGetsAnErrorPage(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine, maxBodySize: 1024) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            let big = samplePDF + [UInt8](repeating: 0x20, count: 4096)
            let sent = try await browser.postFile("/services/hardship-fund/lives-in-area", field: "evidence", filename: "big.pdf", contentType: "application/pdf", data: big)
            #expect(sent.status == .contentTooLarge)
            #expect(sent.heading == "The file you sent is too large")
            #expect(try await database.uploads().isEmpty)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func evidenceOfTheWrongTypeIsRejected(engine: DatabaseEngine) async throws {
        try await TestApp.with(engine) { client, database in
            let browser = BrowserSession(client)
            try await browser.start("hardship-fund", expectingFirstPage: "lives-in-area")
            try await browser.walk("hardship-fund", Self.hardshipBeforeHousehold)
            _ = try await browser.get("/services/hardship-fund/household-members/1")
            try await browser.answer("/services/hardship-fund/household-members/1", [("member-name", "Sam"), ("member-age", "30"), ("member-relationship", "partner")])
            try await browser.answer("/services/hardship-fund/household-members", [("add-another", "no")])
            try await browser.walk("hardship-fund", Self.hardshipAfterHousehold)
            // A text file renamed to .pdf is not a PDF.
            let sent = try await browser.postFile(
                "/services/hardship-fund/evidence", field: "evidence", filename: "statement.pdf", contentType: "application/pdf",
                data: Array("just some text".utf8)
            )
            #expect(sent.status == .unprocessableContent)
            #expect(sent.errorSummaryMessages == ["The selected file must be a PDF, JPG or PNG"])
            #expect(sent.errorSummaryAnchors == ["evidence"])
            #expect(try await database.uploads().isEmpty)
        }
    }
}
