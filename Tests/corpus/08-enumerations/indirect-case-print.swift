enum ArithmeticExpression {
    case number(Int)
    indirect case addition(ArithmeticExpression, ArithmeticExpression)
    indirect case multiplication(ArithmeticExpression, ArithmeticExpression)

    func render() -> String {
        switch self {
        case .number(let n):
            return "\(n)"
        case .addition(let a, let b):
            return "(\(a.render()) + \(b.render()))"
        case .multiplication(let a, let b):
            return "\(a.render()) * \(b.render())"
        }
    }
}

let expr = ArithmeticExpression.multiplication(.addition(.number(1), .number(2)), .number(3))
print(expr.render())
print(ArithmeticExpression.number(7))
