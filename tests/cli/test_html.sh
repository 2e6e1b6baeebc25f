#!/usr/bin/env bash
# Web pages (test_golden.sh compares each fixture with its golden): the
# same page compressed, without a telling name, in other encodings and with
# dates in the forms sites use; extraction on HTML bodies; --dump-blocks;
# the errors pages can cause.
set -u
artex=$1
. "$(dirname "$0")/lib.sh"
fixtures=${ARTEX_FIXTURES:-$(dirname "$0")/../../fixtures}/html
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# yaml FILE [options]: the YAML on stdout, the warnings in $tmp/warnings
yaml() {
	local file=$1
	shift
	"$artex" convert --no-extract -t yaml "$@" "$file" 2>"$tmp/warnings"
}

# Each page against its golden YAML and warnings: tests/cli/test_golden.sh.
n=$(ls "$fixtures"/*.html | wc -l)
check "at least nine page fixtures ($n)" [ "$n" -ge 9 ]

# The same page gzip-compressed, and with no extension at all: the same
# article; only the provenance (the file as read, last in the YAML) differs.
article_part() { sed '/^provenance:/,$d' "$1"; }
same_article() { cmp -s <(article_part "$1") <(article_part "$2"); }
gzip -c "$fixtures/wordpress-post.html" >"$tmp/wordpress-post.html.gz"
yaml "$tmp/wordpress-post.html.gz" >"$tmp/gz.yaml"
check ".html.gz: same YAML as the page" same_article "$tmp/gz.yaml" "$fixtures/wordpress-post.expected.yaml"
gz_sha=$(sha256sum <"$tmp/wordpress-post.html.gz" | cut -d' ' -f1)
check ".html.gz: the provenance has the SHA-256 of the compressed file as read" \
	grep -q "^  source_sha256: \"\{0,1\}$gz_sha\"\{0,1\}$" "$tmp/gz.yaml"
check ".html.gz: the provenance has the file's base name" \
	grep -qx '  source: wordpress-post.html.gz' "$tmp/gz.yaml"
# Microdata of any Article subclass of the vocabulary, as JSON-LD's are.
sed 's|itemtype="https://schema.org/NewsArticle"|itemtype="https://schema.org/ReportageNewsArticle"|' \
	"$fixtures/microdata-only.html" >"$tmp/reportage.html"
yaml "$tmp/reportage.html" | sed 's/^id: reportage$/id: microdata-only/' >"$tmp/reportage.yaml"
check "microdata ReportageNewsArticle: same YAML as NewsArticle" \
	same_article "$tmp/reportage.yaml" "$fixtures/microdata-only.expected.yaml"
mkdir -p "$tmp/noext"
cp "$fixtures/news-jsonld.html" "$tmp/noext/news-jsonld"
yaml "$tmp/noext/news-jsonld" >"$tmp/sniffed.yaml"
check "sniffed page: same YAML as the page" same_article "$tmp/sniffed.yaml" "$fixtures/news-jsonld.expected.yaml"
yaml - -f html <"$fixtures/amp-page.html" | sed 's/^id: article$/id: amp-page/' >"$tmp/stdin.yaml"
check "page on stdin with -f html" same_article "$tmp/stdin.yaml" "$fixtures/amp-page.expected.yaml"
amp_sha=$(sha256sum <"$fixtures/amp-page.html" | cut -d' ' -f1)
check "page on stdin: no source name in the provenance" \
	bash -c '! grep -q "^  source:" "$1"' _ "$tmp/stdin.yaml"
check "page on stdin: the provenance has its size and SHA-256" \
	bash -c 'grep -q "^  source_size: $2\$" "$1" && grep -q "^  source_sha256: \"\{0,1\}$3" "$1"' \
	_ "$tmp/stdin.yaml" "$(wc -c <"$fixtures/amp-page.html")" "$amp_sha"

# Extraction runs on HTML bodies as on text, spans into the page's text.
"$artex" convert -t yaml "$fixtures/news-jsonld.html" >"$tmp/extracted.yaml" 2>/dev/null
check "extraction: quotes found in an HTML body" \
	grep -q '^  text: look at evenings once Sundays are bedded in$' "$tmp/extracted.yaml"
check "extraction: claims found in an HTML body" grep -q '^claims:$' "$tmp/extracted.yaml"
"$artex" convert -t yaml --no-extract "$fixtures/news-jsonld.html" 2>/dev/null | grep -q '^quotes: \[\]$'
check "--no-extract: no quotes" [ $? -eq 0 ]

# --dump-blocks says what was dropped, what won and what was kept.
"$artex" convert --dump-blocks "$fixtures/wordpress-post.html" >"$tmp/dump" 2>&1
check "dump-blocks: exit 0" [ $? -eq 0 ]
check "dump-blocks: comments dropped by their class" grep -q '^drop  div#comments.comments-area: class/id comments$' "$tmp/dump"
check "dump-blocks: the container chosen" grep -q '^top   ' "$tmp/dump"
check "dump-blocks: the headline's source" grep -q '^meta  headline       from Open Graph$' "$tmp/dump"
check "dump-blocks: nine paragraphs kept" [ "$(grep -c '^para ' "$tmp/dump")" -eq 9 ]
check "dump-blocks: no file written" [ ! -e wordpress-post.yaml ]

# Encodings: undeclared windows-1251 and -1252, a false UTF-8 declaration,
# UTF-16 with a BOM, an unknown charset.
page() { # page FILE HEAD_MARKUP BODY_TEXT: a small article page as UTF-8
	printf '<html><head>%s<title>%s</title></head><body><article><p>%s Then more.</p><p>%s</p></article></body></html>' \
		"$2" "$3" "$3" "A second paragraph of the page, long enough to count as one." >"$1"
}
page "$tmp/ru.utf8" "" "Жители города получили новый мост через реку, который строили два года."
iconv -f UTF-8 -t WINDOWS-1251 "$tmp/ru.utf8" >"$tmp/ru-undeclared.html"
yaml "$tmp/ru-undeclared.html" >"$tmp/ru.yaml"
check "undeclared windows-1251: guessed" grep -q '^headline: Жители города получили новый мост' "$tmp/ru.yaml"
check "undeclared windows-1251: language ru" grep -q '^language: ru$' "$tmp/ru.yaml"
page "$tmp/fr.utf8" "" "Le café du théâtre a rouvert ses portes après l'été, a déclaré la mairie."
iconv -f UTF-8 -t WINDOWS-1252 "$tmp/fr.utf8" >"$tmp/fr-undeclared.html"
yaml "$tmp/fr-undeclared.html" >"$tmp/fr.yaml"
check "undeclared windows-1252: guessed" grep -q "^headline: Le café du théâtre a rouvert ses portes après l'été" "$tmp/fr.yaml"
page "$tmp/fr-lying.utf8" '<meta charset="utf-8">' "Le café du théâtre a rouvert ses portes après l'été, a déclaré la mairie."
iconv -f UTF-8 -t WINDOWS-1252 "$tmp/fr-lying.utf8" >"$tmp/fr-lying.html"
yaml "$tmp/fr-lying.html" >"$tmp/fr-lying.yaml"
check "false UTF-8 declaration: read as windows-1252" grep -q "^headline: Le café du théâtre" "$tmp/fr-lying.yaml"
check "false UTF-8 declaration: warned" grep -q 'says UTF-8 but is not (invalid byte at offset .*); read as WINDOWS-1252' "$tmp/warnings"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$tmp/fr.utf8"; } >"$tmp/utf16.html"
yaml "$tmp/utf16.html" >"$tmp/utf16.yaml"
check "UTF-16LE with BOM" grep -q "^headline: Le café du théâtre" "$tmp/utf16.yaml"
page "$tmp/bogus.html" '<meta charset="x-no-such-charset">' "Plain text that any charset would read the same way, said the clerk."
yaml "$tmp/bogus.html" >/dev/null
check "unknown charset: warned" grep -q 'unknown charset "X-NO-SUCH-CHARSET"; read as UTF-8' "$tmp/warnings"
page "$tmp/nfd.html" '<meta charset="utf-8">' "$(printf 'Cafe\xcc\x81 owners said the new rules would cost them more than they earn.')"
yaml "$tmp/nfd.html" >"$tmp/nfd.yaml"
check "text comes out in NFC" grep -q "^headline: Café owners said" "$tmp/nfd.yaml"

# Dates as sites write them.
for pair in "2025-06-03T09:30:00+0200|2025-06-03T09:30:00+02:00" \
	"2025-06-03 09:30:00|2025-06-03T09:30:00" \
	"2025-06-03T09:30:00+00:00|2025-06-03T09:30:00+00:00" \
	"2025-06-03T09:30:00.250-05:00|2025-06-03T09:30:00.250-05:00" \
	"Tue, 03 Jun 2025 09:30:00 GMT|2025-06-03T09:30:00Z" \
	"3 Jun 2025 09:30:00 +0300|2025-06-03T09:30:00+03:00" \
	"June 3, 2025|2025-06-03" \
	"2025/06/03|2025-06-03"; do
	given=${pair%|*}
	want=${pair#*|}
	page "$tmp/date.html" "<meta property=\"article:published_time\" content=\"$given\">" \
		"A paragraph long enough to be the body of this small test page."
	yaml "$tmp/date.html" >"$tmp/date.yaml"
	check "date \"$given\" reads as $want" grep -q "^date_published: \"$want\"$" "$tmp/date.yaml"
done
page "$tmp/date.html" '<meta property="article:published_time" content="last Tuesday">' \
	"A paragraph long enough to be the body of this small test page."
yaml "$tmp/date.html" >"$tmp/date.yaml"
check "unreadable date: left out" sh -c "! grep -q '^date_published' '$tmp/date.yaml'"
check "unreadable date: warned" grep -q 'Open Graph date_published "last Tuesday" is no date' "$tmp/warnings"

# Sources that disagree on a date: the better one is kept, with a warning.
page "$tmp/disagree.html" '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A paragraph long enough to be the body of this small test page.","datePublished":"2025-06-03T09:30:00Z"}</script><meta property="article:published_time" content="2025-06-04T09:30:00Z">' \
	"A paragraph long enough to be the body of this small test page."
yaml "$tmp/disagree.html" >"$tmp/disagree.yaml"
check "disagreeing dates: JSON-LD kept" grep -q '^date_published: "2025-06-03T09:30:00Z"$' "$tmp/disagree.yaml"
check "disagreeing dates: warned" grep -q 'date_published: JSON-LD says "2025-06-03T09:30:00Z", Open Graph says "2025-06-04T09:30:00Z"' "$tmp/warnings"
page "$tmp/agree.html" '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A paragraph long enough to be the body of this small test page.","datePublished":"2025-06-03T09:30:00Z"}</script><meta property="article:published_time" content="2025-06-03T11:30:00+02:00">' \
	"A paragraph long enough to be the body of this small test page."
yaml "$tmp/agree.html" >/dev/null
check "one instant in two zones: no warning" [ ! -s "$tmp/warnings" ]

# Errors: nothing to read, a damaged gzip stream; no output is left.
mkdir -p "$tmp/out"
printf '<html><body><nav><a href="/">Home</a></nav></body></html>' >"$tmp/empty.html"
"$artex" convert -q -o "$tmp/out" "$tmp/empty.html" 2>"$tmp/err"
check "page without text: exit 1" [ $? -eq 1 ]
check "page without text: ARTEX-110 naming the file" grep -q "^$tmp/empty.html: error\[ARTEX-110\]: no article text found in the page" "$tmp/err"
head -c 300 "$tmp/wordpress-post.html.gz" >"$tmp/cut.html.gz"
"$artex" convert -q -o "$tmp/out" "$tmp/cut.html.gz" 2>"$tmp/err"
check "cut gzip stream: exit 1" [ $? -eq 1 ]
check "cut gzip stream: ARTEX-111" grep -q "error\[ARTEX-111\]: the gzip stream ends early" "$tmp/err"
check "refused pages leave no output" [ -z "$(ls -A "$tmp/out")" ]
# A page that names no address of its own gets --base-iri as its url; one
# that does keeps its own.
yaml "$fixtures/russian-cp1251.html" --base-iri https://example.org/news/bakery >"$tmp/based.yaml"
check "--base-iri is the url of a page without one" grep -qx "url: https://example.org/news/bakery" "$tmp/based.yaml"
yaml "$fixtures/russian-cp1251.html" >"$tmp/unbased.yaml"
check "no url without --base-iri or a canonical link" sh -c "! grep -q '^url:' '$tmp/unbased.yaml'"
yaml "$fixtures/wordpress-post.html" --base-iri https://example.org/other >"$tmp/own.yaml"
check "a page's canonical link wins over --base-iri" grep -qx "url: https://millbrookgazette.example/2025/04/17/allotment-water-meters/" "$tmp/own.yaml"

finish
