struct P {
    var x = 1
    static let zero = P(x: 0)
    func f() -> String { "\(Self.zero.x) \(Self.self)" }
    static func make() -> Self { Self(x: 5) }
}
print(P().f(), P.make())
