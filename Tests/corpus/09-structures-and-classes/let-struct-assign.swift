struct Resolution {
    var width = 0
    var height = 0
}

let fixed = Resolution(width: 640, height: 480)
print("fixed is \(fixed.width) wide")
fixed.width = 800
print(fixed.width)
