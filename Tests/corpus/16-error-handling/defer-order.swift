func work() {
    print("start")
    defer { print("first defer") }
    defer { print("second defer") }
    defer { print("third defer") }
    print("end of body")
}

work()

func scoped() {
    for i in 1...2 {
        defer { print("leaving iteration \(i)") }
        print("iteration \(i)")
    }
    print("done")
}

scoped()
