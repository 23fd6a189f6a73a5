let flag = true
print(flag ? 1 : nil, !flag ? 1 : nil)
let x: Int? = flag ? nil : 3
print(x as Any)
let names = ["a": 1, "b": 5].compactMapValues { $0 > 1 ? String($0) : nil }
print(names)
print([1, 2, 3].compactMap { $0 % 2 == 1 ? $0 * 10 : nil })
