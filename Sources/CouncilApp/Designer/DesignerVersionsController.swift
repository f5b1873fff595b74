import Domain
import Foundation
import Hummingbird
import Views

/// `/designer/services/{slug}/versions`: the history, publishing the draft (now or later, with a closing time and a
/// submission limit), rolling back, approving or withdrawing a pending version, closing, archiving, the service's
/// settings; comparing two versions (or the draft); and the route map. `ServiceDesign` checks and audits each action.
struct DesignerVersionsController {
    let services: AppServices
    var pages: FormPages { FormPages(services: services) }
    var editing: DraftEditing { DraftEditing(services: services) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let service = router.group("designer/services/{slug}").staffArea()
        service.get("versions", use: versions)
        service.post("versions/publish", use: publish)
        service.post("versions/settings", use: saveSettings)
        service.get("versions/lifecycle/{action}", use: confirmLifecycle)
        service.post("versions/lifecycle", use: lifecycle)
        service.get("versions/compare", use: compare)
        service.post("versions/{version}", use: versionAction)
        service.get("route-map", use: routeMap)
    }

    private func slug(_ context: StaffRequestContext) throws -> String {
        let slug = try context.parameters.require("slug")
        guard context.staff.access.mayDesign(slug) else { throw HTTPError(.forbidden) }
        return slug
    }

    // MARK: The page

    @Sendable func versions(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        let (session, cookie) = try await pages.browserSession(request, context.site)
        return try await page(slug, context, csrf: session.csrfToken).response(cookies: [cookie])
    }

    private func page(_ slug: String, _ context: StaffRequestContext, csrf: String, fields: [String: String] = [:], errors: [FieldError] = [],
                      notice: String? = nil) async throws -> DesignerVersionsPage {
        let designer = editing.designer(context)
        guard let overview = try await services.serviceDesign.services(for: designer).first(where: { $0.slug == slug }) else {
            throw HTTPError(.notFound)
        }
        let now = services.clock.now()
        let current = overview.status.current(at: now)?.version
        let emails = Dictionary(try await services.identity.staff.all().map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first })
        func name(_ actor: Actor?) -> String {
            switch actor {
            case .staff(let id)?: emails[id] ?? actor?.recorded ?? ""
            case .commandLine?: Phrase.auditCommandLine(context.language)
            case let other?: other.recorded
            case nil: Phrase.designerNone(context.language)
            }
        }
        let draft: DesignerVersionsPage.Draft
        if let source = overview.status.draft?.source {
            draft = (try? services.designerDefinitions.definition(source)) == nil ? .hasProblems : .ready
        } else {
            draft = .none
        }
        let language = context.language
        return DesignerVersionsPage(
            layout: context.layout(title: Phrase.designerVersionsTitle(language), path: DesignerPaths.versions(slug), errors: errors,
                                   back: DesignerPaths.service(slug)),
            csrf: csrf, slug: slug, title: overview.title, state: overview.state,
            rows: overview.status.versions.sorted { $0.version > $1.version }.map { record in
                .init(record: record, publishedBy: name(record.publishedBy), approvedBy: record.approvedBy.map { name($0) },
                      isCurrent: record.version == current)
            },
            draft: draft, settings: overview.status.settings, fields: fields, errors: errors, notice: notice)
    }

    /// A refusal shown on the versions page, against the field it is about.
    private func refused(_ error: ServiceDesignError, _ slug: String, _ context: StaffRequestContext, csrf: String, fields: [String: String],
                         field: String) async throws -> Response {
        let message = DesignerProblemLinks.message(error, context.language)
        let target = switch error {
        case .closingNotAfterLive: DesignerPublishForm.closesDate
        case .limitNotPositive: DesignerPublishForm.limit
        default: field
        }
        return try await page(slug, context, csrf: csrf, fields: fields, errors: [FieldError(questionID: target, message: message)])
            .response(status: .unprocessableContent)
    }

    private func published(_ outcome: ServiceDesign.Published, _ language: Language) -> String {
        switch outcome {
        case .live(let version): Phrase.designerPublishedNow(version)(language)
        case .scheduled(let version, let liveFrom): Phrase.designerScheduled(version, StaffDate.dayAndTime(liveFrom, language))(language)
        case .awaitingApproval(let version): Phrase.designerAwaitingApproval(version)(language)
        }
    }

    // MARK: Publishing

    @Sendable func publish(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        let (form, session) = try await pages.postedForm(request, context.site)
        let language = context.language
        var fields: [String: String] = [:]
        for name in [DesignerPublishForm.changeNote, DesignerPublishForm.when, DesignerPublishForm.liveDate, DesignerPublishForm.liveTime,
                     DesignerPublishForm.closesDate, DesignerPublishForm.closesTime, DesignerPublishForm.limit] {
            fields[name] = form.value(name).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var errors: [FieldError] = []
        var liveFrom: Date?
        if fields[DesignerPublishForm.when] == "later" {
            liveFrom = PublishTimes.moment(fields[DesignerPublishForm.liveDate] ?? "", fields[DesignerPublishForm.liveTime] ?? "",
                                           dateField: DesignerPublishForm.liveDate, timeField: DesignerPublishForm.liveTime, language, &errors)
        }
        var closesAt: Date?
        if !(fields[DesignerPublishForm.closesDate] ?? "").isEmpty || !(fields[DesignerPublishForm.closesTime] ?? "").isEmpty {
            closesAt = PublishTimes.moment(fields[DesignerPublishForm.closesDate] ?? "", fields[DesignerPublishForm.closesTime] ?? "",
                                           dateField: DesignerPublishForm.closesDate, timeField: DesignerPublishForm.closesTime, language, &errors)
        }
        var limit: Int?
        if let text = fields[DesignerPublishForm.limit], !text.isEmpty {
            limit = Int(text)
            if limit == nil { errors.append(FieldError(questionID: DesignerPublishForm.limit, message: Phrase.designerLimitInvalid(language))) }
        }
        guard errors.isEmpty else {
            return try await page(slug, context, csrf: session.csrfToken, fields: fields, errors: errors).response(status: .unprocessableContent)
        }
        let choices = PublishChoices(liveFrom: liveFrom, changeNote: fields[DesignerPublishForm.changeNote], closesAt: closesAt, submissionLimit: limit)
        do {
            let outcome = try await services.serviceDesign.publishDraft(slug: slug, choices, by: editing.designer(context))
            services.catalogue.invalidate()
            return try await page(slug, context, csrf: session.csrfToken, notice: published(outcome, language)).response()
        } catch let error as ServiceDesignError {
            return try await refused(error, slug, context, csrf: session.csrfToken, fields: fields, field: DesignerPublishForm.changeNote)
        }
    }

    @Sendable func versionAction(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        guard let version = Int(try context.parameters.require("version")) else { throw HTTPError(.notFound) }
        let (form, session) = try await pages.postedForm(request, context.site)
        let designer = editing.designer(context)
        let language = context.language
        let noteField = "\(DesignerPublishForm.rollBackNote)-\(version)"
        let note = form.value(noteField).trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            let notice: String
            switch form.value(DesignerPublishForm.action) {
            case "approve":
                notice = published(try await services.serviceDesign.approve(slug: slug, version: version, by: designer), language)
            case "withdraw":
                try await services.serviceDesign.withdraw(slug: slug, version: version, by: designer)
                notice = Phrase.designerWithdrawn(version)(language)
            case "rollback":
                let outcome = try await services.serviceDesign.rollBack(slug: slug, to: version, PublishChoices(changeNote: note), by: designer)
                notice = Phrase.designerRolledBack(version)(language) + " " + published(outcome, language)
            default:
                throw HTTPError(.badRequest)
            }
            services.catalogue.invalidate()
            return try await page(slug, context, csrf: session.csrfToken, notice: notice).response()
        } catch let error as ServiceDesignError {
            return try await refused(error, slug, context, csrf: session.csrfToken, fields: [noteField: note], field: noteField)
        }
    }

    // MARK: Settings, closing, archiving

    @Sendable func saveSettings(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        let (form, session) = try await pages.postedForm(request, context.site)
        let designer = editing.designer(context)
        do {
            if let audience = ServiceAudience(rawValue: form.value(DesignerPublishForm.audience)) {
                try await services.serviceDesign.setAudience(slug: slug, audience, by: designer)
            }
            switch form.value(DesignerPublishForm.requiresApproval) {
            case "yes": try await services.serviceDesign.setRequiresApproval(slug: slug, true, by: designer)
            case "no": try await services.serviceDesign.setRequiresApproval(slug: slug, false, by: designer)
            default: break
            }
            services.catalogue.invalidate()
            return try await page(slug, context, csrf: session.csrfToken, notice: Phrase.designerSettingsSaved(context.language)).response()
        } catch let error as ServiceDesignError {
            return try await refused(error, slug, context, csrf: session.csrfToken, fields: [:], field: DesignerPublishForm.audience)
        }
    }

    /// "Are you sure?" before closing or archiving: the consequences in words, and the button that posts the action.
    @Sendable func confirmLifecycle(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        guard let action = DesignerLifecycleConfirmPage.Action(rawValue: try context.parameters.require("action")) else { throw HTTPError(.notFound) }
        guard let overview = try await services.serviceDesign.services(for: editing.designer(context)).first(where: { $0.slug == slug }) else {
            throw HTTPError(.notFound)
        }
        let (session, cookie) = try await pages.browserSession(request, context.site)
        let language = context.language
        let heading = action == .close ? Phrase.designerConfirmCloseTitle(language) : Phrase.designerConfirmArchiveTitle(language)
        return DesignerLifecycleConfirmPage(
            layout: context.layout(title: heading, path: DesignerPaths.confirmLifecycle(slug, action), back: DesignerPaths.versions(slug)),
            csrf: session.csrfToken, slug: slug, title: overview.title, action: action
        ).response(cookies: [cookie])
    }

    @Sendable func lifecycle(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        let (form, session) = try await pages.postedForm(request, context.site)
        let designer = editing.designer(context)
        let language = context.language
        // Closing and archiving are done only from their "Are you sure?" page; a post without it is sent there.
        let chosen = form.value(DesignerPublishForm.lifecycle)
        if let action = DesignerLifecycleConfirmPage.Action(rawValue: chosen), form.value(DesignerPublishForm.confirmed) != "yes" {
            return .seeOther(DesignerPaths.confirmLifecycle(slug, action))
        }
        do {
            let notice: String
            switch chosen {
            case "close":
                try await services.serviceDesign.closeNow(slug: slug, by: designer)
                notice = Phrase.designerClosed(language)
            case "archive":
                try await services.serviceDesign.archive(slug: slug, by: designer)
                notice = Phrase.designerArchived(language)
            case "unarchive":
                try await services.serviceDesign.unarchive(slug: slug, by: designer)
                notice = Phrase.designerUnarchived(language)
            default:
                throw HTTPError(.badRequest)
            }
            services.catalogue.invalidate()
            return try await page(slug, context, csrf: session.csrfToken, notice: notice).response()
        } catch let error as ServiceDesignError {
            return try await refused(error, slug, context, csrf: session.csrfToken, fields: [:], field: DesignerPublishForm.lifecycle)
        }
    }

    // MARK: Comparing and the route map

    /// A version's definition by number, or the draft's (numbered as the version it would become).
    private func definition(_ slug: String, _ which: String, _ context: StaffRequestContext) async throws -> (ServiceDefinition, Int)? {
        let designer = editing.designer(context)
        if which == DesignerPublishForm.draftValue {
            guard let draft = try await services.serviceDesign.draft(slug: slug, for: designer),
                  let definition = try? services.designerDefinitions.definition(draft.source) else { return nil }
            let newest = try await services.serviceDesign.history(slug: slug, for: designer).first?.version ?? 0
            return (definition, newest + 1)
        }
        guard let number = Int(which), let version = try await services.catalogue.version(slug: slug, version: number) else { return nil }
        return (version.definition, number)
    }

    @Sendable func compare(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        let query = request.uri.queryParameters
        let from = query.get(DesignerPublishForm.compareFrom) ?? ""
        let to = query.get(DesignerPublishForm.compareTo) ?? ""
        guard let (older, fromNumber) = try await definition(slug, from, context),
              let (newer, toNumber) = try await definition(slug, to, context) else { throw HTTPError(.notFound) }
        let layout = context.layout(title: Phrase.diffTitle(context.language), path: DesignerPaths.compare(slug), back: DesignerPaths.versions(slug))
        return DefinitionDiffPage(layout: layout, serviceTitle: newer.title.text(context.language), fromVersion: fromNumber, toVersion: toNumber,
                                  diff: DefinitionDiff(from: older, to: newer)).response()
    }

    /// The draft's route map when there is a draft (or `?version=N`'s), else the current version's.
    @Sendable func routeMap(_ request: Request, context: StaffRequestContext) async throws -> Response {
        let slug = try slug(context)
        let asked = request.uri.queryParameters.get("version")
        let found: (ServiceDefinition, Int)?
        if let asked {
            found = try await definition(slug, asked, context)
        } else if let draft = try await definition(slug, DesignerPublishForm.draftValue, context) {
            found = draft
        } else if let current = try await services.catalogue.current(slug: slug) {
            found = (current.definition, current.version)
        } else {
            found = nil
        }
        guard let (definition, version) = found else { throw HTTPError(.notFound) }
        let language = context.language
        return RouteMapPage(
            layout: context.layout(title: Phrase.routeMapTitle(language), path: DesignerPaths.routeMap(slug), back: DesignerPaths.service(slug)),
            serviceTitle: definition.title.text(language), version: version, map: RouteMap(definition)
        ).response()
    }
}

/// A date (`2027-03-31`) and time (`09:00`) typed on the publish form, in the council's time zone.
enum PublishTimes {
    static func moment(_ date: String, _ time: String, dateField: String, timeField: String, _ language: Language,
                       _ errors: inout [FieldError]) -> Date? {
        let day = date.split(separator: "-").compactMap { Int($0) }
        let clock = time.isEmpty ? [0, 0] : time.split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, date.split(separator: "-").count == 3 else {
            errors.append(FieldError(questionID: dateField, message: Phrase.designerDateInvalid(language)))
            return nil
        }
        guard clock.count == 2, (0...23).contains(clock[0]), (0...59).contains(clock[1]) else {
            errors.append(FieldError(questionID: timeField, message: Phrase.designerTimeInvalid(language)))
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CouncilClock.councilTimeZone
        let parts = DateComponents(year: day[0], month: day[1], day: day[2], hour: clock[0], minute: clock[1])
        guard parts.isValidDate(in: calendar), let moment = calendar.date(from: parts) else {
            errors.append(FieldError(questionID: dateField, message: Phrase.designerDateInvalid(language)))
            return nil
        }
        return moment
    }
}
