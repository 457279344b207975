import Foundation

/// A small tmpfs of its own, for a full disk and a read-only file system that are real, not simulated.
/// Mounting needs root (CAP_SYS_ADMIN); elsewhere the tests that need one are not run.
struct Tmpfs {
    let folder: URL

    /// Whether this machine lets the tests mount one.
    static let available: Bool = {
        guard getuid() == 0, let probe = Tmpfs(size: "64k") else { return false }
        probe.unmount()
        return true
    }()

    /// Mounts a tmpfs of `size` (such as `2m`) on a new folder; nil when mounting is not allowed.
    init?(size: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lobsh-tmpfs-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
            Tmpfs.run(["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]) == 0
        else { return nil }
        self.folder = folder
    }

    /// Makes the whole file system read-only, as a write-protected share or a full quota would be.
    func remountReadOnly() -> Bool {
        Tmpfs.run(["-o", "remount,ro", folder.path]) == 0
    }

    func unmount() {
        _ = Tmpfs.run(["-l", folder.path], program: "/bin/umount")
        try? FileManager.default.removeItem(at: folder)
    }

    private static func run(_ arguments: [String], program: String = "/bin/mount") -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
