import Hummingbird
import NIOCore
import Views

/// Serves the stylesheet; it changes only with a release, so browsers may keep it for a day.
struct AssetsController {
    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("assets/{file}") { _, context -> Response in
            let name = try context.parameters.require("file")
            guard let data = Assets.file(named: name) else { throw HTTPError(.notFound) }
            let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "application/octet-stream"
            return Response(
                status: .ok,
                headers: [.contentType: type, .cacheControl: "public, max-age=86400"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
            )
        }
    }
}
