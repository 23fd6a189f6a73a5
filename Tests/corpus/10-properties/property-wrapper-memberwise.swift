@propertyWrapper
struct Trimmed {
    private var text = ""
    var wrappedValue: String {
        get { text }
        set { text = newValue.uppercased() }
    }
    init(wrappedValue: String) { self.wrappedValue = wrappedValue }
}
struct Post {
    @Trimmed var title: String
    var likes = 0
}
var post = Post(title: "hello", likes: 2)
print(post.title, post.likes)
post.title = "again"
print(post.title)
let p2 = Post(title: "x")
print(p2.title, p2.likes)
