import Foundation

/// What became of one question's input.
public enum QuestionOutcome: Sendable, Equatable {
    case answered(Answer)
    /// An optional question left blank.
    case blank
    /// A file that passed its checks and must be stored before it can be an answer.
    case newFile(UploadedFile)
    case invalid([FieldError])
}

/// Validates and normalises the input for one question. The single place every question type's rules live.
public struct QuestionValidator: Sendable {
    public var language: Language
    public var today: CalendarDay

    public init(language: Language, today: CalendarDay) {
        self.language = language
        self.today = today
    }

    public func validate(_ question: Question, _ input: FieldInput) -> QuestionOutcome {
        let messages = ErrorMessages(question: question, language: language)
        let id = question.id
        func fail(_ message: String, part: String? = nil) -> QuestionOutcome {
            .invalid([FieldError(questionID: id, part: part, message: message)])
        }
        func blankOrRequired() -> QuestionOutcome {
            question.required ? .invalid([FieldError(questionID: id, part: firstPart(question), message: messages.required, code: "required")]) : .blank
        }

        switch question.type {
        case .text, .longText:
            let value = question.type == .longText ? input.value(id).replacingOccurrences(of: "\r\n", with: "\n")
                : Self.singleLine(input.value(id))
            if value.isEmpty { return blankOrRequired() }
            if value.count > question.effectiveMaxLength { return fail(messages.tooLong(question.effectiveMaxLength)) }
            if let minimum = question.minLength, value.count < minimum { return fail(messages.tooShort(minimum)) }
            if let pattern = question.pattern, !Patterns.wholeMatch(pattern, value) {
                return fail(messages.pattern)
            }
            return .answered(.text(value))

        case .number:
            let raw = input.value(id).replacingOccurrences(of: ",", with: "")
            if raw.isEmpty { return blankOrRequired() }
            guard Self.isInteger(raw), let number = Int(raw) else {
                return fail(messages.notWholeNumber)
            }
            if let minimum = question.minimum, Decimal(number) < minimum { return fail(messages.tooSmall("\(minimum)")) }
            if let maximum = question.maximum, Decimal(number) > maximum { return fail(messages.tooLarge("\(maximum)")) }
            return .answered(.integer(number))

        case .decimal:
            var raw = input.value(id).replacingOccurrences(of: ",", with: "")
            if question.money, raw.hasPrefix("£") { raw.removeFirst() }
            raw = raw.trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { return blankOrRequired() }
            guard Self.isDecimal(raw),
                  let number = Decimal(string: raw, locale: Locale(identifier: "en_GB_POSIX")) else {
                return fail(messages.notNumber)
            }
            if let fraction = raw.split(separator: ".").dropFirst().first, fraction.count > question.places {
                return fail(messages.tooManyPlaces(question.places))
            }
            if let minimum = question.minimum, number < minimum { return fail(messages.tooSmall(format(minimum, question))) }
            if let maximum = question.maximum, number > maximum { return fail(messages.tooLarge(format(maximum, question))) }
            return .answered(.decimal(number, places: question.places))

        case .email:
            let value = input.value(id)
            if value.isEmpty { return blankOrRequired() }
            if value.count > question.effectiveMaxLength { return fail(messages.tooLong(question.effectiveMaxLength)) }
            guard Self.isEmail(value) else { return fail(messages.email) }
            return .answered(.text(value))

        case .phone:
            let value = input.value(id)
            if value.isEmpty { return blankOrRequired() }
            guard let normalised = Self.normalisedPhone(value) else { return fail(messages.phone) }
            return .answered(.text(normalised))

        case .postcode:
            let value = input.value(id)
            if value.isEmpty { return blankOrRequired() }
            guard let postcode = Self.normalisedPostcode(value) else { return fail(messages.postcode) }
            return .answered(.text(postcode))

        case .date:
            return validateDate(question, input, messages)

        case .declaration:
            // Ticked is "yes" (the form's box, or true in the API); anything else is not ticked.
            guard Self.normalisedYesNo(input.value(id)) == "yes" else {
                return .invalid([FieldError(questionID: id, part: firstPart(question), message: messages.required, code: "required")])
            }
            return .answered(.text("yes"))

        case .niNumber:
            let value = input.value(id)
            if value.isEmpty { return blankOrRequired() }
            guard let number = Self.normalisedNINumber(value) else { return fail(messages.niNumber) }
            return .answered(.text(number))

        case .choice, .yesNo:
            let value = input.value(id)
            if value.isEmpty { return blankOrRequired() }
            let allowed = question.type == .yesNo ? ["yes", "no"] : question.options.map(\.value)
            let normalised = question.type == .yesNo ? Self.normalisedYesNo(value) : value
            guard allowed.contains(normalised) else { return fail(messages.unknownOption, part: firstPart(question)) }
            return .answered(.text(normalised))

        case .choices:
            var values: [String] = []
            for value in input.values(id) where !values.contains(value) { values.append(value) }
            if values.isEmpty { return blankOrRequired() }
            if values.contains(where: { question.option($0) == nil }) { return fail(messages.unknownOption, part: firstPart(question)) }
            if let minimum = question.minSelected, values.count < minimum { return fail(messages.tooFewSelected(minimum), part: firstPart(question)) }
            if let maximum = question.maxSelected, values.count > maximum { return fail(messages.tooManySelected(maximum), part: firstPart(question)) }
            if values.count > 1, let exclusive = question.options.first(where: { $0.exclusive && values.contains($0.value) }) {
                return fail(messages.exclusive(exclusive), part: firstPart(question))
            }
            // Keep the order of the options, not the order the browser sent them in.
            let ordered = question.options.map(\.value).filter(values.contains)
            return .answered(.selection(ordered))

        case .address:
            return validateAddress(question, input, messages)

        case .file:
            guard let file = input.files[id], !(file.filename.isEmpty && file.data.isEmpty) else { return blankOrRequired() }
            if file.data.isEmpty { return fail(messages.fileEmpty) }
            if file.data.count > question.maxFileBytes { return fail(messages.fileTooLarge(question.maxFileBytes / 1024 / 1024)) }
            guard let type = Self.detectFileType(file), question.fileTypes.contains(type) else { return fail(messages.fileType) }
            var stored = file
            stored.contentType = type.contentType
            stored.filename = Self.safeFilename(file.filename, type: type)
            return .newFile(stored)

        case .location:
            return validateLocation(question, input, messages)

        case .appointment:
            // The shape only: whether the day is offered and has room depends on the calendar and the bookings (Availability).
            let value = input.value(id)
            if value.isEmpty { return blankOrRequired() }
            guard let appointment = Appointment(formValue: value), question.option(appointment.slot) != nil, today < appointment.day else {
                return fail(messages.appointmentChoice)
            }
            return .answered(.appointment(appointment))
        }
    }

    // MARK: Compound types

    private func validateDate(_ question: Question, _ input: FieldInput, _ messages: ErrorMessages) -> QuestionOutcome {
        let id = question.id
        // The form has a box per part; the API one string, so its errors name the whole field.
        func dateError(_ part: String, _ message: String, code: String = "invalid") -> QuestionOutcome {
            var error = FieldError(questionID: id, part: part, message: message, code: code)
            error.partIsInJSON = false
            return .invalid([error])
        }
        let parts = ["day", "month", "year"].map { (name: $0, text: input.value("\(id)-\($0)")) }
        if parts.allSatisfy({ $0.text.isEmpty }) {
            return question.required ? dateError("day", messages.required, code: "required") : .blank
        }
        if let missing = parts.first(where: { $0.text.isEmpty }) {
            return dateError(missing.name, messages.missingDatePart(missing.name))
        }
        let numbers = parts.map { Int($0.text) }
        guard let day = numbers[0], let month = numbers[1] ?? Self.monthNumber(parts[1].text), let year = numbers[2] else {
            let bad = parts.enumerated().first { index, part in
                index == 1 ? (Int(part.text) == nil && Self.monthNumber(part.text) == nil) : Int(part.text) == nil
            }?.element.name ?? "day"
            return dateError(bad, messages.realDate)
        }
        if parts[2].text.count != 4 {
            return dateError("year", messages.fourDigitYear)
        }
        let date = CalendarDay(year: year, month: month, day: day)
        guard date.isReal else { return dateError("day", messages.realDate) }
        if question.pastOnly, today < date { return dateError("day", messages.pastDate) }
        if question.futureOnly, date < today { return dateError("day", messages.futureDate) }
        return .answered(.date(year: year, month: month, day: day))
    }

    private func validateAddress(_ question: Question, _ input: FieldInput, _ messages: ErrorMessages) -> QuestionOutcome {
        let id = question.id
        let address = Address(
            line1: input.value("\(id)-line1"), line2: input.value("\(id)-line2"),
            town: input.value("\(id)-town"), postcode: input.value("\(id)-postcode")
        )
        if address.lines.isEmpty {
            return question.required ? .invalid([FieldError(questionID: id, part: "line1", message: messages.required, code: "required")]) : .blank
        }
        var errors: [FieldError] = []
        if address.line1.isEmpty { errors.append(FieldError(questionID: id, part: "line1", message: messages.addressLine1)) }
        for (part, text) in [("line1", address.line1), ("line2", address.line2), ("town", address.town)] where text.count > 100 {
            errors.append(FieldError(questionID: id, part: part, message: messages.addressLineTooLong))
        }
        if address.town.isEmpty { errors.append(FieldError(questionID: id, part: "town", message: messages.addressTown)) }
        var normalised = address
        if address.postcode.isEmpty {
            errors.append(FieldError(questionID: id, part: "postcode", message: messages.addressPostcode))
        } else if let postcode = Self.normalisedPostcode(address.postcode) {
            normalised.postcode = postcode
        } else {
            errors.append(FieldError(questionID: id, part: "postcode", message: messages.postcode))
        }
        return errors.isEmpty ? .answered(.address(normalised)) : .invalid(errors)
    }

    private func validateLocation(_ question: Question, _ input: FieldInput, _ messages: ErrorMessages) -> QuestionOutcome {
        let id = question.id
        let latitudeText = input.value("\(id)-latitude")
        let longitudeText = input.value("\(id)-longitude")
        let description = input.value("\(id)-description")
        if latitudeText.isEmpty, longitudeText.isEmpty, description.isEmpty {
            return question.required ? .invalid([FieldError(questionID: id, part: "description", message: messages.location, code: "required")]) : .blank
        }
        if description.count > 500 {
            return .invalid([FieldError(questionID: id, part: "description", message: messages.tooLong(500))])
        }
        if latitudeText.isEmpty, longitudeText.isEmpty {
            return .answered(.location(Location(latitude: nil, longitude: nil, description: description)))
        }
        guard !latitudeText.isEmpty, !longitudeText.isEmpty else {
            let part = latitudeText.isEmpty ? "latitude" : "longitude"
            return .invalid([FieldError(questionID: id, part: part, message: messages.bothCoordinates)])
        }
        var errors: [FieldError] = []
        let latitude = Double(latitudeText).flatMap { (49.0...61.0).contains($0) ? $0 : nil }
        let longitude = Double(longitudeText).flatMap { (-9.0...2.0).contains($0) ? $0 : nil }
        if latitude == nil { errors.append(FieldError(questionID: id, part: "latitude", message: messages.latitude)) }
        if longitude == nil { errors.append(FieldError(questionID: id, part: "longitude", message: messages.longitude)) }
        guard errors.isEmpty, let latitude, let longitude else { return .invalid(errors) }
        return .answered(.location(Location(latitude: latitude, longitude: longitude, description: description)))
    }

    // MARK: Normalisation

    private func firstPart(_ question: Question) -> String? {
        switch question.type {
        case .date: "day"
        case .address: "line1"
        case .location: "description"
        default: nil
        }
    }

    private func format(_ value: Decimal, _ question: Question) -> String {
        question.money ? "£" + Answer.format(value, places: 2) : "\(value)"
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `-?[0-9]{1,15}`
    static func isInteger(_ text: String) -> Bool {
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8.dropFirst(0)
        return (1...15).contains(digits.count) && digits.allSatisfy(isDigit)
    }

    /// `-?[0-9]{1,15}(\.[0-9]+)?`
    static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, isInteger(String(whole)) else { return false }
        guard parts.count == 2 else { return true }
        return !parts[1].isEmpty && parts[1].utf8.allSatisfy(isDigit)
    }

    /// `[^\s@]+@[^\s@]+\.[^\s@.]+`: one @, no spaces, a dot in the domain with something after the last one.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        guard let lastDot = domain.lastIndex(of: "."), lastDot != domain.startIndex else { return false }
        return !domain[domain.index(after: lastDot)...].isEmpty
    }

    /// A National Insurance number as HMRC writes it, `QQ123456C`, from however it was typed (`qq 12 34 56 c`): two
    /// prefix letters, six digits and a suffix A to D. Prefixes HMRC never issues (a first letter D, F, I, U or V; a
    /// second D, F, I, O, U or V; BG, GB, KN, NK, NT, TN, ZZ) are refused; QQ, the prefix of published examples, is kept.
    public static func normalisedNINumber(_ value: String) -> String? {
        let compact = String(value.uppercased().unicodeScalars.filter { !CharacterSet.whitespaces.contains($0) && $0 != "-" })
        let characters = Array(compact)
        guard characters.count == 9, characters.allSatisfy(\.isASCII) else { return nil }
        let prefix = String(characters[0...1])
        guard characters[0].isLetter, characters[1].isLetter, !"DFIUV".contains(characters[0]), !"DFIOUV".contains(characters[1]),
              !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(prefix),
              characters[2...7].allSatisfy(\.isNumber), "ABCD".contains(characters[8]) else { return nil }
        return compact
    }

    static func normalisedYesNo(_ value: String) -> String {
        switch value.lowercased() {
        case "yes", "true": "yes"
        case "no", "false": "no"
        default: value
        }
    }

    /// A UK number with spaces, brackets and hyphens allowed, and +44 for the leading 0.
    ///
    /// Works on the UTF-8 bytes: the separators are ASCII and a valid number is all ASCII digits, so anything else
    /// fails as it did when this filtered Characters.
    public static func normalisedPhone(_ value: String) -> String? {
        var digits = value.utf8.filter { byte in
            byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "(") && byte != UInt8(ascii: ")")
        }
        if digits.starts(with: "+44".utf8) { digits = [UInt8(ascii: "0")] + digits.dropFirst(3) }
        if digits.starts(with: "0044".utf8) { digits = [UInt8(ascii: "0")] + digits.dropFirst(4) }
        guard digits.first == UInt8(ascii: "0"), (10...11).contains(digits.count), digits.allSatisfy(Self.isDigit) else { return nil }
        // Nearly always already trimmed (FieldInput trims): skip Foundation when both ends are plain ASCII.
        if let first = value.utf8.first, let last = value.utf8.last, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) {
            return value
        }
        return value.trimmingCharacters(in: .whitespaces)
    }

    /// A single-line answer keeps no line breaks (a pasted or scripted CR LF would otherwise travel on into exports and
    /// messages): each CR, LF, CR LF or Unicode line separator becomes one space. Looks at scalars, as Swift reads
    /// "\r\n" as one Character.
    public static func singleLine(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 >= 0xC2 }) else { return value }
        var scalars = String.UnicodeScalarView()
        var afterCR = false
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n" where afterCR: afterCR = false
            case "\r": scalars.append(" "); afterCR = true
            case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": scalars.append(" "); afterCR = false
            default: scalars.append(scalar); afterCR = false
            }
        }
        return String(scalars)
    }

    /// A UK postcode in its standard form, like `EH1 1YZ`.
    ///
    /// The shape is `GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}`
    /// once spaces are removed, checked byte by byte (an NSRegularExpression match was most of the cost).
    public static func normalisedPostcode(_ value: String) -> String? {
        let compact: [UInt8]
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: upper-case and drop whitespace (tab to carriage return, and space) by hand.
            compact = value.utf8.compactMap { byte in
                if byte == 0x20 || (0x09...0x0D).contains(byte) { return nil }
                return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 0x20 : byte
            }
        } else {
            // Unicode upper-casing can turn other letters into ASCII ones (ﬀ into FF): keep String's rules.
            compact = Array(value.uppercased().filter { !$0.isWhitespace }.utf8)
        }
        guard isPostcode(compact) else { return nil }
        return String(decoding: compact.dropLast(3), as: UTF8.self) + " " + String(decoding: compact.suffix(3), as: UTF8.self)
    }

    /// Whether `text` (upper case, no spaces) is a whole UK postcode of the shape above.
    static func isPostcode(_ text: [UInt8]) -> Bool {
        if text == Array("GIR0AA".utf8) { return true }
        guard (5...7).contains(text.count) else { return false }
        func within(_ byte: UInt8, _ set: String) -> Bool { set.utf8.contains(byte) }
        let digit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let area = "ABCDEFGHIJKLMNOPRSTUWYZ"          // [A-PR-UWYZ]
        let district = "ABCDEFGHKLMNOPQRSTUVWXY"      // [A-HK-Y]
        let subdistrict = "ABCDEFGHJKPSTUW"           // [A-HJKPSTUW]
        let subdistrictAfterLetter = "ABEHMNPRVWXY"   // [ABEHMNPRVWXY]
        let unit = "ABDEFGHJLNPQRSTUWXYZ"             // [ABD-HJLNP-UW-Z]
        let n = text.count
        // Inward code: a digit and two unit letters.
        guard digit(text[n - 3]), within(text[n - 2], unit), within(text[n - 1], unit) else { return false }
        // Outward code: an area letter, then one of four shapes.
        guard within(text[0], area) else { return false }
        let rest = Array(text[1..<(n - 3)])
        switch rest.count {
        case 1: return digit(rest[0])
        case 2:
            return (digit(rest[0]) && digit(rest[1]))
                || (within(rest[0], district) && digit(rest[1]))
                || (digit(rest[0]) && within(rest[1], subdistrict))
        case 3:
            return within(rest[0], district) && digit(rest[1]) && (digit(rest[2]) || within(rest[2], subdistrictAfterLetter))
        default: return false
        }
    }

    static func monthNumber(_ text: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let prefix = text.lowercased().prefix(3)
        return names.firstIndex(of: String(prefix)).map { $0 + 1 }
    }

    /// The real type of a file, from its first bytes and its name; a PDF renamed to .png is not a PNG.
    static func detectFileType(_ file: UploadedFile) -> FileType? {
        let bytes = file.data
        let ext = file.filename.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { return .pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpg }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), ext == "docx" { return .docx }
        if ext == "txt", String(validating: bytes, as: UTF8.self) != nil, !bytes.contains(0) { return .txt }
        return nil
    }

    static func safeFilename(_ name: String, type: FileType) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(base.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        let trimmed = String(cleaned.prefix(120))
        return trimmed.isEmpty ? "upload.\(type.extensions[0])" : trimmed
    }
}
