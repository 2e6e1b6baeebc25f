/* The vocabularies the model is written in when it leaves as RDF: the
 * JSON-LD and N-Quads exporters write these IRIs and the JSON-LD reader
 * recognises them. */
#ifndef ARTEX_MODEL_VOCAB_H
#define ARTEX_MODEL_VOCAB_H

/* Namespace of the few terms schema.org lacks (quote kind, cue, confidence,
 * the text a span counts in); bound to the "artex" prefix in the context. */
#define ARTEX__VOCAB_NS "urn:artex:vocab:"
#define ARTEX__OA_NS "http://www.w3.org/ns/oa#"
#define ARTEX__SCHEMA_NS "http://schema.org/"

#endif
