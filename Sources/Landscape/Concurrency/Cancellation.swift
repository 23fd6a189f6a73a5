import Foundation

/// Cooperative cancellation of long library work (dense Hessians, Lanczos, densities, curves, slices,
/// bounds): a caller such as the notebook kernel installs a check for the duration of some work, and the
/// library's loops consult it between steps of at most a fraction of a second. Work that sees it set
/// stops and throws `ComputationCancelled`; nothing partial is returned.
///
/// The check belongs to the calling thread (thread-specific storage) and is carried into the worker threads
/// the library starts for that work, so two computations on different threads never see each other's.
/// Without an installed check nothing is cancelled.
public enum Cancellation {
    /// The check installed on this thread, if any.
    static var check: (@Sendable () -> Bool)? { ThreadCheck.current }

    /// Runs `body` with `isCancelled` as the check consulted by the library's work inside it.
    public static func checking<R>(_ isCancelled: @escaping @Sendable () -> Bool, _ body: () throws -> R) rethrows -> R {
        try ThreadCheck.with(isCancelled, body)
    }

    /// Whether the installed check asks to stop (false when none is installed).
    public static var isRequested: Bool { check?() ?? false }

    /// Whether this thread has a check installed (so work inside it needs no check of its own).
    public static var isInstalled: Bool { ThreadCheck.isInstalled }

    /// Throws `ComputationCancelled` when the installed check asks to stop.
    public static func checkpoint() throws {
        if isRequested { throw ComputationCancelled() }
    }

    /// `work` wrapped so that it runs under the check installed where this is called: for the closures
    /// the library hands to worker threads.
    static func inheriting<T>(_ work: @escaping (T) -> Void) -> (T) -> Void {
        let captured = check
        return { argument in ThreadCheck.with(captured) { work(argument) } }
    }

    /// `inheriting` for closures that must stay `@Sendable`.
    static func inheriting<T>(_ work: @escaping @Sendable (T) -> Void) -> @Sendable (T) -> Void {
        let captured = check
        return { argument in ThreadCheck.with(captured) { work(argument) } }
    }
}

/// The check of the current thread, in POSIX thread-specific storage. (Swift's `@TaskLocal` outside of
/// tasks crashed in release builds with the statically linked runtime, so the library keeps its own.)
private enum ThreadCheck {
    final class Box {
        let check: (@Sendable () -> Bool)?
        /// Whether `check` is set, read without copying the closure (asked at every library call of a cell).
        let hasCheck: Bool
        init(_ check: (@Sendable () -> Bool)?) {
            self.check = check
            hasCheck = check != nil
        }
    }

    static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static var isInstalled: Bool {
        guard let raw = pthread_getspecific(key) else { return false }
        return Unmanaged<Box>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.hasCheck }
    }

    static var current: (@Sendable () -> Bool)? {
        guard let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue().check
    }

    /// Runs `body` with `check` installed on this thread, then restores what was there.
    static func with<R>(_ check: (@Sendable () -> Bool)?, _ body: () throws -> R) rethrows -> R {
        let previous = pthread_getspecific(key)
        let box = Unmanaged.passRetained(Box(check))
        pthread_setspecific(key, box.toOpaque())
        defer {
            pthread_setspecific(key, previous)
            box.release()
        }
        return try body()
    }
}

/// Thrown by library work stopped through `Cancellation`.
public struct ComputationCancelled: Error, Equatable, CustomStringConvertible {
    public init() {}
    public var description: String { "the computation was cancelled before it finished" }
}

extension Cancellation {
    /// Runs an uninterruptible call (a LAPACK routine) so that the caller can still stop waiting: with a
    /// check installed, `work` runs on its own thread while the caller polls the check every 20 ms; if it
    /// fires, the caller throws `ComputationCancelled` at once and the abandoned call finishes in the
    /// background, its result dropped. Without a check, `work` simply runs here.
    static func abandoningOnCancel<T: Sendable>(_ work: @escaping @Sendable () throws -> T) throws -> T {
        guard check != nil else { return try work() }
        let box = AbandonableResult<T>()
        let thread = Thread { box.finish(Result { try work() }) }
        thread.stackSize = 16 << 20
        thread.start()
        while true {
            if let result = box.wait(milliseconds: 20) { return try result.get() }
            try checkpoint()
        }
    }
}

/// The result of an abandonable call, handed from its thread to the waiting caller.
private final class AbandonableResult<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<T, any Error>?

    func finish(_ value: Result<T, any Error>) {
        condition.lock()
        result = value
        condition.signal()
        condition.unlock()
    }

    func wait(milliseconds: Int) -> Result<T, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        if result == nil { _ = condition.wait(until: Date().addingTimeInterval(Double(milliseconds) / 1000)) }
        return result
    }
}
