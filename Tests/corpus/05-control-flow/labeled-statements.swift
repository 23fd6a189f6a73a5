let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
outer: for row in grid {
    for value in row {
        if value == 5 {
            print("found 5, stopping")
            break outer
        }
        print(value)
    }
}
rows: for (r, row) in grid.enumerated() {
    for value in row where value % 2 == 0 {
        print("row \(r) first even \(value)")
        continue rows
    }
    print("row \(r) has no even")
}
var i = 0
loop: while true {
    i += 1
    switch i {
    case 3: break loop
    default: print("i =", i)
    }
}
