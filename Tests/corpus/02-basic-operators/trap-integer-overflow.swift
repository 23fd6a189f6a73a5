let big = Int.max
let extra = 1
print("about to add")
let sum = big + extra
print(sum)
