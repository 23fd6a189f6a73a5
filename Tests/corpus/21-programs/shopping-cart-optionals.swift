struct Coupon {
    var code: String
    var percentOff: Int
}

class Cart {
    var items: [String: Double] = [:]
    var coupon: Coupon?
    func subtotal() -> Double {
        return items.values.reduce(0, +)
    }
    func total() -> Double {
        let discount = Double(coupon?.percentOff ?? 0) / 100
        return subtotal() * (1 - discount)
    }
}

let cart = Cart()
cart.items["book"] = 20
cart.items["pen"] = 5
print(cart.total())
print(cart.coupon?.code ?? "no coupon")
cart.coupon = Coupon(code: "SAVE20", percentOff: 20)
print(cart.total())
print(cart.coupon?.code.lowercased() ?? "no coupon")
