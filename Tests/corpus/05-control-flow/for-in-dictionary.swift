let numberOfLegs = ["spider": 8, "ant": 6, "cat": 4]
for (animalName, legCount) in numberOfLegs.sorted(by: { $0.key < $1.key }) {
    print("\(animalName)s have \(legCount) legs")
}
for (name, legs) in numberOfLegs.sorted(by: { $0.value > $1.value }) {
    print(name, legs)
}
let total = numberOfLegs.values.reduce(0, +)
print(total)
