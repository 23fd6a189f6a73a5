class TodoList {
    var items: [String] = [] {
        didSet {
            print("now \(items.count) items (was \(oldValue.count))")
        }
    }
}

let list = TodoList()
list.items.append("milk")
list.items.append("bread")
list.items.removeFirst()
list.items = ["a", "b", "c"]
print(list.items)
