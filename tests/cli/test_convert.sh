#!/usr/bin/env bash
# The convert command end to end: outputs, stdout rule, exit codes, atomic
# writes, and the seed article when ../shared is there.
set -u
artex=$1
fixtures=${ARTEX_FIXTURES:?}
shared=${ARTEX_SHARED:-}
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sample=$fixtures/sample/article-ru-sample.txt

# One input, one format, no -o: standard output.
"$artex" convert -t yaml "$sample" >"$tmp/a.yaml" 2>"$tmp/err"
check "stdout convert exit" [ $? -eq 0 ]
check "stdout holds YAML" grep -q '^headline: ' "$tmp/a.yaml"
"$artex" convert -t yaml "$sample" >"$tmp/b.yaml"
check "two runs give the same bytes" cmp -s "$tmp/a.yaml" "$tmp/b.yaml"

# With -o: DIR/STEM.yaml, reported on stderr, no temporary files left.
mkdir "$tmp/out"
"$artex" convert -v -o "$tmp/out" "$sample" 2>"$tmp/err"
check "convert -o exit" [ $? -eq 0 ]
check "output file named after the input" cmp -s "$tmp/out/article-ru-sample.yaml" "$tmp/a.yaml"
check "written file reported" grep -q "wrote $tmp/out/article-ru-sample.yaml" "$tmp/err"
check "temporary files left" [ -z "$(ls -A "$tmp/out" | grep '^\.')" ]
nformats=$("$artex" help convert | sed -n 's/.*(default: all)://p' | wc -w)
check "one file per format" [ "$(ls -A "$tmp/out" | wc -l)" -eq "$nformats" ]

# Every output validates against its bundled schema by its name alone.
"$artex" validate "$tmp"/out/*.yaml "$tmp"/out/*.jsonld "$tmp"/out/*.ninjs.json \
	"$tmp"/out/*.tei.xml >"$tmp/val" 2>&1
check "outputs validate with artex validate ($(head -c 200 "$tmp/val"))" [ $? -eq 0 ]
sed 's/who="#p1"/who="#nobody"/' "$tmp/out/article-ru-sample.tei.xml" >"$tmp/bad.tei.xml"
"$artex" validate "$tmp/bad.tei.xml" >"$tmp/val" 2>&1
check "a TEI pointer to nothing: exit 1" [ $? -eq 1 ]
check "a TEI error names its line" grep -Eq "^$tmp/bad.tei.xml:[0-9]+: error\[ARTEX-122\]: @who" "$tmp/val"

# The YAML output reads back to the same YAML.
"$artex" convert -t yaml "$tmp/a.yaml" >"$tmp/c.yaml"
check "YAML reads back unchanged" cmp -s "$tmp/a.yaml" "$tmp/c.yaml"

# Standard input, with the format named.
"$artex" convert -t yaml -f text - <"$sample" >"$tmp/d.yaml"
check "stdin convert" grep -q '^id: article$' "$tmp/d.yaml"

# An output may not overwrite its input.
cp "$tmp/a.yaml" "$tmp/same.yaml"
"$artex" convert -t yaml -o "$tmp" "$tmp/same.yaml" 2>"$tmp/err"
check "overwrite refused with exit 2" [ $? -eq 2 ]
check "input kept" cmp -s "$tmp/same.yaml" "$tmp/a.yaml"

# A batch with one bad input: the good one is written, exit 1.
mkdir "$tmp/batch"
printf 'no date line\n\nH\n\nB\n' >"$tmp/bad.txt"
"$artex" convert -q -t yaml -o "$tmp/batch" "$sample" "$tmp/bad.txt" 2>"$tmp/err"
check "batch exit 1" [ $? -eq 1 ]
check "good input written" [ -f "$tmp/batch/article-ru-sample.yaml" ]
check "bad input not written" [ ! -e "$tmp/batch/bad.yaml" ]
check "-q silences all but errors" [ "$(grep -vc "bad.txt" "$tmp/err")" -eq 0 ]
check "the bad input is named" grep -q "^$tmp/bad.txt:1:1: error" "$tmp/err"

# Third-party content that has no place in the model is left out, and said so.
"$artex" convert -t yaml "$fixtures/jsonld/third-party-list.jsonld" >"$tmp/tp.yaml" 2>"$tmp/err"
check "third-party JSON-LD converts" [ $? -eq 0 ]
check "unmapped content is warned about with its pointer" \
	grep -q "third-party-list.jsonld:13:17: warning\[ARTEX-007\]: mentions of things other than people and organizations are left out (at /1/mentions)" "$tmp/err"

# Usage and I/O errors exit 2.
"$artex" convert -t nope "$sample" >/dev/null 2>&1
check "unknown output format: exit 2" [ $? -eq 2 ]
"$artex" convert -f nope "$sample" >/dev/null 2>&1
check "unknown input format: exit 2" [ $? -eq 2 ]
"$artex" convert --bogus "$sample" >/dev/null 2>&1
check "unknown option: exit 2" [ $? -eq 2 ]
"$artex" convert -t yaml "$tmp/missing.txt" >/dev/null 2>"$tmp/err"
check "missing input: exit 2" [ $? -eq 2 ]
check "missing input named" grep -q "$tmp/missing.txt" "$tmp/err"
"$artex" convert -q -o "$tmp/no/such/dir" "$sample" >/dev/null 2>&1
check "missing output folder is made: exit 0" [ $? -eq 0 ]
check "missing output folder is made, like mkdir -p" [ -f "$tmp/no/such/dir/article-ru-sample.yaml" ]
"$artex" convert -q -o "$sample" "$sample" >/dev/null 2>&1
check "an output folder that is a file: exit 2" [ $? -eq 2 ]
"$artex" frobnicate >/dev/null 2>&1
check "unknown command: exit 2" [ $? -eq 2 ]
# No INPUT: standard input when it is not a terminal, the usage on a terminal.
script -qec "'$artex' convert" /dev/null >"$tmp/tty" 2>&1
check "no input on a terminal: exit 2" [ $? -eq 2 ]
check "no input on a terminal: usage shown" grep -q "usage: artex convert" "$tmp/tty"
"$artex" convert -t yaml <"$sample" >"$tmp/piped.yaml" 2>"$tmp/err"
check "no input, piped text: exit 0" [ $? -eq 0 ]
check "no input, piped text: converted" grep -q "^headline: " "$tmp/piped.yaml"
if [ -w /dev/full ]; then
	"$artex" convert -t yaml "$sample" >/dev/full 2>/dev/null
	check "full stdout: exit 2" [ $? -eq 2 ]
fi

# Help and version.
"$artex" --version | grep -Eq '^artex [0-9]+\.[0-9]+\.[0-9]+$'
check "--version" [ $? -eq 0 ]
"$artex" help convert | grep -q -- '--to FORMATS'
check "help convert" [ $? -eq 0 ]
"$artex" --help | grep -q convert
check "--help lists commands" [ $? -eq 0 ]

# The seed article, when the shared data is present.
seed=$shared/seed/article-ru-2025-08-21.txt
if [ -f "$seed" ]; then
	"$artex" convert -t yaml "$seed" >"$tmp/seed1.yaml"
	check "seed converts" [ $? -eq 0 ]
	"$artex" convert -t yaml "$seed" >"$tmp/seed2.yaml"
	check "seed output stable" cmp -s "$tmp/seed1.yaml" "$tmp/seed2.yaml"
	check "seed date" grep -q '^date_published: "2025-08-21"$' "$tmp/seed1.yaml"
	check "seed section" grep -q '^section: Общество$' "$tmp/seed1.yaml"
	check "seed headline" grep -q '^headline: "Сергей Вострецов: ИИ' "$tmp/seed1.yaml"
	paras=$(sed -n '/^body:$/,$p' "$tmp/seed1.yaml" | grep -c '^- ')
	check "seed has 4 paragraphs (found $paras)" [ "$paras" -eq 4 ]
else
	echo "SKIP: $seed not found; seed checks skipped"
fi
# ---- command-line conventions ----
artex=$(realpath "$artex")
"$artex" --version >"$tmp/version"
check "--version: exit 0" [ $? -eq 0 ]
for lib in libxml2 jansson libyaml PCRE2 utf8proc; do
	check "--version names $lib with a version" grep -Eq "$lib [0-9]+\.[0-9]+" "$tmp/version"
done
"$artex" help --help >"$tmp/cl.out" 2>&1
check "help --help: exit 0" [ $? -eq 0 ]
check "help --help: the usage" grep -q "^usage: artex" "$tmp/cl.out"
"$artex" convert --ouput "$tmp/x" "$sample" >/dev/null 2>"$tmp/err"
check "misspelt option: exit 2" [ $? -eq 2 ]
check "misspelt option: the nearest is suggested" grep -q "did you mean --output?" "$tmp/err"
check "misspelt option: no page of help" [ "$(wc -l <"$tmp/err")" -le 4 ]
"$artex" convert -f docx "$sample" >/dev/null 2>"$tmp/err"
check "unknown input format: exit 2" [ $? -eq 2 ]
check "unknown input format: the known ones listed" grep -q "known: .*text.*yaml.*jsonld" "$tmp/err"
"$artex" convert -t jsonl "$sample" >/dev/null 2>"$tmp/err"
check "misspelt output format: the nearest is suggested" grep -q "did you mean 'jsonld'?" "$tmp/err"
"$artex" convertt "$sample" >/dev/null 2>"$tmp/err"
check "misspelt command: the nearest is suggested" grep -q "did you mean 'convert'?" "$tmp/err"

# -q silences progress and summary, not warnings; --no-warnings does.
warned=$fixtures/jsonld/bad-date.jsonld
"$artex" convert -q -t yaml "$warned" >/dev/null 2>"$tmp/err"
check "-q keeps warnings" grep -q "warning\[ARTEX-007\]" "$tmp/err"
"$artex" convert -q --no-warnings -t yaml "$warned" >/dev/null 2>"$tmp/err"
check "--no-warnings: nothing on stderr" [ ! -s "$tmp/err" ]
"$artex" convert -q --check-only --format json "$warned" >"$tmp/cl.out" 2>/dev/null
check "--check-only --format json carries the warning" \
	grep -q '"messageId": *"ARTEX-007"' "$tmp/cl.out"
check "--check-only --format json: the warning's place, line and JSON Pointer" \
	grep -q '"instanceLocation":"/datePublished".*"line":6,"column":20' "$tmp/cl.out"

# Every fault of an input is reported, in the order of the file.
"$artex" convert -t yaml "$fixtures/invalid/yaml-several-faults.yaml" >/dev/null 2>"$tmp/err"
check "several faults: exit 1" [ $? -eq 1 ]
check "several faults: all five reported, in order ($(grep -c error "$tmp/err"))" \
	[ "$(grep -o '^[^ ]*:[0-9]*:[0-9]*: error' "$tmp/err" | cut -d: -f2 | tr '\n' ' ')" = "4 5 6 8 9 " ]
"$artex" convert --check-only --format json "$fixtures/invalid/yaml-several-faults.yaml" >"$tmp/cl.out" 2>/dev/null
check "several faults: all five in the JSON report" [ "$(grep -o '"messageId"' "$tmp/cl.out" | wc -l)" -eq 5 ]
"$artex" convert -t yaml "$fixtures/invalid/jsonld-several-faults.jsonld" >/dev/null 2>"$tmp/err"
check "JSON-LD faults: all four reported, in order" \
	[ "$(grep -o '^[^ ]*:[0-9]*:[0-9]*: error' "$tmp/err" | cut -d: -f2 | tr '\n' ' ')" = "18 36 58 60 " ]
"$artex" convert -t yaml "$fixtures/invalid/ninjs-several-faults.ninjs.json" >/dev/null 2>"$tmp/err"
check "ninjs faults: all four reported, in order" \
	[ "$(grep -o '^[^ ]*:[0-9]*:[0-9]*: error' "$tmp/err" | cut -d: -f2 | tr '\n' ' ')" = "10 20 71 79 " ]

# A description is no body, unless asked: the body stays empty, and a
# warning says so.
desc=$fixtures/jsonld/summary-only.jsonld
"$artex" convert -t yaml "$desc" >"$tmp/cl.out" 2>"$tmp/err"
check "description only: exit 0" [ $? -eq 0 ]
check "description only: empty body" grep -qx "body: \[\]" "$tmp/cl.out"
check "description only: --body-from-description named" grep -q -- "--body-from-description" "$tmp/err"
"$artex" convert --body-from-description -t yaml "$desc" >"$tmp/cl.out" 2>"$tmp/err"
check "--body-from-description: exit 0" [ $? -eq 0 ]
check "--body-from-description: the description is the body" \
	grep -q "^- A summary is not the article's text." "$tmp/cl.out"
check "--body-from-description: said so" grep -q "description is taken as the body" "$tmp/err"

# An input that fails writes nothing, whichever format fails and in any order.
mkdir -p "$tmp/own"
cp "$fixtures/model/article-en-harbour-annotated.yaml" "$tmp/own/a.yaml"
for order in yaml,jsonld,nquads,tei jsonld,yaml,tei,nquads jsonld,nquads,tei,yaml \
	tei,nquads,jsonld,yaml; do
	(cd "$tmp/own" && "$artex" convert -q -t "$order" a.yaml >/dev/null 2>&1)
	check "$order: writing over the input fails (exit 2)" [ $? -eq 2 ]
	check "$order: nothing written ($(ls "$tmp/own" | tr '\n' ' '))" [ "$(ls "$tmp/own")" = a.yaml ]
done
# The same for an input whose data fails: it stays unwritten under every
# order too.
for order in yaml,tei jsonld,nquads,tei,yaml; do
	"$artex" convert -q -t "$order" -o "$tmp/none-$order" \
		"$fixtures/invalid/jsonld-span-past-body.jsonld" >/dev/null 2>&1
	check "$order: a failing input makes no output folder" [ ! -e "$tmp/none-$order" ]
done

# Extraction runs on any input that names no quotes of its own.
"$artex" convert -t yaml "$fixtures/jsonld/quote-in-body.jsonld" >"$tmp/cl.out" 2>/dev/null
check "JSON-LD body: quotes extracted" grep -q "^- id: q1" "$tmp/cl.out"
"$artex" convert --no-extract -t yaml "$fixtures/jsonld/quote-in-body.jsonld" >"$tmp/cl.out" 2>/dev/null
check "--no-extract: no quotes" grep -q "^quotes: \[\]" "$tmp/cl.out"
# TEI: --lang overrides what the document says or the guess.
"$artex" convert --lang de -t yaml "$fixtures/tei/thirdparty/dutch-text-lang.tei.xml" \
	>"$tmp/cl.out" 2>/dev/null
check "--lang is honoured for TEI" grep -q "^language: de" "$tmp/cl.out"
# So it is for artex's own TEI and YAML, which state a language of their own.
"$artex" convert -t tei "$fixtures/text/article-de-radweg.txt" >"$tmp/own.tei.xml" 2>/dev/null
for own in "$tmp/own.tei.xml" "$fixtures/model/article-en-metadata.yaml"; do
	"$artex" convert --lang nl -t yaml "$own" >"$tmp/cl.out" 2>/dev/null
	check "--lang is honoured for $(basename "$own")" grep -qx "language: nl" "$tmp/cl.out"
done
# NDJSON: schema.org JSON-LD objects, one per line, beside model and text ones.
python3 -c 'import json, sys
for p in sys.argv[1:]:
    print(json.dumps(json.load(open(p))))' "$fixtures/jsonld/reportage-type.jsonld" \
	"$fixtures/jsonld/html-body.jsonld" "$fixtures/jsonld/mentions-people.jsonld" >"$tmp/in.ndjson"
"$artex" convert -q --ndjson -t yaml <"$tmp/in.ndjson" >"$tmp/cl.out"
check "NDJSON JSON-LD: exit 0" [ $? -eq 0 ]
check "NDJSON JSON-LD: one line each" [ "$(wc -l <"$tmp/cl.out")" -eq 3 ]
check "NDJSON JSON-LD: the page's address names its line" \
	grep -q '^{"id":"https://news.example.org/2025/ferry-timetable"' "$tmp/cl.out"
check "NDJSON JSON-LD: a subclass of Article is read" \
	grep -q 'headline: Night ferry crews walk out over rosters' "$tmp/cl.out"
check "NDJSON JSON-LD: no errors" [ "$(grep -c '"errors":\[\]' "$tmp/cl.out")" -eq 3 ]
# Folder walks: files a reader recognises by content are read whatever
# their name; what is left out is counted with the reason.
mkdir -p "$tmp/walk/in/sub"
cp "$fixtures/jsonld/reportage-type.jsonld" "$tmp/walk/in/a.json"
cp "$sample" "$tmp/walk/in/sub/story"
echo "shopping list" >"$tmp/walk/in/notes"
touch "$tmp/walk/in/.hidden"
"$artex" convert -t yaml -o "$tmp/walk/out" "$tmp/walk/in" >/dev/null 2>"$tmp/err"
check "walk: exit 0" [ $? -eq 0 ]
check "walk: .json read as JSON-LD" [ -f "$tmp/walk/out/a.yaml" ]
check "walk: a file without extension read as text" [ -f "$tmp/walk/out/sub/story.yaml" ]
check "walk: the summary counts the skipped" grep -q "converted 2, failed 0, skipped 2 " "$tmp/err"
check "walk: the reasons are given" \
	grep -q "skipped in folders: 1 of no format a reader recognises, 1 hidden" "$tmp/err"
"$artex" convert -t yaml -o "$tmp/walk/none" --include '*.xml' "$tmp/walk/in" >/dev/null 2>"$tmp/err"
check "--include matching nothing: exit 2" [ $? -eq 2 ]
check "--include matching nothing: said so" grep -q "matched no file" "$tmp/err"
check "--include matching nothing: nothing written" [ ! -e "$tmp/walk/none" ]
# Every error of an input is reported, not only the first.
"$artex" convert -t yaml -o "$tmp/several" "$fixtures/invalid/yaml-several-errors.yaml" \
	>/dev/null 2>"$tmp/err"
check "several errors: exit 1" [ $? -eq 1 ]
check "several errors: all three reported" [ "$(grep -c ': error\[ARTEX-' "$tmp/err")" -eq 3 ]
check "several errors: the dangling speaker with its place" \
	grep -q "yaml-several-errors.yaml:9:47: error\[ARTEX-033\]" "$tmp/err"
check "several errors: the duplicate id with its place" \
	grep -q "yaml-several-errors.yaml:7:8: error\[ARTEX-032\]" "$tmp/err"
"$artex" convert -q --check-only --format json "$fixtures/invalid/yaml-several-errors.yaml" \
	>"$tmp/cl.out" 2>/dev/null
check "several errors: all in the JSON report" [ "$(grep -o '"messageId"' "$tmp/cl.out" | wc -l)" -eq 3 ]

# A base IRI that is not UTF-8 would put its bytes into every node IRI of
# the N-Quads, which no schema checks: a usage error, nothing written.
"$artex" convert -t nquads --base-iri "$(printf 'https://example.org/\xff/')" \
	"$fixtures/text/article-en-harbour.txt" >"$tmp/bad-base.nq" 2>"$tmp/err"
check "base IRI not UTF-8: exit 2" [ $? -eq 2 ]
check "base IRI not UTF-8: named" grep -q "base IRI is not UTF-8" "$tmp/err"
check "base IRI not UTF-8: no output" [ ! -s "$tmp/bad-base.nq" ]
finish
