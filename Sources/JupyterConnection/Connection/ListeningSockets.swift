import Foundation

/// TCP ports bound and listening before the kernel itself starts, handed to it as inherited file
/// descriptors: a frontend connects as soon as it has launched the kernel, and a connection that finds the
/// port listening waits in its backlog instead of being refused (which costs ZeroMQ's 100–200 ms reconnect
/// back-off). `landscape-kernel-launcher` opens them; the kernel adopts them with ZMQ_USE_FD.
public enum ListeningSockets {
    /// The environment variable that carries them from launcher to kernel: `shell=5,iopub=6,…`.
    public static let environmentVariable = "JUPYTER_KERNEL_LISTENING_SOCKETS"

    /// Binds and listens on every channel's port of a tcp connection; nil (with nothing left open) for ipc,
    /// an address that is not numeric IPv4/IPv6, a port of 0, or any failure.
    public static func open(for connection: ConnectionInfo) -> [Channel: Int32]? {
        guard connection.transport == .tcp else { return nil }
        var opened: [Channel: Int32] = [:]
        for channel in Channel.allCases {
            guard let fd = listen(ip: connection.ip, port: connection.port(of: channel)) else {
                for fd in opened.values { close(fd) }
                return nil
            }
            opened[channel] = fd
        }
        return opened
    }

    /// `shell=5,iopub=6,…`, in channel order.
    public static func encode(_ sockets: [Channel: Int32]) -> String {
        Channel.allCases.compactMap { channel in sockets[channel].map { "\(channel.rawValue)=\($0)" } }.joined(separator: ",")
    }

    /// The descriptors named by `text` that are listening TCP sockets bound to the port `connection`
    /// gives their channel; anything else in `text` is ignored.
    public static func adoptable(_ text: String, for connection: ConnectionInfo) -> [Channel: Int32] {
        guard connection.transport == .tcp else { return [:] }
        var sockets: [Channel: Int32] = [:]
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let channel = Channel(rawValue: parts[0]), let fd = Int32(parts[1]), fd > 2,
                  isListening(fd, onPort: connection.port(of: channel)) else { continue }
            sockets[channel] = fd
        }
        return sockets
    }

    /// A non-blocking TCP socket bound to ip:port and listening (inherited across exec), or nil.
    public static func listen(ip: String, port: Int) -> Int32? {
        guard (1...65_535).contains(port) else { return nil }
        let isIPv6 = ip.contains(":")
        let fd = socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound: Bool
        if isIPv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            bound = inet_pton(AF_INET6, ip, &address.sin6_addr) == 1 && withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            } == 0
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            bound = inet_pton(AF_INET, ip, &address.sin_addr) == 1 && withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            } == 0
        }
        guard bound, Glibc.listen(fd, 128) == 0, fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Whether `fd` is a listening TCP socket whose local port is `port`.
    static func isListening(_ fd: Int32, onPort port: Int) -> Bool {
        var listening: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) == 0, listening == 1 else { return false }
        var storage = sockaddr_storage()
        var size = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &size) }
        }
        guard named == 0 else { return false }
        let localPort: UInt16
        switch Int32(storage.ss_family) {
        case AF_INET:
            localPort = withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) } }
        case AF_INET6:
            localPort = withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) } }
        default:
            return false
        }
        return Int(localPort) == port
    }
}
