#!/usr/bin/env bash
# BagIt packages: a bag made by convert --bag passes validate --bag and an
# independent check with coreutils; each kind of tampering is named and
# exits 1; the same SOURCE_DATE_EPOCH gives the same bytes; a failed input
# leaves no bag.
set -u
artex=$1
. "$(dirname "$0")/lib.sh"
fixtures=${ARTEX_FIXTURES:-$(dirname "$0")/../../fixtures}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000

inputs=("$fixtures"/text/article-en-*.txt)
"$artex" convert -q --bag "$tmp/bag" --bag-include-source \
	--bag-info 'Source-Organization: Example Press' --bag-info 'External-Identifier: box-7' \
	"${inputs[@]}"
check "convert --bag: exit 0" [ $? -eq 0 ]
check "bag: declaration" cmp -s "$tmp/bag/bagit.txt" \
	<(printf 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')
for f in manifest-sha256.txt manifest-sha512.txt tagmanifest-sha256.txt bag-info.txt; do
	check "bag: $f written" [ -s "$tmp/bag/$f" ]
done
check "bag: no temporary folder left beside it" \
	bash -c '[ -z "$(ls -d "$1".partial-* 2>/dev/null)" ]' _ "$tmp/bag"
check "bag: every output of every input" \
	[ "$(ls "$tmp/bag/data" | grep -c '\.yaml$')" -eq "${#inputs[@]}" ]
check "bag: the inputs under data/source, byte for byte" \
	cmp -s "${inputs[0]}" "$tmp/bag/data/source/$(basename "${inputs[0]}")"
check "bag-info: the given fields" grep -qx 'Source-Organization: Example Press' "$tmp/bag/bag-info.txt"
check "bag-info: Bagging-Date from SOURCE_DATE_EPOCH" \
	grep -qx 'Bagging-Date: 2023-11-14' "$tmp/bag/bag-info.txt"
check "bag-info: Bag-Software-Agent" grep -q '^Bag-Software-Agent: artex [0-9]' "$tmp/bag/bag-info.txt"

# The independent check: coreutils over the manifests, find and stat for
# the Payload-Oxum.
(cd "$tmp/bag" && sha256sum -c --quiet manifest-sha256.txt)
check "sha256sum -c over manifest-sha256.txt" [ $? -eq 0 ]
(cd "$tmp/bag" && sha512sum -c --quiet manifest-sha512.txt)
check "sha512sum -c over manifest-sha512.txt" [ $? -eq 0 ]
(cd "$tmp/bag" && sha256sum -c --quiet tagmanifest-sha256.txt)
check "sha256sum -c over tagmanifest-sha256.txt" [ $? -eq 0 ]
count=$(find "$tmp/bag/data" -type f | wc -l)
bytes=$(find "$tmp/bag/data" -type f -exec stat -c %s {} + | awk '{s += $1} END {print s}')
check "Payload-Oxum recomputed with find and stat ($bytes.$count)" \
	grep -qx "Payload-Oxum: $bytes.$count" "$tmp/bag/bag-info.txt"
check "every payload file in the manifest" \
	[ "$(wc -l <"$tmp/bag/manifest-sha256.txt")" -eq "$count" ]
"$artex" validate --bag "$tmp/bag" >"$tmp/out" 2>&1
check "validate --bag: a fresh bag passes" [ $? -eq 0 ]

# Determinism: the same inputs and SOURCE_DATE_EPOCH, the same bag.
"$artex" convert -q -j 1 --bag "$tmp/again" --bag-include-source \
	--bag-info 'Source-Organization: Example Press' --bag-info 'External-Identifier: box-7' \
	"${inputs[@]}"
check "two bags of one run's inputs are byte-identical" diff -r "$tmp/bag" "$tmp/again"

# tamper NAME EXPECTED-PATTERN SHELL-COMMAND: the command spoils a copy of
# the bag; validate must exit 1 and print the pattern.
tamper() {
	local name=$1 want=$2
	rm -rf "$tmp/t"
	cp -r "$tmp/bag" "$tmp/t"
	(cd "$tmp/t" && eval "$3")
	"$artex" validate --bag "$tmp/t" >"$tmp/out" 2>&1
	local rc=$?
	check "$name: exit 1 (got $rc)" [ $rc -eq 1 ]
	check "$name: says \"$want\"" grep -q -- "$want" "$tmp/out"
}
first=$(basename "${inputs[0]}" .txt)
tamper "changed byte" "t/data/$first.yaml: error\[ARTEX-152\]: altered: its sha256" \
	"printf 'x' | dd of=data/$first.yaml bs=1 seek=3 conv=notrunc 2>/dev/null"
tamper "changed byte, same size: Oxum still fine" "ARTEX-152" \
	"printf 'x' | dd of=data/$first.yaml bs=1 seek=3 conv=notrunc 2>/dev/null"
check "changed byte, same size: no Oxum error" bash -c '! grep -q ARTEX-153 "$1"' _ "$tmp/out"
tamper "missing file" "t/data/$first.jsonld: error\[ARTEX-150\]: missing: listed in manifest-sha256.txt" \
	"rm data/$first.jsonld"
tamper "missing file: Oxum" "ARTEX-153" "rm data/$first.jsonld"
tamper "extra file" "t/data/notes.txt: error\[ARTEX-151\]: extra file" "echo note >data/notes.txt"
tamper "file in one manifest only" "t/data/$first.nq: error\[ARTEX-151\]: not listed in manifest-sha512.txt" \
	"grep -v ' data/$first.nq\$' manifest-sha512.txt >m && mv m manifest-sha512.txt"
tamper "wrong Oxum" "t/bag-info.txt:3: error\[ARTEX-153\]: Payload-Oxum says 1 bytes in 1 files" \
	"sed -i 's/^Payload-Oxum: .*/Payload-Oxum: 1.1/' bag-info.txt"
tamper "corrupted tag manifest" "t/bag-info.txt: error\[ARTEX-152\]: altered: its sha256" \
	"awk 'NR == 1 { \$0 = (substr(\$0, 1, 1) == \"0\" ? \"1\" : \"0\") substr(\$0, 2) } { print }' \
	     tagmanifest-sha256.txt >m && mv m tagmanifest-sha256.txt"
tamper "malformed manifest line" "t/manifest-sha256.txt:$((count + 1)): error\[ARTEX-154\]" \
	"echo 'not a digest' >>manifest-sha256.txt"
tamper "path outside data/" "ARTEX-154" \
	"echo \"\$(head -c 64 manifest-sha256.txt)  ../escape\" >>manifest-sha256.txt"
tamper "no bag declaration" "t/bagit.txt: error\[ARTEX-150\]" "rm bagit.txt"
tamper "unknown algorithm" "manifest-sha3.txt: error\[ARTEX-154\]" "cp manifest-sha256.txt manifest-sha3.txt"
"$artex" validate --bag --format json "$tmp/t" >"$tmp/out.json" 2>&1
check "json report names the file" grep -q '"file":".*manifest-sha3.txt"' "$tmp/out.json"
tamper "link in the payload" "ARTEX-151" "ln -s ../bagit.txt data/link"

for f in json junit github sarif; do
	rm -rf "$tmp/t" && cp -r "$tmp/bag" "$tmp/t" && rm "$tmp/t/data/$first.yaml"
	"$artex" validate --bag --format "$f" "$tmp/t" >"$tmp/out" 2>&1
	rc=$?
	check "--format $f: exit 1" [ $rc -eq 1 ]
	check "--format $f: names the missing file" grep -q "data/$first.yaml" "$tmp/out"
done

"$artex" validate --bag "$tmp/nothing-here" >/dev/null 2>&1
check "validate --bag of no folder: exit 2" [ $? -eq 2 ]

# All or nothing: a failed input, an existing folder or bad options leave
# no bag and no temporary folder.
printf 'no headline\n' >"$tmp/broken.yaml"
"$artex" convert -q --bag "$tmp/fail" "${inputs[0]}" "$tmp/broken.yaml" 2>"$tmp/err"
check "a failed input: exit 1" [ $? -eq 1 ]
check "a failed input: no bag" [ ! -e "$tmp/fail" ]
check "a failed input: says so" grep -q "no bag written" "$tmp/err"
check "a failed input: no temporary folder" \
	bash -c '[ -z "$(ls -d "$1".partial-* 2>/dev/null)" ]' _ "$tmp/fail"
"$artex" convert -q --bag "$tmp/bag" "${inputs[0]}" 2>"$tmp/err"
check "an existing bag: exit 2" [ $? -eq 2 ]
check "an existing bag: left as it was" diff -r "$tmp/bag" "$tmp/again"
mkdir "$tmp/empty"
"$artex" convert -q --bag "$tmp/empty" "${inputs[0]}"
check "an empty folder becomes the bag" "$artex" validate --bag "$tmp/empty"
"$artex" convert -q --bag "$tmp/x" --bag-info 'Payload-Oxum: 1.1' "${inputs[0]}" 2>/dev/null
check "--bag-info cannot set Payload-Oxum: exit 2" [ $? -eq 2 ]
"$artex" convert -q --bag "$tmp/x" --bag-info 'no colon' "${inputs[0]}" 2>/dev/null
check "--bag-info needs 'Label: value': exit 2" [ $? -eq 2 ]
"$artex" convert -q --bag-include-source "${inputs[0]}" 2>/dev/null
check "--bag-include-source without --bag: exit 2" [ $? -eq 2 ]
"$artex" convert -q --bag "$tmp/x" -o "$tmp/o" "${inputs[0]}" 2>/dev/null
check "--bag with -o: exit 2" [ $? -eq 2 ]
"$artex" convert -q --bag "$tmp/x" --bag-include-source - <"${inputs[0]}" 2>/dev/null
check "--bag-include-source of standard input: exit 2" [ $? -eq 2 ]
check "no bag from refused options" [ ! -e "$tmp/x" ]
SOURCE_DATE_EPOCH=soon "$artex" convert -q --bag "$tmp/x" "${inputs[0]}" 2>/dev/null
check "a malformed SOURCE_DATE_EPOCH: exit 2" [ $? -eq 2 ]
check "a malformed SOURCE_DATE_EPOCH: no bag" [ ! -e "$tmp/x" ]

finish
