struct Box {
    @Clamped var level: Int = 3
}
print("x")
