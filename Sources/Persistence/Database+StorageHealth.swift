import Domain

extension Database: StorageHealth {
    public var engineName: String { engine.rawValue }
}

extension SQLSyntheticCaseLoader: SyntheticCaseLoader {}
