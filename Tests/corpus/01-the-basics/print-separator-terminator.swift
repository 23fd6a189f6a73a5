print(1, 2, 3)
print(1, 2, 3, separator: ", ")
print("a", "b", separator: "-", terminator: "!\n")
print("no newline", terminator: "")
print(" ...continued")
print()
print("after blank")
let items = ["x", "y"]
print(items, terminator: ";\n")
// a comment
/* a block /* nested */ comment */
let cat = "🐱"; print(cat)
