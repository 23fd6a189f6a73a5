enum CheckError: Error {
    case negative(Int)
}

func applyAll(_ values: [Int], _ transform: (Int) throws -> Int) rethrows -> [Int] {
    var result: [Int] = []
    for v in values {
        result.append(try transform(v))
    }
    return result
}

let doubled = applyAll([1, 2, 3]) { $0 * 2 }
print(doubled)

func checkedSquare(_ n: Int) throws -> Int {
    if n < 0 { throw CheckError.negative(n) }
    return n * n
}

do {
    print(try applyAll([2, 3], checkedSquare))
    print(try applyAll([4, -5, 6], checkedSquare))
} catch CheckError.negative(let n) {
    print("negative value: \(n)")
}
