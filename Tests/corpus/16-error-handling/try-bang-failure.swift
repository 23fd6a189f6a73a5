enum ConfigError: Error {
    case missingKey(String)
}

let config = ["host": "localhost"]

func value(for key: String) throws -> String {
    guard let v = config[key] else { throw ConfigError.missingKey(key) }
    return v
}

print(try! value(for: "host"))
print("Reading port")
let port = try! value(for: "port")
print(port)
