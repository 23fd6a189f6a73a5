class Residence {
    var numberOfRooms = 1
}

class Person {
    var residence: Residence?
}

let john = Person()
print("About to count rooms")
let roomCount = john.residence!.numberOfRooms
print(roomCount)
