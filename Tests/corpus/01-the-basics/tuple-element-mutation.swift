var pair = (1, "one")
pair.0 += 10
pair.1.append("!")
print(pair)
var point = (x: 1.0, y: 2.0)
point.x = 5
point.y *= 3
print(point, point.x + point.y)
var nested = (name: "n", scores: [1, 2])
nested.scores.append(3)
print(nested.scores.count, nested)
let numbers = [3, 1, 4, 1, 5]
let (evens, odds) = numbers.reduce(into: ([Int](), [Int]())) { acc, n in
    if n % 2 == 0 { acc.0.append(n) } else { acc.1.append(n) }
}
print(evens, odds)
var stats = (min: Int.max, max: Int.min)
for n in numbers { stats.min = min(stats.min, n); stats.max = max(stats.max, n) }
print(stats)
