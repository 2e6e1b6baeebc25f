/* The names the ninjs exporter writes and the ninjs reader reads back.
 * ninjs 3.1 allows no property of its own anywhere (its schema closes every
 * object), so what ninjs has no field for travels in `altIds` entries whose
 * role starts with "artex:"; README.md ("ninjs") lists them. */
#ifndef ARTEX_EXPORTERS_NINJS_H
#define ARTEX_EXPORTERS_NINJS_H

#define ARTEX__NINJS_SCHEMA_URI "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
#define ARTEX__NINJS_EXT "artex:"

/* rel of the associations that hold quotes and claims, and of the people
 * and organisations inside them. */
#define ARTEX__NINJS_REL_QUOTE "quote"
#define ARTEX__NINJS_REL_CLAIM "claim"
#define ARTEX__NINJS_REL_SPEAKER "speaker"
#define ARTEX__NINJS_REL_CLAIMANT "claimant"
#define ARTEX__NINJS_REL_MENTIONED "mentioned"

#endif
