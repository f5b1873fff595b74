import ArgumentParser
import enum Domain.DefinitionWriter
import Foundation
import Importers

extension Services {
    struct ImportFrom: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-from",
            abstract: "Turn a form from another builder into a service definition: the YAML to standard output (or --output), a note per thing not carried to standard error as FILE:LOCATION: note."
        )

        @Argument(help: "govuk-forms (a GOV.UK Forms form document), formio (a Form.io form) or open-forms (an Open Forms export ZIP)")
        var format: String
        @Argument(help: "The file to import") var file: String
        @Option(name: .long, help: "Write the YAML to this file instead of standard output") var output: String?

        func run() async throws {
            guard let importFormat = ImportFormat(rawValue: format) else {
                throw ValidationError("unknown format \(format); use \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file):1:1: cannot read the file")
                throw ExitCode(1)
            }
            let result: ImportResult
            do {
                result = try importFormat.read([UInt8](data))
            } catch {
                printError(error.location.isEmpty ? "\(file): \(error.message)" : "\(file):\(error.location): \(error.message)")
                throw ExitCode(1)
            }
            let yaml = try DefinitionWriter.yaml(result.definition)
            for note in result.notes { printError("\(file):\(note.location): \(note.message)") }
            if let output {
                do {
                    try Data(yaml.utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    printError("\(output): cannot write the file (\(error.localizedDescription))")
                    throw ExitCode(1)
                }
            } else {
                print(yaml, terminator: yaml.hasSuffix("\n") ? "" : "\n")
            }
        }

        private func printError(_ line: String) {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
