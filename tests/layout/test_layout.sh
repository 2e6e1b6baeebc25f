#!/bin/sh
# The folders of src/ depend on each other in one direction only: the
# model knows no formats, readers and exporters do not know each other,
# the validator knows schemas and not articles, and only the pipeline
# knows the whole path. Every #include "..." under src/ is checked against
# the folders its own folder may use; each one that crosses a line fails
# the test, named by file and line.
# usage: test_layout.sh SRC_DIR
set -eu
src=${1:?usage: test_layout.sh SRC_DIR}
cd "$src"

# Folders each folder may include besides its own. The public headers are
# open to every folder, and the generated config.h to all but the CLI,
# which uses the library through its public headers alone.
allowed() {
	case $1 in
	util) echo "" ;;
	model) echo "util" ;;
	readers) echo "model util" ;;
	exporters) echo "model util" ;;
	extract) echo "model util" ;;
	validate) echo "util" ;;
	pipeline) echo "model util readers exporters extract validate" ;;
	cli) echo "" ;;
	*) echo "?" ;;
	esac
}

bad=0
for dir in */; do
	dir=${dir%/}
	ok=$(allowed "$dir")
	if [ "$ok" = "?" ]; then
		echo "src/$dir: a folder the layout test does not know; add its rule" >&2
		bad=1
		continue
	fi
	for f in $(find "$dir" -type f \( -name '*.c' -o -name '*.h' \) | sort); do
		grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | while IFS= read -r hit; do
			line=${hit%%:*}
			inc=$(printf '%s\n' "$hit" | sed 's/^[^"]*"\([^"]*\)".*/\1/')
			case $inc in
			artex.h | artex_tools.h | artex_version.h) continue ;;
			config.h) [ "$dir" != cli ] && continue; to=config.h ;;
			*/*) to=${inc%%/*} ;;
			*) to=$dir ;; # a header next to the file
			esac
			[ "$to" = "$dir" ] && continue
			case " $ok " in *" $to "*) continue ;; esac
			echo "src/$f:$line: $dir/ must not include $inc" >&2
			echo x
		done
	done
done >"${TMPDIR:-/tmp}/layout.$$" || true
if [ -s "${TMPDIR:-/tmp}/layout.$$" ]; then
	bad=1
fi
rm -f "${TMPDIR:-/tmp}/layout.$$"
[ "$bad" -eq 0 ] && echo "layout: every include stays inside its folder's rules"
exit "$bad"
