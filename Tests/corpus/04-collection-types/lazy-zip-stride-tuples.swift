import Foundation
var counter = 0
func next() -> Int { counter += 1; return counter }
let lazyNums = (1...5).lazy.map { $0 * 10 }
print(Array(lazyNums))
for (i, (a, b)) in zip([1, 2, 3], ["a", "b", "c"]).enumerated() { print(i, a, b) }
print(stride(from: 10, to: 0, by: -3).map { $0 })
print((1, "b") < (1, "c"))
let nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(Array(nums.reversed()))
print(nums.firstIndex { $0 > 4 } as Any)
print(nums.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
print(nums.reduce(0, +), nums.max()!, nums.min()!)
let d = Dictionary(uniqueKeysWithValues: zip(["a", "b"], [1, 2]))
print(d.sorted { $0.key < $1.key })
print(d.mapValues { $0 * 10 }.sorted(by: { $0.key < $1.key }))
let chars = Array("hello")
print(chars, String(chars.sorted()))
print("abc".map { String($0) }.joined(separator: "-"))
print(Set([1, 2, 3]).isSubset(of: [1, 2, 3, 4]))
print(nums.contains(9), nums.allSatisfy { $0 > 0 })
print(Int.max, Int.min, UInt8.max)
print(7 / 2, 7 % 3, -7 / 2, 7.0 / 2)
print(Double.pi.rounded(), (2.5).rounded(), (3.5).rounded(.down))
