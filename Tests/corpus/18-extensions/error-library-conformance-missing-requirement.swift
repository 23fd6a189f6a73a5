protocol Named { var name: String { get } }
extension Int: Named {}
print("x")
