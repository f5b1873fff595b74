import Domain
import Foundation
import Hummingbird
import NIOCore
import Views

/// How visits and their outcomes read in the timeline and on the case page.
enum FieldText {
    static func who(_ visit: Visit, names: [Int64: String], _ language: Language) -> String {
        if let id = visit.assigneeID { return names[id] ?? Phrase.visitsStaff(id)(language) }
        return visit.crew ?? Phrase.visitsNobodyYet(language)
    }

    /// The timeline's words for an outcome (English, as the timeline stores it): "Completed – notes",
    /// "Could not complete: reason".
    static func outcomeSummary(_ form: FieldOutcomeForm) -> String {
        var text = Phrase.fieldOutcome(form.outcome).en
        if let reason = form.reason { text += ": \(reason)" }
        if let notes = form.notes { text += " – \(notes)" }
        if form.photo != nil { text += " (photo)" }
        return text
    }

    /// What a done visit shows instead of its form.
    static func recorded(_ visit: Visit, _ language: Language = .en) -> String? {
        FieldVisitRecord(visit)?.text(language)
    }
}

/// A visit's photo as a response: its checked type (JPG or PNG only were accepted), never cached.
enum FieldPhoto {
    static func response(_ photo: (reference: FileReference, data: [UInt8])) -> Response {
        let safeName = photo.reference.filename.filter { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_ ".contains($0)) }
        return Response(
            status: .ok,
            headers: [
                .contentType: photo.reference.contentType, .cacheControl: "private, no-store",
                .contentDisposition: "inline; filename=\"\(safeName.isEmpty ? "photo" : safeName)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: photo.data))
        )
    }
}
