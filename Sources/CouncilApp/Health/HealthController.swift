import Hummingbird
import Domain

/// Health for load balancers and operators.
///
/// `GET /healthz` is readiness: 200 only when this server can serve requests in full — the database answers a read
/// and commits a write (`Readiness`) — else 503 with the reason, so a balancer sends traffic elsewhere. `GET /livez`
/// is liveness: 200 whenever the process answers at all, for a supervisor deciding whether to restart it; a database
/// fault is no reason to restart, since the server recovers by itself once the fault clears.
struct HealthController {
    let storage: any StorageHealth
    let readiness: Readiness

    struct Health: ResponseEncodable {
        var status: String
        var database: String
        var reason: String?
    }

    struct Alive: ResponseEncodable {
        var status = "ok"
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("healthz") { _, _ -> EditedResponse<Health> in
            let engine = storage.engineName
            let outcome = await readiness.check()
            if outcome.ready {
                return EditedResponse(status: .ok, response: Health(status: "ok", database: engine))
            }
            return EditedResponse(status: .serviceUnavailable, response: Health(status: "unavailable", database: engine, reason: outcome.reason))
        }
        router.get("livez") { _, _ in Alive() }
    }
}
