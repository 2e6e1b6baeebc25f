#!/usr/bin/env bash
# The hostile-input matrix: each input ends within 10 s and 4 GB, with the
# documented exit code; refused inputs name file, line and column (or a JSON
# Pointer) and leave no output file; accepted ones are converted whole.
set -u
artex=$1
failwrite=${2:-}
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in=$tmp/in
mkdir "$in"
# An address-space limit is how memory is bounded here, but AddressSanitizer
# reserves terabytes of shadow memory up front: under it, time alone is bounded.
# Sanitized builds run several times slower, so they get more time; and a
# preloaded shim must come after the sanitizer's runtime.
memlimit=4000000
timelimit=10
asan=$(ldd "$artex" 2>/dev/null | awk '/libasan/ { print $3 }')
if [ -n "$asan" ]; then
	memlimit=unlimited
	timelimit=60
fi

python3 - "$in" <<'PY'
import os, sys
d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
head = "date 2025-01-02 Test\n\nHeadline\n\n"
w("overlong.txt", head.encode() + b"bad \xc0\xaf here\n")
w("truncated.txt", head.encode() + b"cut \xe2\x82")
w("surrogate.txt", head.encode() + b"half \xed\xa0\x80 pair\n")
w("beyond-max.txt", head.encode() + b"big \xf4\x90\x80\x80\n")
w("lone-continuation.txt", head.encode() + b"stray \x80\n")
w("nul.txt", head.encode() + b"nul \x00 byte\n")
w("bom-middle.txt", head + "joined \ufefffile\n")
w("cr-only.txt", head.replace("\n", "\r") + "Body.\r")
w("controls.txt", head + "bell \x07\n")
w("noncharacter.txt", head + "odd \uffff\n")
w("empty.txt", "")
w("many-quote-marks.txt", head + "«" * 1000000 + "\n")
w("many-quotes.txt", head + "\"We said so,\" Ann said. " * 20000 + "\n")
w("unbalanced.txt", head + "«Start, — сказал он. " * 20000 + "\n")
w("one-sentence-crowd.txt", head + "Ann Lee said \"we go there now\" and Bob Ray told Kim Day \"they stay\", " * 8000 + "\n")
w("deep.yaml", "[" * 100000 + "]" * 100000)
w("alias-bomb.yaml", "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + chr(ord(c) - 1)] * 10)}]\n" for c in "bcdefghij"))
w("tag.yaml", "id: !!python/object:os.system x\nlanguage: en\nheadline: H\nbody: [B]\n")
w("anchor.yaml", "id: &i a\nlanguage: en\nheadline: *i\nbody: [B]\n")
w("duplicate-key.yaml", "id: a\nid: b\nlanguage: en\nheadline: H\nbody: [B]\n")
w("number-range.yaml", "id: a\nlanguage: en\nheadline: H\nbody: [Body]\nquotes:\n- {id: q1, text: Bo, kind: direct, span: {field: body, start: 0, end: 99999999999999999999999}}\n")
w("negative-offset.yaml", "id: a\nlanguage: en\nheadline: H\nbody: [Body]\nquotes:\n- {id: q1, text: Bo, kind: direct, span: {field: body, start: -1, end: 2}}\n")
w("offset-out.yaml", "id: a\nlanguage: en\nheadline: H\nbody: [Body]\nquotes:\n- {id: q1, text: Bo, kind: direct, span: {field: body, start: 3, end: 9}}\n")
w("offset-bytes.yaml", "id: a\nlanguage: en\nheadline: H\nbody: [Жук ест]\nquotes:\n- {id: q1, text: ест, kind: direct, span: {field: body, start: 7, end: 13}}\n")
w("id-collision.yaml", "id: a\nlanguage: en\nheadline: H\nbody: [Body]\npersons: [{id: x, name: A}]\norganizations: [{id: x, name: B}]\n")
w("dangling.yaml", "id: a\nlanguage: en\nheadline: H\nbody: [Body]\nquotes:\n- {id: q1, text: Bo, kind: direct, speaker: nobody}\n")
w("wrong-type.yaml", "id: a\nlanguage: en\nheadline: {x: 1}\nbody: [Body]\n")
w("yaml-bad-utf8.yaml", b"id: a\nlanguage: en\nheadline: \"\xff\"\nbody: [B]\n")
w("deep.jsonld", "[" * 100000 + "]" * 100000)
w("truncated.jsonld", '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H"')
w("duplicate-key.jsonld", '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", "headline": "I", "articleBody": "B"}')
# Other publishers' dangling references keep their IRI; in artex's own
# output (named by its sdPublisher node) one means the file was damaged.
w("dangling.jsonld", '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "H", "articleBody": "B", "author": {"@id": "#nobody"}}, {"@id": "urn:artex:software:artex", "@type": "SoftwareApplication", "name": "artex"}]}')
w("huge-number.jsonld", '{"@context": "https://schema.org", "@graph": [{"@id": "#a", "@type": "NewsArticle", "headline": "H", "articleBody": "Body", "hasPart": [{"@id": "#q"}]}, {"@id": "#q", "@type": "Quotation", "text": "Bo"}, {"@type": "oa:Annotation", "oa:hasBody": {"@id": "#q"}, "oa:hasTarget": {"@type": "oa:SpecificResource", "oa:hasSource": {"@id": "#a"}, "oa:hasSelector": {"@type": "oa:TextPositionSelector", "oa:start": 0, "oa:end": 1e999}}}]}')
w("nul-escape.jsonld", '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H\\u0000", "articleBody": "B"}')
tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><p>{}</p></body></text></TEI>'
w("billion-laughs.tei.xml", '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + ']>' + tei.format("&j;"))
w("xxe.tei.xml", '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/hostname">]>' + tei.format("&x;"))
# The DOCTYPE itself is accepted; the DTD is never fetched, so an entity
# only it could declare is an error, not a load.
w("external-dtd.tei.xml", '<?xml version="1.0"?><!DOCTYPE TEI SYSTEM "http://example.org/tei.dtd">' + tei.format("&ext;"))
w("processing-instruction.tei.xml", '<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?>' + tei.format("Text <?php echo 1; ?> here."))
w("wrong-namespace.tei.xml", tei.replace("http://www.tei-c.org/ns/1.0", "http://example.org/not-tei").format("x"))
w("deep.tei.xml", tei.format("<hi>" * 100000 + "x" + "</hi>" * 100000))
w("truncated.tei.xml", tei.format("x")[:-20])
w("bad-utf8.tei.xml", tei.format("x").encode().replace(b"<p>x", b"<p>\xff"))
w("huge-attribute.tei.xml", tei.replace("<p>{}</p>", '<p rend="' + "x" * 10000000 + '">{}</p>').format("x"))
para = "<p>Before the nesting, a paragraph long enough to be kept as the body of the page.</p>"
w("deep.html", "<html><body>" + para + "<div>" * 100000 + "x")
w("deep-inline.html", "<html><body>" + para + "<b>" * 100000 + "x")
w("huge-attribute.html", '<html><body><p class="' + "x" * 1000000 + '">' + para[3:])
w("script-close.html", '<html><body><article>' + para + '<script>var s = "</div></article><p>leak</p>"; if (a </b) {}</script>' + para.replace("Before", "After") + '</article></body></html>')
w("bad-utf8.html", b'<html><head><meta charset="utf-8"></head><body>' + para.encode().replace(b"nesting", b"nest\xff\xfeing\xc0") + b"</body></html>")
w("truncated-utf16.html", b"\xff\xfe" + ("<html><body>" + para).encode("utf-16-le") + b"\x41")
w("controls.html", "<html><body>" + para.replace("nesting", "nest\x00ing\x01\x7f\ufffe") + "</body></html>")
# meson sets MALLOC_PERTURB_, under which glibc clears the large free chunk the
# freed page tree leaves at every small realloc next to it: quadratic in the
# number of blocks, so the case stays at a size that bounds that too.
w("many-paragraphs.html", "<html><body>" + "<div><p>word, word, word, word, word, word, word</p></div>" * 20000)
w("no-text.html", "<html><head><title>T</title></head><body><script>x</script><nav><a href='/'>Home</a></nav></body></html>")
w("empty.html", "")
import gzip
w("bomb.html.gz", gzip.compress(b"<p>" + b"a" * 100_000_000, 9))
# ninjs: nesting, a type confusion deep inside, a quote list as long as a
# whole archive's, and artex's extension given numbers where it wants text.
w("deep.ninjs.json", '{"uri": "u:a", "associations": ' + "[" * 100000 + "]" * 100000 + "}")
w("wrong-type.ninjs.json", '{"uri": "u:a", "headlines": [{"value": "H"}], "bodies": [{"value": "B"}], "people": [{"name": ["Ann"]}]}')
w("numbers.ninjs.json", '{"uri": "u:a", "headlines": [{"value": "H"}], "bodies": [{"value": "Body"}], "altIds": [{"role": "artex:id", "value": 7}]}')
body = " ".join('"Quote %d," said Ann Lee.' % i for i in range(10000))
import json
w("many-quotes.ninjs.json", json.dumps({
    "uri": "urn:x", "language": "en", "headlines": [{"value": "H"}],
    "bodies": [{"contentType": "text/plain", "value": body}],
    "people": [{"name": "Ann Lee", "literal": "p1"}],
    "associations": [{"name": "q", "uri": "urn:x#q%d" % i, "rel": "quote",
                      "bodies": [{"value": "Quote %d," % i}],
                      "people": [{"name": "Ann Lee", "rel": "speaker", "literal": "p1"}]}
                     for i in range(10000)]}))
w("deep.ndjson", '{"id": "a", "text": ' + "[" * 100000 + "]" * 100000 + "}\n")
PY
dd if=/dev/zero bs=1M count=200 2>/dev/null | tr '\0' 'a' >"$in/huge-line.txt"
{ printf '<html><body><p>'; cat "$in/huge-line.txt"; } >"$in/huge.html"

# run NAME EXPECTED_EXIT [convert options...]: converts $in/NAME to each
# of $formats (a ninjs input to ninjs as well).
run() {
	local name=$1 want=$2
	shift 2
	local out=$tmp/out-$name err=$tmp/err-$name
	mkdir -p "$out"
	local start=$SECONDS
	local formats=yaml,jsonld,tei,nquads
	case $name in *.ninjs.json) formats=$formats,ninjs ;; esac
	(ulimit -v $memlimit; exec timeout $timelimit "$artex" convert -q -t $formats -o "$out" \
		"$@" "$in/$name") >/dev/null 2>"$err"
	local rc=$? took=$((SECONDS - start))
	check "$name: exit $rc, expected $want$( [ $rc -eq 124 ] && echo ' (timed out)')" [ $rc -eq "$want" ]
	if [ "$want" -eq 0 ]; then
		check "$name: outputs missing" [ "$(ls "$out" | wc -l)" -eq "$(tr , '\n' <<<"$formats" | wc -l)" ]
	else
		check "$name: output written for a refused input" [ -z "$(ls -A "$out")" ]
		check "$name: error without file and place: $(head -c 160 "$err")" \
			grep -Eq "^$in/$name(:[0-9]+:[0-9]+:|:[0-9]+:|: ).*error\[ARTEX-[0-9]+\]" "$err"
	fi
	check "$name: took $took s" [ $took -le $timelimit ]
}

for f in overlong truncated surrogate beyond-max lone-continuation nul bom-middle controls \
	noncharacter empty huge-line; do
	run "$f.txt" 1
done
for f in cr-only many-quote-marks many-quotes unbalanced one-sentence-crowd; do
	run "$f.txt" 0
done
for f in deep alias-bomb tag anchor duplicate-key number-range negative-offset offset-out \
	offset-bytes id-collision dangling wrong-type yaml-bad-utf8; do
	run "$f.yaml" 1
done
for f in deep truncated duplicate-key dangling huge-number nul-escape; do
	run "$f.jsonld" 1
done
for f in billion-laughs xxe external-dtd wrong-namespace deep truncated bad-utf8 huge-attribute; do
	run "$f.tei.xml" 1
done
run processing-instruction.tei.xml 0
for f in deep wrong-type numbers; do
	run "$f.ninjs.json" 1
done
run many-quotes.ninjs.json 0
for f in deep deep-inline huge-attribute script-close bad-utf8 truncated-utf16 controls \
	many-paragraphs; do
	run "$f.html" 0
done
for f in no-text empty huge; do
	run "$f.html" 1
done
run bomb.html.gz 1
check "script-close: the script's text stays out" \
	sh -c "grep -q 'After the nesting' '$tmp/out-script-close.html/script-close.yaml' && ! grep -q leak '$tmp/out-script-close.html/script-close.yaml'"
"$artex" convert -t yaml "$in/deep.html" 2>"$tmp/deep-warnings" >/dev/null
check "deep page: what lies past the nesting cap is told" grep -q "deeper than libxml2's limit" "$tmp/deep-warnings"
check "xxe: the local file's content leaks nowhere" \
	sh -c "! grep -rqF \"$(head -c 8 /etc/hostname)\" '$tmp/out-xxe.tei.xml' '$tmp/err-xxe.tei.xml'"

# Streaming: a hostile line gives an error line, not a crash.
(ulimit -v $memlimit; timeout $timelimit "$artex" convert -q --ndjson -t yaml <"$in/deep.ndjson" >"$tmp/nd.out" 2>&1)
check "deep ndjson line: exit 1" [ $? -eq 1 ]
check "deep ndjson line: an error result" grep -q '"errors":\[{"id":"ARTEX-' "$tmp/nd.out"

# A full disk mid-batch: exit 2, no partial or temporary file, and the
# outputs written before stay whole.
if [ -n "$failwrite" ] && [ -f "$failwrite" ]; then
	mkdir -p "$tmp/batch" "$tmp/full"
	for i in 1 2 3 4 5 6; do
		printf 'date 2025-01-02\n\nHeadline %d\n\n"We will," said Ann Lee.\n' "$i" >"$tmp/batch/a$i.txt"
	done
	ARTEX_FAIL_AFTER=1200 LD_PRELOAD=${asan:+$asan:}$failwrite "$artex" convert -q -j1 -t yaml -o "$tmp/full" \
		"$tmp/batch" 2>"$tmp/full.err"
	check "full disk: exit 2" [ $? -eq 2 ]
	check "full disk: reported" grep -q "No space left on device" "$tmp/full.err"
	check "full disk: no temporary file left" [ -z "$(ls -A "$tmp/full" | grep '^\.')" ]
	written=$(ls "$tmp/full" | wc -l)
	check "full disk: some outputs were written before ($written)" [ "$written" -ge 1 ]
	check "full disk: not every output was written ($written)" [ "$written" -lt 6 ]
	bad=0
	for f in "$tmp/full"/*.yaml; do "$artex" convert -q -t yaml "$f" >/dev/null 2>&1 || bad=1; done
	check "full disk: earlier outputs intact" [ $bad -eq 0 ]
else
	echo "SKIP: write-failure shim not built; full-disk check skipped"
fi
finish
