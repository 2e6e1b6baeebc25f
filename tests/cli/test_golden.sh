#!/usr/bin/env bash
# Golden outputs: every fixtures/**/NAME.expected.FORMAT is what
# `artex convert -t FORMAT` makes of the input NAME.* beside it, byte for
# byte, with the options in the folder's golden.args if there is one; for
# YAML, NAME.expected.warnings holds what it says on standard error (none
# when the file is absent). After a deliberate change, scripts/update-golden
# rewrites them; read the diff before committing it.
set -u
artex=$1
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
	[ "$format" = warnings ] && continue
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
	args=()
	[ -f "$dir/golden.args" ] && read -r -a args <"$dir/golden.args"
	count=$((count + 1))
	"$artex" convert "${args[@]}" -t "$format" "$input" >"$tmp/out" 2>"$tmp/err"
	check "$input converts (exit 0)" [ $? -eq 0 ]
	if cmp -s "$tmp/out" "$golden"; then
		ok
	else
		bad "$input: output differs from $golden"
		diff -u "$golden" "$tmp/out" | head -40
	fi
	[ "$format" = yaml ] || continue
	# Warnings name the file as given; the goldens were made from the
	# repository root.
	sed "s|^$fixtures/|fixtures/|" "$tmp/err" >"$tmp/warnings"
	if [ -f "$dir/$name.expected.warnings" ]; then
		check "$input: warnings differ from $name.expected.warnings" \
			cmp -s "$tmp/warnings" "$dir/$name.expected.warnings"
	else
		check "$input: unexpected warnings: $(head -c 200 "$tmp/warnings")" [ ! -s "$tmp/warnings" ]
	fi
done < <(find "$fixtures" -name '*.expected.*' -print0 | sort -z)
check "golden files found" [ "$count" -gt 0 ]
finish
