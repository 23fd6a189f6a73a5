class Residence { var rooms: [String] = []; var address: Address? ; var count: Int { rooms.count } 
  subscript(i: Int) -> String? { i < rooms.count ? rooms[i] : nil } }
struct Address { var street: String?; func line() -> String? { street.map { "at \($0)" } } }
class Person { var residence: Residence? }
let john = Person()
print(john.residence?.count ?? -1)
john.residence = Residence()
john.residence?.rooms.append("kitchen")
print(john.residence?.count as Any, john.residence?[0] ?? "none", john.residence?[5] ?? "none")
john.residence?.address = Address(street: "Main")
print(john.residence?.address?.line() ?? "?", john.residence?.address?.street?.count ?? 0)
if let street = john.residence?.address?.street, street.hasPrefix("M") { print("M street") }
let maybe: Int? = 4
let doubled = maybe.map { $0 * 2 }, flat = maybe.flatMap { $0 > 3 ? $0 : nil }
print(doubled as Any, flat as Any, maybe ?? 0)
var opt: [Int]? = [1]
opt?.append(2)
print(opt!, opt?.count ?? 0)
switch maybe {
case .some(let v) where v > 3: print("big", v)
case .some: print("small")
case .none: print("none")
}
if case let v? = maybe { print("got", v) }
