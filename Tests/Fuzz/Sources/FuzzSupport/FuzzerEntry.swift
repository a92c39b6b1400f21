import CLibFuzzer

/// What each target's `<Target>_main` calls: libFuzzer's driver on the target's
/// `LLVMFuzzerTestOneInput`, with the command line (corpus folders, `-max_total_time`, …).
public enum FuzzerEntry {
    public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, LLVMFuzzerTestOneInput)
    }
}
