struct Rect { var width = 0.0, height = 0.0 }
struct Size { var w = 1, h = 2 }
let r = Rect(width: 2)
print(r, Size(), Size(w: 5))
var arr = [Rect]()
arr.append(r)
arr[0].height = 3
print(arr[0].height, r.height)
class Box { var v = 0 }
let b1 = Box(); let b2 = b1; b2.v = 9
print(b1.v, b1 === b2)
var dict = [String: [Int]]()
dict["a", default: []].append(1)
dict["a", default: []].append(2)
dict["b"] = [3]
print(dict.sorted { $0.key < $1.key })
var nested = [[1, 2], [3]]
nested[0].append(9)
nested[1][0] += 10
print(nested)
struct Team { var members: [String] = [] }
var team = Team()
team.members.append("ann")
team.members += ["bo"]
print(team.members, team)
let kp = \Rect.width
print(r[keyPath: kp])
var opt: [Int]? = [1]
opt?.append(2)
print(opt as Any, opt?.count as Any)
