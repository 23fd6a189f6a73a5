class Library {
    struct Book {
        var title: String
        var pages: Int
    }
    var books: [Book] = []
    func add(_ title: String, pages: Int) {
        books.append(Book(title: title, pages: pages))
    }
    var totalPages: Int {
        books.reduce(0) { $0 + $1.pages }
    }
}

let library = Library()
library.add("Dune", pages: 412)
library.add("Emma", pages: 474)
print(library.books.count, library.totalPages)
print(library.books[0])
let book = Library.Book(title: "Ulysses", pages: 730)
print(book.title)
