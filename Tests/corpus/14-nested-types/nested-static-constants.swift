struct Theme {
    struct Colors {
        static let primary = "blue"
        static let accent = "orange"
    }
    struct Sizes {
        static let padding = 8
    }
}

print(Theme.Colors.primary)
print(Theme.Colors.accent)
print(Theme.Sizes.padding * 2)
