import Domain
import Foundation
import Hummingbird

/// `GET /location/postcode?postcode=…`: a postcode's centre as JSON, for the map picker's "Find" (the map moves
/// there; nothing is filled in). 404 for a postcode the council has not loaded. Postcode centres are open data.
struct PostcodeSearchController {
    let centres: any PostcodeCentres

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("location/postcode") { request, _ -> Response in
            let postcode = request.uri.queryParameters.get("postcode") ?? ""
            guard postcode.count <= 10, let centre = try await centres.centre(postcode: postcode) else {
                return Self.json(#"{"found":false}"#, status: .notFound)
            }
            return Self.json(#"{"found":true,"latitude":\#(centre.latitude),"longitude":\#(centre.longitude)}"#, status: .ok)
        }
    }

    private static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
