let possibleString: String? = "An optional string."
let forcedString: String = possibleString!
print(forcedString)
let assumedString: String! = "An implicitly unwrapped optional string."
let implicitString: String = assumedString
print(implicitString)
if assumedString != nil {
    print("not nil")
}
if let definiteString = assumedString {
    print(definiteString.count)
}
