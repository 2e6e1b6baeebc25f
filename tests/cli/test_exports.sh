#!/usr/bin/env bash
# The shared library exports exactly the functions the public headers declare.
# usage: test_exports.sh LIBRARY HEADER...
set -u
lib=$1
shift
. "$(dirname "$0")/lib.sh"
exported=$(nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}' | sort)
declared=$(cat "$@" | grep -oE '\bartex_[a-z_0-9]+\(' | tr -d '(' | sort -u)
check "no symbols exported" [ -n "$exported" ]
for s in $exported; do
	check "$s is exported but not declared in a public header" grep -qx "$s" <<<"$declared"
done
for s in $declared; do
	check "$s is declared in a public header but not exported" grep -qx "$s" <<<"$exported"
done
finish
