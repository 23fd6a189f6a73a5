let apples = 3
let price = 0.5
print(apples, price)
let total = apples * price
print(total)
