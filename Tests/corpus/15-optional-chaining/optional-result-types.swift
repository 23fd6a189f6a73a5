struct Dog {
    var name: String
    var age: Int
}

struct Owner {
    var dog: Dog?
}

var owner = Owner(dog: nil)
let age: Int? = owner.dog?.age
print(age == nil)
owner.dog = Dog(name: "Rex", age: 4)
let age2: Int? = owner.dog?.age
print(age2 == nil)
if let years = age2 {
    print("Dog is \(years) years old")
}
print(owner.dog?.name.count ?? 0)
print(owner.dog?.name.uppercased() ?? "")
