let width = 10
print("width is \(width)")
let area = width * heigth
print(area)
