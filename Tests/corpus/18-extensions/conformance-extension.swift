protocol Describable {
    func describe() -> String
}

struct Book {
    var title: String
    var pages: Int
}

extension Book: Describable {
    func describe() -> String {
        return "\(title) (\(pages) pages)"
    }
}

extension Book: CustomStringConvertible {
    var description: String { return "Book: \(title)" }
}

let books = [Book(title: "Dune", pages: 412), Book(title: "Emma", pages: 474)]
for book in books {
    print(book.describe())
}
print(books[0])
let d: Describable = books[1]
print(d.describe())
