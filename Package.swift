// swift-tools-version:6.0
import Foundation
import PackageDescription

// Arrows only point down:
//   landscape-kernel (CLI) → JupyterKernel, CellLanguage
//   JupyterWidgets → JupyterKernel
//   CellLanguage → JupyterWidgets, LandscapeNotebook → Landscape, LandscapePlots → C shims
//   landscape-kernel-launcher → JupyterConnection (no ZeroMQ, no BLAS: it must start in milliseconds)

// The Swift runtime and Foundation linked in: a kernel is launched for every notebook, and binding
// symbols against the shared Swift libraries was most of its time to first reply.
let staticSwiftRuntime: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-Xlinker", "--start-group", "-lFoundation", "-lCoreFoundation", "-lFoundationEssentials", "-lFoundationInternationalization", "-l_FoundationICU", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization", "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime", "-Xlinker", "--end-group", "-lstdc++"], .when(platforms: [.linux])),
]

// Our own targets are optimised (whole module, -O) in every configuration; swift-syntax and the argument parser
// are not in the debug configuration, which is what the main job and the tests build (scripts/build.sh). The
// release optimiser spends about 10 of a first release build's 15 minutes on swift-syntax (190,000 lines, of which
// the kernel only needs the cell parser), so a first debug build takes about a third of that, with the numerics
// as fast as in release. Benchmarks build release (scripts/benchmark.sh), where these flags change nothing.
let optimised: [SwiftSetting] = [
    .unsafeFlags(["-O", "-wmo", "-num-threads", "\(ProcessInfo.processInfo.activeProcessorCount)"],
                 .when(configuration: .debug)),
]

// The cell language's evaluator moves values in and out of shared variable boxes on every step; Swift's
// run-time exclusivity checks on those accesses were a tenth of a loop's time. Its accesses are
// statically scoped (values are swapped out before they are modified), so the dynamic check is off in
// this one target, in every configuration.
let cellLanguageFlags: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

let package = Package(
    name: "landscape-kernel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "landscape-kernel", targets: ["landscape-kernel"]),
        .executable(name: "landscape-kernel-launcher", targets: ["landscape-kernel-launcher"]),
        .library(name: "Landscape", targets: ["Landscape"]),
        .library(name: "LandscapePlots", targets: ["LandscapePlots"]),
        .library(name: "LandscapeNotebook", targets: ["LandscapeNotebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // C shims: system libraries through module maps, private to the package.
        .systemLibrary(name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CLinearAlgebra", providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The connection file, JSON values, and listening sockets bound ahead of the kernel (no ZeroMQ).
        .target(name: "JupyterConnection", swiftSettings: optimised),

        // The Jupyter wire protocol: sockets, signing, the message loop, the Interpreter protocol.
        .target(name: "JupyterKernel", dependencies: ["JupyterConnection", "CZeroMQ", "COpenSSL"], swiftSettings: optimised),

        // Jupyter widgets (protocol 2.1, ipywidgets 8 models) over the kernel's comms; language-neutral.
        .target(name: "JupyterWidgets", dependencies: ["JupyterKernel"], swiftSettings: optimised),

        // The paper's numerics: data, the network, training, exact Hessians, spectra, bounds.
        .target(name: "Landscape", dependencies: ["CLinearAlgebra", "CZlib"], swiftSettings: optimised),

        // The SVG renderer: pure Swift, no dependencies.
        .target(name: "LandscapePlots", swiftSettings: optimised),

        // What a notebook imports: Landscape and LandscapePlots, plus plot/display glue between them.
        .target(name: "LandscapeNotebook", dependencies: ["Landscape", "LandscapePlots"], swiftSettings: optimised),

        // The cell language: Swift cells parsed by swift-syntax and evaluated against LandscapeNotebook.
        .target(name: "CellLanguage", dependencies: [
            "JupyterKernel", "JupyterWidgets", "LandscapeNotebook",
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftOperators", package: "swift-syntax"),
            .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            .product(name: "SwiftDiagnostics", package: "swift-syntax"),
        ], swiftSettings: optimised + cellLanguageFlags),

        // What kernel.json runs: binds the ports within milliseconds, then execs landscape-kernel.
        .executableTarget(name: "landscape-kernel-launcher", dependencies: ["JupyterConnection"],
                          swiftSettings: optimised, linkerSettings: staticSwiftRuntime),

        // The command line: run, install, export.
        .executableTarget(name: "landscape-kernel", dependencies: [
            "JupyterKernel", "CellLanguage", "Landscape",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: optimised, linkerSettings: staticSwiftRuntime),

        // Benchmark of the SVG renderer against the matplotlib anchor (not a test).
        .executableTarget(name: "plots-bench", dependencies: ["LandscapePlots"], swiftSettings: optimised),

        // Times the workloads (sweep, HVP, Lanczos, dense Hessian) in release and prints JSON.
        .executableTarget(name: "landscape-bench", dependencies: ["Landscape"], swiftSettings: optimised),

        .testTarget(name: "JupyterKernelTests", dependencies: ["JupyterKernel", "JupyterWidgets", "CZeroMQ"]),
        .testTarget(name: "JupyterWidgetsTests", dependencies: ["JupyterWidgets", "JupyterKernel"]),
        .testTarget(name: "LandscapeTests", dependencies: ["Landscape"]),
        .testTarget(name: "LandscapePlotsTests", dependencies: ["LandscapePlots"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "CellLanguageTests", dependencies: ["CellLanguage"]),
    ],
    swiftLanguageModes: [.v6]
)
