// landscape-kernel-launcher: what kernel.json runs. It binds the connection file's TCP ports and listens on
// them within a few milliseconds of launch — before the kernel has loaded OpenBLAS, ZeroMQ and the Swift
// runtime — then becomes the kernel (`landscape-kernel` beside it, by exec, same process), which adopts the
// listening sockets. A frontend's first connection then waits in the backlog instead of being refused.
// Anything unexpected (ipc, a bad connection file, a port in use) is left to the kernel to handle and
// report: the launcher then just execs it with the same arguments.
import Foundation
import JupyterConnection

/// The kernel binary: `landscape-kernel` in the launcher's own directory.
func kernelPath() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let launcher = length > 0 ? String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                              : CommandLine.arguments[0]
    return URL(fileURLWithPath: launcher).deletingLastPathComponent().appendingPathComponent("landscape-kernel").path
}

let arguments = CommandLine.arguments
var connectionFile: String?
if arguments.count == 3, arguments[1] == "--connection-file" { connectionFile = arguments[2] }
if let connectionFile, let connection = try? ConnectionInfo.load(path: connectionFile),
   let sockets = ListeningSockets.open(for: connection) {
    setenv(ListeningSockets.environmentVariable, ListeningSockets.encode(sockets), 1)
}
let kernel = kernelPath()
var argv: [UnsafeMutablePointer<CChar>?] = ([kernel] + arguments.dropFirst()).map { strdup($0) }
argv.append(nil)
execv(kernel, argv)
FileHandle.standardError.write(Data("landscape-kernel-launcher: cannot start \(kernel): \(String(cString: strerror(errno)))\n".utf8))
exit(127)
