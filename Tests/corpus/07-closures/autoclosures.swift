var customersInLine = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
print(customersInLine.count)
let customerProvider = { customersInLine.remove(at: 0) }
print(customersInLine.count)
print("Now serving \(customerProvider())!")
print(customersInLine.count)
func serve(customer customerProvider: () -> String) {
    print("Now serving \(customerProvider())!")
}
serve(customer: { customersInLine.remove(at: 0) })
func serveAuto(customer customerProvider: @autoclosure () -> String) {
    print("Now serving \(customerProvider())!")
}
serveAuto(customer: customersInLine.remove(at: 0))
print(customersInLine)
