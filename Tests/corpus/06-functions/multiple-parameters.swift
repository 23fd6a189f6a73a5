func greet(person: String, alreadyGreeted: Bool) -> String {
    if alreadyGreeted {
        return "Hello again, " + person + "!"
    } else {
        return "Hello, " + person + "!"
    }
}
print(greet(person: "Tim", alreadyGreeted: true))
print(greet(person: "Tim", alreadyGreeted: false))
func printAndCount(string: String) -> Int {
    print(string)
    return string.count
}
func printWithoutCounting(string: String) {
    let _ = printAndCount(string: string)
}
print(printAndCount(string: "hello, world"))
printWithoutCounting(string: "hello, world")
