protocol DownloadDelegate: AnyObject {
    func didProgress(_ percent: Int)
    func didFinish(_ name: String)
}

class Downloader {
    weak var delegate: DownloadDelegate?
    func download(_ name: String) {
        for percent in stride(from: 0, through: 100, by: 50) {
            delegate?.didProgress(percent)
        }
        delegate?.didFinish(name)
    }
}

class Logger: DownloadDelegate {
    var events: [String] = []
    func didProgress(_ percent: Int) { events.append("\(percent)%") }
    func didFinish(_ name: String) { events.append("finished \(name)") }
}

let logger = Logger()
let downloader = Downloader()
downloader.download("silent.zip")
downloader.delegate = logger
downloader.download("file.zip")
print(logger.events)
