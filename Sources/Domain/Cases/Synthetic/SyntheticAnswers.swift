import Foundation

/// Answers an invented applicant might give to a service: page by page along the route the answers themselves
/// decide, re-answering a page whose answers would lead to an exit page (not eligible), so the result is a
/// submission the service would have accepted.
struct SyntheticAnswers {
    let definition: ServiceDefinition
    let person: SyntheticPerson
    let today: CalendarDay

    func make(using random: inout SeededRandom) -> Answers {
        var answers = Answers()
        let route = JourneyRoute(definition, today: today)
        var current = route.firstPage
        var visited = 0
        while let page = current, !page.isExit, visited <= definition.pages.count {
            visited += 1
            var next = route.destination(after: page, answers)
            for _ in 0..<8 {
                fill(page, into: &answers, using: &random)
                next = route.destination(after: page, answers)
                guard case .page(let id) = next, definition.page(id)?.isExit == true else { break }
            }
            switch next {
            case .checkAnswers: current = nil
            case .page(let id): current = definition.page(id)
            }
        }
        return answers
    }

    private func fill(_ page: Page, into answers: inout Answers, using random: inout SeededRandom) {
        if let group = page.repeatGroup {
            let count = Int.random(in: max(1, group.min)...max(1, min(group.max, 3)), using: &random)
            answers.items[page.id] = (0..<count).map { _ in
                var item: [String: Answer] = [:]
                for question in page.questions { item[question.id] = answer(question, using: &random) }
                return item
            }
            return
        }
        for question in page.questions {
            // Answering a page again means its answers led to an exit: a yes/no answer flips rather than rolls again.
            if question.type == .yesNo, case .text(let previous)? = answers.values[question.id] {
                answers.values[question.id] = .text(previous == "yes" ? "no" : "yes")
                continue
            }
            answers.values[question.id] = question.required || random.chance(0.6) ? answer(question, using: &random) : nil
        }
    }

    private func answer(_ question: Question, using random: inout SeededRandom) -> Answer? {
        switch question.type {
        case .text:
            if let pattern = question.pattern { return PatternSample.make(pattern, using: &random).map(Answer.text) }
            if question.id.contains("name") {
                let name = question.id.contains("organisation") ? "\(person.town) Community Council" : person.fullName
                return .text(String(name.prefix(question.effectiveMaxLength)))
            }
            return .text(String(words(2...4, using: &random).prefix(question.effectiveMaxLength)))
        case .longText:
            let text = words(8...24, using: &random)
            return .text(String((text.prefix(1).uppercased() + text.dropFirst() + ".").prefix(question.effectiveMaxLength)))
        case .number:
            let low = question.minimum.map { NSDecimalNumber(decimal: $0).intValue } ?? 1
            let high = question.maximum.map { NSDecimalNumber(decimal: $0).intValue } ?? low + 5
            return .integer(Int.random(in: low...max(low, min(high, low + 20)), using: &random))
        case .decimal:
            let low = question.minimum.map { NSDecimalNumber(decimal: $0).doubleValue } ?? 5
            let high = question.maximum.map { NSDecimalNumber(decimal: $0).doubleValue } ?? 500
            let pennies = Int((Double.random(in: low...max(low, high), using: &random) * 100).rounded(.down))
            return .decimal(Decimal(pennies) / 100, places: question.places)
        // A date and slot as a citizen would pick (generated cases are written straight to the tables, so they take no places).
        case .appointment:
            guard let slot = question.options.randomElement(using: &random)?.value else { return nil }
            return .appointment(Appointment(day: today.adding(days: Int.random(in: 3...20, using: &random)), slot: slot))
        case .email: return .text(person.email)
        case .phone: return .text(person.phone)
        case .postcode: return .text(person.postcode)
        case .date:
            let offset = question.pastOnly ? -Int.random(in: 30...9000, using: &random)
                : question.futureOnly ? Int.random(in: 7...60, using: &random) : Int.random(in: -30...30, using: &random)
            let day = today.adding(days: offset)
            return .date(year: day.year, month: day.month, day: day.day)
        case .choice:
            return random.pick(question.options).map { .text($0.value) }
        case .yesNo:
            return .text(random.chance(0.7) ? "no" : "yes")
        case .declaration:
            return .text("yes")
        case .niNumber:
            return .text("QQ\(Int.random(in: 100_000...999_999, using: &random))C")
        case .choices:
            let most = min(question.maxSelected ?? question.options.count, question.options.count)
            let least = min(max(question.minSelected ?? 1, 1), most)
            guard most > 0 else { return nil }
            var chosen = Set(question.options.shuffled(using: &random).prefix(Int.random(in: least...most, using: &random)).map(\.value))
            // "None of these" only ever alone.
            if chosen.count > 1 { chosen.subtract(question.options.filter(\.exclusive).map(\.value)) }
            return .selection(question.options.map(\.value).filter(chosen.contains))
        case .address:
            return .address(Address(line1: "\(person.houseNumber) \(person.street)", line2: "", town: person.town, postcode: person.postcode))
        case .location:
            return .location(Location(
                latitude: 57.48 + Double.random(in: -0.8...0.8, using: &random), longitude: -4.22 + Double.random(in: -1.5...1.0, using: &random),
                description: "Outside \(person.houseNumber) \(person.street), \(person.town)"
            ))
        case .file:
            return nil
        }
    }

    private func words(_ count: ClosedRange<Int>, using random: inout SeededRandom) -> String {
        (0..<Int.random(in: count, using: &random)).compactMap { _ in random.pick(SyntheticPeople.words) }.joined(separator: " ")
    }
}
