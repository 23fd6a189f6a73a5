struct Profile {
    var nickname: String?
    var tags: [String]?
}

struct User {
    var name: String
    var profile: Profile?
}

let users = [
    User(name: "Ann", profile: Profile(nickname: "annie", tags: ["swift", "ios"])),
    User(name: "Bob", profile: Profile(nickname: nil, tags: nil)),
    User(name: "Cid", profile: nil),
]
for user in users {
    let display = user.profile?.nickname ?? user.name
    let tagCount = user.profile?.tags?.count ?? 0
    let firstTag = user.profile?.tags?.first ?? "-"
    print("\(display): \(tagCount) tag(s), first \(firstTag)")
}
