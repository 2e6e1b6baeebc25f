#!/usr/bin/env bash
# Every file under fixtures/invalid/ must give exit 1, one error line naming
# the file, the line:column and the message id listed in MANIFEST, and leave
# no output file behind.
set -u
artex=$1
dir=${ARTEX_FIXTURES:?}/invalid
. "$(dirname "$0")/lib.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

count=0
while read -r name msgid linecol; do
	case $name in ''|'#'*) continue ;; esac
	count=$((count + 1))
	file=$dir/$name
	rm -rf "${out:?}"/* "$out"/.[!.]* 2>/dev/null
	"$artex" convert -t yaml -o "$out" "$file" >"$out.stdout" 2>"$out.stderr"
	rc=$?
	first=$(head -n 1 "$out.stderr")
	want=$(printf '%s:%s: error[ARTEX-%03d]: ' "$file" "$linecol" "$msgid")
	check "$name: exit code $rc, expected 1" [ "$rc" -eq 1 ]
	case $first in
	"$want"*) ok ;;
	*) bad "$name: got '$first', expected it to start with '$want'" ;;
	esac
	check "$name: an output file was written" [ -z "$(ls -A "$out")" ]
	check "$name: something went to stdout" [ ! -s "$out.stdout" ]
done <"$dir/MANIFEST"
rm -f "$out.stdout" "$out.stderr"

# Every invalid fixture is listed, and there are enough of them.
for f in "$dir"/*; do
	n=$(basename "$f")
	[ "$n" = MANIFEST ] && continue
	check "$n is not in MANIFEST" grep -q "^$n " "$dir/MANIFEST"
done
check "only $count invalid fixtures (want at least 15)" [ "$count" -ge 15 ]
finish
