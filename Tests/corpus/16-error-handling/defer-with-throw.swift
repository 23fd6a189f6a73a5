enum FileError: Error {
    case unreadable(String)
}

func processFile(_ name: String) throws -> String {
    print("open \(name)")
    defer { print("close \(name)") }
    if name.hasSuffix(".bin") {
        throw FileError.unreadable(name)
    }
    print("read \(name)")
    return "contents of \(name)"
}

for file in ["notes.txt", "data.bin"] {
    do {
        let text = try processFile(file)
        print(text)
    } catch {
        print("failed: \(error)")
    }
}
