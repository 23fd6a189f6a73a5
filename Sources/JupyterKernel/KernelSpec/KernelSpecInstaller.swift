import Foundation

/// Where `install` writes a kernelspec, mirroring `jupyter kernelspec install`.
public enum KernelSpecDestination: Sendable, Equatable {
    /// The user's Jupyter data directory (JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter, else
    /// ~/.local/share/jupyter; ~/Library/Jupyter on macOS) + kernels/NAME.
    case user
    /// PREFIX/share/jupyter/kernels/NAME, as `jupyter kernelspec install --prefix PREFIX`.
    case prefix(String)
}

/// Why a kernelspec could not be installed; `description` is one line.
public struct KernelSpecInstallError: Error, CustomStringConvertible, Sendable {
    /// The one-line reason.
    public var description: String
}

/// Writes kernel.json and the logo files into a kernelspec directory.
public enum KernelSpecInstaller {
    /// The kernels directory (parent of NAME) for `destination`.
    public static func kernelsDirectory(for destination: KernelSpecDestination,
                                        environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL {
        switch destination {
        case .prefix(let prefix):
            return URL(fileURLWithPath: prefix).appendingPathComponent("share/jupyter/kernels")
        case .user:
            if let dataDir = environment["JUPYTER_DATA_DIR"], !dataDir.isEmpty {
                return URL(fileURLWithPath: dataDir).appendingPathComponent("kernels")
            }
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            #if os(macOS)
            return home.appendingPathComponent("Library/Jupyter/kernels")
            #else
            if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
                return URL(fileURLWithPath: xdg).appendingPathComponent("jupyter/kernels")
            }
            return home.appendingPathComponent(".local/share/jupyter/kernels")
            #endif
        }
    }

    /// True for names jupyter accepts: ASCII letters, digits, `.`, `_`, `-`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-".unicodeScalars.contains($0)
        }
    }

    /// Writes `spec` as kernel.json plus `files` (name → bytes) into `destination`/NAME, replacing an
    /// earlier install of the same name. Returns the kernelspec directory.
    @discardableResult
    public static func install(_ spec: KernelSpec, name: String, files: [String: Data],
                               destination: KernelSpecDestination,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        guard isValidName(name) else {
            throw KernelSpecInstallError(description: "kernel name \"\(name)\" may only contain ASCII letters, digits, '.', '_' and '-'")
        }
        let directory = kernelsDirectory(for: destination, environment: environment).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try spec.jsonData().write(to: directory.appendingPathComponent("kernel.json"), options: .atomic)
            for (fileName, bytes) in files {
                try bytes.write(to: directory.appendingPathComponent(fileName), options: .atomic)
            }
        } catch {
            throw KernelSpecInstallError(description: "cannot write kernelspec to \(directory.path): \(error.localizedDescription)")
        }
        return directory
    }
}
