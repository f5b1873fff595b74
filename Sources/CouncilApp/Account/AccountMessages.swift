import Domain
import Views

/// The words of the account pages' error messages, in GOV.UK style, in the page's language.
enum AccountMessages {
    static func passwordError(_ problem: PasswordProblem, field: String = "password", _ language: Language) -> FieldError {
        let message = switch problem {
        case .missing: Phrase.accountPasswordMissing
        case .tooShort: Phrase.accountPasswordTooShort(PasswordPolicy.minimumLength)
        case .tooLong: Phrase.accountPasswordTooLong(PasswordPolicy.maximumLength)
        case .common: Phrase.accountPasswordCommon
        case .sameAsEmail: Phrase.accountPasswordIsEmail
        }
        return FieldError(questionID: field, message: message(language), code: problem == .missing ? "required" : "invalid")
    }

    /// The error to show for the address typed (already normalised), or nil when it will do.
    static func emailProblem(_ email: String, field: String = "email", _ language: Language) -> FieldError? {
        if email.isEmpty { return FieldError(questionID: field, message: Phrase.accountEnterEmail(language), code: "required") }
        if !EmailAddress.isPlausible(email) { return FieldError(questionID: field, message: Phrase.accountEmailFormat(language)) }
        return nil
    }

    static func tooManyAttempts(until minutes: Int, field: String = "email", _ language: Language) -> FieldError {
        FieldError(questionID: field, message: Phrase.accountTooManySignIns(minutes: minutes)(language), code: "throttled")
    }

    static func required(_ field: String, _ phrase: Phrase, _ language: Language) -> FieldError {
        FieldError(questionID: field, message: phrase(language), code: "required")
    }
}

/// The same messages for the staff, admin and citizen controllers that hold the site's context.
extension AppRequestContext {
    func passwordError(_ problem: PasswordProblem, field: String = "password") -> FieldError {
        AccountMessages.passwordError(problem, field: field, language)
    }

    func emailProblem(_ email: String, field: String = "email") -> FieldError? {
        AccountMessages.emailProblem(email, field: field, language)
    }

    func tooManyAttempts(until minutes: Int, field: String = "email") -> FieldError {
        AccountMessages.tooManyAttempts(until: minutes, field: field, language)
    }
}
