enum Weekday: Int {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    func isWeekend() -> Bool {
        return self == .saturday || self == .sunday
    }

    func next() -> Weekday {
        return Weekday(rawValue: rawValue % 7 + 1)!
    }
}

var day = Weekday.friday
for _ in 0..<4 {
    print(day, day.isWeekend())
    day = day.next()
}
