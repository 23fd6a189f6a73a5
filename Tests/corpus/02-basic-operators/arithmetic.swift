print(1 + 2)
print(5 - 3)
print(2 * 3)
print(10.0 / 2.5)
print(10 / 3, 10 % 3)
print(-9 % 4, 9 % -4)
print("hello, " + "world")
let three = 3
let minusThree = -three
let plusThree = -minusThree
print(minusThree, plusThree, +minusThree)
print(7 / 2, 7.0 / 2)
