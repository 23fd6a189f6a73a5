let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
let twoThousandAndOne = twoThousand + UInt16(one)
print(twoThousandAndOne)
let three = 3
let pointOneFourOneFiveNine = 0.14159
let pi = Double(three) + pointOneFourOneFiveNine
print(pi)
let integerPi = Int(pi)
print(integerPi)
print(Int(-3.9), Int(3.9))
print(Int("123") ?? 0, Int("12a") ?? -1)
print(Double("2.5")!)
typealias AudioSample = UInt16
var maxAmplitudeFound = AudioSample.min
print(maxAmplitudeFound)
maxAmplitudeFound = 300
print(maxAmplitudeFound)
