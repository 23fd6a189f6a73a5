import Foundation

/// The inputs (and text outputs) of this kernel process, for history_request. Kept in memory only:
/// a restarted kernel starts with an empty history. Everything is session 1. Used by the shell thread.
final class ExecutionHistory {
    struct Entry {
        var line: Int
        var input: String
        var output: String?
    }

    static let session = 1
    private(set) var entries: [Entry] = []

    func record(line: Int, input: String, output: String?) {
        entries.append(Entry(line: line, input: input, output: output))
    }

    /// The last `count` entries.
    func tail(_ count: Int) -> [Entry] {
        Array(entries.suffix(max(0, count)))
    }

    /// Lines `start..<stop` of `session` (0 or 1 mean this one; negative stop counts from the end).
    func range(session: Int, start: Int, stop: Int?) -> [Entry] {
        guard session == 0 || session == Self.session else { return [] }
        let lastLine = entries.last?.line ?? 0
        let end: Int
        if let stop { end = stop < 0 ? lastLine + 1 + stop : stop } else { end = lastLine + 1 }
        return entries.filter { $0.line >= start && $0.line < end }
    }

    /// The last `count` inputs matching the glob `pattern` (fnmatch), optionally without repeats.
    func search(pattern: String, count: Int?, unique: Bool) -> [Entry] {
        var matches = entries.filter { fnmatch(pattern, $0.input, 0) == 0 }
        if unique {
            var seen = Set<String>()
            matches = matches.reversed().filter { seen.insert($0.input).inserted }.reversed()
        }
        if let count { matches = Array(matches.suffix(max(0, count))) }
        return matches
    }
}
