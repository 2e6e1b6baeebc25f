#!/usr/bin/env bash
# artex validate --profile google and --consistent, and artex schemas.
set -u
artex=$(realpath "$1")
fixtures=${ARTEX_FIXTURES:?}
schemas=${ARTEX_SCHEMAS:?}
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g=$fixtures/google

# Google profile: warnings with places, exit 0; none for a complete article.
cd "$g" || exit 2
"$artex" validate --profile google --schema any.schema.json rich.jsonld >"$tmp/out" 2>&1
check "complete article: exit 0" [ $? -eq 0 ]
check "complete article: no warnings ($(head -c 300 "$tmp/out"))" [ ! -s "$tmp/out" ]
"$artex" validate --profile google --schema any.schema.json poor.jsonld >"$tmp/out" 2>&1
check "warnings only: exit 0" [ $? -eq 0 ]
check "warnings as expected ($(diff poor.expected "$tmp/out" | head -c 600))" \
	cmp -s poor.expected "$tmp/out"
"$artex" validate --profile bing rich.jsonld >/dev/null 2>&1
check "unknown profile: exit 2" [ $? -eq 2 ]
cd "$tmp" || exit 2

# artex's own JSON-LD passes its schema and gets the profile's advice.
"$artex" convert -q -o "$tmp" "$fixtures/model/article-en-harbour-annotated.yaml"
a=$tmp/article-en-harbour-annotated
"$artex" validate --profile google "$a.jsonld" >"$tmp/out" 2>&1
check "own JSON-LD: exit 0" [ $? -eq 0 ]
check "own JSON-LD: image warning with line and pointer" \
	grep -q "^$a.jsonld:[0-9]*:[0-9]*: warning\[ARTEX-143\]: image is recommended.*(at /@graph/0)$" "$tmp/out"
"$artex" validate --profile google --format json "$a.jsonld" >"$tmp/json" 2>"$tmp/err"
check "--format json keeps one object per line on stdout" [ "$(wc -l <"$tmp/json")" -eq 1 ]
check "--format json: warnings on stderr" grep -q 'warning\[ARTEX-143\]' "$tmp/err"
"$artex" validate --profile google "$a.yaml" >"$tmp/out" 2>&1
check "profile leaves YAML alone" [ ! -s "$tmp/out" ]

# Consistency: the three outputs agree; an edit in one is found and placed.
"$artex" validate --consistent "$a.jsonld" "$a.tei.xml" "$a.yaml" >"$tmp/out" 2>&1
check "outputs of one conversion agree ($(head -c 300 "$tmp/out"))" [ $? -eq 0 ]
cp "$a.yaml" "$tmp/other-name.yaml"
"$artex" validate --consistent "$a.jsonld" "$tmp/other-name.yaml" >"$tmp/out" 2>&1
check "the article id is not a fact" [ $? -eq 0 ]
sed -e 's/^headline: Harbour/headline: Harbor/' -e '0,/speaker: p2/s//speaker: p1/' \
	-e '0,/confidence: 0.95/s//confidence: 0.5/' "$a.yaml" >"$tmp/edited.yaml"
"$artex" validate --consistent "$a.jsonld" "$a.tei.xml" "$tmp/edited.yaml" >"$tmp/out" 2>&1
check "a disagreement: exit 1" [ $? -eq 1 ]
check "three disagreements reported ($(cat "$tmp/out"))" [ "$(wc -l <"$tmp/out")" -eq 3 ]
check "headline disagreement placed" \
	grep -q "^$tmp/edited.yaml: error\[ARTEX-148\]: \"Harbor authority.*here, but \"Harbour authority.* in $a.jsonld (at /headline)$" "$tmp/out"
check "speaker disagreement placed" grep -q '"p1" here, but "p2" in .*(at /quotes/[0-9]*/speaker)$' "$tmp/out"
check "confidence disagreement placed" grep -q '0.5 here, but 0.95 in .*(at /quotes/[0-9]*/confidence)$' "$tmp/out"
"$artex" validate --consistent "$a.jsonld" >/dev/null 2>&1
check "--consistent with one file: exit 2" [ $? -eq 2 ]
"$artex" validate --consistent "$a.jsonld" "$tmp/missing.yaml" >/dev/null 2>&1
check "--consistent with an unreadable file: exit 2" [ $? -eq 2 ]

# Schemas: list names every bundled file, show prints it byte for byte.
"$artex" schemas list >"$tmp/list"
check "schemas list exit 0" [ $? -eq 0 ]
(cd "$schemas" && find . -name '*.json' -o -name '*.rng' | sed 's|^\./||' | LC_ALL=C sort) >"$tmp/files"
check "schemas list names the files under schemas/" cmp -s <(LC_ALL=C sort "$tmp/list") "$tmp/files"
for name in article.schema.json newsarticle.jsonld.schema.json artex-tei.rng meta/draft-07/schema.json; do
	check "schemas show $name" cmp -s <("$artex" schemas show "$name") "$schemas/$name"
done
"$artex" schemas show nothing.json >/dev/null 2>&1
check "schemas show of an unknown name: exit 2" [ $? -eq 2 ]
"$artex" schemas path >"$tmp/out" 2>/dev/null
check "schemas path prints the install folder" grep -q '/artex/schemas$' "$tmp/out"
"$artex" schemas frobnicate >/dev/null 2>&1
check "schemas with an unknown verb: exit 2" [ $? -eq 2 ]
"$artex" help schemas >/dev/null
check "help schemas exit 0" [ $? -eq 0 ]
finish
