#!/usr/bin/env bash
# Batch conversion: folders, determinism across -j, NDJSON streaming equal to
# per-file outputs, sharding with GNU parallel, interruption and --incremental.
set -u
artex=$1
fixtures=${ARTEX_FIXTURES:?}
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# An archive of articles in nested folders, written here from the fixtures.
mkdir -p "$tmp/archive/ru" "$tmp/archive/en/2025" "$tmp/archive/skip"
cp "$fixtures"/sample/*.txt "$tmp/archive/ru/"
cp "$fixtures"/text/*.txt "$tmp/archive/en/2025/"
cp "$fixtures"/model/*.yaml "$tmp/archive/en/"
echo "not an article" >"$tmp/archive/skip/notes.md"
n_inputs=$(find "$tmp/archive" -name '*.txt' -o -name '*.yaml' | wc -l)

# -j1 and -j4 give byte-identical trees.
"$artex" convert -q -j1 -o "$tmp/j1" "$tmp/archive" 2>/dev/null; mkdir -p "$tmp/j1" "$tmp/j4"
"$artex" convert -q -j1 -o "$tmp/j1" "$tmp/archive"
check "-j1 batch exit 0" [ $? -eq 0 ]
"$artex" convert -q -j4 -o "$tmp/j4" "$tmp/archive"
check "-j4 batch exit 0" [ $? -eq 0 ]
check "-j1 and -j4 outputs identical" diff -r "$tmp/j1" "$tmp/j4"
check "folder structure mirrored" [ -f "$tmp/j1/en/2025/article-en-harbour.yaml" ]
check "non-article files ignored" [ ! -e "$tmp/j1/skip" ]
nformats=$("$artex" help convert | sed -n 's/.*(default: all)://p' | wc -w)
check "one output per input and format" \
	[ "$(find "$tmp/j1" -type f | wc -l)" -eq $((n_inputs * nformats)) ]

# --include / --exclude.
mkdir "$tmp/inc"
"$artex" convert -q -t yaml --include '*.txt' --exclude 'en' -o "$tmp/inc" "$tmp/archive"
check "include/exclude select ru only" [ "$(find "$tmp/inc" -type f | wc -l)" -eq 1 ]

# Two inputs with one stem are refused before anything is written.
mkdir "$tmp/dup" "$tmp/dupout"
cp "$fixtures/sample/article-ru-sample.txt" "$tmp/dup/a.txt"
cp "$fixtures/model/article-en-metadata.yaml" "$tmp/dup/a.yaml"
"$artex" convert -q -o "$tmp/dupout" "$tmp/dup" 2>"$tmp/err"
check "duplicate stems: exit 2" [ $? -eq 2 ]
check "duplicate stems: nothing written" [ -z "$(ls -A "$tmp/dupout")" ]

# NDJSON: one result per line, in order, equal to the per-file outputs.
python3 - "$tmp/archive" >"$tmp/in.ndjson" <<'PY'
import json, os, sys
root = sys.argv[1]
for d, _, files in sorted(os.walk(root)):
    for f in sorted(files):
        if f.endswith(".txt"):
            stem = f[:-4]
            print(json.dumps({"id": stem, "text": open(os.path.join(d, f), encoding="utf-8").read()}, ensure_ascii=False))
print("")
print("{not json")
PY
"$artex" convert -q --ndjson -j3 <"$tmp/in.ndjson" >"$tmp/out.ndjson"
check "ndjson with a bad line: exit 1" [ $? -eq 1 ]
python3 - "$tmp/out.ndjson" "$tmp/j1" >"$tmp/ndjson.check" 2>&1 <<'PY'
import json, os, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
outdir = sys.argv[2]
paths = {}
for d, _, files in os.walk(outdir):
    for f in files:
        paths[f] = os.path.join(d, f)
bad = 0
ok = [l for l in lines if not l["errors"]]
assert len(lines) == len(ok) + 1, "one line per input, blank lines skipped"
assert lines[-1]["errors"] and lines[-1]["id"] is None, "the bad line reports its error"
for l in ok:
    for fmt, suffix in (("yaml", ".yaml"), ("tei", ".tei.xml"), ("nquads", ".nq")):
        if fmt in l:
            want = open(paths[l["id"] + suffix], encoding="utf-8").read()
            if l[fmt] != want:
                print("differs:", l["id"], fmt); bad += 1
    for fmt, suffix in (("jsonld", ".jsonld"), ("ninjs", ".ninjs.json")):
        if fmt in l:
            want = json.load(open(paths[l["id"] + suffix], encoding="utf-8"))
            if l[fmt] != want:
                print("differs:", l["id"], fmt); bad += 1
print("compared", len(ok), "articles")
sys.exit(1 if bad else 0)
PY
check "ndjson equals per-file outputs ($(tail -1 "$tmp/ndjson.check"))" [ $? -eq 0 ]

# Sharded with GNU parallel, merged in order: the same as one process.
if command -v parallel >/dev/null; then
	head -n -2 "$tmp/in.ndjson" >"$tmp/good.ndjson"
	"$artex" convert -q --ndjson -j1 <"$tmp/good.ndjson" >"$tmp/single.ndjson"
	parallel --will-cite --pipe --keep-order -N2 -j2 "$artex" convert -q --ndjson -j1 \
		<"$tmp/good.ndjson" >"$tmp/sharded.ndjson"
	check "parallel --pipe -j2 equals a single run" cmp -s "$tmp/single.ndjson" "$tmp/sharded.ndjson"
else
	echo "SKIP: GNU parallel not installed; sharding check skipped"
fi

# SIGINT mid-batch: no partial file, every written output whole, and
# --incremental finishes the rest.
mkdir -p "$tmp/big" "$tmp/bigout"
for i in $(seq 1 1500); do
	printf 'date 2025-01-02 Test\n\nHeadline %d\n\n"We will finish this," said Jane Doe.\n\nParagraph %d.\n' \
		"$i" "$i" >"$tmp/big/a$i.txt"
done
"$artex" convert -q -j2 -t yaml,jsonld -o "$tmp/bigout" "$tmp/big" &
pid=$!
sleep 0.3
kill -INT $pid
wait $pid
rc=$?
written=$(find "$tmp/bigout" -type f | wc -l)
check "interrupted run exits 130 or finished (rc $rc)" [ $rc -eq 130 -o $rc -eq 0 ]
check "no temporary files left" [ -z "$(find "$tmp/bigout" -name '.*')" ]
bad=0
for f in "$tmp/bigout"/*.yaml; do
	[ -e "$f" ] || continue
	"$artex" convert -q -t yaml "$f" >/dev/null 2>&1 || bad=$((bad + 1))
done
check "every written YAML is whole ($bad broken of $written files)" [ $bad -eq 0 ]
"$artex" convert -q -j2 -t yaml,jsonld --incremental -o "$tmp/bigout" "$tmp/big" 2>"$tmp/err"
check "incremental rerun exit 0" [ $? -eq 0 ]
check "all outputs present after the rerun" [ "$(find "$tmp/bigout" -type f | wc -l)" -eq 3000 ]
"$artex" convert -j2 -t yaml,jsonld --incremental -o "$tmp/bigout" "$tmp/big" 2>"$tmp/err"
check "second incremental run skips everything" grep -q "converted 0, failed 0, skipped 1500" "$tmp/err"

# --fail-fast stops early; without it every input is tried.
mkdir -p "$tmp/ff" "$tmp/ffout"
printf 'broken\n' >"$tmp/ff/a0.txt"
cp "$tmp/big"/a1*.txt "$tmp/ff/"
"$artex" convert -j1 --fail-fast -t yaml -o "$tmp/ffout" "$tmp/ff" 2>"$tmp/err"
check "fail-fast exit 1" [ $? -eq 1 ]
check "fail-fast started nothing after the failure" [ -z "$(ls -A "$tmp/ffout")" ]
"$artex" convert -j1 -t yaml -o "$tmp/ffout" "$tmp/ff" 2>"$tmp/err"
check "without fail-fast the rest is converted" [ "$(ls "$tmp/ffout" | wc -l)" -gt 100 ]
check "summary line" grep -Eq "^converted [0-9]+, failed 1, skipped 0 in" "$tmp/err"
finish
