/* RELAX NG validation through libxml2, for the .rng schemas bundled with the
 * library. Each schema is compiled once per process, on first use, and then
 * shared read-only by every thread; each validation gets its own context, so
 * validations may run concurrently. Documents passed in stay the caller's,
 * and nothing is printed: errors go to the caller's error list or struct. */
#ifndef ARTEX_VALIDATE_RELAXNG_H
#define ARTEX_VALIDATE_RELAXNG_H

#include <stddef.h>

#include <libxml/tree.h>

#include "artex.h"

/* Validates doc against the bundled schema `name` ("artex-tei.rng").
 * Returns 0 when valid. When not, returns ARTEX_EINVALID, puts the first
 * error in err and appends every error to `out` (which may be NULL), each with
 * `file` and the line (and column where libxml2 knows it). ARTEX_EUSAGE for an
 * unknown schema, ARTEX_ESCHEMA when it does not compile. */
int artex__relaxng_validate(struct artex_error_list *out, const char *name, xmlDocPtr doc,
                            const char *file, struct artex_error *err);

/* What RELAX NG cannot check: every same-document pointer ("#id") in the
 * pointer attributes (who, target, ref, next, prev, corresp, sameAs, ana)
 * names an xml:id of the document. Returns 0 or ARTEX_EINVALID. */
int artex__xml_check_idrefs(xmlDocPtr doc, const char *file, struct artex_error *err);

/* Parses an exporter's output and runs both checks above; `file` names the
 * output in errors. */
int artex__relaxng_check_output(const char *schema, const char *buf, size_t len,
                                const char *file, struct artex_error *err);

#endif
