#!/usr/bin/env bash
# artex validate on schemas as people write them: the default reading and
# --spec-strict, lazy references, preloaded schemas, byte-order marks, the
# errors of the closest alternative, and RELAX NG / XML Schema files.
# usage: test_validate.sh ARTEX_BIN
set -u
artex=$(realpath "$1")
. "$(dirname "$0")/lib.sh"
data=$(cd "$(dirname "$0")/validate" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # run ARGS...: output in $tmp/out (stdout and stderr), status in $rc
	"$artex" validate "$@" >"$tmp/out" 2>&1
	rc=$?
}
has() { grep -qF -- "$1" "$tmp/out"; }
out() { head -c 600 "$tmp/out"; }

cd "$data/misses" || exit 2

# 1. "const" in a draft-04 schema: applied by default, not by the letter.
run --schema 1-const-draft04.schema.json 1-a.json
check "1 const draft-04: valid by default ($(out))" [ $rc -eq 0 ]
run --verbose --schema 1-const-draft04.schema.json 1-a.json
check "1 const draft-04: --verbose notes it ($(out))" \
	has '1-const-draft04.schema.json:1:72: note[ARTEX-149]: "const" is applied although draft-04 has no such keyword'
run --spec-strict --schema 1-const-draft04.schema.json 1-a.json
check "1 const draft-04: invalid under --spec-strict ($(out))" [ $rc -eq 1 ]
check "1 const draft-04: strict says both alternatives match ($(out))" \
	has '1-a.json:1:1: error[ARTEX-068]: value matches alternatives 0 and 1 of oneOf'

# 2. Keywords beside "$ref" in draft-07.
run --schema 2-ref-siblings.schema.json 2-no-entry.json
check "2 beside \$ref: invalid by default ($(out))" [ $rc -eq 1 ]
check "2 beside \$ref: the missing member, where ($(out))" \
	has '2-no-entry.json:1:2: error[ARTEX-062]: missing required property "entry" [at /0] (keyword /items/required)'
run --spec-strict --schema 2-ref-siblings.schema.json 2-no-entry.json
check "2 beside \$ref: valid under --spec-strict ($(out))" [ $rc -eq 0 ]
run --spec-strict --verbose --schema 2-ref-siblings.schema.json 2-no-entry.json
check "2 beside \$ref: no note under --spec-strict ($(out))" sh -c "! grep -q note '$tmp/out'"

# 3. A byte-order mark after a leading comment line, in both modes; one
# inside a document's content is still refused.
for mode in "" --spec-strict; do
	run $mode --schema 3-ab.schema.json 3-bom-after-comment.yaml
	check "3 BOM after comment ${mode:-default}: valid ($(out))" [ $rc -eq 0 ]
done
printf 'a: 1\nb: \xef\xbb\xbf2\n' >"$tmp/inner.yaml"
run --schema 3-ab.schema.json "$tmp/inner.yaml"
check "3 BOM inside content: not valid ($(out))" [ $rc -ne 0 ]

# 4. A broken reference in a library file matters only when reached, and is
# then reported in that file, at the reference.
for mode in "" --spec-strict; do
	run $mode --schema 4-unused-broken-ref.schema.json 4-section.json
	check "4 unused broken ref ${mode:-default}: exit 1, not 2 ($(out))" [ $rc -eq 1 ]
	check "4 unused broken ref ${mode:-default}: the value's error ($(out))" \
		has '4-section.json:1:13: error[ARTEX-066]: string does not match pattern'
	run $mode --schema 4-used-broken-ref.schema.json 4-section.json
	check "4 used broken ref ${mode:-default}: exit 2 ($(out))" [ $rc -eq 2 ]
	check "4 used broken ref ${mode:-default}: names the library file and pointer ($(out))" \
		has 'lib/common.schema.json:6:26: error[ARTEX-077]: cannot resolve reference to "https://schemas.example.org/retired.schema.json"'
	check "4 used broken ref ${mode:-default}: pointer ($(out))" has '(at /definitions/legacyId/$ref)'
done

# A fault in a schema is named at its place: file, line, column, pointer.
printf 'type: object\nproperties:\n  n:\n    minLength: -1\n' >"$tmp/bad.schema.yaml"
run --schema "$tmp/bad.schema.yaml" 1-a.json
check "schema fault: exit 2 ($(out))" [ $rc -eq 2 ]
check "schema fault: at its place ($(out))" \
	has 'bad.schema.yaml:4:16: error[ARTEX-074]: "minLength" must be a non-negative integer (at /properties/n/minLength)'
printf '{\n  "properties": {\n    "n": {"pattern": "("}\n  }\n}\n' >"$tmp/bad-re.schema.json"
run --schema "$tmp/bad-re.schema.json" 1-a.json
check "schema regex fault: at the pattern ($(out))" \
	has 'bad-re.schema.json:3:22: error[ARTEX-075]: invalid regular expression "(": missing closing parenthesis (at /properties/n/pattern)'

# 5. "$defs" of non-schemas in draft-07 is no keyword there.
for mode in "" --spec-strict; do
	run $mode --schema 5-defs-draft07.schema.json 5-object.json
	check "5 \$defs draft-07 ${mode:-default}: valid ($(out))" [ $rc -eq 0 ]
	run $mode --schema 5-defs-draft07.schema.json 1-a.json
	check "5 \$defs draft-07 ${mode:-default}: type still checked ($(out))" [ $rc -eq 1 ]
done
cat >"$tmp/defs-ref.schema.json" <<'JSON'
{"$schema": "http://json-schema.org/draft-07/schema#", "$ref": "#/$defs/n",
 "$defs": {"n": {"type": "number"}}}
JSON
run --schema "$tmp/defs-ref.schema.json" 1-a.json
check "5 draft-07 #/\$defs/... still resolves ($(out))" has 'expected type number, got string'

# 6. Schemas registered under their $id, without --ref-map.
run --schema 6-by-id.schema.json 4-section.json
check "6 by \$id: unresolved without registration, exit 2 ($(out))" [ $rc -eq 2 ]
for reg in "--schema-dir lib" "--preload lib/common.schema.json"; do
	for mode in "" --spec-strict; do
		run $mode $reg --schema 6-by-id.schema.json 4-section.json
		check "6 $reg ${mode:-default}: resolved, the value's error ($(out))" \
			has '4-section.json:1:13: error[ARTEX-066]: string does not match pattern'
		check "6 $reg ${mode:-default}: exit 1 ($(out))" [ $rc -eq 1 ]
	done
done
run --preload lib/missing.schema.json --schema 6-by-id.schema.json 4-section.json
check "6 --preload of a missing file: exit 2 ($(out))" [ $rc -eq 2 ]
run --schema-dir "$tmp/no-such-dir" --schema 6-by-id.schema.json 4-section.json
check "6 --schema-dir of a missing folder: exit 2 ($(out))" [ $rc -eq 2 ]

# The errors of the closest alternative, then the summary line, at the
# fault's own line and column.
cd "$data/bestmatch" || exit 2
run --schema ci-workflow.schema.json workflow-ok.yaml
check "workflow: valid one passes ($(out))" [ $rc -eq 0 ]
for t in ci-workflow:workflow-timeout.yaml ci-workflow:workflow-step.yaml \
         ci-workflow:workflow-reusable.yaml package-manifest:package.json; do
	schema=${t%%:*}.schema.json
	file=${t#*:}
	run --schema "$schema" "$file"
	check "$file: exit 1" [ $rc -eq 1 ]
	check "$file: as expected ($(diff "${file%.*}.expected" "$tmp/out" | head -c 900))" \
		cmp -s "${file%.*}.expected" "$tmp/out"
done
run --schema ci-workflow.schema.json workflow-timeout.yaml
check "timeout: first line is the fault on line 6 ($(out))" \
	sh -c "head -1 '$tmp/out' | grep -qF 'workflow-timeout.yaml:6:22: error[ARTEX-066]: string does not match pattern'"
run --all-errors --schema ci-workflow.schema.json workflow-timeout.yaml
check "--all-errors: the number alternative's error too ($(out))" \
	has 'workflow-timeout.yaml:6:22: error[ARTEX-060]: expected type number, got string'
check "--all-errors: the reusable job's errors too ($(out))" \
	has 'workflow-timeout.yaml:5:5: error[ARTEX-062]: missing required property "uses"'
check "--all-errors: unknown key at the key ($(out))" \
	has 'workflow-timeout.yaml:6:5: error[ARTEX-063]: additional property "timeout-minutes" is not allowed'

# RELAX NG and XML Schema files, with includes read from the disk only.
cd "$data/xml" || exit 2
for s in feed.rng feed.xsd; do
	run --schema $s feed-ok.xml
	check "$s: valid file passes ($(out))" [ $rc -eq 0 ]
	run --schema $s feed-ok.xml feed-bad.xml
	check "$s: invalid file, exit 1 ($(out))" [ $rc -eq 1 ]
	check "$s: the date, at its line and column ($(out))" \
		has "feed-bad.xml:10:5: error[ARTEX-040]: does not match $s: "
	check "$s: only the bad file reported ($(out))" sh -c "! grep -q feed-ok '$tmp/out'"
done
run --schema feed.rng feed-bad.xml --format json
check "rng --format json: line and column ($(out))" has '"line":10,"column":5'
run --schema remote.rng feed-ok.xml
check "rng include of a URL: refused, exit 2 ($(out))" [ $rc -eq 2 ]
check "rng include of a URL: names it ($(out))" \
	has 'remote.rng:3:1: error[ARTEX-041]: xmlRelaxNG: could not load http://schemas.example.org/common.rng'
printf '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start>' >"$tmp/broken.rng"
run --schema "$tmp/broken.rng" feed-ok.xml
check "rng not well-formed: exit 2 ($(out))" [ $rc -eq 2 ]
run --verbose -j 2 --schema feed.rng feed-ok.xml feed-ok.xml feed-ok.xml
check "rng: one schema for many files, on threads: exit 0 ($(out))" [ $rc -eq 0 ]
check "rng: every file checked, on two threads ($(out))" grep -q '3 files in .*2 threads' "$tmp/out"

finish
