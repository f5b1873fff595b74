import Foundation
import Hummingbird
import NIOCore
import Views

/// Serves the stylesheet and the map picker's script, and Leaflet from where Debian's `libjs-leaflet` installs it;
/// they change only with a release (or a package upgrade), so browsers may keep them for a day.
struct AssetsController {
    /// Leaflet's folder; when it is missing its addresses answer 404 and the location question works without a map.
    var leafletDirectory: String

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("assets/{file}") { _, context -> Response in
            let name = try context.parameters.require("file")
            guard let data = Assets.file(named: name) else { throw HTTPError(.notFound) }
            return Self.response(data, name: name)
        }
        router.get("assets/leaflet/{file}") { _, context -> Response in
            try self.leafletFile(context.parameters.require("file"), folder: nil)
        }
        router.get("assets/leaflet/images/{file}") { _, context -> Response in
            try self.leafletFile(context.parameters.require("file"), folder: "images")
        }
    }

    /// Only Leaflet's own kinds of file, by a plain name: nothing else in the folder (or outside it) is reachable.
    private func leafletFile(_ name: String, folder: String?) throws -> Response {
        guard name.range(of: #"^[a-z0-9-]+(\.min)?\.(js|css|png|svg)$"#, options: .regularExpression) != nil else { throw HTTPError(.notFound) }
        var url = URL(fileURLWithPath: leafletDirectory)
        if let folder { url.appendPathComponent(folder) }
        guard let data = try? Data(contentsOf: url.appendingPathComponent(name)) else { throw HTTPError(.notFound) }
        return Self.response(data, name: name)
    }

    static func response(_ data: Data, name: String) -> Response {
        let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "png": "image/png", "svg": "image/svg+xml",
                     "ico": "image/x-icon"]
        let type = types[(name as NSString).pathExtension] ?? "application/octet-stream"
        return Response(
            status: .ok,
            headers: [.contentType: type, .cacheControl: "public, max-age=86400"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
