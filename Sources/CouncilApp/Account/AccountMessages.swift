import Domain

/// The words of the account pages' error messages, in GOV.UK style.
extension AppRequestContext {
    func passwordError(_ problem: PasswordProblem, field: String = "password") -> FieldError {
        let message = switch problem {
        case .missing: text("Enter a password", "Cuir a-steach facal-faire")
        case .tooShort: text("Your password must be at least \(PasswordPolicy.minimumLength) characters",
                             "Feumaidh co-dhiù \(PasswordPolicy.minimumLength) caractaran a bhith san fhacal-fhaire agad")
        case .tooLong: text("Your password must be \(PasswordPolicy.maximumLength) characters or fewer")
        case .common: text("This password is too common. Choose one that is harder to guess, such as three random words",
                           "Tha am facal-faire seo ro chumanta. Tagh fear nach gabh tomhas cho furasta, leithid trì faclan air thuaiream")
        case .sameAsEmail: text("Your password must not be your email address")
        }
        return FieldError(questionID: field, message: message, code: problem == .missing ? "required" : "invalid")
    }

    /// The address typed, normalised, or the error to show for it.
    func emailProblem(_ email: String, field: String = "email") -> FieldError? {
        if email.isEmpty {
            return FieldError(questionID: field, message: text("Enter your email address", "Cuir a-steach an seòladh puist-d agad"), code: "required")
        }
        if !EmailAddress.isPlausible(email) {
            return FieldError(questionID: field, message: text(
                "Enter an email address in the correct format, like name@example.com",
                "Cuir a-steach seòladh puist-d sa chruth cheart, mar ainm@eisimpleir.com"
            ))
        }
        return nil
    }

    func tooManyAttempts(until minutes: Int, field: String = "email") -> FieldError {
        let unit = minutes == 1 ? "minute" : "minutes"
        return FieldError(questionID: field, message: text(
            "You have tried to sign in too many times. Try again in \(minutes) \(unit)",
            "Dh’fheuch thu ri clàradh a-steach cus thursan. Feuch a-rithist an ceann \(minutes) mionaid"
        ), code: "throttled")
    }
}
