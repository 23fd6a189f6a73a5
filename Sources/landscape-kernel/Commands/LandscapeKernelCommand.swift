import ArgumentParser

/// The root command. `run` is the default, so `landscape-kernel --connection-file FILE` (the form
/// kernel.json's argv uses) runs the kernel.
struct LandscapeKernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landscape-kernel",
        abstract: "A Jupyter kernel for exploring the loss landscape of neural networks in Swift.",
        subcommands: LandscapeKernelCommand.subcommands,
        defaultSubcommand: RunCommand.self)

    /// Every subcommand.
    static let subcommands: [any ParsableCommand.Type] = [
        RunCommand.self, InstallCommand.self, ExportCommand.self, ReferenceCommand.self,
    ]
}
