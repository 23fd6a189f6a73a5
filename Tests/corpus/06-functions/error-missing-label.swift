func greet(person: String) -> String {
    "Hello, \(person)!"
}
print(greet(person: "Anna"))
print(greet("Brian"))
