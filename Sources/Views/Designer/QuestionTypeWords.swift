import Domain

/// The designer's words for question types, their checks and their error messages.
public enum QuestionTypeWords {
    public static func name(_ type: QuestionType) -> Phrase {
        switch type {
        case .text: Phrase(en: "Short text", gd: "Teacsa ghoirid")
        case .longText: Phrase(en: "Long text", gd: "Teacsa fhada")
        case .number: Phrase(en: "Whole number", gd: "Àireamh shlàn")
        case .decimal: Phrase(en: "Number or amount of money", gd: "Àireamh no suim airgid")
        case .email: Phrase(en: "Email address", gd: "Seòladh puist-d")
        case .phone: Phrase(en: "Phone number", gd: "Àireamh fòn")
        case .postcode: Phrase(en: "Postcode", gd: "Còd-puist")
        case .date: Phrase(en: "Date", gd: "Ceann-latha")
        case .choice: Phrase(en: "One from a list", gd: "Aon à liosta")
        case .choices: Phrase(en: "Several from a list", gd: "Grunn à liosta")
        case .yesNo: Phrase(en: "Yes or no", gd: "Tha no chan eil")
        case .address: Phrase(en: "Address", gd: "Seòladh")
        case .file: Phrase(en: "File upload", gd: "Luchdadh suas faidhle")
        case .location: Phrase(en: "Place on a map", gd: "Àite air mapa")
        case .appointment: Phrase(en: "Appointment for a visit", gd: "Coinneamh airson tadhal")
        case .declaration: Phrase(en: "Declaration (one tick box)", gd: "Dearbhadh (aon bhogsa strìochaig)")
        case .niNumber: Phrase(en: "National Insurance number", gd: "Àireamh Àrachas Nàiseanta")
        }
    }

    public static func setting(_ setting: QuestionSetting) -> Phrase {
        switch setting {
        case .minLength: Phrase(en: "Fewest characters", gd: "An àireamh as lugha de charactaran")
        case .maxLength: Phrase(en: "Most characters", gd: "An àireamh as motha de charactaran")
        case .pattern: Phrase(en: "Pattern the answer must match", gd: "Pàtran a dh’fheumas am freagairt a leantainn")
        case .autocomplete: Phrase(en: "Browser autocomplete name", gd: "Ainm fèin-lìonaidh a’ bhrabhsair")
        case .minimum: Phrase(en: "Smallest allowed", gd: "An ìre as lugha a tha ceadaichte")
        case .maximum: Phrase(en: "Largest allowed", gd: "An ìre as motha a tha ceadaichte")
        case .suffix: Phrase(en: "Unit shown after the box", gd: "Aonad às dèidh a’ bhogsa")
        case .money: Phrase(en: "An amount of money in pounds", gd: "Suim airgid ann an notaichean")
        case .places: Phrase(en: "Decimal places", gd: "Àiteachan deicheach")
        case .past: Phrase(en: "Must be in the past", gd: "Feumaidh e a bhith san àm a dh’fhalbh")
        case .future: Phrase(en: "Must be in the future", gd: "Feumaidh e a bhith san àm ri teachd")
        case .display: Phrase(en: "Show as radios or select", gd: "Seall mar phutanan rèidio no liosta")
        case .minSelected: Phrase(en: "Fewest to choose", gd: "An àireamh as lugha ri thaghadh")
        case .maxSelected: Phrase(en: "Most to choose", gd: "An àireamh as motha ri thaghadh")
        case .maxSizeMB: Phrase(en: "Largest file in MB", gd: "Am faidhle as motha ann an MB")
        case .types: Phrase(en: "File types allowed", gd: "Seòrsaichean faidhle ceadaichte")
        case .visit: Phrase(en: "Kind of visit it books", gd: "An seòrsa tadhail a tha e a’ glèidheadh")
        }
    }

    public static func settingHint(_ setting: QuestionSetting) -> Phrase? {
        switch setting {
        case .display: Phrase(en: "radios or select (a list for long lists)", gd: "radios no select (liosta airson liostaichean fada)")
        case .types: Phrase(en: "Separated by commas, from pdf, jpg, png, docx, txt", gd: "Le cromagan eatarra, à pdf, jpg, png, docx, txt")
        case .pattern: Phrase(en: "A regular expression; write the error message for it below", gd: "Abairt riaghailteach; sgrìobh an teachdaireachd mhearachd gu h-ìosal")
        default: nil
        }
    }

    public static func errorKind(_ kind: ErrorKind) -> Phrase {
        switch kind {
        case .required: Phrase(en: "Message when not answered", gd: "Teachdaireachd nuair nach eil freagairt ann")
        case .tooShort: Phrase(en: "Message when too short", gd: "Teachdaireachd nuair a tha e ro ghoirid")
        case .tooLong: Phrase(en: "Message when too long", gd: "Teachdaireachd nuair a tha e ro fhada")
        case .pattern: Phrase(en: "Message when it does not match the pattern", gd: "Teachdaireachd nuair nach eil e a’ freagairt ris a’ phàtran")
        case .tooSmall: Phrase(en: "Message when too small or too few", gd: "Teachdaireachd nuair a tha e ro bheag no ro ghann")
        case .tooLarge: Phrase(en: "Message when too large or too many", gd: "Teachdaireachd nuair a tha e ro mhòr no ro lìonmhor")
        case .invalid: Phrase(en: "Message when not valid", gd: "Teachdaireachd nuair nach eil e dligheach")
        case .exclusive: Phrase(en: "Message when “None of these” is chosen with another answer", gd: "Teachdaireachd nuair a thaghar “Chan eil gin dhiubh seo” le freagairt eile")
        }
    }
}
