#!/usr/bin/env bash
# The shared library exports exactly the functions the public header declares.
set -u
lib=$1
header=$2
. "$(dirname "$0")/lib.sh"
exported=$(nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}' | sort)
declared=$(grep -oE '\bartex_[a-z_0-9]+\(' "$header" | tr -d '(' | sort -u)
check "no symbols exported" [ -n "$exported" ]
for s in $exported; do
	check "$s is exported but not declared in artex.h" grep -qx "$s" <<<"$declared"
done
for s in $declared; do
	check "$s is declared in artex.h but not exported" grep -qx "$s" <<<"$exported"
done
finish
