#if canImport(Glibc)
import Glibc
#endif

/// The process's open-file limit (`ulimit -n`), which bounds how many connections it can hold.
enum FileDescriptorLimit {
    static var current: Int {
        #if canImport(Glibc)
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return Int(clamping: min(limit.rlim_cur, 1 << 20))
        #else
        return 1024
        #endif
    }

    /// Raises the soft limit to the hard one, as servers do at start-up (the soft default of
    /// 1,024 is far below what the kernel allows a process).
    static func raiseToHardLimit() {
        #if canImport(Glibc)
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        #endif
    }
}
