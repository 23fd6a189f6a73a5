class Room {
    let name: String
    init(name: String) { self.name = name }
}

class Residence {
    var rooms: [Room] = []
    subscript(i: Int) -> Room {
        return rooms[i]
    }
}

class Person {
    var residence: Residence?
}

let john = Person()
if let firstRoomName = john.residence?[0].name {
    print("The first room name is \(firstRoomName).")
} else {
    print("Unable to retrieve the first room name.")
}
let house = Residence()
house.rooms.append(Room(name: "Living Room"))
house.rooms.append(Room(name: "Kitchen"))
john.residence = house
if let firstRoomName = john.residence?[0].name {
    print("The first room name is \(firstRoomName).")
}
print(john.residence?[1].name ?? "none")
