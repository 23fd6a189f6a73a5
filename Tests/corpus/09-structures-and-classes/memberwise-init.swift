struct Resolution {
    var width = 0
    var height = 0
}

let vga = Resolution(width: 640, height: 480)
print("vga is \(vga.width) by \(vga.height)")
let wide = Resolution(width: 2048)
print(wide)
let tall = Resolution(height: 900)
print(tall)
