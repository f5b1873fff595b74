import Hummingbird
import Views
import NIOCore

extension Response {
    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// 303 after a form post, so reloading the next page never re-sends the form.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func found(_ location: String) -> Response {
        Response(status: .found, headers: [.location: location])
    }
}

extension PageModel {
    /// The rendered page as an HTML response, setting any cookies given.
    func response(status: HTTPResponse.Status = .ok, cookies: [Cookie?] = []) -> Response {
        var response = Response.html(render(), status: status)
        for cookie in cookies.compactMap({ $0 }) { response.setCookie(cookie) }
        return response
    }
}
