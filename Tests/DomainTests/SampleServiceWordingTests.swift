import Foundation
import Testing

/// The sample services promise nothing their pages cannot do: no page draws a map, so none asks to mark one.
@Suite struct SampleServiceWordingTests {
    @Test func noSampleServiceAsksForSomethingOnAMapThatIsNotThere() throws {
        let promises = ["on the map", "on a map", "the map", "air a' mhapa", "air mapa", "click on", "drag the"]
        for file in try Fixtures.sampleServiceFiles() {
            let text = try String(contentsOf: file, encoding: .utf8).lowercased()
            for promise in promises {
                #expect(!text.contains(promise), "\(file.lastPathComponent) says “\(promise)”")
            }
        }
    }
}
