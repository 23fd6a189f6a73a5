let label = "The width is "
let width = 94
print(label)
let widthLabel = label + width
print(widthLabel)
