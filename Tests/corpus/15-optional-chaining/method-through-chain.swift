class Residence {
    var numberOfRooms = 3
    func printNumberOfRooms() {
        print("The number of rooms is \(numberOfRooms)")
    }
}

class Person {
    var residence: Residence?
}

let john = Person()
if john.residence?.printNumberOfRooms() != nil {
    print("It was possible to print the number of rooms.")
} else {
    print("It was not possible to print the number of rooms.")
}
john.residence = Residence()
if john.residence?.printNumberOfRooms() != nil {
    print("It was possible to print the number of rooms.")
} else {
    print("It was not possible to print the number of rooms.")
}
