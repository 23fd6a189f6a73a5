let minutes = 60
let minuteInterval = 15
for tickMark in stride(from: 0, to: minutes, by: minuteInterval) {
    print(tickMark, terminator: " ")
}
print()
let hours = 12
let hourInterval = 3
for tickMark in stride(from: 3, through: hours, by: hourInterval) {
    print(tickMark, terminator: " ")
}
print()
for x in stride(from: 1.0, to: 0.0, by: -0.25) {
    print(x)
}
print(Array(stride(from: 10, through: 0, by: -5)))
