#!/usr/bin/env bash
# meson install into a staging folder, then use only what was installed:
# the CLI validates with no source tree in reach, pkg-config builds a program
# against the library, the manual renders without warnings and the bash
# completion loads.
# usage: test_install.sh BUILD_DIR PREFIX BINDIR LIBDIR INCLUDEDIR MANDIR DATADIR FIXTURES SANITIZE
set -u
build=$1 prefix=$2 bindir=$3 libdir=$4 includedir=$5 mandir=$6 datadir=$7 fixtures=$8
sanitize=${9:-none}
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
# Relative options are under the prefix; absolute ones stand alone.
under() { case $1 in /*) echo "$root$1" ;; *) echo "$root$prefix/$1" ;; esac; }

meson install -C "$build" --no-rebuild --quiet --destdir "$root" >"$tmp/install.log" 2>&1
check "meson install --destdir ($(tail -n 3 "$tmp/install.log"))" [ $? -eq 0 ]
bin=$(under "$bindir")/artex
lib=$(under "$libdir")
check "CLI installed" [ -x "$bin" ]
check "header installed" [ -f "$(under "$includedir")/artex.h" ]
check "version header installed" [ -f "$(under "$includedir")/artex_version.h" ]
check "tools header installed" [ -f "$(under "$includedir")/artex_tools.h" ]
check "pkg-config file installed" [ -f "$lib/pkgconfig/artex.pc" ]
man=$(under "$mandir")/man1/artex.1
check "manual installed" [ -f "$man" ]
completion=$(under "$datadir")/bash-completion/completions/artex
check "bash completion installed" [ -f "$completion" ]

# From an empty folder, with the installed library only.
mkdir "$tmp/work"
cd "$tmp/work" || exit 2
cp "$fixtures/model/article-en-harbour-annotated.yaml" article.yaml
run() { LD_LIBRARY_PATH=$lib "$bin" "$@"; }
run validate article.yaml >out 2>&1
check "installed artex validates a YAML file ($(head -c 300 out))" [ $? -eq 0 ]
run convert -q -o . -t jsonld,nquads,tei article.yaml >out 2>&1
check "installed artex converts ($(head -c 300 out))" [ $? -eq 0 ]
run validate article.jsonld article.tei.xml >out 2>&1
check "installed artex validates JSON-LD and TEI ($(head -c 300 out))" [ $? -eq 0 ]
run validate --consistent article.jsonld article.tei.xml article.yaml >out 2>&1
check "the three formats agree ($(head -c 300 out))" [ $? -eq 0 ]
run validate --profile google article.jsonld >out 2>&1
check "--profile google warns but exits 0" [ $? -eq 0 ]
check "--profile google warning printed" grep -q 'warning\[ARTEX-[0-9]*\]: image is recommended' out
check "linked against the installed library" \
	grep -q "$lib" <(LD_LIBRARY_PATH=$lib ldd "$bin" | grep artex)

# The schema folder the CLI names is installed and holds every bundled schema.
schemadir=$(run schemas path 2>/dev/null)
check "schemas path is under the prefix" [ "${schemadir#"$prefix"/}" != "$schemadir" ]
check "schemas folder installed" [ -d "$root$schemadir" ]
n=0
for name in $(run schemas list); do
	n=$((n + 1))
	check "installed $name equals the built-in copy" \
		cmp -s "$root$schemadir/$name" <(run schemas show "$name")
done
check "schemas list names the bundled schemas" [ "$n" -ge 3 ]

# A program built with pkg-config. The .pc file names the final prefix, so
# a copy points it at the staging folder.
mkdir "$tmp/pc"
sed "s|^prefix=.*|prefix=$root$prefix|" "$lib/pkgconfig/artex.pc" >"$tmp/pc/artex.pc"
flags=$(PKG_CONFIG_PATH=$tmp/pc pkg-config --cflags --libs artex)
check "pkg-config --cflags --libs artex" [ -n "$flags" ]
cat >headline.c <<'C'
#include <stdio.h>
#include <string.h>
#include <artex.h>

int main(int argc, char **argv)
{
	struct artex_article *art;
	struct artex_error err;
	if (argc != 2 || artex_article_read_file(&art, argv[1], NULL, &err) < 0)
		return 1;
	/* The headers and the library installed together agree. */
	if (!ARTEX_VERSION_AT_LEAST(ARTEX_VERSION_MAJOR, ARTEX_VERSION_MINOR, 0) ||
	    strcmp(artex_version(), ARTEX_VERSION_STRING) != 0)
		return 2;
	printf("%s\n", artex_article_headline(art));
	artex_article_free(art);
	return 0;
}
C
san=
[ "$sanitize" != none ] && san=-fsanitize=$sanitize
# shellcheck disable=SC2086
${CC:-cc} $san -o headline headline.c $flags >out 2>&1
check "a program builds with pkg-config's flags ($(head -c 300 out))" [ $? -eq 0 ]
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 LD_LIBRARY_PATH=$lib ./headline article.yaml >out 2>&1
check "the program reads an article ($(head -c 300 out))" \
	grep -qx 'Harbour authority approves $40m upgrade to Port Elmsworth container terminal' out

# The manual: no groff warnings, and man renders it.
groff -ww -man -Tutf8 -z "$man" >out 2>&1
check "groff -ww renders the manual without warnings ($(head -c 300 out))" [ ! -s out ]
if command -v man >/dev/null; then
	MANWIDTH=80 man --warnings=w -l "$man" >page 2>out
	check "man -l renders the manual" grep -q 'artex schemas' page
	check "man -l without warnings ($(head -c 300 out))" [ ! -s out ]
fi

# The completion: valid bash that registers itself for artex.
check "completion is valid bash" bash -n "$completion"
check "completion registers for artex" bash -c ". '$completion' && complete -p artex" >/dev/null
cat >complete.sh <<SH
. '$completion'
artex() { LD_LIBRARY_PATH='$lib' '$bin' "\$@"; }
COMP_WORDS=(artex schemas show art); COMP_CWORD=3
_artex
printf '%s\n' "\${COMPREPLY[@]}"
SH
check "completion offers schema names" grep -qx 'article.schema.json' <(bash complete.sh 2>/dev/null)
finish
