func someFunction(parameterWithoutDefault: Int, parameterWithDefault: Int = 12) -> Int {
    return parameterWithoutDefault + parameterWithDefault
}
print(someFunction(parameterWithoutDefault: 3, parameterWithDefault: 6))
print(someFunction(parameterWithoutDefault: 4))
func makeTitle(_ text: String, uppercase: Bool = false, suffix: String = "!") -> String {
    (uppercase ? text.uppercased() : text) + suffix
}
print(makeTitle("hi"))
print(makeTitle("hi", uppercase: true))
print(makeTitle("hi", suffix: "?"))
print(makeTitle("hi", uppercase: true, suffix: ""))
