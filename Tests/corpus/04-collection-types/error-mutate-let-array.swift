let numbers = [1, 2, 3]
print(numbers)
numbers.append(4)
print(numbers)
