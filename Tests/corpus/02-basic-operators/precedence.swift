print(2 + 3 % 4 * 5)
print(2 + ((3 % 4) * 5))
print((2 + 3) * 4)
print(10 - 2 - 3)
print(2 * 3 + 4 * 5)
print(1 + 2 == 3 && 4 > 3)
let x = 5
print(-x * 2, -(x * 2))
print(Double(x) / 2 + 1)
