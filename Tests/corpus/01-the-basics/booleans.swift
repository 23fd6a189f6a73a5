let orangesAreOrange = true
let turnipsAreDelicious = false
if turnipsAreDelicious {
    print("Mmm, tasty turnips!")
} else {
    print("Eww, turnips are horrible.")
}
let i = 1
if i == 1 {
    print("i is one")
}
print(orangesAreOrange && !turnipsAreDelicious)
print(orangesAreOrange.description, Bool("true")!)
var flag = false
flag.toggle()
print(flag)
