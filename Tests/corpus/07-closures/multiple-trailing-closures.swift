func loadPicture(from server: String, completion: (String) -> Void, onFailure: () -> Void) {
    if server.hasPrefix("good") {
        completion("picture from \(server)")
    } else {
        onFailure()
    }
}
loadPicture(from: "good-server") { picture in
    print("Loaded \(picture)")
} onFailure: {
    print("Couldn't download the next picture.")
}
loadPicture(from: "bad-server") { picture in
    print("Loaded \(picture)")
} onFailure: {
    print("Couldn't download the next picture.")
}
