#!/usr/bin/env bash
# Provenance: every output of every fixture (and of the development set,
# when ../shared has it) names its source file, size and SHA-256 and the
# tool; round trips through YAML, JSON-LD, ninjs and TEI keep it; a timestamp
# only when asked, from SOURCE_DATE_EPOCH; outputs do not depend on the
# folder they are made from.
set -u
artex=$(realpath "$1")
. "$(dirname "$0")/lib.sh"
fixtures=${ARTEX_FIXTURES:-$(dirname "$0")/../../fixtures}
shared=${ARTEX_SHARED:-$(dirname "$0")/../../../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset SOURCE_DATE_EPOCH

# sha FILE: its SHA-256
sha() { sha256sum <"$1" | cut -d' ' -f1; }

# Every fixture input (and development set article) in every format. The
# TEI schema's negative samples are artex outputs spoilt on purpose: they
# carry the provenance of the article they were made from (see the round
# trips below), not of themselves.
find "$fixtures" -path "$fixtures/invalid" -prune -o -path "$fixtures/tei/negative" -prune -o \
	-type f \
	\( -name '*.txt' -o -name '*.html' -o -name '*.jsonld' -o -name '*.tei' -o -name '*.xml' \
	-o -name '*.yaml' -o -name '*.ninjs.json' \) ! -name '*.expected.*' -print | sort >"$tmp/inputs"
if [ -d "$shared/devset/articles" ]; then
	ls "$shared"/devset/articles/*.txt >>"$tmp/inputs" 2>/dev/null
fi
n=0
missing=0
while read -r f; do
	out="$tmp/all/$n"
	mkdir -p "$out"
	# Inputs some readers refuse (negative samples) are not outputs.
	"$artex" convert -q --no-warnings -o "$out" "$f" 2>/dev/null || { rm -rf "$out"; continue; }
	n=$((n + 1))
	digest=$(sha "$f")
	base=$(basename "$f")
	y=$(ls "$out"/*.yaml)
	grep -q "^  source_sha256: \"\{0,1\}$digest\"\{0,1\}$" "$y" &&
		grep -q "^  source_size: $(wc -c <"$f")$" "$y" &&
		grep -Fqx "  source: $base" "$y" &&
		grep -q "^  tool: artex$" "$y" || { bad "YAML provenance of $f"; missing=$((missing + 1)); }
	grep -q "\"value\": \"$digest\"" "$out"/*.jsonld &&
		grep -q '"isBasedOn": {' "$out"/*.jsonld || { bad "JSON-LD provenance of $f"; missing=$((missing + 1)); }
	grep -q "<http://schema.org/isBasedOn> <[^>]*#source> \.$" "$out"/*.nq &&
		grep -q "<http://schema.org/value> \"$digest\"" "$out"/*.nq || { bad "N-Quads provenance of $f"; missing=$((missing + 1)); }
	grep -q "<idno type=\"sha256\">$digest</idno>" "$out"/*.tei.xml &&
		grep -q '<name type="tool">artex</name>' "$out"/*.tei.xml || { bad "TEI provenance of $f"; missing=$((missing + 1)); }
	grep -q "\"value\": \"$digest\"" "$out"/*.ninjs.json &&
		grep -q "\"sizeInBytes\": $(wc -c <"$f")$" "$out"/*.ninjs.json || { bad "ninjs provenance of $f"; missing=$((missing + 1)); }
done <"$tmp/inputs"
check "outputs of at least 60 inputs checked ($n)" [ "$n" -ge 60 ]
check "every output carries the provenance of its input" [ "$missing" -eq 0 ]

# No timestamp by default, even with SOURCE_DATE_EPOCH unset: the same
# input gives the same bytes.
src=$fixtures/sample/article-ru-sample.txt
for t in yaml jsonld ninjs nquads tei; do
	"$artex" convert -q -t "$t" "$src" >"$tmp/a.$t"
	sleep 0 # the clock may move; the output must not
	"$artex" convert -q -t "$t" "$src" >"$tmp/b.$t"
	check "$t: no timestamp by default, same bytes twice" cmp -s "$tmp/a.$t" "$tmp/b.$t"
done
check "yaml: no date without --timestamp" bash -c '! grep -q "^  date:" "$1"' _ "$tmp/a.yaml"
check "jsonld: no sdDatePublished without --timestamp" \
	bash -c '! grep -q sdDatePublished "$1"' _ "$tmp/a.jsonld"

# --timestamp with SOURCE_DATE_EPOCH: the given time, the same bytes twice.
for t in yaml jsonld ninjs nquads tei; do
	SOURCE_DATE_EPOCH=1700000000 "$artex" convert -q --timestamp -t "$t" "$src" >"$tmp/c.$t"
	SOURCE_DATE_EPOCH=1700000000 "$artex" convert -q --timestamp -t "$t" "$src" >"$tmp/d.$t"
	check "$t --timestamp: same SOURCE_DATE_EPOCH, same bytes" cmp -s "$tmp/c.$t" "$tmp/d.$t"
done
check "yaml --timestamp: the SOURCE_DATE_EPOCH time" \
	grep -qx '  date: "2023-11-14T22:13:20Z"' "$tmp/c.yaml"
check "jsonld --timestamp: sdDatePublished" \
	grep -q '"sdDatePublished": "2023-11-14T22:13:20Z"' "$tmp/c.jsonld"
check "nquads --timestamp: sdDatePublished as a schema:Date" \
	grep -q 'sdDatePublished> "2023-11-14T22:13:20Z"^^<http://schema.org/Date>' "$tmp/c.nquads"
check "ninjs --timestamp: artex:convertedAt" \
	grep -A1 -q '"role": "artex:convertedAt",' "$tmp/c.ninjs"
check "ninjs --timestamp: the SOURCE_DATE_EPOCH time" grep -q '"value": "2023-11-14T22:13:20Z"' "$tmp/c.ninjs"
check "tei --timestamp: the change's date" \
	grep -q '<date when="2023-11-14T22:13:20Z">2023-11-14T22:13:20Z</date>' "$tmp/c.tei"
"$artex" convert -q --timestamp -t yaml "$src" >"$tmp/now.yaml"
check "--timestamp without SOURCE_DATE_EPOCH: today's date" \
	grep -q "^  date: \"$(date -u +%Y-%m-%d)T" "$tmp/now.yaml"
SOURCE_DATE_EPOCH=later "$artex" convert -q --timestamp -t yaml "$src" >/dev/null 2>&1
check "--timestamp with a malformed SOURCE_DATE_EPOCH: exit 2" [ $? -eq 2 ]

# The folder the input is read from changes nothing: the base name only.
mkdir -p "$tmp/deep/er"
cp "$src" "$tmp/deep/er/"
(cd "$tmp/deep" && "$artex" convert -q -t yaml er/article-ru-sample.txt) >"$tmp/rel.yaml"
"$artex" convert -q -t yaml "$(realpath "$tmp/deep/er/article-ru-sample.txt")" >"$tmp/abs.yaml"
check "relative and absolute paths give the same output" cmp -s "$tmp/rel.yaml" "$tmp/abs.yaml"
check "and the output names the base name" grep -qx '  source: article-ru-sample.txt' "$tmp/abs.yaml"
check "and no folder" bash -c '! grep -q "deep" "$1"' _ "$tmp/abs.yaml"

# The options that change the output are recorded; -t and -q are not.
cp "$fixtures/sample/article-ru-sample.txt" "$tmp/people-less.txt"
printf 'persons: []\norganizations: []\n' >"$tmp/people.yaml"
"$artex" convert -q -t yaml --lang ru --no-extract --people "$tmp/people.yaml" \
	--base-iri https://archive.example/ "$tmp/people-less.txt" >"$tmp/opts.yaml" 2>/dev/null
check "options: recorded in order" cmp -s <(sed -n '/^  options:$/,/^  [a-z]/p' "$tmp/opts.yaml") \
	<(printf '  options:\n  - "--lang=ru"\n  - "--people=people.yaml"\n  - "--no-extract"\n  - "--base-iri=https://archive.example/"\n')

# Round trips: YAML, JSON-LD and TEI read back keep the original
# provenance, timestamp and options included.
SOURCE_DATE_EPOCH=1700000000 "$artex" convert -q --timestamp --lang ru -o "$tmp/rt" "$src"
prov() { sed -n '/^provenance:$/,$p' "$1"; }
for f in yaml jsonld ninjs.json tei.xml; do
	"$artex" convert -q -t yaml "$tmp/rt/article-ru-sample.$f" >"$tmp/back.yaml"
	check "$f -> yaml keeps the provenance" cmp -s <(prov "$tmp/rt/article-ru-sample.yaml") \
		<(prov "$tmp/back.yaml")
	"$artex" convert -q -o "$tmp/rt2-${f%%.*}" "$tmp/rt/article-ru-sample.$f"
	for g in yaml jsonld ninjs.json tei.xml nq; do
		check "$f -> $g: the same output as from the source" \
			cmp -s "$tmp/rt/article-ru-sample.$g" "$tmp/rt2-${f%%.*}/article-ru-sample.$g"
	done
done
check "the round trip kept a date and options" \
	bash -c 'grep -q "^  date:" "$1" && grep -q "^  - \"--lang=ru\"" "$1"' _ "$tmp/back.yaml"

# Standard input and NDJSON: what is knowable, no name.
"$artex" convert -q -t yaml - <"$src" >"$tmp/stdin.yaml"
check "stdin: no source name" bash -c '! grep -q "^  source:" "$1"' _ "$tmp/stdin.yaml"
check "stdin: the size and SHA-256 of what was read" bash -c \
	'grep -q "^  source_size: $2$" "$1" && grep -q "^  source_sha256: \"\{0,1\}$3" "$1"' \
	_ "$tmp/stdin.yaml" "$(wc -c <"$src")" "$(sha "$src")"
printf '{"id": "a1", "text": "date 2025-01-02 News\\n\\nA headline\\n\\nThe body of the article."}\n' |
	"$artex" convert -q --ndjson -t yaml >"$tmp/out.ndjson"
text_sha=$(printf 'date 2025-01-02 News\n\nA headline\n\nThe body of the article.' |
	sha256sum | cut -d' ' -f1)
check "ndjson: the SHA-256 of the article's text" grep -q "$text_sha" "$tmp/out.ndjson"
check "ndjson: no source name" bash -c '! grep -q "  source: " "$1"' _ "$tmp/out.ndjson"

# A model that names a bad digest or tool version is refused.
sed 's/^  source_sha256: .*/  source_sha256: "abc"/' "$tmp/rt/article-ru-sample.yaml" >"$tmp/bad.yaml"
"$artex" convert -q -t yaml "$tmp/bad.yaml" >/dev/null 2>"$tmp/err"
check "a malformed source_sha256: exit 1" [ $? -eq 1 ]
check "a malformed source_sha256: named" grep -q "/provenance/source_sha256" "$tmp/err"
sed 's/^  tool_version: .*/  tool_version: "one"/' "$tmp/rt/article-ru-sample.yaml" >"$tmp/bad.yaml"
"$artex" convert -q -t yaml "$tmp/bad.yaml" >/dev/null 2>"$tmp/err"
check "a malformed tool_version: exit 1" [ $? -eq 1 ]

finish
