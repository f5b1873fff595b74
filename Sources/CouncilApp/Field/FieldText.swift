import Domain
import Foundation
import Hummingbird
import NIOCore

/// How jobs and their outcomes read on the field and case pages.
enum FieldText {
    static func who(_ job: Job, names: [Int64: String]) -> String {
        if let id = job.assigneeID { return names[id] ?? "staff \(id)" }
        return job.crew ?? "Nobody yet"
    }

    /// The timeline's words for an outcome: "Completed – notes", "Could not complete: reason".
    static func outcomeSummary(_ form: FieldOutcomeForm) -> String {
        var text = form.outcome.label
        if let reason = form.reason { text += ": \(reason)" }
        if let notes = form.notes { text += " – \(notes)" }
        if form.photo != nil { text += " (photo)" }
        return text
    }

    /// What a done job shows instead of its form.
    static func recorded(_ job: Job) -> String? {
        switch job.status {
        case .scheduled: return nil
        case .cancelled: return "Cancelled."
        case .completed:
            var text = "Recorded: \(job.outcome?.label ?? "done")"
            if let at = job.completedAt { text += " at " + DisplayDate.dayAndTime(at) }
            text += "."
            if let reason = job.reason { text += " Why it could not be completed: " + sentence(reason) }
            if let notes = job.notes { text += " Notes: " + sentence(notes) }
            return text
        }
    }

    /// The worker's words as one sentence: a full stop added only if they did not end with their own.
    static func sentence(_ words: String) -> String {
        let trimmed = words.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.unicodeScalars.last else { return "" }
        return ".!?…".unicodeScalars.contains(last) ? trimmed : trimmed + "."
    }
}

/// A job's photo as a response: its checked type (JPG or PNG only were accepted), never cached.
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
