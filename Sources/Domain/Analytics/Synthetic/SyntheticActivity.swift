import Foundation

/// A satisfaction answer invented for a generated case.
public struct SyntheticFeedback: Sendable, Equatable {
    public var serviceSlug: String
    public var version: Int
    public var day: Int
    public var rating: Int
    public var comment: String?
    public var language: String
    public var createdAt: Date
}

/// The journeys behind one generated case: for an online submission, the journey that led to it plus the journeys
/// others started and left (each ending on a page, sometimes after a validation error, an exit page or a save), its
/// feedback; for every submission its `submitted` count in its ward; for a decided case, `decided` with the days
/// taken and `in_target` or `late`. Drop-off is steepest on the first pages and on pages with more questions.
struct SyntheticActivity {
    let definition: ServiceDefinition
    let version: Int
    /// Of the journeys started, the share that end in a submission: between 55% and 85%, fixed per service.
    var completion: Double {
        let hash = definition.slug.unicodeScalars.reduce(7) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return 0.55 + Double(hash % 31) / 100
    }

    static let ratings: [(Int, Double)] = [(5, 0.42), (4, 0.30), (3, 0.13), (2, 0.08), (1, 0.07)]
    static let comments = ["Quick and easy.", "Clear questions.", "Took longer than I expected.", "Could not find the right option."]

    /// Each key is one addition of 1 to its counter.
    func counts(for item: SyntheticCase, area: String, using random: inout SeededRandom) -> (counts: [MeasureKey], feedback: SyntheticFeedback?) {
        let submission = item.submission
        let day = Int(submission.submittedAt.timeIntervalSince1970 / 86_400)
        let language = submission.language.rawValue
        func count(_ measure: Measure, _ detail: String = "", area: String = "", day: Int = day) -> MeasureKey {
            MeasureKey(day: day, service: definition.slug, version: version, channel: submission.channel, language: submission.language,
                       area: area, measure: measure, detail: detail)
        }
        var counts = [count(.submitted, area: area)]
        if let met = item.targetMetAt, let due = submission.dueDay {
            let decidedDay = Int(met.timeIntervalSince1970 / 86_400)
            counts.append(count(.decided, String(max(0, decidedDay - day)), area: area, day: decidedDay))
            counts.append(count(decidedDay <= due ? .inTarget : .late, area: area, day: decidedDay))
        }
        guard submission.channel == .online else { return (counts, nil) }

        let questionPages = definition.pages.filter { !$0.isExit && !$0.questions.isEmpty }
        let exits = definition.pages.filter(\.isExit)
        // The journey that was sent: every page answered, some shown twice, an error now and then.
        counts.append(count(.started))
        for page in questionPages {
            counts.append(count(.page, page.id))
            counts.append(count(.view, page.id))
            if random.chance(0.15) { counts.append(count(.view, page.id)) }
            if random.chance(0.05), let question = page.questions.first { counts.append(count(.error, "\(question.id):required")) }
        }
        if random.chance(0.08) { counts.append(count(.saved)) }
        // Journeys left unfinished, as many per submission on average as the service's completion rate implies.
        while random.chance(1 - completion), !questionPages.isEmpty {
            counts.append(count(.started))
            let weights = questionPages.enumerated().map { index, page in (index, Double(page.questions.count) / Double(index + 1)) }
            let stop = random.weighted(weights) ?? 0
            for page in questionPages[..<stop] {
                counts.append(count(.page, page.id))
                counts.append(count(.view, page.id))
            }
            let stopPage = questionPages[stop]
            counts.append(count(.view, stopPage.id))
            if random.chance(0.3), let question = stopPage.questions.first {
                counts.append(count(.error, "\(question.id):\(random.chance(0.6) ? "required" : "invalid")"))
            }
            if let exit = random.pick(exits), random.chance(0.15) { counts.append(count(.exit, exit.id)) }
            if random.chance(0.1) { counts.append(count(.saved)) }
        }
        guard random.chance(0.12), let rating = random.weighted(Self.ratings) else { return (counts, nil) }
        counts.append(count(.feedback, String(rating)))
        let feedback = SyntheticFeedback(serviceSlug: definition.slug, version: version, day: day, rating: rating,
                                         comment: random.chance(0.2) ? random.pick(Self.comments) : nil, language: language,
                                         createdAt: submission.submittedAt.addingTimeInterval(60))
        return (counts, feedback)
    }
}
