import ArgumentParser
import Foundation
import JupyterKernel

/// `landscape-kernel install [--user | --prefix DIR] [--name NAME]`: writes the kernelspec (kernel.json
/// pointing at this binary by absolute path, plus logos) where `jupyter kernelspec list` finds it.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install", abstract: "Install the kernelspec for this binary.")

    @Flag(help: "Install into the user's Jupyter data directory (the default).")
    var user = false

    @Option(help: "Install into DIR/share/jupyter/kernels/NAME, as `jupyter kernelspec install --prefix`.")
    var prefix: String?

    @Option(help: "The kernelspec name.")
    var name = "landscape"

    @Option(name: .customLong("display-name"), help: "The name notebooks show.")
    var displayName = "Swift (landscape)"

    func validate() throws {
        if user && prefix != nil { throw ValidationError("--user and --prefix exclude each other") }
        if !KernelSpecInstaller.isValidName(name) {
            throw ValidationError("--name may only contain ASCII letters, digits, '.', '_' and '-'")
        }
    }

    func run() throws {
        let binary = try ExecutablePath.current()
        // The launcher beside this binary binds the ports first (see landscape-kernel-launcher), when built.
        let launcher = URL(fileURLWithPath: binary).deletingLastPathComponent()
            .appendingPathComponent("landscape-kernel-launcher").path
        let entry = FileManager.default.isExecutableFile(atPath: launcher) ? launcher : binary
        let spec = KernelSpec(
            argv: [entry, "--connection-file", "{connection_file}"],
            displayName: displayName, language: "swift", interruptMode: "message",
            metadata: ["supported_encryption": ["curve"]])
        let destination: KernelSpecDestination = prefix.map { .prefix(absolute($0)) } ?? .user
        do {
            let directory = try KernelSpecInstaller.install(spec, name: name, files: KernelLogos.files,
                                                            destination: destination)
            print("Installed kernelspec \(name) in \(directory.path)")
        } catch {
            KernelLog.standardError("\(error)")
            throw ExitCode(1)
        }
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).path
    }
}
