enum VendingError: Error {
    case outOfStock
}
func vend(_ item: String) throws -> String {
    throw VendingError.outOfStock
}
print("vending")
let snack = vend("chips")
print(snack)
