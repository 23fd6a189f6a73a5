func greet(person: String, from hometown: String) -> String {
    return "Hello \(person)!  Glad you could visit from \(hometown)."
}
print(greet(person: "Bill", from: "Cupertino"))
func someFunction(_ firstParameterName: Int, secondParameterName: Int) -> Int {
    return firstParameterName + secondParameterName
}
print(someFunction(1, secondParameterName: 2))
func move(from start: Int, to end: Int) -> String {
    "moving from \(start) to \(end)"
}
print(move(from: 1, to: 5))
func add(_ a: Int, _ b: Int) -> Int { a + b }
print(add(2, 3))
