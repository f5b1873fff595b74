/// Makes a string that matches a simple regular expression of the kind service definitions use for reference
/// numbers: literal characters, `[A-Za-z0-9]`-style classes, `{n}` and `?`. Nil for anything more elaborate.
enum PatternSample {
    static func make(_ pattern: String, using random: inout SeededRandom) -> String? {
        var output = ""
        var characters = Array(pattern)[...]
        while let first = characters.first {
            var choices: [Character]
            if first == "[" {
                guard let close = characters.firstIndex(of: "]") else { return nil }
                choices = expand(Array(characters[characters.index(after: characters.startIndex)..<close]))
                characters = characters[characters.index(after: close)...]
            } else if "()|*+.\\^$".contains(first) {
                return nil
            } else {
                choices = [first]
                characters = characters.dropFirst()
            }
            guard !choices.isEmpty else { return nil }
            var count = 1
            if characters.first == "?" {
                count = random.chance(0.5) ? 1 : 0
                characters = characters.dropFirst()
            } else if characters.first == "{" {
                guard let close = characters.firstIndex(of: "}"), let n = Int(String(characters[characters.index(after: characters.startIndex)..<close])) else { return nil }
                count = n
                characters = characters[characters.index(after: close)...]
            }
            for _ in 0..<count { output.append(random.pick(choices) ?? first) }
        }
        return output
    }

    /// `A-Za-z0-9` → every character in those ranges.
    private static func expand(_ body: [Character]) -> [Character] {
        var result: [Character] = []
        var index = 0
        while index < body.count {
            if index + 2 < body.count, body[index + 1] == "-",
               let low = body[index].unicodeScalars.first?.value, let high = body[index + 2].unicodeScalars.first?.value, low <= high {
                result += (low...high).compactMap { Unicode.Scalar($0).map(Character.init) }
                index += 3
            } else {
                result.append(body[index])
                index += 1
            }
        }
        return result
    }
}
