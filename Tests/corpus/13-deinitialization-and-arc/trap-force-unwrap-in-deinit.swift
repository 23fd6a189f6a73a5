class Resource {
    var label: String? = nil
    deinit { print("closing \(label!)") }
}
var resource: Resource? = Resource()
print("opened")
resource = nil
print("not reached")
