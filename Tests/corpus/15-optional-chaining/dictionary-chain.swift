var testScores = ["Dave": [86, 82, 84], "Bev": [79, 94, 81]]
testScores["Dave"]?[0] = 91
testScores["Bev"]?[0] += 1
testScores["Brian"]?[0] = 72
for name in testScores.keys.sorted() {
    print(name, testScores[name]!)
}
print(testScores["Brian"]?.count ?? 0)
print(testScores["Dave"]?.first ?? 0)
let maxBev = testScores["Bev"]?.max()
print(maxBev ?? 0)
