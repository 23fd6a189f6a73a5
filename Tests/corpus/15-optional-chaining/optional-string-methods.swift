var name: String? = nil
print(name?.count as Any)
print(name?.uppercased() ?? "anonymous")
name = "taylor"
print(name?.count as Any)
print(name?.uppercased() ?? "anonymous")
let first = name?.first
print(first as Any)
let words: [String]? = ["alpha", "beta"]
print(words?.joined(separator: "+") ?? "")
print(words?.map { $0.count } ?? [])
