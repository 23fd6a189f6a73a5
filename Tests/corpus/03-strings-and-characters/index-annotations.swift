let s = "hello"
let text = "é"
if let u = Unicode.Scalar(text) { print("scalar", u) } else { print("not one scalar") }
var i: String.Index = s.startIndex
i = s.index(after: i)
print(s[i], s[i...], s.count)
let r = s.index(s.startIndex, offsetBy: 1)..<s.index(s.startIndex, offsetBy: 3)
print(s[r])
let cs = Array(s.unicodeScalars)
print(cs.count, cs.map { $0.value })
for (n, c) in s.enumerated() where n % 2 == 0 { print(n, c) }
print(s.suffix(3), s.prefix(upTo: i))
let scalars = s.unicodeScalars.filter { $0.value > 104 }
print(scalars.count)
