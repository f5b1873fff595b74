import AsyncHTTPClient
import CouncilTestSupport
import Foundation
import Domain
import Integrations
import Testing

@Suite struct NotifyClientTests {
    static func withNotify(_ body: (StandInNotify, NotifyClient) async throws -> Void) async throws {
        try await StandInNotify.run { notify, http in
            try await body(notify, NotifyClient(key: try NotifyAPIKey(StandInNotify.apiKey), baseURL: notify.baseURL, httpClient: http))
        }
    }

    @Test func anAPIKeyIsReadFromTheEnd() throws {
        let key = try NotifyAPIKey("my-council-live-\(StandInNotify.serviceID)-\(StandInNotify.secret)")
        #expect(key.name == "my-council-live")
        #expect(key.serviceID == StandInNotify.serviceID)
        #expect(throws: NotifyError.invalidKey) { try NotifyAPIKey("not-a-key") }
        #expect(throws: NotifyError.invalidKey) { try NotifyAPIKey("name-\(StandInNotify.serviceID)x\(StandInNotify.secret)") }
        #expect(StandInNotify.checkTokenForTests(key.token(at: Date())) == nil)
        #expect(StandInNotify.checkTokenForTests(key.token(at: Date().addingTimeInterval(-120))) == "iat missing or more than 30 seconds off")
    }

    @Test func emailsAndTextsAreSentWithATokenNotifyAccepts() async throws {
        try await Self.withNotify { notify, client in
            let id = try await client.send(to: .email("morag@example.com"), templateID: "t-email", personalisation: ["subject": "Hello", "body": "Text"], reference: "job-1")
            #expect(!id.isEmpty)
            _ = try await client.send(to: .sms("07700900982"), templateID: "t-sms", personalisation: ["body": "Text"], reference: "job-2")
            #expect(notify.refused.isEmpty)
            #expect(notify.received.map(\.kind) == ["email", "sms"])
            #expect(notify.received.first?.personalisation == ["subject": "Hello", "body": "Text"])
            #expect(notify.received.first?.reference == "job-1")
        }
    }

    @Test func notifysRefusalsSayWhetherToTryAgain() async throws {
        try await Self.withNotify { notify, client in
            notify.reply(.validationError, .authError, .rateLimited, .serverError)
            let expected: [(Bool, String)] = [(false, "ValidationError"), (false, "AuthError"), (true, "rate limit"), (true, "status 500")]
            for (temporary, text) in expected {
                do {
                    _ = try await client.send(to: .email("x@example.com"), templateID: "t", personalisation: [:], reference: "r")
                    Issue.record("expected a failure mentioning \(text)")
                } catch let error as NotifyError {
                    #expect(error.isTemporary == temporary, "\(error)")
                    #expect(error.description.contains(text), "\(error)")
                }
            }
            #expect(notify.received.isEmpty)
        }
    }

    @Test func aWrongSecretIsRefusedByTheStandIn() async throws {
        try await Self.withNotify { notify, _ in
            let http = HTTPClient(eventLoopGroupProvider: .singleton)
            let wrong = NotifyClient(key: try NotifyAPIKey("k-\(StandInNotify.serviceID)-00000000-0000-0000-0000-000000000000"), baseURL: notify.baseURL, httpClient: http)
            await #expect(throws: NotifyError.unauthorised(reason: "AuthError: bad signature")) {
                _ = try await wrong.send(to: .email("x@example.com"), templateID: "t", personalisation: [:], reference: "r")
            }
            try await http.shutdown()
        }
    }

    @Test func aMessagesStatusIsReadBackWithTheSameToken() async throws {
        try await Self.withNotify { notify, client in
            let id = try await client.send(to: .email("morag@example.com"), templateID: "t", personalisation: [:], reference: "job-1")
            let delivered = try await client.status(of: id)
            #expect(delivered.status == .delivered)
            #expect(delivered.at == NotifyTime.parse("2026-11-25T10:00:05.123456Z"), "completed_at")
            notify.setStatus("sending", for: id)
            #expect(try await client.status(of: id).status == .sending)
            #expect(!DeliveryStatus.sending.isFinal)
            await #expect(throws: NotifyError.rejected(status: 404, reason: "NoResultFound: No result found")) {
                _ = try await client.status(of: "00000000-0000-0000-0000-000000000000")
            }
            #expect(notify.refused.isEmpty)
            #expect(notify.statusQueries.count == 3)
        }
    }

    @Test func notifysTimesAreRead() {
        let date = NotifyTime.parse("2026-11-25T10:15:42.123456Z")
        #expect(date.map { abs($0.timeIntervalSince1970 - 1_795_601_742.123) < 0.0005 } == true)
        #expect(NotifyTime.parse("2026-11-25T10:15:42Z") != nil)
        #expect(NotifyTime.parse("yesterday") == nil)
    }
}
