class Address {
    var street: String?
    var city = "Springfield"
}

class Building {
    var address: Address?
}

class Company {
    var headquarters: Building?
}

let acme = Company()
print(acme.headquarters?.address?.city ?? "no city")
acme.headquarters = Building()
print(acme.headquarters?.address?.city ?? "no city")
acme.headquarters?.address = Address()
print(acme.headquarters?.address?.city ?? "no city")
print(acme.headquarters?.address?.street ?? "no street")
acme.headquarters?.address?.street = "Evergreen Terrace"
if let street = acme.headquarters?.address?.street {
    print("Street: \(street)")
}
