#!/usr/bin/env bash
# Golden outputs: every fixtures/**/NAME.expected.FORMAT is what
# `artex convert -t FORMAT` makes of the input NAME.* beside it, byte for
# byte. After a deliberate change, scripts/update-golden rewrites them; read
# the diff before committing it.
set -u
artex=$(realpath "$1")
fixtures=${ARTEX_FIXTURES:?}
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

count=0
while IFS= read -r -d '' golden; do
	dir=$(dirname "$golden")
	base=$(basename "$golden")
	name=${base%%.expected.*}
	format=${base##*.expected.}
	input=""
	for f in "$dir/$name".*; do
		case $f in *.expected.*) continue ;; esac
		input=$f
		break
	done
	if [ -z "$input" ]; then
		bad "$golden: no input $dir/$name.* beside it"
		continue
	fi
	count=$((count + 1))
	if [ "$format" = stderr ]; then
		# What a conversion says about its input (warnings, or the error of
		# one that fails), with the name as written in the fixture's folder.
		(cd "$dir" && "$artex" convert -t yaml "$(basename "$input")" 2>"$tmp/out" >/dev/null)
		if cmp -s "$tmp/out" "$golden"; then
			ok
		else
			bad "$input: messages differ from $golden"
			diff -u "$golden" "$tmp/out" | head -40
		fi
		continue
	fi
	"$artex" convert -t "$format" "$input" >"$tmp/out" 2>"$tmp/err"
	check "$input converts (exit 0)" [ $? -eq 0 ]
	if cmp -s "$tmp/out" "$golden"; then
		ok
	else
		bad "$input: output differs from $golden"
		diff -u "$golden" "$tmp/out" | head -40
	fi
done < <(find "$fixtures" -name '*.expected.*' -print0 | sort -z)
check "golden files found" [ "$count" -gt 0 ]
finish
