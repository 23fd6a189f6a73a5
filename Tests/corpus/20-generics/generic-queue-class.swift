class Queue<T> {
    private var elements: [T] = []
    var count: Int { return elements.count }
    func enqueue(_ value: T) {
        elements.append(value)
    }
    func dequeue() -> T? {
        if elements.isEmpty { return nil }
        return elements.removeFirst()
    }
}

let queue = Queue<String>()
queue.enqueue("first")
queue.enqueue("second")
print(queue.count)
print(queue.dequeue() ?? "none")
print(queue.dequeue() ?? "none")
print(queue.dequeue() ?? "none")
