struct Queue {
    var names: [String] = []
    var front: String {
        return names.first!
    }
}

var queue = Queue(names: ["Ann", "Bo"])
print(queue.front)
queue.names.removeAll()
print("queue is empty: \(queue.names.isEmpty)")
print(queue.front)
