import Hummingbird
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
