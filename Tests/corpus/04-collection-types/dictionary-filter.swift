// Dictionary's filter keeps a dictionary; map and the sequence methods give arrays.
let stock = ["apples": 3, "pears": 0, "plums": 12, "figs": 0]
let available = stock.filter { $0.value > 0 }
print(available.keys.sorted(), type(of: available))
print(available["plums"] ?? 0, available["pears"] == nil)
let short = stock.filter { entry in entry.key.count <= 4 }
print(short.count, short.values.sorted())
print(stock.map { $0.key.count }.sorted())
print(stock.filter { $0.value == 0 }.isEmpty)
var counts = [Int: Int]()
for n in [3, 1, 3, 2, 3, 1] { counts[n, default: 0] += 1 }
print(counts.filter { $0.value > 1 }.keys.sorted())
