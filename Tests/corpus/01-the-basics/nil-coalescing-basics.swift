let defaultColorName = "red"
var userDefinedColorName: String?
var colorNameToUse = userDefinedColorName ?? defaultColorName
print(colorNameToUse)
userDefinedColorName = "green"
colorNameToUse = userDefinedColorName ?? defaultColorName
print(colorNameToUse)
let a: Int? = nil
let b: Int? = nil
let c = a ?? b ?? 7
print(c)
print(Int("x") ?? Int("8") ?? 0)
