let numbers = [5, 3, 9, 1, 7]
print(numbers.sorted())
print(numbers.sorted(by: >))
print(numbers.sorted { $0 % 3 < $1 % 3 })
var names = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
names.sort()
print(names)
names.sort { $0.count < $1.count }
print(names)
print(numbers.min()!, numbers.max()!)
print(names.min(by: { $0.count < $1.count })!, names.max(by: { $0.count < $1.count })!)
print(numbers.reversed().map { $0 })
