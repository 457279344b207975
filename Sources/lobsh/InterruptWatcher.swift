import CEditLine
import Dispatch
import Foundation
import LOBKit

/// Turns Ctrl-C into a request to stop the running statement, from the signal handler's pipe.
///
/// The C handler only writes a byte (all a signal handler may safely do); this source reads it on
/// another thread and asks the session's interruption to stop, which rolls the transaction back.
final class InterruptWatcher {
    private let source: any DispatchSourceRead

    init?(interruption: Interruption) {
        let descriptor = cedit_install_interrupt_handler()
        guard descriptor >= 0 else { return nil }
        source = DispatchSource.makeReadSource(
            fileDescriptor: descriptor, queue: DispatchQueue(label: "lobsh.interrupt"))
        source.setEventHandler {
            var bytes = [UInt8](repeating: 0, count: 64)
            while read(descriptor, &bytes, bytes.count) > 0 {}
            interruption.request()
        }
        source.resume()
    }
}
