enum SimpleError: Error {
    case failed
}

func risky() throws -> Int {
    throw SimpleError.failed
}

print("calling risky")
let value = risky()
print(value)
