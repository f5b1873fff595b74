import Foundation

/// Default error messages in English and Gaelic, overridable per question. A label is a heading, a question or a
/// phrase ("Upload the award letter", "Tell us what happened", "Are you 16 or over?"), so no default splices it into
/// a sentence as if it were a noun: each quotes it whole ("Enter an answer to ‘Tell us what happened’").
struct ErrorMessages {
    let question: Question
    let language: Language

    private var gaelic: Bool { language == .gd }
    private var quoted: String { "‘\(question.label.text(language).trimmingCharacters(in: .whitespaces))’" }

    /// The answer as the subject of "… must be …".
    private var subject: String { gaelic ? "an fhreagairt do \(quoted)" : "The answer to \(quoted)" }

    func message(_ kind: ErrorKind, default english: String, _ gaelicText: String) -> String {
        if let custom = question.errors[kind] { return custom.text(language) }
        return gaelic ? gaelicText : english
    }

    var required: String {
        switch question.type {
        case .choice, .choices, .yesNo, .appointment:
            return message(.required, default: "Select an answer to \(quoted)", "Tagh freagairt do \(quoted)")
        case .declaration:
            return message(.required, default: "Tick the box to confirm \(quoted)", "Cuir strìochag sa bhogsa gus \(quoted) a dhearbhadh")
        case .file:
            return message(.required, default: "Select a file for \(quoted)", "Tagh faidhle airson \(quoted)")
        case .date:
            return message(.required, default: "Enter a date for \(quoted)", "Cuir a-steach ceann-latha airson \(quoted)")
        default:
            return message(.required, default: "Enter an answer to \(quoted)", "Cuir a-steach freagairt do \(quoted)")
        }
    }

    func tooLong(_ limit: Int) -> String {
        message(.tooLong, default: "\(subject) must be \(limit) characters or fewer", "Feumaidh \(subject) a bhith \(limit) caractaran no nas lugha")
    }

    func tooShort(_ limit: Int) -> String {
        message(.tooShort, default: "\(subject) must be \(limit) characters or more", "Feumaidh \(subject) a bhith \(limit) caractaran no barrachd")
    }

    var pattern: String {
        message(.pattern, default: "\(subject) is not in the right format", "Chan eil \(subject) san riochd cheart")
    }

    func tooSmall(_ limit: String) -> String {
        message(.tooSmall, default: "\(subject) must be \(limit) or more", "Feumaidh \(subject) a bhith \(limit) no barrachd")
    }

    func tooLarge(_ limit: String) -> String {
        message(.tooLarge, default: "\(subject) must be \(limit) or less", "Feumaidh \(subject) a bhith \(limit) no nas lugha")
    }

    func invalid(_ english: String, _ gaelicText: String) -> String {
        message(.invalid, default: english, gaelicText)
    }

    var notWholeNumber: String { invalid("\(subject) must be a whole number, like 3", "Feumaidh \(subject) a bhith na àireamh shlàn, mar 3") }
    var notNumber: String {
        question.money
            ? invalid("\(subject) must be an amount of money, like 125.50", "Feumaidh \(subject) a bhith na shuim airgid, mar 125.50")
            : invalid("\(subject) must be a number, like 12.5", "Feumaidh \(subject) a bhith na àireamh, mar 12.5")
    }
    func tooManyPlaces(_ places: Int) -> String {
        invalid("\(subject) must have no more than \(places) decimal places", "Chan fhaod barrachd air \(places) ionadan deicheach a bhith aig \(subject)")
    }
    var email: String { invalid("Enter an email address in the correct format, like name@example.com", "Cuir a-steach seòladh puist-d san riochd cheart, mar ainm@example.com") }
    var phone: String { invalid("Enter a UK telephone number, like 01632 960 001 or 07700 900 982", "Cuir a-steach àireamh fòn san RA, mar 01632 960 001 no 07700 900 982") }
    var niNumber: String {
        invalid("Enter a National Insurance number in the correct format, like QQ 12 34 56 C",
                "Cuir a-steach àireamh Àrachas Nàiseanta san riochd cheart, mar QQ 12 34 56 C")
    }
    func exclusive(_ option: Option) -> String {
        let none = "‘\(option.label.text(language))’"
        return message(.exclusive, default: "Select \(none) on its own, or untick it to choose other answers to \(quoted)",
                       "Tagh \(none) leis fhèin, no thoir an strìochag às gus freagairtean eile a thaghadh do \(quoted)")
    }
    var postcode: String { invalid("Enter a full UK postcode, like EH1 1YZ", "Cuir a-steach còd-puist slàn san RA, mar EH1 1YZ") }
    var realDate: String { invalid("\(subject) must be a real date", "Feumaidh \(subject) a bhith na cheann-latha dha-rìribh") }
    func missingDatePart(_ part: String) -> String {
        let gaelicPart = ["day": "latha", "month": "mìos", "year": "bliadhna"][part] ?? part
        return invalid("\(subject) must include a \(part)", "Feumaidh \(gaelicPart) a bhith anns an fhreagairt do \(quoted)")
    }
    var fourDigitYear: String { invalid("Year must include 4 numbers", "Feumaidh 4 àireamhan a bhith sa bhliadhna") }
    var pastDate: String { invalid("\(subject) must be today or in the past", "Feumaidh \(subject) a bhith an-diugh no roimhe") }
    var futureDate: String { invalid("\(subject) must be today or in the future", "Feumaidh \(subject) a bhith an-diugh no às dèidh sin") }
    var appointmentChoice: String { invalid("Choose one of the dates and times shown", "Tagh aon de na cinn-latha is amannan a chithear") }
    var unknownOption: String { invalid("Select one of the options for \(quoted)", "Tagh aon de na roghainnean airson \(quoted)") }
    func tooFewSelected(_ count: Int) -> String {
        message(.tooSmall, default: "Select at least \(count) options for \(quoted)", "Tagh co-dhiù \(count) roghainnean airson \(quoted)")
    }
    func tooManySelected(_ count: Int) -> String {
        message(.tooLarge, default: "Select no more than \(count) options for \(quoted)", "Tagh \(count) roghainnean air a’ char as motha airson \(quoted)")
    }
    var addressLine1: String { gaelic ? "Cuir a-steach a’ chiad loidhne den t-seòladh" : "Enter the first line of the address, like 12 High Street" }
    var addressTown: String { gaelic ? "Cuir a-steach am baile no am baile-mòr" : "Enter the town or city" }
    var addressPostcode: String { gaelic ? "Cuir a-steach còd-puist an t-seòlaidh" : "Enter the postcode of the address" }
    var addressLineTooLong: String { gaelic ? "Feumaidh gach loidhne den t-seòladh a bhith 100 caractaran no nas lugha" : "Each line of the address must be 100 characters or fewer" }
    func fileTooLarge(_ megabytes: Int) -> String {
        message(.tooLarge, default: "The selected file must be smaller than \(megabytes) MB", "Feumaidh am faidhle a thagh thu a bhith nas lugha na \(megabytes) MB")
    }
    var fileEmpty: String { invalid("The selected file is empty", "Tha am faidhle a thagh thu falamh") }
    var fileType: String {
        let names = Self.listed(question.fileTypes.map { $0.rawValue.uppercased() }, gaelic: gaelic)
        return invalid("The selected file must be a \(names)", "Feumaidh am faidhle a thagh thu a bhith na \(names)")
    }
    var location: String {
        message(.required, default: "Enter a description of the location, or its latitude and longitude",
                "Cuir a-steach tuairisgeul air an àite, no an domhan-leud is domhan-fhad aige")
    }
    var latitude: String { gaelic ? "Feumaidh an domhan-leud a bhith na àireamh eadar 49 agus 61" : "Latitude must be a number between 49 and 61, like 55.9533" }
    var longitude: String { gaelic ? "Feumaidh an domhan-fhad a bhith na àireamh eadar -9 agus 2" : "Longitude must be a number between -9 and 2, like -3.1883" }
    var bothCoordinates: String { gaelic ? "Cuir a-steach an dà chuid an domhan-leud agus an domhan-fhad" : "Enter both the latitude and the longitude" }

    private static func listed(_ items: [String], gaelic: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (gaelic ? " no " : " or ") + (items.last ?? "")
    }
}
