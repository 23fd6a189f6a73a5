struct S { deinit { } }
print(1)
