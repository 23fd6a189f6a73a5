let someString = "Some string literal value"
print(someString)
let quotation = """
The White Rabbit put on his spectacles.  "Where shall I begin,
please your Majesty?" he asked.

"Begin at the beginning," the King said gravely, "and go on
till you come to the end; then stop."
"""
print(quotation)
let singleLineString = "These are the same."
let multilineString = """
These are the same.
"""
print(singleLineString == multilineString)
