struct Resolution { var width = 0; var height = 0 }
class VideoMode { var resolution = Resolution(); var interlaced = false; var frameRate = 0.0; var name: String? }
let hd = Resolution(width: 1920, height: 1080)
var cinema = hd
cinema.width = 2048
print("cinema is now \(cinema.width) pixels wide", "hd is still \(hd.width) pixels wide")
let tenEighty = VideoMode()
tenEighty.resolution = hd
tenEighty.interlaced = true
tenEighty.name = "1080i"
tenEighty.frameRate = 25.0
let alsoTenEighty = tenEighty
alsoTenEighty.frameRate = 30.0
print("The frameRate property of tenEighty is now \(tenEighty.frameRate)")
if tenEighty === alsoTenEighty { print("same instance") }
print(tenEighty.name!, tenEighty.resolution.width)
struct Fixed { let first: Int; var length: Int }
var range = Fixed(first: 0, length: 3)
range.length = 6
print(range)
class DataImporter { var filename = "data.txt"; init() { print("importer made") } }
class DataManager { lazy var importer = DataImporter(); var data: [String] = [] }
let manager = DataManager()
manager.data.append("Some data")
print(manager.data.count)
print(manager.importer.filename)
struct SomeStructure { static var storedTypeProperty = "Some value."; static var computedTypeProperty: Int { 1 } }
print(SomeStructure.storedTypeProperty)
SomeStructure.storedTypeProperty = "Another value."
print(SomeStructure.storedTypeProperty, SomeStructure.computedTypeProperty)
