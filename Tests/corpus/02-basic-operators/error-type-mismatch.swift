let count = 3
print(count)
let n: Int = "a"
print(n)
