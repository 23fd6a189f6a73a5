let x = 1
print("x is set")
let x = 2
print("done")
