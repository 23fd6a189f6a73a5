@propertyWrapper
struct Broken {
    var value = 0
}
print("x")
