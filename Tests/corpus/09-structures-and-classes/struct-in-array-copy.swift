struct Score {
    var points = 0
}

var scores = [Score(), Score(), Score()]
var first = scores[0]
first.points = 10
scores[1].points = 5
print(first.points)
print(scores.map { $0.points })
print(scores)
