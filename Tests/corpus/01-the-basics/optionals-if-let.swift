let possibleNumber = "123"
let convertedNumber = Int(possibleNumber)
print(convertedNumber as Any)
if let actualNumber = Int(possibleNumber) {
    print("The string \"\(possibleNumber)\" has an integer value of \(actualNumber)")
} else {
    print("The string \"\(possibleNumber)\" couldn't be converted to an integer")
}
var serverResponseCode: Int? = 404
print(serverResponseCode!)
serverResponseCode = nil
print(serverResponseCode == nil)
var surveyAnswer: String?
print(surveyAnswer ?? "no answer")
surveyAnswer = "yes"
print(surveyAnswer!)
