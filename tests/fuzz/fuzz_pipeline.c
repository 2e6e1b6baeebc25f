/* The whole pipeline with the input format detected, as the CLI does. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	artex_fuzz_one(data, size, NULL);
	return 0;
}
