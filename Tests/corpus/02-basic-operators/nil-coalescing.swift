let scores = ["ann": 3]
let annScore = scores["ann"] ?? 0
let bobScore = scores["bob"] ?? 0
print(annScore, bobScore)
var nickname: String? = nil
let display = nickname ?? "anonymous"
print(display)
nickname = "kit"
print(nickname ?? "anonymous")
let total = (Int("10") ?? 0) + (Int("ten") ?? 0)
print(total)
