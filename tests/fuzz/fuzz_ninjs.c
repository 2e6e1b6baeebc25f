#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	artex_fuzz_one(data, size, "ninjs");
	return 0;
}
