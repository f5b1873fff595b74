import Hummingbird
import Persistence

/// `GET /healthz` for load balancers and operators: 200 when the database answers, 503 when it does not.
struct HealthController {
    let database: Database

    struct Health: ResponseEncodable {
        var status: String
        var database: String
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("healthz") { _, _ -> EditedResponse<Health> in
            let engine = database.engine.rawValue
            if await database.ping() {
                return EditedResponse(status: .ok, response: Health(status: "ok", database: engine))
            }
            return EditedResponse(status: .serviceUnavailable, response: Health(status: "unavailable", database: engine))
        }
    }
}
