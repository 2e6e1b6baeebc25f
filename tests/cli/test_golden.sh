#!/usr/bin/env bash
# Golden outputs: every fixtures/**/NAME.expected.FORMAT is what
# `artex convert -t FORMAT` makes of the input NAME.* beside it, byte for
# byte, with the options in the folder's golden.args if there is one.
# NAME.expected.stderr is what converting NAME.* to YAML says (its warnings,
# or the error of an input that fails), run in the fixture's folder so that
# names read as written; a YAML golden without one must convert silently.
# After a deliberate change, scripts/update-golden rewrites them; read the
# diff before committing it.
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
		case $f in *.expected.* | *.expect) continue ;; esac
		input=$f
		break
	done
	if [ -z "$input" ]; then
		bad "$golden: no input $dir/$name.* beside it"
		continue
	fi
	args=()
	[ -f "$dir/golden.args" ] && read -r -a args <"$dir/golden.args"
	count=$((count + 1))
	if [ "$format" = stderr ]; then
		(cd "$dir" && "$artex" convert "${args[@]}" -t yaml "$(basename "$input")" 2>"$tmp/err" >/dev/null)
		if cmp -s "$tmp/err" "$golden"; then
			ok
		else
			bad "$input: messages differ from $golden"
			diff -u "$golden" "$tmp/err" | head -40
		fi
		continue
	fi
	"$artex" convert "${args[@]}" -t "$format" "$input" >"$tmp/out" 2>"$tmp/err"
	check "$input converts (exit 0)" [ $? -eq 0 ]
	if cmp -s "$tmp/out" "$golden"; then
		ok
	else
		bad "$input: output differs from $golden"
		diff -u "$golden" "$tmp/out" | head -40
	fi
	if [ "$format" = yaml ] && [ ! -f "$dir/$name.expected.stderr" ]; then
		check "$input: unexpected messages: $(head -c 200 "$tmp/err")" [ ! -s "$tmp/err" ]
	fi
done < <(find "$fixtures" -name '*.expected.*' -print0 | sort -z)
check "golden files found" [ "$count" -gt 0 ]
finish
