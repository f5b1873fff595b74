/// Answers a signed-in citizen need not type again: their confirmed email address, and the address an identity
/// provider vouched for. They fill the form's fields; each page is still shown and confirmed by the citizen.
public enum Prefill {
    public static func answers(for definition: ServiceDefinition, account: CitizenAccount) -> [String: JSONValue] {
        var answers: [String: JSONValue] = [:]
        for page in definition.pages where page.repeatGroup == nil {
            for question in page.questions {
                switch question.type {
                case .email where account.emailConfirmed: answers[question.id] = .string(account.email)
                case .address: if let address = account.profile["address"] { answers[question.id] = address }
                default: break
                }
            }
        }
        return answers
    }
}
