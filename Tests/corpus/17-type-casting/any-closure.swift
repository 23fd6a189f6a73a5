var things: [Any] = []
things.append("Swift")
things.append({ (name: String) -> String in "Hello, \(name)" })
things.append([1, 2, 3])

for thing in things {
    switch thing {
    case let greet as (String) -> String:
        print(greet("Michael"))
    case let text as String:
        print("text: \(text)")
    case let numbers as [Int]:
        print("numbers summing to \(numbers.reduce(0, +))")
    default:
        print("unknown")
    }
}
