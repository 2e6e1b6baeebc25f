#!/usr/bin/env bash
# Differential check of the bundled TEI subset against the official TEI All
# schema: every TEI output and every positive sample passes both; every
# negative sample fails both; nothing passes artex-tei.rng and fails TEI All.
# One jing run covers all files (each run costs a JVM start).
# usage: test_tei_all.sh ARTEX_BIN   (env: ARTEX_FIXTURES, ARTEX_SCHEMAS, ARTEX_SHARED)
set -euo pipefail
bin=$1
fixtures=${ARTEX_FIXTURES:?}
schemas=${ARTEX_SCHEMAS:?}
tei_all=${ARTEX_SHARED:-../shared}/tei/tei_all.rng

if ! command -v xmllint >/dev/null; then
	echo "SKIP: xmllint (libxml2-utils) not installed"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/out"

# TEI of every fixture model, and of the span edge cases
find "$fixtures" -path "$fixtures/invalid" -prune -o -path "$fixtures/tei" -prune -o \
	-type f \( -name '*.txt' -o -name '*.yaml' \) -print | sort >"$tmp/inputs"
[ -s "$tmp/inputs" ] || { echo "no fixtures under $fixtures"; exit 1; }
while read -r f; do
	"$bin" convert -q -t tei -o "$tmp/out" "$f"
done <"$tmp/inputs"
"$bin" convert -q -t tei -o "$tmp/out" "$ARTEX_FIXTURES/model/edge-spans.yaml"
outputs=("$tmp"/out/*.tei.xml)
positives=("$fixtures"/tei/*.xml)
negatives=("$fixtures"/tei/negative/*.xml)
echo "outputs: ${#outputs[@]}, positive samples: ${#positives[@]}, negative samples: ${#negatives[@]}"
[ "${#negatives[@]}" -ge 20 ] || { echo "FAIL: fewer than 20 negative samples"; exit 1; }

fail=0
# artex-tei.rng through libxml2: which files does the subset accept?
xmllint --noout --relaxng "$schemas/artex-tei.rng" "${outputs[@]}" "${positives[@]}" \
	"${negatives[@]}" >"$tmp/xmllint.log" 2>&1 || true
grep ' validates$' "$tmp/xmllint.log" | sed 's/ validates$//' | sort >"$tmp/subset-ok"
for f in "${outputs[@]}" "$fixtures/tei/artex-base.tei.xml"; do
	grep -qxF "$f" "$tmp/subset-ok" || { echo "FAIL: artex-tei.rng rejects $f"; fail=1; }
done
for f in "${negatives[@]}"; do
	if grep -qxF "$f" "$tmp/subset-ok"; then echo "FAIL: artex-tei.rng accepts $f"; fail=1; fi
done

if ! command -v jing >/dev/null || [ ! -f "$tei_all" ]; then
	echo "SKIP: TEI All comparison needs jing (Debian package jing) and $tei_all;" \
	     "artex-tei.rng checks passed=$((1 - fail))"
	[ $fail -eq 0 ] && exit 77 || exit 1
fi
jing "$tei_all" "${outputs[@]}" "${positives[@]}" "${negatives[@]}" >"$tmp/jing.log" 2>/dev/null || true
sed -n 's/^\(.*\.xml\):[0-9]*:[0-9]*: .*/\1/p' "$tmp/jing.log" | sort -u >"$tmp/tei-all-bad"
for f in "${outputs[@]}" "${positives[@]}"; do
	if grep -qxF "$f" "$tmp/tei-all-bad"; then
		echo "FAIL: TEI All rejects $f:"; grep -F "$f:" "$tmp/jing.log" | head -3; fail=1
	fi
done
for f in "${negatives[@]}"; do
	grep -qxF "$f" "$tmp/tei-all-bad" || { echo "FAIL: TEI All accepts negative $f"; fail=1; }
done
# the subset property on every file seen
while read -r f; do
	if grep -qxF "$f" "$tmp/tei-all-bad"; then
		echo "FAIL: $f passes artex-tei.rng but not TEI All"; fail=1
	fi
done <"$tmp/subset-ok"
[ $fail -eq 0 ] && echo "ok: $(wc -l <"$tmp/subset-ok") files pass both schemas," \
	"$(wc -l <"$tmp/tei-all-bad") negatives fail both"
exit $fail
