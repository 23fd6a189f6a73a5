/// Standard library types that cells declare in Swift itself, as the standard library does: each
/// session starts with them declared (module `Swift`, so they print as a compiled program prints
/// them), and a cell may declare its own type of the same name in their place.
enum StandardTypes {
    /// `Result<Success, Failure>`, with `init(catching:)`, `get()`, `map`, `mapError` and `flatMap`.
    static let source = """
    enum Result<Success, Failure: Error> {
        case success(Success)
        case failure(Failure)

        init(catching body: () throws -> Success) {
            do {
                self = .success(try body())
            } catch {
                self = .failure(error)
            }
        }

        func get() throws -> Success {
            switch self {
            case .success(let success): return success
            case .failure(let failure): throw failure
            }
        }

        func map<NewSuccess>(_ transform: (Success) throws -> NewSuccess) rethrows -> Result<NewSuccess, Failure> {
            switch self {
            case .success(let success): return .success(try transform(success))
            case .failure(let failure): return .failure(failure)
            }
        }

        func mapError<NewFailure: Error>(_ transform: (Failure) throws -> NewFailure) rethrows -> Result<Success, NewFailure> {
            switch self {
            case .success(let success): return .success(success)
            case .failure(let failure): return .failure(try transform(failure))
            }
        }

        func flatMap<NewSuccess>(_ transform: (Success) throws -> Result<NewSuccess, Failure>) rethrows -> Result<NewSuccess, Failure> {
            switch self {
            case .success(let success): return try transform(success)
            case .failure(let failure): return .failure(failure)
            }
        }
    }
    """

    /// The module whose qualified names these types print with.
    static let moduleName = "Swift"
}

extension Evaluator {
    /// Declares the standard types written in Swift (`StandardTypes.source`) in this session.
    func declareStandardTypes() {
        // The source is the library's own and known to declare cleanly; a failure would leave the
        // session without these types, as cells that name them would then say.
        guard let file = try? CellParser.parseAndFold(StandardTypes.source) else { return }
        _ = try? run(file)
        for type in userTypes.values { type.moduleName = StandardTypes.moduleName }
    }
}
