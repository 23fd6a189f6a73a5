enum Status {
    case active, inactive, banned
}

let statuses: [Status] = [.active, .banned, .active, .inactive]
let activeCount = statuses.filter { $0 == .active }.count
print("active: \(activeCount)")
print(statuses.contains(.banned))
print(statuses.firstIndex(of: .inactive)!)
if statuses[0] != .inactive {
    print("first is not inactive")
}
