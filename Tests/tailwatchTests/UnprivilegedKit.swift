import Foundation
import XCTest

/// What the cases that drop to `nobody` run: a copy of the built binary and its resource
/// bundle in a fresh folder under /tmp with mode 0755, so they pass wherever the checkout
/// lies (a clone inside a 0700 folder left `nobody` unable to start the binary: exit 4).
enum UnprivilegedKit {
    /// The binary copied into `folder` (a folder from `makeReachableDirectory`, removed
    /// with the test's files), copied on first use; throws `XCTSkip` with the reason when
    /// `nobody` could not reach it anyway.
    static func binary(in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent("bin/tailwatch")
        if !FileManager.default.fileExists(atPath: copy.path) { try install(into: copy.deletingLastPathComponent()) }
        return copy
    }

    /// A new folder under /tmp with mode 0755 (mkdtemp makes 0700).
    static func makeReachableDirectory(prefix: String) throws -> URL {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw XCTSkip("cannot make a folder under /tmp (errno \(errno)); the permission cases need one others can enter")
        }
        let path = String(cString: made)
        guard chmod(path, 0o755) == 0 else { throw XCTSkip("cannot chmod \(path) to 0755 (errno \(errno))") }
        return URL(fileURLWithPath: path)
    }

    private static func install(into folder: URL) throws {
        // /tmp must be enterable by others (mode o+x); otherwise no copy there helps.
        var st = stat()
        guard stat("/tmp", &st) == 0, st.st_mode & 0o001 != 0 else {
            throw XCTSkip("/tmp is not enterable by other users; the unprivileged cases cannot run here")
        }
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = EndToEndTests.binary
        let copy = folder.appendingPathComponent("tailwatch")
        try fm.copyItem(at: built, to: copy)
        // SwiftPM's resource accessor looks next to the executable first, then in the build folder.
        for item in try fm.contentsOfDirectory(atPath: built.deletingLastPathComponent().path) where item.hasSuffix(".resources") {
            let from = built.deletingLastPathComponent().appendingPathComponent(item)
            try fm.copyItem(at: from, to: folder.appendingPathComponent(item))
        }
        // copyItem keeps the modes of the build folder; everything must be world-readable.
        let walker = fm.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            let full = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: full, isDirectory: &isDirectory)
            let mode: Int16 = isDirectory.boolValue || relative == "tailwatch" ? 0o755 : 0o644
            try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: full)
        }
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    }
}
