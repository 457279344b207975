import Synchronization

/// Ctrl-C for a running command: a flag any thread may set, which stops the statement that runs
/// (SQLite's own interrupt, and a check before each store call) so that its transaction rolls back.
public final class Interruption: Sendable {
    private let requested = Atomic<Bool>(false)
    private let store = Mutex<Store?>(nil)

    public init() {}

    /// Asks the running statement to stop; safe from any thread.
    public func request() {
        requested.store(true, ordering: .sequentiallyConsistent)
        store.withLock { $0?.interrupt() }
    }

    /// Whether a stop was asked for since the last `clear()`.
    public var isRequested: Bool { requested.load(ordering: .sequentiallyConsistent) }

    /// Forgets an earlier request, before the next statement starts.
    public func clear() {
        requested.store(false, ordering: .sequentiallyConsistent)
    }

    func attach(_ opened: Store) {
        store.withLock { $0 = opened }
    }
}
