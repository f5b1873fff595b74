import Domain

extension BackgroundTasksPage {
    public func body(_ page: inout PageParts) {
        let language = layout.language
        page.heading(Phrase.navBackgroundTasks(language))
        if let done { page.notice((done == .retry ? Phrase.tasksRetried : .tasksDiscarded)(language)) }
        page.table(caption: Phrase.tasksByStatus(language), headers: [Phrase.tasksStatus(language), Phrase.tasksCount(language)],
                   rows: BackgroundJobStatus.allCases.map { status in
                       [(status.name(language), "/admin/jobs?status=\(status.rawValue)"), (String(counts[status] ?? 0), nil)]
                   })
        page.subheading(Phrase.tasksScheduled(language))
        page.paragraph(Phrase.tasksScheduledIntro(language))
        page.table(caption: Phrase.tasksScheduledCaption(language),
                   headers: [Phrase.tasksTask(language), Phrase.tasksWhen(language), Phrase.tasksWhatItDoes(language), Phrase.tasksLastRun(language)],
                   rows: scheduled.map { task in
                       [(task.topic, nil), (task.period, nil), (task.summary, nil), (task.lastRun ?? Phrase.tasksNotYet(language), nil)]
                   })
        page.subheading(Phrase.tasksListed(status.name)(language))
        if listed.isEmpty { page.paragraph(Phrase.tasksNone(language)) }
        for task in listed {
            page.summaryList([
                (Phrase.tasksTask(language), Phrase.tasksFor(task.id, task.topic, task.reference)(language), nil),
                (Phrase.tasksAttempts(language), String(task.attempts), nil),
                (Phrase.tasksLastError(language), task.lastError ?? "–", nil),
                (Phrase.tasksResult(language), task.result ?? "–", nil),
                (Phrase.tasksCreated(language), StaffDate.dayAndTime(task.createdAt, language), nil),
            ])
            if task.status == .dead {
                page.formStart(action: "/admin/jobs/\(task.id)", csrf: csrfToken)
                page.raw("<div class=\"button-group\">\n")
                page.button(Phrase.tasksRetry(task.id)(language), secondary: true, name: "action", value: "retry")
                page.button(Phrase.tasksDiscard(task.id)(language), warning: true, name: "action", value: "discard")
                page.raw("</div>\n")
                page.formEnd()
            }
        }
    }
}
