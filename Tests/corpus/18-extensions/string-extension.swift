extension String {
    var isPalindrome: Bool {
        let letters = self.lowercased().filter { $0.isLetter }
        return letters == String(letters.reversed())
    }
    func repeated(_ times: Int) -> String {
        return String(repeating: self, count: times)
    }
    func shout() -> String {
        return uppercased() + "!"
    }
}

print("Racecar".isPalindrome)
print("Swift".isPalindrome)
print("A man, a plan, a canal: Panama".isPalindrome)
print("ab".repeated(3))
print("hello".shout())
