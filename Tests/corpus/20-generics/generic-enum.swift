enum Maybe<Wrapped> {
    case none
    case some(Wrapped)

    func map<U>(_ transform: (Wrapped) -> U) -> Maybe<U> {
        switch self {
        case .none: return .none
        case .some(let value): return .some(transform(value))
        }
    }
}

func show<T>(_ m: Maybe<T>) {
    switch m {
    case .none: print("nothing")
    case .some(let v): print("something: \(v)")
    }
}

show(Maybe.some(21).map { $0 * 2 })
show(Maybe<Int>.none.map { $0 * 2 })
show(Maybe.some("hi").map { $0.count })
