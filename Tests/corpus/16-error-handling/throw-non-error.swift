func check(_ n: Int) throws {
    print("checking \(n)")
    if n < 0 {
        throw "negative number"
    }
}

try? check(-1)
