#ifndef FUZZER_DRIVER_H
#define FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver with the process's arguments on `test`, libFuzzer's LLVMFuzzerTestOneInput.
///
/// SwiftPM gives an executable target its own `main` (the Swift entry point), so libFuzzer's `main` is not
/// linked; the harness's top-level code calls this instead.
int lobsh_fuzzer_run(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
