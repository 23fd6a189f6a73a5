struct Empty: Sequence {
    var items: [Int] = []
}
print(Array(Empty()))
