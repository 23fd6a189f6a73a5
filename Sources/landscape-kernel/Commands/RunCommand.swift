import ArgumentParser
import Foundation
import JupyterKernel
import Landscape

/// `landscape-kernel [run] --connection-file FILE`: serves the kernel until shutdown_request.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the kernel on the sockets a Jupyter connection file names.")

    @Option(name: .customLong("connection-file"), help: "The connection file written by jupyter_client.")
    var connectionFile: String

    func run() throws {
        let status = Self.serve(connectionFile: connectionFile)
        if status != 0 { throw ExitCode(status) }
    }

    /// The connection file when `arguments` are exactly kernel.json's argv, `[binary, "--connection-file", FILE]`
    /// (or `--connection-file=FILE`); nil for any other command line.
    static func connectionFile(inKernelSpecArguments arguments: [String]) -> String? {
        let rest = Array(arguments.dropFirst())
        if rest.count == 2, rest[0] == "--connection-file", !rest[1].hasPrefix("-") { return rest[1] }
        if rest.count == 1, rest[0].hasPrefix("--connection-file="), rest[0].count > "--connection-file=".count {
            return String(rest[0].dropFirst("--connection-file=".count))
        }
        return nil
    }

    /// Serves the kernel described by `connectionFile` until shutdown; returns the process's exit status
    /// (0 after shutdown, 2 for a bad connection file, 3 if the cell language cannot start, 1 if the
    /// sockets cannot be served).
    static func serve(connectionFile: String) -> Int32 {
        let connection: ConnectionInfo
        do {
            connection = try ConnectionInfo.load(path: connectionFile)
        } catch {
            // One line, before anything is bound.
            KernelLog.standardError("\(error)")
            return 2
        }
        // Before any BLAS work: OpenBLAS picks its kernels when it loads, so a better core for this CPU
        // means restarting the process with OPENBLAS_CORETYPE set (a user's own value is kept).
        let core = LinearAlgebraRuntime.selectCoreType()
        KernelLog.standardError("\(core)")
        let interpreter: any Interpreter
        do {
            interpreter = try makeCellInterpreter()
        } catch {
            KernelLog.standardError("cannot start the cell language: \(error)")
            return 3
        }
        // Ports the launcher already bound and listens on (kernel.json runs landscape-kernel-launcher).
        var adopted: [Channel: Int32] = [:]
        if let listeners = ProcessInfo.processInfo.environment[ListeningSockets.environmentVariable] {
            adopted = ListeningSockets.adoptable(listeners, for: connection)
            unsetenv(ListeningSockets.environmentVariable)
        }
        let server = KernelServer(
            connection: connection, interpreter: interpreter,
            options: .init(log: .standardError, interruptOnSIGINT: true, exitIfShutdownStallsAfter: 3,
                           adoptedListeners: adopted))
        do {
            _ = try server.run()
        } catch {
            KernelLog.standardError("cannot serve: \(error)")
            return 1
        }
        return 0
    }
}
