var completionHandlers: [() -> Void] = []
func someFunctionWithEscapingClosure(completionHandler: @escaping () -> Void) {
    completionHandlers.append(completionHandler)
}
func someFunctionWithNonescapingClosure(closure: () -> Void) {
    closure()
}
var x = 10
someFunctionWithEscapingClosure { x = 100 }
someFunctionWithNonescapingClosure { x = 200 }
print(x)
completionHandlers.first?()
print(x)
print(completionHandlers.count)
var log: [String] = []
for i in 1...3 {
    someFunctionWithEscapingClosure { log.append("handler \(i)") }
}
for handler in completionHandlers { handler() }
print(log)
