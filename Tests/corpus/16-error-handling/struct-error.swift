struct ValidationError: Error {
    let field: String
    let reason: String
}

func validate(username: String) throws {
    if username.count < 3 {
        throw ValidationError(field: "username", reason: "too short")
    }
    print("\(username) is valid")
}

for name in ["swiftie", "al"] {
    do {
        try validate(username: name)
    } catch let error as ValidationError {
        print("\(error.field): \(error.reason)")
    } catch {
        print("unexpected")
    }
}

do {
    try validate(username: "x")
} catch {
    print(error)
}
