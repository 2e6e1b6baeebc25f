/* One article through the pipeline, shared by batch and streaming modes. */
#ifndef ARTEX_PIPELINE_PIPELINE_H
#define ARTEX_PIPELINE_PIPELINE_H

#include <stddef.h>

#include "artex.h"

/* Sets up the libraries' process-wide state before threads start. */
void artex__pipeline_init(void);

/* Reads an article from `path`, or from buf[0..len) when buf is set (then
 * `path` only names it), and runs extraction on text inputs unless the
 * options say not to. *bytes is the input's size. */
int artex__pipeline_article(struct artex_article **out, const char *path, const char *buf,
                            size_t len, const struct artex_convert_opts *opts, size_t *bytes,
                            struct artex_error *err);

/* How many errors of one input are reported, at most. */
#define ARTEX__MAX_ERRORS 20

struct artex__export_shared;

/* Exports with one format; errors name `input` when they name no file.
 * The exports of one article share `shared` (exporters/exporter.h), which
 * the caller disposes of once the article's last format is written. */
int artex__pipeline_export(char **out, size_t *len, const struct artex_article *art,
                           const char *format, const struct artex_convert_opts *opts,
                           const char *input, struct artex__export_shared *shared,
                           struct artex_error *err);

/* ARTEX_EUSAGE unless the options and the structs in them have the
 * versions this library reads. */
int artex__pipeline_check_opts(const struct artex_convert_opts *opts, struct artex_error *err);

/* The exporter names the options select, all of them when opts->formats is
 * NULL; at most 16. */
int artex__pipeline_formats(const char **formats, size_t *n, const struct artex_convert_opts *opts,
                            struct artex_error *err);

#endif
