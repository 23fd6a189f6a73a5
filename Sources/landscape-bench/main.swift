// landscape-bench: times the workloads of the numerics issue in one run and prints one JSON object.
// Usage: landscape-bench [sweep|hvp|lanczos|dense|all]... [--export-dense DIRECTORY] (default all)
//        landscape-bench protocol [--protocol HS LS SAMPLES] (only when named): the reference code's later
//        protocol on the same subset as ../shared/anchors/seed_torch_samples.py HS LS SAMPLES (e.g. 4,16,64 1,5 2;
//        default its full 4,8,16,32,64 1,3,5,7,10 10), timed as one run, with the same summary figures.
//        landscape-bench eigenvalues [--export-eigenvalues DIRECTORY] (only when named): `Hessian.eigenvalues` of
//        the dense case's Hessian (P = 3,552), median of 3 on fresh copies; the Hessian (eigen_hessian.npy) and
//        our eigenvalues (eigen_ours.json) go to DIRECTORY for scripts/numpy_eigvalsh.py to time NumPy on.
// --export-dense writes the dense case's weights (dense_weights.npz), data (dense_data.npz) and Hessian
// (dense_hessian.npy) to DIRECTORY, so that scripts/jax_dense_compare.py can compare jax.hessian on them.
import Foundation
import Landscape

let selection = LinearAlgebraRuntime.selectCoreType()

/// Wall-clock seconds of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU seconds (user + system, all threads) this process has used so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// CPU seconds per run, recorded by `median` (a loaded machine stretches wall time, not CPU time).
nonisolated(unsafe) var lastCPUSeconds = 0.0

/// The median wall time of `repeats` runs; the mean CPU time per run goes to `lastCPUSeconds`.
func median(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var times = [Double]()
    let cpuStart = cpuSeconds()
    for _ in 0..<repeats { times.append(try seconds(body)) }
    lastCPUSeconds = (cpuSeconds() - cpuStart) / Double(repeats)
    times.sort()
    return times[times.count / 2]
}

func json(_ value: Any) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted]),
          let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
}

var arguments = Array(CommandLine.arguments.dropFirst())
/// Removes `flag DIRECTORY` from the arguments and returns DIRECTORY (nil without the flag; exit 2 without its value).
@MainActor func takeDirectoryOption(_ flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag) else { return nil }
    guard index + 1 < arguments.count else {
        FileHandle.standardError.write(Data("\(flag) needs a directory\n".utf8))
        exit(2)
    }
    let directory = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return directory
}
let exportDirectory = takeDirectoryOption("--export-dense")
let eigenDirectory = takeDirectoryOption("--export-eigenvalues")
var protocolSettings = SampleSizeProtocol()
if let flag = arguments.firstIndex(of: "--protocol") {
    let values = arguments.dropFirst(flag + 1).prefix(3)
    let lists = values.map { $0.split(separator: ",").compactMap { Int($0) } }
    guard values.count == 3, lists.allSatisfy({ !$0.isEmpty }), let samples = lists.last?.first else {
        FileHandle.standardError.write(Data("--protocol needs HS LS SAMPLES, e.g. 4,16,64 1,5 2\n".utf8))
        exit(2)
    }
    protocolSettings.hiddenSizes = lists[0]
    protocolSettings.hiddenLayerCounts = lists[1]
    protocolSettings.trainings = samples
    arguments.removeSubrange(flag...(flag + 3))
}
let requested = Set(arguments)
func wanted(_ name: String) -> Bool { requested.isEmpty || requested.contains("all") || requested.contains(name) }

var results: [String: Any] = [
    "date": ISO8601DateFormatter().string(from: Date()),
    "openblas_core": LinearAlgebraRuntime.coreName,
    "openblas_core_selection": selection.description,
    "processors": ProcessInfo.processInfo.activeProcessorCount,
]
if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
   let model = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") }) {
    results["cpu"] = model.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
}

do {
    let fashion = try Dataset.fashionMNIST(count: 10_000)

    if wanted("sweep") {
        var sweep: Sweep?
        let time = try median(1) { sweep = try Sweep.paperSweep(on: fashion) }
        results["sweep_25_configurations_seconds"] = time
        results["sweep_25_configurations_cpu_seconds"] = lastCPUSeconds
        results["sweep_mean_losses"] = sweep?.runs.map { ["h": $0.configuration.hidden, "num_layers": $0.configuration.hiddenLayers,
                                                          "mean_loss": $0.meanLoss, "dead": $0.isDead,
                                                          "curve_first": $0.curve.smoothed.first ?? 0,
                                                          "curve_last": $0.curve.smoothed.last ?? 0] } ?? []
    }

    if wanted("hvp") || wanted("lanczos") {
        let model = try MLP(input: 784, hidden: 16, hiddenLayers: 5, classes: 10, seed: 0)
        results["hvp_parameter_count"] = model.parameterCount
        var generator = SeededGenerator(seed: 1)
        let v = (0..<model.parameterCount).map { _ in generator.nextGaussian() }
        if wanted("hvp") {
            _ = try model.hessianVectorProduct(on: fashion, v)
            results["gradient_seconds"] = try median(5) { _ = try model.gradient(on: fashion) }
            results["gradient_cpu_seconds"] = lastCPUSeconds
            results["hvp_seconds"] = try median(5) { _ = try model.hessianVectorProduct(on: fashion, v) }
            results["hvp_cpu_seconds"] = lastCPUSeconds
        }
        if wanted("lanczos") {
            var top = [Double]()
            results["lanczos_50_steps_seconds"] = try median(3) { top = try model.topEigenvalues(on: fashion, count: 1, iterations: 50) }
            results["lanczos_50_steps_cpu_seconds"] = lastCPUSeconds
            results["lanczos_top_eigenvalue"] = top.first ?? 0
        }
    }

    if requested.contains("protocol") {
        let validation = try Dataset.fashionMNIST(count: 1_000, split: .test)
        var study: SampleSizeStudy?
        results["protocol_seconds"] = try median(1) {
            study = try SampleSizeStudy.run(train: fashion, validation: validation, settings: protocolSettings)
        }
        results["protocol_cpu_seconds"] = lastCPUSeconds
        results["protocol_settings"] = protocolSettings.description
        results["protocol_configurations"] = study?.results.map { result -> [String: Any] in
            let finals = result.trainings.compactMap(\.validationAccuracy.last)
            let meanLosses = result.trainings.map { $0.losses.reduce(0, +) / Double(max($0.losses.count, 1)) }
            return ["h": result.configuration.hidden, "L": result.configuration.hiddenLayers, "samples": result.trainings.count,
                    "steps_per_training": result.trainings.first?.validationAccuracy.count ?? 0,
                    "final_accuracy_mean": finals.reduce(0, +) / Double(max(finals.count, 1)),
                    "mean_loss_mean": meanLosses.reduce(0, +) / Double(max(meanLosses.count, 1))]
        } ?? []
    }

    if requested.contains("eigenvalues") {
        let pooled = try fashion.prefix(1_000).averagePooled(2)
        let model = try MLP(input: 196, hidden: 16, hiddenLayers: 1, classes: 10, seed: 0)
        let hessian = try model.hessian(on: pooled)
        // H − 0 is H exactly, in a new value with an empty eigenvalue cache: one per timed run.
        let zero = try hessian - hessian
        let copies = try (0..<3).map { _ in try hessian - zero }
        var next = 0
        var values = [Double]()
        results["eigenvalues_parameter_count"] = model.parameterCount
        results["eigenvalues_seconds"] = try median(copies.count) {
            values = try copies[next].eigenvalues
            next += 1
        }
        results["eigenvalues_cpu_seconds"] = lastCPUSeconds
        results["eigenvalues_openblas_threads_after"] = LinearAlgebraRuntime.threadCount
        results["eigenvalues_extremes"] = [values.first ?? 0, values.last ?? 0]
        if let directory = eigenDirectory {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let files = ["hessian": directory + "/eigen_hessian.npy", "ours": directory + "/eigen_ours.json"]
            try hessian.save(to: files["hessian"] ?? "")
            let data = try JSONSerialization.data(withJSONObject: ["eigenvalues": values])
            try data.write(to: URL(fileURLWithPath: files["ours"] ?? ""))
            results["eigenvalues_exported_files"] = files
        }
    }

    if wanted("dense") {
        let pooled = try fashion.prefix(1_000).averagePooled(2)
        let model = try MLP(input: 196, hidden: 16, hiddenLayers: 1, classes: 10, seed: 0)
        results["dense_parameter_count"] = model.parameterCount
        var hessian: Hessian?
        results["dense_hessian_seconds"] = try median(1) { hessian = try model.hessian(on: pooled) }
        results["dense_hessian_cpu_seconds"] = lastCPUSeconds
        var values = [Double]()
        results["dense_eigenvalues_seconds"] = try median(1) { values = try hessian?.eigenvalues ?? [] }
        results["dense_eigenvalues_cpu_seconds"] = lastCPUSeconds
        results["dense_spectral_norm"] = max(abs(values.first ?? 0), abs(values.last ?? 0))
        results["dense_trace"] = hessian?.trace ?? 0
        if let directory = exportDirectory, let hessian {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let files = ["weights": directory + "/dense_weights.npz", "data": directory + "/dense_data.npz",
                         "hessian": directory + "/dense_hessian.npy"]
            try model.save(to: files["weights"] ?? "")
            try pooled.save(to: files["data"] ?? "")
            try hessian.save(to: files["hessian"] ?? "")
            results["dense_exported_files"] = files
        }
    }
} catch {
    results["error"] = String(describing: error)
    print(json(results))
    exit(1)
}
print(json(results))
