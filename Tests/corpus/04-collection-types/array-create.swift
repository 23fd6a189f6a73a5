var someInts: [Int] = []
print("someInts is of type [Int] with \(someInts.count) items.")
someInts.append(3)
print(someInts)
someInts = []
print(someInts, someInts.isEmpty)
let threeDoubles = Array(repeating: 0.0, count: 3)
let anotherThreeDoubles = Array(repeating: 2.5, count: 3)
let sixDoubles = threeDoubles + anotherThreeDoubles
print(sixDoubles)
var empty = [Int]()
empty += [1, 2]
print(empty)
let shoppingList: [String] = ["Eggs", "Milk"]
print(shoppingList, shoppingList.count)
