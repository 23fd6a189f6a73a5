let numerator = 10
var divisor = 2
print(numerator / divisor)
divisor -= 2
print("dividing by \(divisor)")
print(numerator / divisor)
