enum Priority: Int, Comparable {
    case low = 1, medium, high
    static func < (lhs: Priority, rhs: Priority) -> Bool {
        return lhs.rawValue < rhs.rawValue
    }
}

struct Task {
    var title: String
    var priority: Priority
    var done = false
}

var todos = [
    Task(title: "Write report", priority: .high),
    Task(title: "Water plants", priority: .low),
    Task(title: "Call mom", priority: .medium),
    Task(title: "Pay bills", priority: .high),
]
todos[1].done = true
todos[3].done = true

let open = todos.filter { !$0.done }.sorted { $0.priority > $1.priority }
for task in open {
    print("[ ] \(task.title) (\(task.priority))")
}
for task in todos where task.done {
    print("[x] \(task.title)")
}
print("\(open.count) of \(todos.count) remaining")
