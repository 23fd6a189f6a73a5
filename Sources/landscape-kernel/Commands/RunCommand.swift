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
        let connection: ConnectionInfo
        do {
            connection = try ConnectionInfo.load(path: connectionFile)
        } catch {
            // One line, before anything is bound.
            KernelLog.standardError("\(error)")
            throw ExitCode(2)
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
            throw ExitCode(3)
        }
        let server = KernelServer(
            connection: connection, interpreter: interpreter,
            options: .init(log: .standardError, interruptOnSIGINT: true, exitIfShutdownStallsAfter: 3))
        do {
            _ = try server.run()
        } catch {
            KernelLog.standardError("cannot serve: \(error)")
            throw ExitCode(1)
        }
    }
}
