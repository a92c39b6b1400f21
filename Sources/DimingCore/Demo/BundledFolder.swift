import Foundation

/// Finds a folder that ships with the source tree (`gazetteer/`, `maps/`) from wherever
/// `diming` runs: the environment variable first, then `./<name>`, then beside the running
/// executable and up to six folders above it (`.build/<config>/diming` → the package root).
public enum BundledFolder {
    /// The first candidate that is a folder holding `marker` (or any folder when nil).
    public static func locate(_ name: String, environmentVariable: String, marker: String? = nil,
                              executable: String = CommandLine.arguments[0]) -> URL? {
        let fm = FileManager.default
        var candidates = [String]()
        if let env = ProcessInfo.processInfo.environment[environmentVariable] { candidates.append(env) }
        candidates.append(fm.currentDirectoryPath + "/" + name)
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent(name).path)
            dir.deleteLastPathComponent()
        }
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
            return marker.map { fm.fileExists(atPath: path + "/" + $0) } ?? true
        }.map { URL(fileURLWithPath: $0) }
    }
}
