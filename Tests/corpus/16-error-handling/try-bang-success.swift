enum LoadError: Error {
    case missing(name: String)
}

func loadImage(named name: String) throws -> String {
    if name.isEmpty { throw LoadError.missing(name: name) }
    return "<image \(name)>"
}

let photo = try! loadImage(named: "Photo.jpg")
print(photo)
let sizes = ["a", "bb", "ccc"].map { try! loadImage(named: $0) }
print(sizes)
