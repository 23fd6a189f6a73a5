struct LevelTracker {
    static var highestUnlockedLevel = 1
    var currentLevel = 1

    static func unlock(_ level: Int) {
        if level > highestUnlockedLevel { highestUnlockedLevel = level }
    }

    static func isUnlocked(_ level: Int) -> Bool {
        return level <= highestUnlockedLevel
    }

    @discardableResult
    mutating func advance(to level: Int) -> Bool {
        if LevelTracker.isUnlocked(level) {
            currentLevel = level
            return true
        } else {
            return false
        }
    }
}

var tracker = LevelTracker()
LevelTracker.unlock(3)
print(tracker.advance(to: 2))
print(tracker.advance(to: 6))
tracker.advance(to: 3)
print(tracker.currentLevel, LevelTracker.highestUnlockedLevel)
