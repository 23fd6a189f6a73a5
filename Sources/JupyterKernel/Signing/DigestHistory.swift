import Foundation

/// The signatures of messages already accepted, to reject replays. Bounded: once `capacity`
/// signatures are held, the oldest is forgotten for each new one (jupyter_client keeps a bounded
/// set the same way). Thread-safe: shell, control and stdin all check against one history.
public final class DigestHistory: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<Data> = []
    private var order: [Data] = []
    private var oldest = 0
    /// The most signatures remembered.
    public let capacity: Int

    /// Creates an empty history remembering at most `capacity` (at least 1) signatures.
    public init(capacity: Int = 1 << 16) {
        self.capacity = max(1, capacity)
    }

    /// Records `signature`; returns false (and records nothing) when it was already seen.
    public func insertIfNew(_ signature: Data) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !seen.contains(signature) else { return false }
        seen.insert(signature)
        if order.count < capacity {
            order.append(signature)
        } else {
            seen.remove(order[oldest])
            order[oldest] = signature
            oldest = (oldest + 1) % capacity
        }
        return true
    }

    /// How many signatures are remembered.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return seen.count
    }
}
