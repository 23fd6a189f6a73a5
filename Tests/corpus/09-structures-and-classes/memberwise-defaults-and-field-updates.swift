struct Config { var name: String?; var size = 3; let unit = "cm"; var scale: Double }
let c = Config(scale: 2)
print(c)
let d = Config(name: "a", scale: 1.5)
print(d.name ?? "-", d.size, d.unit, d.scale)
struct Counter {
    var count = 0 { didSet { print("now", count) } }
    var total = 0.0
    var hits: Int = 0
    mutating func bump(_ by: Int) { count += by; total += 1; hits += by * 2; total *= 1.5 }
}
var k = Counter()
for i in 1...3 { k.bump(i) }
print(k)
struct Big { var a = Int.max - 1
    mutating func grow() { a += 1 }
}
var b = Big()
b.grow()
print(b.a)
var points: [Counter] = []
for i in 0..<3 { var p = Counter(count: i, total: Double(i), hits: 0); p.hits += 5; points.append(p) }
print(points.map { $0.hits }, points.map { $0.total })
extension Counter { init(start: Int) { self.init(count: start, total: 0, hits: 0) } }
print(Counter(start: 7).count, Counter(count: 1, total: 2, hits: 3).hits)
