protocol Greeter {
    var name: String { get }
    func greet() -> String
}

extension Greeter {
    func greet() -> String {
        return "Hello, \(name)"
    }
    func greetTwice() -> String {
        return greet() + " " + greet()
    }
}

struct English: Greeter {
    var name: String
}

struct French: Greeter {
    var name: String
    func greet() -> String {
        return "Bonjour, \(name)"
    }
}

print(English(name: "Ann").greet())
print(French(name: "Luc").greet())
print(English(name: "Bo").greetTwice())
let greeters: [Greeter] = [English(name: "Cy"), French(name: "Di")]
for g in greeters {
    print(g.greet())
}
