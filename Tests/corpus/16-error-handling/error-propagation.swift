enum OrderError: Error {
    case unknownProduct(String)
    case quantityTooLarge(max: Int)
}

let stock = ["apple": 5, "pear": 2]

func reserve(_ product: String, quantity: Int) throws -> Int {
    guard let available = stock[product] else { throw OrderError.unknownProduct(product) }
    guard quantity <= available else { throw OrderError.quantityTooLarge(max: available) }
    return available - quantity
}

func placeOrder(_ product: String, _ quantity: Int) throws -> String {
    let remaining = try reserve(product, quantity: quantity)
    return "ordered \(quantity) \(product), \(remaining) left"
}

func run(_ product: String, _ quantity: Int) {
    do {
        print(try placeOrder(product, quantity))
    } catch {
        print("order failed: \(error)")
    }
}

run("apple", 3)
run("pear", 4)
run("kiwi", 1)
