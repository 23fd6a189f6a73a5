enum ParseError: Error {
    case empty
    case notANumber(String)
}
func parse(_ text: String) throws -> Int {
    if text.isEmpty { throw ParseError.empty }
    guard let n = Int(text) else { throw ParseError.notANumber(text) }
    return n
}
for input in ["12", "", "x1"] {
    do {
        let n = try parse(input)
        print("parsed \(n)")
    } catch ParseError.empty {
        print("empty input")
    } catch {
        print("error: \(error)")
    }
}
print((try? parse("7")) ?? -1, (try? parse("no")) ?? -1)
