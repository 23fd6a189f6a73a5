var emptyString = ""
var anotherEmptyString = String()
print(emptyString.isEmpty, anotherEmptyString.isEmpty)
if emptyString.isEmpty {
    print("Nothing to see here")
}
var variableString = "Horse"
variableString += " and carriage"
print(variableString)
emptyString = "x"
anotherEmptyString.append("y")
print(emptyString + anotherEmptyString)
