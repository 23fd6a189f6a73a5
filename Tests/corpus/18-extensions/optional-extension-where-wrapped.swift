extension Optional where Wrapped == Int {
    var orZero: Int { self ?? 0 }
}
let a: Int? = nil
let b: Int? = 5
print(a.orZero, b.orZero)
extension Optional {
    var isSome: Bool { self != nil }
}
print(a.isSome, b.isSome)
