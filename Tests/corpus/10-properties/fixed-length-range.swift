struct FixedLengthRange {
    var firstValue: Int
    let length: Int
}

var rangeOfThreeItems = FixedLengthRange(firstValue: 0, length: 3)
print(rangeOfThreeItems)
rangeOfThreeItems.firstValue = 6
print(rangeOfThreeItems.firstValue, rangeOfThreeItems.length)
for i in rangeOfThreeItems.firstValue..<(rangeOfThreeItems.firstValue + rangeOfThreeItems.length) {
    print(i)
}
