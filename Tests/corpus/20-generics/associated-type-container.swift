protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

struct IntBag: Container {
    var items: [Int] = []
    mutating func append(_ item: Int) {
        items.append(item)
    }
    var count: Int { return items.count }
    subscript(i: Int) -> Int { return items[i] }
}

func sumAll<C: Container>(_ c: C) -> Int where C.Item == Int {
    var total = 0
    for i in 0..<c.count {
        total += c[i]
    }
    return total
}

var bag = IntBag()
bag.append(4)
bag.append(6)
bag.append(10)
print(bag.count, bag[1])
print(sumAll(bag))
