extension Int {
    enum Kind {
        case negative, zero, positive
    }
    var kind: Kind {
        switch self {
        case 0:
            return .zero
        case let x where x > 0:
            return .positive
        default:
            return .negative
        }
    }
}

func printIntegerKinds(_ numbers: [Int]) {
    var line = ""
    for number in numbers {
        switch number.kind {
        case .negative:
            line += "- "
        case .zero:
            line += "0 "
        case .positive:
            line += "+ "
        }
    }
    print(line)
}
printIntegerKinds([3, 19, -27, 0, -6, 0, 7])
print(5.kind)
