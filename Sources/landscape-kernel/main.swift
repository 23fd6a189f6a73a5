// The landscape-kernel command line: `landscape-kernel --connection-file FILE` runs the kernel,
// `landscape-kernel install` writes its kernelspec.
import Foundation

// kernel.json's own argv goes straight to the kernel, without the argument parser's reflection: a
// frontend connects as soon as it has launched the kernel, and every millisecond before the sockets
// are bound risks a refused connection and ZeroMQ's 100–200 ms reconnect back-off.
if let connectionFile = RunCommand.connectionFile(inKernelSpecArguments: CommandLine.arguments) {
    exit(RunCommand.serve(connectionFile: connectionFile))
}
LandscapeKernelCommand.main()
