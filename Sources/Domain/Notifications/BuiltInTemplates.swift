/// The messages every service gets for the events its definition has no template for, in English and Gaelic.
/// Lines whose fields are all empty are left out when rendered, so one text serves cases with and without a link,
/// a reason or a time slot.
extension MessageTemplate {
    public static func builtIn(_ event: NotificationEvent) -> MessageTemplate {
        switch event {
        case .submitted: submitted
        case .statusChanged: statusChanged
        case .informationRequested: informationRequested
        case .appointmentBooked: appointmentBooked
        case .reminder: reminder
        }
    }

    private static let submitted = MessageTemplate(
        emailSubject: LocalisedTemplate(builtIn: "We have received your request: ((reference))",
                                        gaelic: "Fhuair sinn an t-iarrtas agad: ((reference))"),
        emailBody: LocalisedTemplate(
            builtIn: """
            ((service))

            Your reference is ((reference)).

            Booked for ((date)), ((slot)).

            You can follow your request at ((link))

            Keep this message: you will need the reference if you contact us.
            """,
            gaelic: """
            ((service))

            Seo an àireamh-iomraidh agad: ((reference)).

            Glèidhte airson ((date)), ((slot)).

            Chì thu mar a tha d’ iarrtas a’ dol aig ((link))

            Cùm an teachdaireachd seo: bidh feum agad air an àireamh-iomraidh ma chuireas tu fios thugainn.
            """),
        sms: LocalisedTemplate(builtIn: "((service)): we have received your request. Your reference is ((reference)).",
                               gaelic: "((service)): fhuair sinn an t-iarrtas agad. Seo an àireamh-iomraidh agad: ((reference)).")
    )

    private static let statusChanged = MessageTemplate(
        emailSubject: LocalisedTemplate(builtIn: "Your request ((reference)) has been updated",
                                        gaelic: "Chaidh an t-iarrtas agad ((reference)) ùrachadh"),
        emailBody: LocalisedTemplate(
            builtIn: """
            ((service))

            ((status_text))

            ((reason))

            Reference: ((reference))

            You can see your request at ((link))
            """,
            gaelic: """
            ((service))

            ((status_text))

            ((reason))

            Àireamh-iomraidh: ((reference))

            Chì thu d’ iarrtas aig ((link))
            """),
        sms: LocalisedTemplate(builtIn: "Your request ((reference)): ((status_text)) ((reason))",
                               gaelic: "An t-iarrtas agad ((reference)): ((status_text)) ((reason))")
    )

    private static let informationRequested = MessageTemplate(
        emailSubject: LocalisedTemplate(builtIn: "We need more information about ((reference))",
                                        gaelic: "Feumaidh sinn barrachd fiosrachaidh mu ((reference))"),
        emailBody: LocalisedTemplate(
            builtIn: """
            We need more information to deal with your request ((reference)):

            ((question))

            Reply here: ((link))
            """,
            gaelic: """
            Feumaidh sinn barrachd fiosrachaidh mus urrainn dhuinn dèiligeadh ris an iarrtas agad ((reference)):

            ((question))

            Freagair an seo: ((link))
            """),
        sms: LocalisedTemplate(builtIn: "We need more information about your request ((reference)). Reply here: ((link))",
                               gaelic: "Feumaidh sinn barrachd fiosrachaidh mun iarrtas agad ((reference)). Freagair an seo: ((link))")
    )

    private static let appointmentBooked = dated(
        subject: ("Booked for ((date)): ((reference))", "Glèidhte airson ((date)): ((reference))"),
        intro: ("We have booked a date for your request", "Ghlèidh sinn ceann-latha airson an iarrtais agad"),
        sms: ("((service)): booked for ((date)), ((slot)). Reference ((reference)).",
              "((service)): glèidhte airson ((date)), ((slot)). Àireamh-iomraidh ((reference)).")
    )

    private static let reminder = dated(
        subject: ("Reminder: ((date)) for ((reference))", "Cuimhneachan: ((date)) airson ((reference))"),
        intro: ("This is a reminder of the date booked for your request",
                "Seo cuimhneachan air a’ cheann-latha a chaidh a ghlèidheadh airson an iarrtais agad"),
        sms: ("Reminder: ((service)) on ((date)), ((slot)). Reference ((reference)).",
              "Cuimhneachan: ((service)) air ((date)), ((slot)). Àireamh-iomraidh ((reference)).")
    )

    /// A message about a booked date: the same email around an English and a Gaelic opening line.
    private static func dated(subject: (String, String), intro: (String, String), sms: (String, String)) -> MessageTemplate {
        let body = { (intro: String, link: String) in "((service))\n\n\(intro) ((reference)):\n\n((date))\n((slot))\n\n\(link) ((link))" }
        return MessageTemplate(
            emailSubject: LocalisedTemplate(builtIn: subject.0, gaelic: subject.1),
            emailBody: LocalisedTemplate(builtIn: body(intro.0, "You can see your request at"), gaelic: body(intro.1, "Chì thu d’ iarrtas aig")),
            sms: LocalisedTemplate(builtIn: sms.0, gaelic: sms.1)
        )
    }
}
