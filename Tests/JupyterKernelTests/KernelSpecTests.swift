import Foundation
import Testing
@testable import JupyterKernel

@Suite struct KernelSpecTests {
    @Test func installWritesKernelJSONAndFilesUnderPrefix() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("lk-prefix-\(UUID().uuidString)")
        let spec = KernelSpec(argv: ["/opt/bin/landscape-kernel", "--connection-file", "{connection_file}"],
                              displayName: "Swift", language: "swift",
                              metadata: ["supported_encryption": ["curve"]])
        let directory = try KernelSpecInstaller.install(spec, name: "landscape", files: ["logo-32x32.png": Data([1, 2])],
                                                        destination: .prefix(prefix.path))
        #expect(directory.path == prefix.path + "/share/jupyter/kernels/landscape")
        let json = try JSONValue.parse(Data(contentsOf: directory.appendingPathComponent("kernel.json")))
        #expect(json["argv"] == ["/opt/bin/landscape-kernel", "--connection-file", "{connection_file}"])
        #expect(json["interrupt_mode"] == "message")
        #expect(json["kernel_protocol_version"] == "5.5")
        #expect(json["language"] == "swift")
        #expect(json["metadata"]?["supported_encryption"] == ["curve"])
        #expect(try Data(contentsOf: directory.appendingPathComponent("logo-32x32.png")) == Data([1, 2]))
        // Installing twice replaces the first install.
        try KernelSpecInstaller.install(spec, name: "landscape", files: [:], destination: .prefix(prefix.path))
        try? FileManager.default.removeItem(at: prefix)
    }

    @Test func userDirectoryFollowsJupyterRules() {
        #expect(KernelSpecInstaller.kernelsDirectory(for: .user, environment: ["JUPYTER_DATA_DIR": "/d"]).path == "/d/kernels")
        #expect(KernelSpecInstaller.kernelsDirectory(for: .user, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path
                == "/x/jupyter/kernels")
        #expect(KernelSpecInstaller.kernelsDirectory(for: .user, environment: ["HOME": "/h"]).path
                == "/h/.local/share/jupyter/kernels")
    }

    @Test func invalidNamesAreRefused() {
        #expect(!KernelSpecInstaller.isValidName("a/b"))
        #expect(!KernelSpecInstaller.isValidName(""))
        #expect(KernelSpecInstaller.isValidName("landscape-2.x_y"))
        #expect(throws: KernelSpecInstallError.self) {
            try KernelSpecInstaller.install(KernelSpec(argv: [], displayName: "", language: ""), name: "../x",
                                            files: [:], destination: .prefix("/tmp"))
        }
    }
}
