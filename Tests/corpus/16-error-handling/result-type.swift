enum Failure: Error {
    case tooBig(Int)
}

func check(_ n: Int) -> Result<Int, Failure> {
    if n > 100 { return .failure(.tooBig(n)) }
    return .success(n * 2)
}

for n in [10, 500] {
    switch check(n) {
    case .success(let value):
        print("success: \(value)")
    case .failure(let error):
        print("failure: \(error)")
    }
}

let r = check(20)
if let v = try? r.get() {
    print("got \(v)")
}
