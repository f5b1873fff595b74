/// The addresses of the service-level designer pages (creating, discarding, downloading, comparing, acting on versions).
extension DesignerPaths {
    public static let newService = "/designer/new"
    public static func discardDraft(_ slug: String) -> String { "\(service(slug))/discard" }
    public static func yamlDownload(_ slug: String) -> String { "\(yaml(slug))/download" }
    public static func publish(_ slug: String) -> String { "\(versions(slug))/publish" }
    public static func settings(_ slug: String) -> String { "\(versions(slug))/settings" }
    public static func lifecycle(_ slug: String) -> String { "\(versions(slug))/lifecycle" }
    public static func versionAction(_ slug: String, _ version: Int) -> String { "\(versions(slug))/\(version)" }
    public static func compare(_ slug: String) -> String { "\(versions(slug))/compare" }
    public static func compare(_ slug: String, from: String, to: String) -> String { "\(compare(slug))?from=\(from)&to=\(to)" }
}
