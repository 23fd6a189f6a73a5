enum PasswordError: Error { case short, obvious(String) }
func check(_ p: String) throws -> String {
    if p.count < 5 { throw PasswordError.short }
    if p == "12345" { throw PasswordError.obvious(p) }
    return "OK"
}
for p in ["abc", "12345", "secret!"] {
    do {
        let r = try check(p)
        print(r)
    } catch PasswordError.short {
        print("too short")
    } catch let PasswordError.obvious(word) {
        print("obvious:", word)
    }
}
func tryAll() throws -> Int {
    defer { print("cleanup") }
    _ = try check("ab")
    return 1
}
do { _ = try tryAll() } catch { print("caught \(error)") }
let value = (try? check("long enough")) ?? "failed"
print(value)
enum E: Error { case bad }
func f(_ n: Int) throws -> Int { if n > 2 { throw E.bad }; return n }
let results = (0..<5).map { try? f($0) }
print(results)
do {
    try [1, 2, 3].forEach { if $0 == 2 { throw E.bad } ; print($0) }
} catch E.bad { print("bad at two") }
print(type(of: E.bad), E.bad)
let err: Error = PasswordError.obvious("x")
if case PasswordError.obvious(let w) = err { print("matched", w) }
print(err is PasswordError, (err as? E) == nil)
