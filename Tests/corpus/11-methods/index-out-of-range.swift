struct Playlist {
    var songs: [String]
    func song(at index: Int) -> String {
        return songs[index]
    }
}

let playlist = Playlist(songs: ["Intro", "Verse", "Outro"])
print(playlist.song(at: 0))
print(playlist.song(at: 2))
print("asking for song 3")
print(playlist.song(at: 3))
