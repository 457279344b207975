import Foundation
import FuzzerDriver

exit(lobsh_fuzzer_run(CommandLine.argc, CommandLine.unsafeArgv, fuzz))
