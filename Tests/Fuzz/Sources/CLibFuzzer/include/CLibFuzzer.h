// libFuzzer's entry points, for Swift. SwiftPM links an executable with
// `--defsym main=<Target>_main`, a symbol that `-parse-as-library` never emits; each target
// defines it and hands control to libFuzzer's driver, as libFuzzer's own main would.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
