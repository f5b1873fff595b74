import Foundation
import Testing
@testable import Domain

private let english = QuestionValidator(language: .en, today: Fixtures.today)
private let gaelic = QuestionValidator(language: .gd, today: Fixtures.today)

private func question(_ id: String, _ type: QuestionType, _ label: String, gaelic: String? = nil, configure: (inout Question) -> Void = { _ in }) -> Question {
    var question = Question(id: id, type: type, label: LocalisedText(label, gaelic: gaelic))
    configure(&question)
    return question
}

private func field(_ name: String, _ value: String) -> FieldInput {
    FieldInput(fields: [name: [value]])
}

private func fields(_ pairs: [String: String]) -> FieldInput {
    FieldInput(fields: pairs.mapValues { [$0] })
}

private func error(_ id: String, part: String? = nil, _ message: String) -> QuestionOutcome {
    .invalid([FieldError(questionID: id, part: part, message: message)])
}

private let pdfBytes: [UInt8] = Array("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".utf8)
private let pngBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
private let jpgBytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46]
private let zipBytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 6, 0]

// MARK: - Text

@Suite("QuestionValidator: text and long text")
struct TextValidationTests {
    let name = question("name", .text, "Full name")

    @Test("a text answer is trimmed and kept")
    func textAccepted() {
        #expect(english.validate(name, field("name", "  Ann Example \n")) == .answered(.text("Ann Example")))
    }

    @Test("a blank required text quotes the question's label")
    func textRequired() {
        #expect(english.validate(name, field("name", "   ")) == error("name", "Enter an answer to ‘Full name’"))
        #expect(english.validate(name, FieldInput()) == error("name", "Enter an answer to ‘Full name’"))
    }

    @Test("a label that is a question is quoted in the message")
    func questionLabelQuoted() {
        let asked = question("name", .text, "What is your name?")
        #expect(english.validate(asked, FieldInput()) == error("name", "Enter an answer to ‘What is your name?’"))
    }

    @Test("a label starting with an acronym keeps its capitals")
    func acronymLabel() {
        let phone = question("phone", .text, "UK phone number")
        #expect(english.validate(phone, FieldInput()) == error("phone", "Enter an answer to ‘UK phone number’"))
    }

    @Test("default messages read well whatever the label: an instruction, a phrase or a question, in both languages")
    func defaultMessagesQuoteTheLabel() {
        let upload = question("award", .file, "Upload the award letter", gaelic: "Luchdaich suas litir na duais")
        #expect(english.validate(upload, FieldInput()).errors.first?.message == "Select a file for ‘Upload the award letter’")
        #expect(gaelic.validate(upload, FieldInput()).errors.first?.message == "Tagh faidhle airson ‘Luchdaich suas litir na duais’")
        let story = question("story", .longText, "Tell us what happened", gaelic: "Innis dhuinn dè thachair")
        #expect(english.validate(story, FieldInput()) == error("story", "Enter an answer to ‘Tell us what happened’"))
        #expect(gaelic.validate(story, FieldInput()) == error("story", "Cuir a-steach freagairt do ‘Innis dhuinn dè thachair’"))
        let born = question("born", .date, "When were you born?", gaelic: "Cuin a rugadh tu?")
        #expect(english.validate(born, FieldInput()).errors.first?.message == "Enter a date for ‘When were you born?’")
        #expect(gaelic.validate(born, FieldInput()).errors.first?.message == "Cuir a-steach ceann-latha airson ‘Cuin a rugadh tu?’")
        let size = question("size", .choice, "Choose a size") {
            $0.options = [Option(value: "s", label: LocalisedText("Small")), Option(value: "l", label: LocalisedText("Large"))]
        }
        #expect(english.validate(size, FieldInput()) == error("size", "Select an answer to ‘Choose a size’"))
    }

    @Test("an optional question left blank is blank, not an answer or an error")
    func optionalBlank() {
        let optional = question("nickname", .text, "Nickname") { $0.required = false }
        #expect(english.validate(optional, FieldInput()) == .blank)
        #expect(english.validate(optional, field("nickname", "  ")) == .blank)
    }

    @Test("text longer than the default 200 characters is rejected, 200 is accepted")
    func textDefaultMaxLength() {
        #expect(english.validate(name, field("name", String(repeating: "a", count: 200))) == .answered(.text(String(repeating: "a", count: 200))))
        #expect(english.validate(name, field("name", String(repeating: "a", count: 201))) == error("name", "The answer to ‘Full name’ must be 200 characters or fewer"))
    }

    @Test("min_length and max_length are enforced")
    func textLengthLimits() {
        let code = question("code", .text, "Code") { $0.minLength = 3; $0.maxLength = 5 }
        #expect(english.validate(code, field("code", "ab")) == error("code", "The answer to ‘Code’ must be 3 characters or more"))
        #expect(english.validate(code, field("code", "abcdef")) == error("code", "The answer to ‘Code’ must be 5 characters or fewer"))
        #expect(english.validate(code, field("code", "abc")) == .answered(.text("abc")))
        #expect(english.validate(code, field("code", "abcde")) == .answered(.text("abcde")))
    }

    @Test("length counts characters, not bytes")
    func lengthCountsCharacters() {
        let code = question("code", .text, "Code") { $0.maxLength = 5 }
        #expect(english.validate(code, field("code", "Pàdrà")) == .answered(.text("Pàdrà")))
    }

    @Test("a pattern must match the whole answer")
    func textPatternWholeMatch() {
        let ni = question("ni", .text, "National Insurance number") { $0.pattern = "[A-Z]{2} ?[0-9]{6} ?[A-D]" }
        #expect(english.validate(ni, field("ni", "QQ 123456 C")) == .answered(.text("QQ 123456 C")))
        #expect(english.validate(ni, field("ni", "QQ123456C")) == .answered(.text("QQ123456C")))
        let wrong = error("ni", "The answer to ‘National Insurance number’ is not in the right format")
        #expect(english.validate(ni, field("ni", "QQ 123456 CX")) == wrong)
        #expect(english.validate(ni, field("ni", "xQQ 123456 C")) == wrong)
        #expect(english.validate(ni, field("ni", "hello")) == wrong)
    }

    @Test("an alternation pattern is anchored as a whole, not per branch")
    func patternAlternationAnchored() {
        let pet = question("pet", .text, "Pet") { $0.pattern = "cat|dog" }
        #expect(english.validate(pet, field("pet", "dog")).answer == .text("dog"))
        #expect(english.validate(pet, field("pet", "cats")).errors.count == 1)
        #expect(english.validate(pet, field("pet", "hotdog")).errors.count == 1)
    }

    @Test("long text keeps its line breaks, normalising CRLF, and defaults to 5000 characters")
    func longText() {
        let story = question("story", .longText, "Your story")
        #expect(english.validate(story, field("story", "Line one\r\nLine two")) == .answered(.text("Line one\nLine two")))
        #expect(english.validate(story, field("story", String(repeating: "x", count: 5000))).answer != nil)
        #expect(english.validate(story, field("story", String(repeating: "x", count: 5001))) == error("story", "The answer to ‘Your story’ must be 5000 characters or fewer"))
    }

    @Test("long text min_length is enforced")
    func longTextMinLength() {
        let reason = question("reason", .longText, "Reason") { $0.minLength = 20 }
        #expect(english.validate(reason, field("reason", "Too short")) == error("reason", "The answer to ‘Reason’ must be 20 characters or more"))
    }
}

// MARK: - Numbers

@Suite("QuestionValidator: number and decimal")
struct NumberValidationTests {
    let age = question("age", .number, "Age") { $0.minimum = 0; $0.maximum = 120 }
    let count = question("count", .number, "Count")

    @Test("whole numbers are accepted, with commas, spaces trimmed and negatives")
    func wholeNumbers() {
        #expect(english.validate(age, field("age", "42")) == .answered(.integer(42)))
        #expect(english.validate(age, field("age", " 7 ")) == .answered(.integer(7)))
        #expect(english.validate(count, field("count", "1,234,567")) == .answered(.integer(1_234_567)))
        #expect(english.validate(count, field("count", "-5")) == .answered(.integer(-5)))
        #expect(english.validate(count, field("count", "0")) == .answered(.integer(0)))
    }

    @Test("non-numbers and fractions are rejected as not a whole number", arguments: ["12.5", "abc", "1e3", "twelve", "--1", "1 000", "0x10", "1234567890123456"])
    func notWholeNumbers(text: String) {
        #expect(english.validate(count, field("count", text)) == error("count", "The answer to ‘Count’ must be a whole number, like 3"))
    }

    @Test("min and max are enforced and inclusive")
    func numberLimits() {
        #expect(english.validate(age, field("age", "-1")) == error("age", "The answer to ‘Age’ must be 0 or more"))
        #expect(english.validate(age, field("age", "121")) == error("age", "The answer to ‘Age’ must be 120 or less"))
        #expect(english.validate(age, field("age", "0")) == .answered(.integer(0)))
        #expect(english.validate(age, field("age", "120")) == .answered(.integer(120)))
    }

    @Test("money accepts a pound sign, commas and up to 2 places")
    func moneyAccepted() {
        let income = question("income", .decimal, "Monthly income") { $0.money = true; $0.minimum = 0 }
        #expect(english.validate(income, field("income", "£125.50")) == .answered(.decimal(Decimal(string: "125.50")!, places: 2)))
        #expect(english.validate(income, field("income", "£ 1,250")) == .answered(.decimal(1250, places: 2)))
        #expect(english.validate(income, field("income", "0.5")) == .answered(.decimal(Decimal(string: "0.5")!, places: 2)))
        #expect(english.validate(income, field("income", "12")) == .answered(.decimal(12, places: 2)))
    }

    @Test("money with too many places, or not money at all, is rejected")
    func moneyRejected() {
        let income = question("income", .decimal, "Monthly income") { $0.money = true; $0.minimum = 0; $0.maximum = 100000 }
        #expect(english.validate(income, field("income", "12.345")) == error("income", "The answer to ‘Monthly income’ must have no more than 2 decimal places"))
        #expect(english.validate(income, field("income", "lots")) == error("income", "The answer to ‘Monthly income’ must be an amount of money, like 125.50"))
        #expect(english.validate(income, field("income", "12.34.5")) == error("income", "The answer to ‘Monthly income’ must be an amount of money, like 125.50"))
        #expect(english.validate(income, field("income", "$12")) == error("income", "The answer to ‘Monthly income’ must be an amount of money, like 125.50"))
        #expect(english.validate(income, field("income", "-1")) == error("income", "The answer to ‘Monthly income’ must be £0.00 or more"))
        #expect(english.validate(income, field("income", "100000.01")) == error("income", "The answer to ‘Monthly income’ must be £100000.00 or less"))
        #expect(english.validate(income, field("income", "£100,000")) == .answered(.decimal(100000, places: 2)))
    }

    @Test("a plain decimal uses its own number of places and does not take a pound sign")
    func plainDecimal() {
        let weight = question("weight", .decimal, "Weight") { $0.places = 3; $0.minimum = Decimal(string: "0.5") }
        #expect(english.validate(weight, field("weight", "1.234")) == .answered(.decimal(Decimal(string: "1.234")!, places: 3)))
        #expect(english.validate(weight, field("weight", "1.2345")) == error("weight", "The answer to ‘Weight’ must have no more than 3 decimal places"))
        #expect(english.validate(weight, field("weight", "£2")) == error("weight", "The answer to ‘Weight’ must be a number, like 12.5"))
        #expect(english.validate(weight, field("weight", "0.25")) == error("weight", "The answer to ‘Weight’ must be 0.5 or more"))
    }

    @Test("a blank required decimal asks for it; a blank optional one is blank")
    func decimalBlank() {
        let rent = question("rent", .decimal, "Rent") { $0.money = true }
        #expect(english.validate(rent, field("rent", "£")) == error("rent", "Enter an answer to ‘Rent’"))
        var optional = rent
        optional.required = false
        #expect(english.validate(optional, FieldInput()) == .blank)
    }
}

// MARK: - Email, phone, postcode

@Suite("QuestionValidator: email, phone and postcode")
struct ContactValidationTests {
    let email = question("email", .email, "Email address")
    let phone = question("phone", .phone, "Phone number")
    let postcode = question("postcode", .postcode, "Postcode")

    @Test("well-formed email addresses are accepted", arguments: ["ann@example.com", "ann.o'brien+council@mail.example.co.uk"])
    func emailAccepted(address: String) {
        #expect(english.validate(email, field("email", address)) == .answered(.text(address)))
    }

    @Test("malformed email addresses are rejected", arguments: ["ann", "ann@example", "ann example@example.com", "@example.com", "ann@@example.com", "ann@example.com.", "ann@.com x"])
    func emailRejected(address: String) {
        #expect(english.validate(email, field("email", address)) == error("email", "Enter an email address in the correct format, like name@example.com"))
    }

    @Test("an email address longer than 254 characters is rejected as too long")
    func emailTooLong() {
        let long = String(repeating: "a", count: 250) + "@example.com"
        #expect(english.validate(email, field("email", long)) == error("email", "The answer to ‘Email address’ must be 254 characters or fewer"))
    }

    @Test("UK phone numbers with spaces, brackets, hyphens and +44 are accepted", arguments: [
        "07700 900982", "07700900982", "+44 7700 900982", "+447700900982", "0044 7700 900982", "(01632) 960-001", "01632 960001", "0131 496 0000",
    ])
    func phoneAccepted(number: String) {
        #expect(english.validate(phone, field("phone", number)) == .answered(.text(number)))
    }

    @Test("numbers that are too short, too long, foreign or not numbers are rejected", arguments: [
        "12345", "0770090", "077009009821234", "+33 1 23 45 67 89", "7700 900982", "phone me", "07700 9OO982",
    ])
    func phoneRejected(number: String) {
        #expect(english.validate(phone, field("phone", number)) == error("phone", "Enter a UK telephone number, like 01632 960 001 or 07700 900 982"))
    }

    @Test("postcodes are normalised to upper case with one space", arguments: [
        ("eh11yz", "EH1 1YZ"), ("EH1 1YZ", "EH1 1YZ"), ("  eh1   1yz ", "EH1 1YZ"), ("sw1a1aa", "SW1A 1AA"),
        ("m11ae", "M1 1AE"), ("b338th", "B33 8TH"), ("cr26xh", "CR2 6XH"), ("dn551pt", "DN55 1PT"), ("gir0aa", "GIR 0AA"),
    ])
    func postcodeNormalised(input: String, expected: String) {
        #expect(english.validate(postcode, field("postcode", input)) == .answered(.text(expected)))
        #expect(QuestionValidator.normalisedPostcode(input) == expected)
    }

    @Test("things that are not full UK postcodes are rejected", arguments: ["EH1", "12345", "EH1 1Y", "QH1 1YZ", "EH1 1YC", "EH1 1YZ X", "E-H1 1YZ", "EHH1 1YZ"])
    func postcodeRejected(input: String) {
        #expect(english.validate(postcode, field("postcode", input)) == error("postcode", "Enter a full UK postcode, like EH1 1YZ"))
    }

    @Test("a blank required postcode names the question")
    func postcodeRequired() {
        #expect(english.validate(postcode, FieldInput()) == error("postcode", "Enter an answer to ‘Postcode’"))
    }
}

// MARK: - Dates

@Suite("QuestionValidator: dates")
struct DateValidationTests {
    let birth = question("dob", .date, "Date of birth")

    func date(_ day: String, _ month: String, _ year: String) -> FieldInput {
        fields(["dob-day": day, "dob-month": month, "dob-year": year])
    }

    @Test("a real date is accepted")
    func realDate() {
        #expect(english.validate(birth, date("27", "3", "1985")) == .answered(.date(year: 1985, month: 3, day: 27)))
        #expect(english.validate(birth, date("01", "09", "2001")) == .answered(.date(year: 2001, month: 9, day: 1)))
    }

    @Test("month names and abbreviations are understood", arguments: [("March", 3), ("mar", 3), ("Sept", 9), ("DECEMBER", 12), ("jan", 1)])
    func monthNames(month: String, number: Int) {
        #expect(english.validate(birth, date("2", month, "1999")) == .answered(.date(year: 1999, month: number, day: 2)))
    }

    @Test("a blank required date points at the day")
    func blankDate() {
        #expect(english.validate(birth, FieldInput()) == error("dob", part: "day", "Enter a date for ‘Date of birth’"))
        var optional = birth
        optional.required = false
        #expect(english.validate(optional, FieldInput()) == .blank)
    }

    @Test("a missing part is named and pointed at", arguments: [
        ("", "3", "1985", "day"), ("27", "", "1985", "month"), ("27", "3", "", "year"),
    ])
    func missingPart(day: String, month: String, year: String, part: String) {
        let outcome = english.validate(birth, date(day, month, year))
        #expect(outcome == error("dob", part: part, "The answer to ‘Date of birth’ must include a \(part)"))
        #expect(outcome.errors.first?.anchor == "dob-\(part)")
    }

    @Test("days that do not exist are rejected", arguments: [("31", "4", "2023"), ("29", "2", "2023"), ("29", "2", "1900"), ("0", "1", "2020"), ("32", "1", "2020"), ("1", "13", "2020")])
    func notRealDates(day: String, month: String, year: String) {
        #expect(english.validate(birth, date(day, month, year)) == error("dob", part: "day", "The answer to ‘Date of birth’ must be a real date"))
    }

    @Test("29 February is accepted in leap years")
    func leapDays() {
        #expect(english.validate(birth, date("29", "2", "2024")) == .answered(.date(year: 2024, month: 2, day: 29)))
        #expect(english.validate(birth, date("29", "2", "2000")) == .answered(.date(year: 2000, month: 2, day: 29)))
    }

    @Test("a two-digit year asks for four digits")
    func twoDigitYear() {
        #expect(english.validate(birth, date("27", "3", "85")) == error("dob", part: "year", "Year must include 4 numbers"))
    }

    @Test("a part that is not a number points at that part", arguments: [("x", "3", "1985", "day"), ("27", "Smarch", "1985", "month"), ("27", "3", "198S", "year")])
    func nonNumericPart(day: String, month: String, year: String, part: String) {
        #expect(english.validate(birth, date(day, month, year)) == error("dob", part: part, "The answer to ‘Date of birth’ must be a real date"))
    }

    @Test("past: true accepts today and earlier, rejects tomorrow")
    func pastOnly() {
        var past = birth
        past.pastOnly = true
        #expect(english.validate(past, date("15", "6", "2024")) == .answered(.date(year: 2024, month: 6, day: 15)))
        #expect(english.validate(past, date("14", "6", "2024")).answer != nil)
        #expect(english.validate(past, date("16", "6", "2024")) == error("dob", part: "day", "The answer to ‘Date of birth’ must be today or in the past"))
        #expect(english.validate(past, date("1", "1", "2025")).errors.count == 1)
    }

    @Test("future: true accepts today and later, rejects yesterday")
    func futureOnly() {
        let collection = question("collect", .date, "Collection date") { $0.futureOnly = true }
        let input = { (day: String, month: String, year: String) in fields(["collect-day": day, "collect-month": month, "collect-year": year]) }
        #expect(english.validate(collection, input("15", "6", "2024")) == .answered(.date(year: 2024, month: 6, day: 15)))
        #expect(english.validate(collection, input("1", "1", "2030")).answer != nil)
        #expect(english.validate(collection, input("14", "6", "2024")) == error("collect", part: "day", "The answer to ‘Collection date’ must be today or in the future"))
    }

    @Test("calendar days compare by year, month, then day and know which days are real")
    func calendarDay() {
        #expect(CalendarDay(year: 2024, month: 1, day: 31) < CalendarDay(year: 2024, month: 2, day: 1))
        #expect(CalendarDay(year: 2023, month: 12, day: 31) < CalendarDay(year: 2024, month: 1, day: 1))
        #expect(!(CalendarDay(year: 2024, month: 6, day: 15) < CalendarDay(year: 2024, month: 6, day: 15)))
        #expect(CalendarDay(year: 2024, month: 2, day: 29).isReal)
        #expect(!CalendarDay(year: 2100, month: 2, day: 29).isReal)
        #expect(!CalendarDay(year: 999, month: 1, day: 1).isReal)
        #expect(CalendarDay.today().isReal)
    }
}

// MARK: - Choices

@Suite("QuestionValidator: choice, choices and yes/no")
struct ChoiceValidationTests {
    let colour = question("colour", .choice, "Favourite colour") {
        $0.options = [Option(value: "red", label: LocalisedText("Red")), Option(value: "green", label: LocalisedText("Green")), Option(value: "blue", label: LocalisedText("Blue"))]
    }

    @Test("a choice accepts one of its option values")
    func choiceAccepted() {
        #expect(english.validate(colour, field("colour", "green")) == .answered(.text("green")))
    }

    @Test("a choice rejects a value that is not an option, including a label or the wrong case")
    func choiceUnknown() {
        let message = "Select one of the options for ‘Favourite colour’"
        #expect(english.validate(colour, field("colour", "purple")) == error("colour", message))
        #expect(english.validate(colour, field("colour", "Green")) == error("colour", message))
    }

    @Test("a blank required choice says Select")
    func choiceRequired() {
        #expect(english.validate(colour, FieldInput()) == error("colour", "Select an answer to ‘Favourite colour’"))
    }

    var colours: Question {
        var copy = colour
        copy.id = "colours"
        copy.type = .choices
        copy.label = LocalisedText("Colours")
        return copy
    }

    @Test("choices keep the options' order, not the order sent, and drop duplicates and blanks")
    func choicesOrdering() {
        let input = FieldInput(fields: ["colours": ["blue", "red", "blue", " "]])
        #expect(english.validate(colours, input) == .answered(.selection(["red", "blue"])))
    }

    @Test("choices reject an unknown value")
    func choicesUnknown() {
        let input = FieldInput(fields: ["colours": ["red", "pink"]])
        #expect(english.validate(colours, input) == error("colours", "Select one of the options for ‘Colours’"))
    }

    @Test("choices enforce min_selected and max_selected, counting distinct values")
    func choicesMinMax() {
        var limited = colours
        limited.minSelected = 2
        limited.maxSelected = 2
        #expect(english.validate(limited, FieldInput(fields: ["colours": ["red"]])) == error("colours", "Select at least 2 options for ‘Colours’"))
        #expect(english.validate(limited, FieldInput(fields: ["colours": ["red", "red"]])) == error("colours", "Select at least 2 options for ‘Colours’"))
        #expect(english.validate(limited, FieldInput(fields: ["colours": ["red", "green", "blue"]])) == error("colours", "Select no more than 2 options for ‘Colours’"))
        #expect(english.validate(limited, FieldInput(fields: ["colours": ["green", "red"]])) == .answered(.selection(["red", "green"])))
    }

    @Test("blank required choices say Select; blank optional choices are blank")
    func choicesBlank() {
        #expect(english.validate(colours, FieldInput(fields: ["colours": []])) == error("colours", "Select an answer to ‘Colours’"))
        var optional = colours
        optional.required = false
        #expect(english.validate(optional, FieldInput()) == .blank)
    }

    let livesHere = question("lives-here", .yesNo, "Do you live here?", gaelic: "A bheil thu a’ fuireach an seo?")

    @Test("yes/no accepts yes, no, true and false in any case", arguments: [("yes", "yes"), ("no", "no"), ("YES", "yes"), ("No", "no"), ("true", "yes"), ("false", "no")])
    func yesNoAccepted(input: String, expected: String) {
        #expect(english.validate(livesHere, field("lives-here", input)) == .answered(.text(expected)))
    }

    @Test("yes/no rejects anything else")
    func yesNoRejected() {
        #expect(english.validate(livesHere, field("lives-here", "maybe")) == error("lives-here", "Select one of the options for ‘Do you live here?’"))
        #expect(english.validate(livesHere, FieldInput()) == error("lives-here", "Select an answer to ‘Do you live here?’"))
    }
}

// MARK: - Address

@Suite("QuestionValidator: address")
struct AddressValidationTests {
    let home = question("home", .address, "Home address")

    func address(line1: String = "1 High Street", line2: String = "", town: String = "Edinburgh", postcode: String = "eh11yz") -> FieldInput {
        fields(["home-line1": line1, "home-line2": line2, "home-town": town, "home-postcode": postcode])
    }

    @Test("a complete address is accepted with its postcode normalised")
    func addressAccepted() {
        #expect(english.validate(home, address(line2: "Flat 2")) == .answered(.address(Address(line1: "1 High Street", line2: "Flat 2", town: "Edinburgh", postcode: "EH1 1YZ"))))
    }

    @Test("a blank required address points at line 1; a blank optional one is blank")
    func addressBlank() {
        let outcome = english.validate(home, address(line1: "", town: "", postcode: ""))
        #expect(outcome == error("home", part: "line1", "Enter an answer to ‘Home address’"))
        #expect(outcome.errors.first?.anchor == "home-line1")
        var optional = home
        optional.required = false
        #expect(english.validate(optional, FieldInput()) == .blank)
    }

    @Test("each missing part is reported against that part")
    func addressMissingParts() {
        #expect(english.validate(home, address(line1: "")) == error("home", part: "line1", "Enter the first line of the address, like 12 High Street"))
        #expect(english.validate(home, address(town: "")) == error("home", part: "town", "Enter the town or city"))
        #expect(english.validate(home, address(postcode: "")) == error("home", part: "postcode", "Enter the postcode of the address"))
    }

    @Test("several address problems are reported together, each with its anchor and API path")
    func addressSeveralProblems() {
        let errors = english.validate(home, address(line1: "", town: "", postcode: "nowhere")).errors
        #expect(errors.map(\.part) == ["line1", "town", "postcode"])
        #expect(errors.map(\.anchor) == ["home-line1", "home-town", "home-postcode"])
        #expect(errors.map(\.apiPath) == ["home.line1", "home.town", "home.postcode"])
        #expect(errors.last?.message == "Enter a full UK postcode, like EH1 1YZ")
    }

    @Test("address lines over 100 characters are rejected against that line")
    func addressLineTooLong() {
        let errors = english.validate(home, address(line2: String(repeating: "x", count: 101))).errors
        #expect(errors == [FieldError(questionID: "home", part: "line2", message: "Each line of the address must be 100 characters or fewer")])
    }
}

// MARK: - Files

@Suite("QuestionValidator: files")
struct FileValidationTests {
    let evidence = question("evidence", .file, "Evidence") { $0.fileTypes = [.pdf, .jpg, .png]; $0.maxFileBytes = 1024 * 1024 }

    func upload(_ name: String, _ bytes: [UInt8], type: String = "application/octet-stream") -> FieldInput {
        FieldInput(files: ["evidence": UploadedFile(filename: name, contentType: type, data: bytes)])
    }

    @Test("a PDF is accepted, with the content type taken from its bytes")
    func pdfAccepted() {
        let outcome = english.validate(evidence, upload("statement.pdf", pdfBytes, type: "text/html"))
        #expect(outcome == .newFile(UploadedFile(filename: "statement.pdf", contentType: "application/pdf", data: pdfBytes)))
    }

    @Test("a PDF named .png is accepted as a PDF")
    func pdfNamedPNG() {
        guard case .newFile(let file) = english.validate(evidence, upload("scan.png", pdfBytes, type: "image/png")) else {
            Issue.record("expected a new file")
            return
        }
        #expect(file.contentType == "application/pdf")
        #expect(file.data == pdfBytes)
    }

    @Test("PNG and JPEG are recognised by their first bytes")
    func imagesRecognised() {
        guard case .newFile(let png) = english.validate(evidence, upload("photo.png", pngBytes)),
              case .newFile(let jpg) = english.validate(evidence, upload("photo.jpeg", jpgBytes)) else {
            Issue.record("expected new files")
            return
        }
        #expect(png.contentType == "image/png")
        #expect(jpg.contentType == "image/jpeg")
    }

    @Test("text named .pdf is rejected, naming the allowed types")
    func textNamedPDF() {
        #expect(english.validate(evidence, upload("evil.pdf", Array("<html>not a pdf</html>".utf8))) == error("evidence", "The selected file must be a PDF, JPG or PNG"))
    }

    @Test("a type the question does not allow is rejected even when it is real")
    func disallowedType() {
        let pdfOnly = question("evidence", .file, "Evidence") { $0.fileTypes = [.pdf] }
        #expect(english.validate(pdfOnly, upload("photo.png", pngBytes)) == error("evidence", "The selected file must be a PDF"))
    }

    @Test("plain text needs a .txt name and no NUL bytes; docx needs a zip header and a .docx name")
    func textAndDocx() {
        let any = question("evidence", .file, "Evidence")
        guard case .newFile(let text) = english.validate(any, upload("notes.TXT", Array("Notes, with ünïcode".utf8))),
              case .newFile(let docx) = english.validate(any, upload("letter.docx", zipBytes)) else {
            Issue.record("expected new files")
            return
        }
        #expect(text.contentType == "text/plain")
        #expect(docx.contentType == FileType.docx.contentType)
        #expect(english.validate(any, upload("notes.txt", [0x41, 0x00, 0x42])).errors.count == 1)
        #expect(english.validate(any, upload("notes.txt", [0xFF, 0xFE, 0xFD])).errors.count == 1)
        #expect(english.validate(any, upload("archive.zip", zipBytes)).errors.count == 1)
    }

    @Test("an empty file is rejected")
    func emptyFile() {
        #expect(english.validate(evidence, upload("empty.pdf", [])) == error("evidence", "The selected file is empty"))
    }

    @Test("a file over the size limit is rejected; one at the limit is accepted")
    func tooLarge() {
        let atLimit = pdfBytes + [UInt8](repeating: 0x20, count: 1024 * 1024 - pdfBytes.count)
        #expect(english.validate(evidence, upload("big.pdf", atLimit + [0x20])) == error("evidence", "The selected file must be smaller than 1 MB"))
        if case .newFile = english.validate(evidence, upload("ok.pdf", atLimit)) {} else { Issue.record("a file of exactly 1 MB should be accepted") }
    }

    @Test("no file: required asks for one, optional is blank")
    func noFile() {
        #expect(english.validate(evidence, FieldInput()) == error("evidence", "Select a file for ‘Evidence’"))
        #expect(english.validate(evidence, upload("", [])) == error("evidence", "Select a file for ‘Evidence’"))
        var optional = evidence
        optional.required = false
        #expect(english.validate(optional, FieldInput()) == .blank)
        #expect(english.validate(optional, upload("", [])) == .blank)
    }

    @Test("the filename loses any path and control characters", arguments: [
        ("C:\\Users\\ann\\Documents\\scan.pdf", "scan.pdf"), ("../../etc/passwd.pdf", "passwd.pdf"), ("/tmp/a/b.pdf", "b.pdf"),
        ("bad\u{07}name\n.pdf", "badname.pdf"), ("  spaced.pdf  ", "spaced.pdf"), ("/", "upload.pdf"), ("", "upload.pdf"),
    ])
    func filenameCleaned(name: String, expected: String) {
        guard case .newFile(let file) = english.validate(evidence, upload(name, pdfBytes)) else {
            Issue.record("expected a new file")
            return
        }
        #expect(file.filename == expected)
    }

    @Test("very long filenames are cut to 120 characters")
    func longFilename() {
        guard case .newFile(let file) = english.validate(evidence, upload(String(repeating: "a", count: 300) + ".pdf", pdfBytes)) else {
            Issue.record("expected a new file")
            return
        }
        #expect(file.filename.count == 120)
    }
}

// MARK: - Location

@Suite("QuestionValidator: location")
struct LocationValidationTests {
    let spot = question("spot", .location, "Where is it")

    func location(latitude: String = "", longitude: String = "", description: String = "") -> FieldInput {
        fields(["spot-latitude": latitude, "spot-longitude": longitude, "spot-description": description])
    }

    @Test("a description alone is enough")
    func descriptionOnly() {
        #expect(english.validate(spot, location(description: "Outside the school gates")) == .answered(.location(Location(latitude: nil, longitude: nil, description: "Outside the school gates"))))
    }

    @Test("a point in the UK is accepted, with or without a description")
    func pointAccepted() {
        #expect(english.validate(spot, location(latitude: "55.9533", longitude: "-3.1883")) == .answered(.location(Location(latitude: 55.9533, longitude: -3.1883, description: ""))))
        #expect(english.validate(spot, location(latitude: "57.48", longitude: "-4.22", description: "Near the bridge")).answer == .location(Location(latitude: 57.48, longitude: -4.22, description: "Near the bridge")))
    }

    @Test("a latitude outside 49 to 61 is rejected against the latitude", arguments: ["48.9", "61.1", "north", "-55"])
    func latitudeOutOfRange(latitude: String) {
        #expect(english.validate(spot, location(latitude: latitude, longitude: "-3")) == error("spot", part: "latitude", "Latitude must be a number between 49 and 61, like 55.9533"))
    }

    @Test("a longitude outside -9 to 2 is rejected against the longitude", arguments: ["-9.5", "2.1", "west"])
    func longitudeOutOfRange(longitude: String) {
        #expect(english.validate(spot, location(latitude: "55", longitude: longitude)) == error("spot", part: "longitude", "Longitude must be a number between -9 and 2, like -3.1883"))
    }

    @Test("both coordinates out of range give two errors")
    func bothOutOfRange() {
        #expect(english.validate(spot, location(latitude: "0", longitude: "100")).errors.map(\.part) == ["latitude", "longitude"])
    }

    @Test("only one coordinate asks for the other")
    func oneCoordinate() {
        #expect(english.validate(spot, location(latitude: "55.95")) == error("spot", part: "longitude", "Enter both the latitude and the longitude"))
        #expect(english.validate(spot, location(longitude: "-3.19", description: "Here")) == error("spot", part: "latitude", "Enter both the latitude and the longitude"))
    }

    @Test("nothing given: required asks for a description or point; optional is blank")
    func blank() {
        #expect(english.validate(spot, location()) == error("spot", part: "description", "Enter a description of the location, or its latitude and longitude"))
        var optional = spot
        optional.required = false
        #expect(english.validate(optional, location()) == .blank)
    }

    @Test("a description over 500 characters is rejected")
    func longDescription() {
        #expect(english.validate(spot, location(description: String(repeating: "x", count: 501))) == error("spot", part: "description", "The answer to ‘Where is it’ must be 500 characters or fewer"))
    }
}

// MARK: - Languages and overrides

@Suite("QuestionValidator: Gaelic messages and per-question overrides")
struct MessageTests {
    @Test("Gaelic messages use the Gaelic label")
    func gaelicMessages() {
        let name = question("name", .text, "Full name", gaelic: "Ainm slàn") { $0.maxLength = 3 }
        #expect(gaelic.validate(name, FieldInput()) == error("name", "Cuir a-steach freagairt do ‘Ainm slàn’"))
        #expect(gaelic.validate(name, field("name", "Seumas")) == error("name", "Feumaidh an fhreagairt do ‘Ainm slàn’ a bhith 3 caractaran no nas lugha"))
        #expect(english.validate(name, FieldInput()) == error("name", "Enter an answer to ‘Full name’"))
    }

    @Test("Gaelic messages for a question label, a postcode, a date part and an address part")
    func gaelicOtherMessages() {
        let livesHere = question("lives", .yesNo, "Do you live here?", gaelic: "A bheil thu a’ fuireach an seo?")
        #expect(gaelic.validate(livesHere, FieldInput()) == error("lives", "Tagh freagairt do ‘A bheil thu a’ fuireach an seo?’"))
        let postcode = question("pc", .postcode, "Postcode", gaelic: "Còd-puist")
        #expect(gaelic.validate(postcode, field("pc", "nope")) == error("pc", "Cuir a-steach còd-puist slàn san RA, mar EH1 1YZ"))
        let birth = question("dob", .date, "Date of birth", gaelic: "Ceann-latha breith")
        #expect(gaelic.validate(birth, fields(["dob-day": "1", "dob-month": "", "dob-year": "1990"])) == error("dob", part: "month", "Feumaidh mìos a bhith anns an fhreagairt do ‘Ceann-latha breith’"))
        let home = question("home", .address, "Address", gaelic: "Seòladh")
        #expect(gaelic.validate(home, fields(["home-line1": "1 Sràid", "home-town": "", "home-postcode": "EH1 1YZ"])) == error("home", part: "town", "Cuir a-steach am baile no am baile-mòr"))
        let spot = question("spot", .location, "Where", gaelic: "Càite")
        #expect(gaelic.validate(spot, fields(["spot-latitude": "55"])).errors.first?.message == "Cuir a-steach an dà chuid an domhan-leud agus an domhan-fhad")
    }

    @Test("without a Gaelic label, Gaelic messages fall back to the English label")
    func gaelicFallbackLabel() {
        let name = question("name", .text, "Full name")
        #expect(gaelic.validate(name, FieldInput()) == error("name", "Cuir a-steach freagairt do ‘Full name’"))
    }

    @Test("a required override replaces the default in both languages")
    func requiredOverride() {
        let name = question("name", .text, "Full name") { $0.errors[.required] = LocalisedText("Tell us your name", gaelic: "Innis dhuinn d’ ainm") }
        #expect(english.validate(name, FieldInput()) == error("name", "Tell us your name"))
        #expect(gaelic.validate(name, FieldInput()) == error("name", "Innis dhuinn d’ ainm"))
    }

    @Test("an override without Gaelic falls back to the English override, not the default")
    func overrideFallsBackToEnglish() {
        let name = question("name", .text, "Full name") { $0.errors[.required] = LocalisedText("Tell us your name") }
        #expect(gaelic.validate(name, FieldInput()) == error("name", "Tell us your name"))
    }

    @Test("each check uses its own override key")
    func overridesByKind() {
        let code = question("code", .text, "Code") {
            $0.minLength = 2; $0.maxLength = 4; $0.pattern = "[A-Z]+"
            $0.errors = [.tooShort: LocalisedText("Short"), .tooLong: LocalisedText("Long"), .pattern: LocalisedText("Capitals only")]
        }
        #expect(english.validate(code, field("code", "A")) == error("code", "Short"))
        #expect(english.validate(code, field("code", "ABCDE")) == error("code", "Long"))
        #expect(english.validate(code, field("code", "ab")) == error("code", "Capitals only"))
        #expect(english.validate(code, FieldInput()) == error("code", "Enter an answer to ‘Code’"), "no required override: the default stays")

        let age = question("age", .number, "Age") {
            $0.minimum = 0; $0.maximum = 120
            $0.errors = [.tooSmall: LocalisedText("Too young"), .tooLarge: LocalisedText("Too old"), .invalid: LocalisedText("Numbers only")]
        }
        #expect(english.validate(age, field("age", "-1")) == error("age", "Too young"))
        #expect(english.validate(age, field("age", "200")) == error("age", "Too old"))
        #expect(english.validate(age, field("age", "ten")) == error("age", "Numbers only"))
    }

    @Test("the invalid override replaces format messages like postcode and real date")
    func invalidOverride() {
        let postcode = question("pc", .postcode, "Postcode") { $0.errors[.invalid] = LocalisedText("Enter your postcode, like EH1 1YZ") }
        #expect(english.validate(postcode, field("pc", "nope")) == error("pc", "Enter your postcode, like EH1 1YZ"))
        let birth = question("dob", .date, "Date of birth") { $0.pastOnly = true; $0.errors[.invalid] = LocalisedText("Date of birth must be a real date in the past") }
        #expect(english.validate(birth, fields(["dob-day": "31", "dob-month": "2", "dob-year": "1990"])) == error("dob", part: "day", "Date of birth must be a real date in the past"))
        #expect(english.validate(birth, fields(["dob-day": "1", "dob-month": "1", "dob-year": "2090"])) == error("dob", part: "day", "Date of birth must be a real date in the past"))
    }

    @Test("the too_large override replaces the file size and choices maximum messages")
    func tooLargeOverride() {
        let file = question("file", .file, "File") { $0.maxFileBytes = 1024 * 1024; $0.errors[.tooLarge] = LocalisedText("Too big") }
        let big = UploadedFile(filename: "a.pdf", contentType: "", data: pdfBytes + [UInt8](repeating: 0, count: 1024 * 1024))
        #expect(english.validate(file, FieldInput(files: ["file": big])) == error("file", "Too big"))
    }

    @Test("field errors give anchors and API paths, including items of a repeating page")
    func fieldErrorPaths() {
        #expect(FieldError(questionID: "dob", part: "day", message: "x").anchor == "dob-day")
        #expect(FieldError(questionID: "name", message: "x").anchor == "name")
        #expect(FieldError(questionID: "age", item: ("people", 2), message: "x").apiPath == "people[2].age")
        #expect(FieldError(questionID: "home", part: "postcode", item: ("people", 0), message: "x").apiPath == "people[0].home.postcode")
        #expect(FieldError(questionID: "age", item: ("people", 1), message: "x") != FieldError(questionID: "age", item: ("people", 2), message: "x"))
        #expect(FieldError(questionID: "age", item: ("people", 1), message: "x") == FieldError(questionID: "age", item: ("people", 1), message: "x"))
    }
}
