struct Order {
    enum Status {
        case pending, shipped, delivered
    }
    var id: Int
    var status: Status = .pending
}

var order = Order(id: 42)
print(order.status)
order.status = .shipped
print(order)
let s: Order.Status = .delivered
print(s)
