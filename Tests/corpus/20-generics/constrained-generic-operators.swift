func largest<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
func same<T>(_ a: T, _ b: T) -> Bool where T: Equatable { a == b }
func describe<T>(_ value: T) -> String { "value \(value)" }
func shadow<T>(_ a: T) -> Int { let a = 3; return a < 5 ? a : 0 }
print(largest(3, 9), same("a", "a"), describe(2.5), shadow("x"))
