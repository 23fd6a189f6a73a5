var a = [1, 2, 3]
var b = a
b.append(4)
print(a, b)
a[0] = 100
print(a, b)
var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
var matrix = Array(repeating: Array(repeating: 0, count: 3), count: 2)
matrix[0][2] = 1
print(matrix)
a.swapAt(0, 2)
print(a)
a.removeAll()
print(a, a.isEmpty)
