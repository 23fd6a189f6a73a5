import CLinearAlgebra
import Foundation

/// The OpenBLAS library under Landscape: which CPU kernels it runs, how many threads, and choosing
/// the right kernels for this processor before OpenBLAS is used.
public enum LinearAlgebraRuntime {
    /// The environment variable that marks a process already re-executed with a chosen core type.
    static let reexecutionMarker = "LANDSCAPE_OPENBLAS_REEXECUTED"

    /// The OpenBLAS kernel set in use (e.g. "Zen", "Haswell", "SkylakeX", or the slow generic "Prescott").
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }

    /// OpenBLAS's build configuration string.
    public static var configuration: String {
        guard let text = openblas_get_config() else { return "unknown" }
        return String(cString: text)
    }

    /// The number of threads OpenBLAS uses for one call.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of OpenBLAS threads (at least 1). Call it only while no computation runs:
    /// Landscape itself keeps OpenBLAS on one thread and parallelises over cores on its own.
    public static func setThreadCount(_ count: Int) {
        openblas_set_num_threads(Int32(max(1, min(count, 1024))))
    }

    /// The value of OPENBLAS_CORETYPE in this process's environment, if any.
    public static var requestedCoreType: String? {
        ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"]
    }

    /// The OpenBLAS core type suited to a processor, from the text of /proc/cpuinfo: "SkylakeX" for
    /// AVX-512 (F, BW, DQ, VL), "Zen" for AMD with AVX2 and FMA, "Haswell" for other AVX2 + FMA,
    /// "Sandybridge" for AVX only; nil when nothing better than the generic kernels applies.
    public static func recommendedCoreType(cpuInfo: String) -> String? {
        guard let flagsLine = cpuInfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return nil }
        let flags = Set(flagsLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" }).map(String.init))
        let isAMD = cpuInfo.contains("AuthenticAMD") || cpuInfo.contains("AMD EPYC") || cpuInfo.contains("AMD Ryzen")
        if ["avx512f", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains) { return "SkylakeX" }
        if flags.contains("avx2") && flags.contains("fma") { return isAMD ? "Zen" : "Haswell" }
        if flags.contains("avx") { return "Sandybridge" }
        return nil
    }

    /// The core type recommended for this machine, from /proc/cpuinfo (or from the file named by
    /// LANDSCAPE_CPUINFO, to try the selection as on another processor); nil where it cannot tell.
    public static var recommendedCoreType: String? {
        let path = ProcessInfo.processInfo.environment["LANDSCAPE_CPUINFO"] ?? "/proc/cpuinfo"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return recommendedCoreType(cpuInfo: text)
    }

    /// What `selectCoreType` decided.
    public enum CoreSelection: Sendable, Equatable, CustomStringConvertible {
        /// The user set OPENBLAS_CORETYPE; it is respected.
        case userChoice(String)
        /// OpenBLAS already runs the recommended kernels.
        case alreadyOptimal(String)
        /// The process restarted itself with OPENBLAS_CORETYPE set to the recommended kernels.
        case selectedAfterRestart(String)
        /// No recommendation could be made (unknown CPU); OpenBLAS's own choice stands.
        case noRecommendation(String)
        /// Re-execution was attempted but failed; the current kernels stay.
        case reexecutionFailed(current: String, wanted: String)

        public var description: String {
            switch self {
            case let .userChoice(core): return "OpenBLAS core \(core) (OPENBLAS_CORETYPE set by the user)"
            case let .alreadyOptimal(core): return "OpenBLAS core \(core)"
            case let .selectedAfterRestart(core): return "OpenBLAS core \(core) (chosen from the CPU's features; restarted with OPENBLAS_CORETYPE=\(core))"
            case let .noRecommendation(core): return "OpenBLAS core \(core) (no better kernels known for this CPU)"
            case let .reexecutionFailed(current, wanted): return "OpenBLAS core \(current) (could not restart with \(wanted))"
            }
        }
    }

    /// Executables call this first: when the user has not set OPENBLAS_CORETYPE and OpenBLAS is not
    /// already on the kernels recommended for this CPU, sets it and re-executes /proc/self/exe with the
    /// same arguments (OpenBLAS reads the variable only when it loads). Returns only when no restart
    /// happens, saying which core is in use and why.
    @discardableResult
    public static func selectCoreType() -> CoreSelection {
        let environment = ProcessInfo.processInfo.environment
        if let requested = environment["OPENBLAS_CORETYPE"], !requested.isEmpty {
            return environment[reexecutionMarker] != nil ? .selectedAfterRestart(coreName) : .userChoice(requested)
        }
        let current = coreName
        guard let wanted = recommendedCoreType else { return .noRecommendation(current) }
        if current.lowercased() == wanted.lowercased() { return .alreadyOptimal(current) }
        guard environment[reexecutionMarker] == nil else { return .reexecutionFailed(current: current, wanted: wanted) }
        setenv("OPENBLAS_CORETYPE", wanted, 1)
        setenv(reexecutionMarker, "1", 1)
        let arguments = CommandLine.arguments
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", &argv)
        // execv returns only on failure.
        for pointer in argv { free(pointer) }
        unsetenv("OPENBLAS_CORETYPE")
        return .reexecutionFailed(current: current, wanted: wanted)
    }

    /// Landscape splits work over the cores itself (rows of a sample, columns of a dense Hessian,
    /// configurations of a sweep), so OpenBLAS runs single-threaded: set once, before Landscape's first
    /// BLAS call. (Changing OpenBLAS's thread count while another thread is inside OpenBLAS corrupts
    /// its thread pool, so Landscape never changes it afterwards.)
    static func configureThreading() { _ = singleThreaded }

    private static let singleThreaded: Void = { openblas_set_num_threads(1) }()

    /// The number of worker threads to use for independent work.
    static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
