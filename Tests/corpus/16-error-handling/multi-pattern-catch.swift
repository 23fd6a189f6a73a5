enum NetworkError: Error {
    case timeout
    case offline
    case badStatus(code: Int)
}

func fetch(_ code: Int) throws -> String {
    switch code {
    case 0: throw NetworkError.timeout
    case 1: throw NetworkError.offline
    case 200: return "OK"
    default: throw NetworkError.badStatus(code: code)
    }
}

for code in [200, 0, 1, 404, 500] {
    do {
        print(try fetch(code))
    } catch NetworkError.timeout, NetworkError.offline {
        print("connection problem")
    } catch NetworkError.badStatus(let code) where code >= 500 {
        print("server error \(code)")
    } catch {
        print("other: \(error)")
    }
}
