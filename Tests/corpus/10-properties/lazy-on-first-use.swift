class DataImporter {
    var filename = "data.txt"
    init() { print("DataImporter created") }
}
class DataManager {
    lazy var importer = DataImporter()
    var data: [String] = []
    lazy var summary: String = "manager with \(data.count) items"
}
let manager = DataManager()
manager.data.append("x")
print("before")
print(manager.importer.filename)
print(manager.importer.filename)
print(manager.summary)
manager.data.append("y")
print(manager.summary)
manager.importer.filename = "other.txt"
print(manager.importer.filename)
struct Cache {
    lazy var values: [Int] = { print("filling"); return [1, 2] }()
}
var cache = Cache()
cache.values.append(3)
print(cache.values)
