class DataImporter {
    var filename = "data.txt"
    init() {
        print("DataImporter created")
    }
}

class DataManager {
    lazy var importer = DataImporter()
    var data: [String] = []
}

let manager = DataManager()
manager.data.append("Some data")
manager.data.append("Some more data")
print("manager has \(manager.data.count) items")
print(manager.importer.filename)
print(manager.importer.filename)
