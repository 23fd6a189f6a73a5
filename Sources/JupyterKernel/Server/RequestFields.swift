/// A request whose content lacks a field or has one of the wrong type; answered with status error.
struct InvalidRequest: Error, CustomStringConvertible {
    var description: String
}

/// Typed, validating access to a request's content.
struct RequestFields {
    let content: [String: JSONValue]
    let messageType: String

    func string(_ key: String) throws -> String {
        guard let value = content[key] else { throw InvalidRequest(description: "\(messageType) has no \"\(key)\"") }
        guard let text = value.stringValue else {
            throw InvalidRequest(description: "\(messageType) field \"\(key)\" must be a string")
        }
        return text
    }

    func string(_ key: String, default fallback: String) throws -> String {
        guard let value = content[key], value != .null else { return fallback }
        guard let text = value.stringValue else {
            throw InvalidRequest(description: "\(messageType) field \"\(key)\" must be a string")
        }
        return text
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let value = content[key], value != .null else { return fallback }
        guard let flag = value.boolValue else {
            throw InvalidRequest(description: "\(messageType) field \"\(key)\" must be a boolean")
        }
        return flag
    }

    func int(_ key: String) throws -> Int {
        guard let value = content[key] else { throw InvalidRequest(description: "\(messageType) has no \"\(key)\"") }
        guard let number = value.intValue else {
            throw InvalidRequest(description: "\(messageType) field \"\(key)\" must be an integer")
        }
        return number
    }

    func int(_ key: String, default fallback: Int?) throws -> Int? {
        guard let value = content[key], value != .null else { return fallback }
        guard let number = value.intValue else {
            throw InvalidRequest(description: "\(messageType) field \"\(key)\" must be an integer")
        }
        return number
    }

    func stringDictionary(_ key: String) throws -> [String: String] {
        guard let value = content[key], value != .null else { return [:] }
        guard let object = value.objectValue else {
            throw InvalidRequest(description: "\(messageType) field \"\(key)\" must be an object")
        }
        var result: [String: String] = [:]
        for (name, member) in object {
            guard let text = member.stringValue else {
                throw InvalidRequest(description: "\(messageType) field \"\(key).\(name)\" must be a string")
            }
            result[name] = text
        }
        return result
    }
}
