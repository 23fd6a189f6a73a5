let a = [10, 20, 30, 40]
print(a.prefix(upTo: 2), a.prefix(through: 2), a.suffix(from: 1), a.suffix(from: 4), a.prefix(upTo: 0))
let s = "Hello, world"
if let comma = s.firstIndex(of: ",") {
    print(s.prefix(upTo: comma), "|", s.suffix(from: comma), "|", s.prefix(through: comma))
}
var i = a.startIndex
while i != a.endIndex {
    print(a[i], terminator: " ")
    i = a.index(after: i)
}
print(a.index(a.startIndex, offsetBy: 3), a.index(before: a.endIndex))
