func smallest<T>(_ a: T, _ b: T) -> T {
    return a < b ? a : b
}

print("finding the smallest")
print(smallest(3, 8))
