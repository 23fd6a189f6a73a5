struct Box {
    var width = 3
}

let box = Box()
print("width is \(box.width)")
let w = box?.width
print(w as Any)
