// swift-tools-version:6.0
// The example notebooks exported as Swift programs, built against this repository's libraries.
//
// Tests/python/test_export.py writes Sources/NOTEBOOK/main.swift for every notebook in examples/
// with `landscape-kernel export` (Sources/ is generated, not committed); each becomes an executable
// target that depends only on the LandscapeNotebook library product, so building it compiles
// Landscape, LandscapePlots and LandscapeNotebook, never swift-syntax. RegistrySignatures (committed)
// checks the cell language's signatures against the libraries.
import Foundation
import PackageDescription

let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Sources")
let notebooks = ((try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? [])
    .filter { FileManager.default.fileExists(atPath: sources.appendingPathComponent($0).appendingPathComponent("main.swift").path) }
    .sorted()

let package = Package(
    name: "ExportedNotebooks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "landscape-kernel", path: "../..")],
    targets: notebooks.map { notebook in
        .executableTarget(name: notebook,
                          dependencies: [.product(name: "LandscapeNotebook", package: "landscape-kernel")],
                          path: "Sources/\(notebook)")
    } + [
        // Every library symbol of the cell language's registry, called with the registry's signature
        // (generated and kept current by CellLanguageTests' RegistrySignatureTests): it compiles
        // when the signatures cells are checked against are LandscapeNotebook's own.
        .executableTarget(name: "RegistrySignatures",
                          dependencies: [.product(name: "LandscapeNotebook", package: "landscape-kernel")],
                          path: "RegistrySignatures"),
    ],
    swiftLanguageModes: [.v6]
)
