enum Light {
    case red, yellow, green
}

let light = Light.yellow
print("checking the light")
switch light {
case .red:
    print("stop")
case .green:
    print("go")
}
