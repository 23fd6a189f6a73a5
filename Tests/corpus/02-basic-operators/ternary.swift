let contentHeight = 40
let hasHeader = true
let rowHeight = contentHeight + (hasHeader ? 50 : 20)
print(rowHeight)
for n in 1...5 {
    print(n, n % 2 == 0 ? "even" : "odd")
}
let score = 72
let grade = score >= 90 ? "A" : score >= 70 ? "B" : "C"
print(grade)
