class Player {
    var name: String
    var level = 1
    init(name: String) {
        self.name = name
    }
}

let player = Player(name: "Ada")
player.level += 2
player.name = "Ada L."
print("\(player.name) is at level \(player.level)")
func promote(_ p: Player) {
    p.level *= 2
}
promote(player)
print(player.level)
