#include "extract/lang.h"

#include "util/utf8.h"

/* Counts letters by script: Cyrillic text is Russian unless letters only
 * Ukrainian has (і ї є ґ) show up; Latin text is English. Function words
 * for more languages refine this in the extraction stage. */
const char *artex__lang_guess(const char *text, size_t len)
{
	size_t cyr = 0, lat = 0, ukr = 0;
	for (size_t i = 0; i < len;) {
		int32_t cp;
		i += artex__utf8_decode(text + i, len - i, &cp);
		if (cp >= 0x400 && cp <= 0x4FF) {
			cyr++;
			if (cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491 || cp == 0x406 ||
			    cp == 0x407 || cp == 0x404 || cp == 0x490)
				ukr++;
		} else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		           (cp >= 0xC0 && cp <= 0x24F)) {
			lat++;
		}
	}
	if (cyr == 0 && lat == 0)
		return "und";
	if (cyr >= lat)
		return ukr * 100 > cyr ? "uk" : "ru";
	return "en";
}
