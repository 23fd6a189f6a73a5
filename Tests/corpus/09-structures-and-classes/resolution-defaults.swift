struct Resolution {
    var width = 0
    var height = 0
}

let someResolution = Resolution()
print("The width of someResolution is \(someResolution.width)")
var custom = Resolution()
custom.width = 1280
custom.height = 720
print(custom.width * custom.height)
print(custom)
