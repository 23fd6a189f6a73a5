enum ParseError: Error {
    case empty
    case notANumber(String)
}

func parse(_ text: String) throws -> Int {
    if text.isEmpty { throw ParseError.empty }
    guard let value = Int(text) else { throw ParseError.notANumber(text) }
    return value
}

for input in ["42", "", "abc", "-7"] {
    do {
        let n = try parse(input)
        print("parsed \(n)")
    } catch let e as ParseError {
        print("parse error: \(e)")
    } catch {
        print("other error")
    }
}
