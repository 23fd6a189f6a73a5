enum Size: String {
    case small = "S", medium = "M", large = "L"
}

let codes = ["S", "L", "M"]
for code in codes {
    print(Size(rawValue: code)!)
}
print("about to look up XL")
let size = Size(rawValue: "XL")!
print(size)
