class Address {
    var buildingName: String?
    var buildingNumber: String?
    var street: String?
    func buildingIdentifier() -> String? {
        if let buildingNumber = buildingNumber, let street = street {
            return "\(buildingNumber) \(street)"
        } else if buildingName != nil {
            return buildingName
        } else {
            return nil
        }
    }
}

let address = Address()
print(address.buildingIdentifier() ?? "unknown")
address.buildingNumber = "29"
address.street = "Acacia Road"
if let beginsWithThe = address.buildingIdentifier()?.hasPrefix("The") {
    print(beginsWithThe ? "begins with The" : "does not begin with The")
}
address.buildingNumber = nil
address.buildingName = "The Larches"
if let id = address.buildingIdentifier(), id.hasPrefix("The") {
    print("\(id) begins with The")
}
