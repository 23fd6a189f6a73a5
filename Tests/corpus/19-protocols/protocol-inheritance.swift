protocol Named {
    var name: String { get }
}

protocol Employee: Named {
    var salary: Int { get }
    func summary() -> String
}

extension Employee {
    func summary() -> String {
        return "\(name) earns \(salary)"
    }
}

struct Engineer: Employee {
    var name: String
    var salary: Int
}

struct Manager: Employee {
    var name: String
    var salary: Int
    var reports: Int
    func summary() -> String {
        return "\(name) manages \(reports) and earns \(salary)"
    }
}

let staff: [Employee] = [Engineer(name: "Ada", salary: 100), Manager(name: "Grace", salary: 150, reports: 4)]
for person in staff {
    print(person.summary())
}
print(staff.reduce(0) { $0 + $1.salary })
