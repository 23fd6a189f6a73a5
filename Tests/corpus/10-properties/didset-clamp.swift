struct Volume {
    var level = 5 {
        didSet {
            if level > 10 {
                print("clamping \(level) to 10")
                level = 10
            }
        }
    }
}

var v = Volume()
v.level = 7
print(v.level)
v.level = 15
print(v.level)
v.level += 1
print(v.level)
