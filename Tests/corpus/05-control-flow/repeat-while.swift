var n = 1
repeat {
    print(n)
    n *= 2
} while n < 50
var countdown = 0
repeat {
    print("runs once: \(countdown)")
    countdown -= 1
} while countdown > 0
var digits = 0
var value = 98765
repeat {
    value /= 10
    digits += 1
} while value != 0
print("digits:", digits)
