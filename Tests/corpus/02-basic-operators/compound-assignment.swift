var a = 1
a += 2
print(a)
a -= 5
print(a)
a *= -4
print(a)
a /= 3
print(a)
a %= 3
print(a)
var s = "ab"
s += "cd"
print(s)
var d = 1.5
d *= 2
print(d)
