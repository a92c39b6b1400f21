import Dispatch

/// Runs blocking work (file system calls) on a Dispatch thread and awaits it, so that no
/// thread of Swift's cooperative pool waits on I/O.
enum OffPool {
    private static let queue = DispatchQueue(label: "diming.blocking-io", attributes: .concurrent)

    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
