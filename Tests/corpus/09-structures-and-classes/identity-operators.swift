class VideoMode {
    var frameRate = 0.0
    var name: String?
}

let tenEighty = VideoMode()
let alsoTenEighty = tenEighty
let other = VideoMode()
if tenEighty === alsoTenEighty {
    print("tenEighty and alsoTenEighty refer to the same VideoMode instance.")
}
if tenEighty !== other {
    print("tenEighty and other are different instances.")
}
other.frameRate = 60
print(tenEighty.frameRate, other.frameRate)
