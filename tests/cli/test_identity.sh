#!/usr/bin/env bash
# Byte identity of every output: converts every fixture input, a fixed
# synthetic archive and, where ../shared/devset exists beside the checkout,
# the development set, in every format, and compares the SHA-256 of each
# output (and each input's exit status) with tests/cli/identity.sha256.
# Rewriting an exporter or a check must not move a single byte; a change
# meant to alter outputs regenerates the list with
#   tests/cli/test_identity.sh BUILD/artex --write
# and its commit says which outputs changed and why.
#
#   test_identity.sh ARTEX [--write]
set -u
artex=$(realpath "$1")
mode=${2:-check}
root=$(cd "$(dirname "$0")/../.." && pwd)
reference=$root/tests/cli/identity.sha256
devset=${ARTEX_DEVSET:-$root/../shared/devset/articles}
synth_n=300
. "$root/tests/cli/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# digest GROUP DIR: one "sha256  GROUP/path" line per file below DIR.
digest() {
	(cd "$2" && find . -type f -print0 | sort -z | xargs -0r sha256sum) |
		sed "s|  \./|  $1/|"
}

# Each fixture on its own (two inputs of a folder may share a stem), with
# the folder's golden.args; the exit status is recorded too, so an input
# that starts or stops failing shows.
fixtures() {
	local out=$tmp/fixtures
	while IFS= read -r -d '' input; do
		local rel=${input#"$root"/fixtures/} dir args=()
		dir=$(dirname "$input")
		[ -f "$dir/golden.args" ] && read -r -a args <"$dir/golden.args"
		mkdir -p "$out/$rel"
		"$artex" convert -q --no-warnings "${args[@]}" -o "$out/$rel" "$input" \
			>/dev/null 2>&1
		echo "exit $?  fixtures/$rel" >>"$tmp/fixtures.status"
	done < <(find "$root/fixtures" -type f \
		\( -name '*.txt' -o -name '*.html' -o -name '*.jsonld' -o -name '*.json' \
		-o -name '*.yaml' -o -name '*.xml' \) ! -name '*.expected.*' -print0 | sort -z)
	digest fixtures "$out"
	cat "$tmp/fixtures.status"
}

synthetic() {
	"$root/scripts/synth-archive" "$tmp/synth-in" "$synth_n" >/dev/null
	"$artex" convert -q -j2 -o "$tmp/synth" "$tmp/synth-in"
	local rc=$?
	digest synthetic "$tmp/synth"
	echo "exit $rc  synthetic"
}

devset() {
	"$artex" convert -q --no-warnings -j2 -o "$tmp/devset" "$devset" >/dev/null 2>&1
	local rc=$?
	digest devset "$tmp/devset"
	echo "exit $rc  devset"
}

fixtures >"$tmp/actual"
synthetic >>"$tmp/actual"
have_devset=0
if [ -d "$devset" ]; then
	have_devset=1
	devset >>"$tmp/actual"
else
	echo "SKIP devset: $devset not found; its outputs are not compared"
fi

if [ "$mode" = --write ]; then
	[ "$have_devset" = 1 ] || { echo "refusing to write without the devset"; exit 2; }
	cp "$tmp/actual" "$reference"
	echo "wrote $(wc -l <"$reference") digests to $reference"
	exit 0
fi

expected=$tmp/expected
if [ "$have_devset" = 1 ]; then
	cp "$reference" "$expected"
else
	grep -v '  devset/' "$reference" >"$expected"
fi
check "digests found" [ -s "$expected" ]
if diff -u "$expected" "$tmp/actual" >"$tmp/diff"; then
	ok
else
	bad "outputs differ from $reference ($(grep -c '^[-+][0-9a-fe]' "$tmp/diff") lines)"
	head -40 "$tmp/diff"
fi
finish
