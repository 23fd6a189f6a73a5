class Residence { var rooms: [Room] = []; var numberOfRooms: Int { rooms.count }; var address: Address?
    subscript(i: Int) -> Room { get { rooms[i] } set { rooms[i] = newValue } }
    func printNumberOfRooms() { print("The number of rooms is \(numberOfRooms)") } }
class Room { let name: String; init(name: String) { self.name = name } }
class Address { var buildingName: String?; var street: String?
    func buildingIdentifier() -> String? { buildingName ?? street } }
class Person { var residence: Residence? }
let john = Person()
if let roomCount = john.residence?.numberOfRooms { print("John's residence has \(roomCount) room(s).") } else { print("Unable to retrieve the number of rooms.") }
john.residence = Residence()
john.residence?.rooms.append(Room(name: "Living Room"))
john.residence?.rooms.append(Room(name: "Kitchen"))
if let r = john.residence?.numberOfRooms { print("rooms:", r) }
if john.residence?.printNumberOfRooms() != nil { print("It was possible to print the number of rooms.") }
if let firstRoomName = john.residence?[0].name { print("The first room name is \(firstRoomName).") }
let addr = Address(); addr.street = "Laurel Street"
john.residence?.address = addr
if let id = john.residence?.address?.buildingIdentifier() { print("John's building identifier is \(id).") }
if let beginsWithThe = john.residence?.address?.buildingIdentifier()?.hasPrefix("The") { print(beginsWithThe) }
var testScores = ["Dave": [86, 82, 84], "Bev": [79, 94, 81]]
testScores["Dave"]?[0] = 91
testScores["Bev"]?[0] += 1
testScores["Brian"]?[0] = 72
print(testScores.sorted { $0.key < $1.key })
