enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars
    var isInner: Bool { self.rawValue <= 4 }
}
for p in Planet.allCases { print(p, p.rawValue, p.isInner) }
print(Planet(rawValue: 3) as Any, Planet(rawValue: 9) as Any)
let e = Planet.earth
switch e {
case .mercury, .venus: print("hot")
case .earth: print("home")
default: print("far")
}
print(Planet.allCases.map(\.rawValue).reduce(0, +))
print(Planet.allCases.count)
