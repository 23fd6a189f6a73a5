import Foundation

/// The absolute, symlink-free path of the running binary, for kernel.json's argv.
enum ExecutablePath {
    struct Unknown: Error, CustomStringConvertible {
        var description: String { "cannot determine the path of this executable" }
    }

    static func current() throws -> String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
           path.hasPrefix("/") {
            return path
        }
        #endif
        if let url = Bundle.main.executableURL {
            return url.resolvingSymlinksInPath().path
        }
        guard let first = CommandLine.arguments.first, !first.isEmpty else { throw Unknown() }
        let url = first.hasPrefix("/") ? URL(fileURLWithPath: first)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(first)
        return url.resolvingSymlinksInPath().path
    }
}
