import Domain

/// Webhook subscriptions: the list, a form to add one, and the signing secret of one just added (shown once).
public struct WebhooksPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var subscriptions: [WebhookSubscription]
    public var services: [ServiceChoice]
    /// Every event a subscription can ask for.
    public var knownEvents: [String]
    public var url: String
    public var service: String
    public var events: Set<String>
    /// The subscription just created and its secret.
    public var created: (id: Int64, secret: String)?
    public var errors: [FieldError]

    public init(layout: LayoutModel, csrfToken: String, subscriptions: [WebhookSubscription], services: [ServiceChoice], knownEvents: [String],
                url: String = "", service: String = "", events: Set<String> = [], created: (id: Int64, secret: String)? = nil,
                errors: [FieldError] = []) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.subscriptions = subscriptions
        self.services = services
        self.knownEvents = knownEvents
        self.url = url
        self.service = service
        self.events = events
        self.created = created
        self.errors = errors
    }
}

/// One webhook subscription: pause or resume it, and its delivery log.
public struct WebhookDeliveriesPage: PageModel {
    public var layout: LayoutModel
    public var csrfToken: String
    public var subscription: WebhookSubscription
    public var deliveries: [WebhookDelivery]

    public init(layout: LayoutModel, csrfToken: String, subscription: WebhookSubscription, deliveries: [WebhookDelivery]) {
        self.layout = layout
        self.csrfToken = csrfToken
        self.subscription = subscription
        self.deliveries = deliveries
    }
}
