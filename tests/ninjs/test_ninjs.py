#!/usr/bin/env python3
"""ninjs exports and the ninjs reader checked from the outside: every
fixture's ninjs passes IPTC's ninjs 3.1 schema (bundled copy) under
python3-jsonschema with format checks and under `artex validate
--assert-format`; ninjs -> model -> ninjs gives the same bytes and the same
model as the input; people, organisations and quotes carry the JSON-LD
graph's IRIs; the plain profile has no artex extension; third-party ninjs
(3.x, 2.x spellings) maps as documented, found by name or by content.

usage: test_ninjs.py ARTEX_BIN   (env ARTEX_FIXTURES, ARTEX_SCHEMAS)
Exits 77 when python3-jsonschema is missing."""
import glob
import hashlib
import json
import os
import sys
import tempfile
import urllib.parse
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import Checks, runner  # noqa: E402

try:
    import jsonschema
except ImportError as e:
    print("SKIP: python3 package missing (%s); install python3-jsonschema "
          "(bash scripts/deps test)" % e.name)
    sys.exit(77)

ARTEX = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ARTEX_BIN")
FIXTURES = os.environ["ARTEX_FIXTURES"]
SCHEMAS = os.environ["ARTEX_SCHEMAS"]

check = Checks()

run = runner(ARTEX)


def load(name):
    with open(os.path.join(SCHEMAS, "ninjs", name)) as f:
        return json.load(f)


# The GeoJSON stand-in answers the schema's one outside reference, so no
# network is needed here either: through `referencing` where jsonschema has
# it (4.18 on), else through the RefResolver store of older releases.
geojson = load("geojson.schema.json")
ninjs = load("ninjs-schema_3.1.json")
try:
    import referencing
    where = {"registry": referencing.Registry().with_resource(
        geojson["$id"], referencing.Resource.from_contents(geojson))}
except ImportError:
    where = {"resolver": jsonschema.RefResolver.from_schema(
        ninjs, store={geojson["$id"]: geojson})}
validator = jsonschema.Draft202012Validator(ninjs, format_checker=jsonschema.FormatChecker(),
                                            **where)


def schema_errors(doc):
    return ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message)
            for e in validator.iter_errors(doc)]


def roles(doc):
    out = [a["role"] for a in doc.get("altIds", [])]
    for assoc in doc.get("associations", []):
        out += roles(assoc)
    return out


def as_uri(iri):
    return urllib.parse.quote(iri, safe="".join(chr(c) for c in range(0x21, 0x7f)))


tmp = tempfile.mkdtemp()
inputs = [p for p in sorted(glob.glob(os.path.join(FIXTURES, "**", "*.*"), recursive=True))
          if os.sep + "invalid" + os.sep not in p and os.sep + "negative" + os.sep not in p
          and ".expected." not in p
          and p.endswith((".txt", ".yaml", ".jsonld", ".html", ".tei.xml", ".ninjs.json"))]
written = []
for i, path in enumerate(inputs):
    p = run("convert", "-q", "--no-warnings", "-t", "ninjs", path, ok=False)
    if p.returncode != 0:
        continue  # inputs that fail on purpose (attribution cases, bad pages)
    name = os.path.relpath(path, FIXTURES)
    out = os.path.join(tmp, "%03d.ninjs.json" % i)
    with open(out, "wb") as f:
        f.write(p.stdout)
    written.append(out)
    doc = json.loads(p.stdout)
    errors = schema_errors(doc)
    check(not errors, "%s: ninjs fails the ninjs 3.1 schema: %s" % (name, errors[:3]))

    # ninjs -> model -> ninjs: the same bytes, and the same model.
    again = run("convert", "--no-extract", "-t", "ninjs", out).stdout
    check(again == p.stdout, "%s: ninjs read back and written again differs" % name)
    back = run("convert", "--no-extract", "-t", "yaml", out)
    check(back.stderr == b"", "%s: artex's own ninjs read with warnings: %s" %
          (name, back.stderr.decode()[:200]))
    check(back.stdout == run("convert", "-q", "--no-warnings", "-t", "yaml", path).stdout,
          "%s: model read from ninjs differs from the model of the input" % name)

    # The JSON-LD graph's IRIs, in their URI form.
    graph = json.loads(run("convert", "-q", "--no-warnings", "-t", "jsonld", path).stdout)
    graph = graph["@graph"]
    ids = {n["identifier"]: n["@id"] for n in graph if isinstance(n.get("identifier"), str)}
    for key in ("people", "organisations"):
        for agent in doc.get(key, []):
            check(agent["uri"] == as_uri(ids.get(agent["literal"], "")),
                  "%s: %s %s has uri %s, JSON-LD says %s" % (name, key, agent["literal"],
                                                             agent["uri"],
                                                             ids.get(agent["literal"])))
    for assoc in doc.get("associations", []):
        if assoc.get("rel") in ("quote", "claim"):
            own = [a["value"] for a in assoc["altIds"] if a["role"] == "artex:id"]
            check(own and assoc["uri"] == as_uri(ids.get(own[0], "")),
                  "%s: %s uri %s is not the JSON-LD node's" % (name, assoc["rel"],
                                                              assoc["uri"]))
    check(doc["uri"] == as_uri(graph[0]["@id"]), "%s: item uri %s, JSON-LD article %s" %
          (name, doc["uri"], graph[0]["@id"]))

    # The plain profile: ninjs's own terms only, still valid.
    plain = json.loads(run("convert", "-q", "--no-warnings", "--profile", "plain", "-t",
                           "ninjs", path).stdout)
    check(not any(r.startswith("artex:") for r in roles(plain)),
          "%s: plain ninjs has artex: altIds" % name)
    check(not schema_errors(plain), "%s: plain ninjs fails the schema" % name)

    # Provenance: the source as read, its checksum, the tool.
    with open(path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    source = [r for r in doc.get("renditions", []) if r["name"] == "source"]
    ext = {a["role"]: a["value"] for a in doc.get("altIds", [])}
    check(source and source[0].get("sizeInBytes") == os.path.getsize(path) and
          source[0].get("title") == os.path.basename(path),
          "%s: no source rendition with its name and size: %s" % (name, source))
    check(ext.get("artex:sourceSha256") == sha and ext.get("artex:tool") == "artex",
          "%s: provenance altIds: %s" % (name, ext))

check(len(written) >= 60, "only %d fixtures converted to ninjs" % len(written))
p = run("validate", "--assert-format", *written, ok=False)
check(p.returncode == 0, "artex validate --assert-format: %s" % p.stdout.decode()[:500])

# ---- the schema check has teeth: a member ninjs does not know fails ----
with open(written[0]) as f:
    doc = json.load(f)
doc["artexQuotes"] = []
bad = os.path.join(tmp, "bad.ninjs.json")
with open(bad, "w") as f:
    json.dump(doc, f, indent=1)
check(schema_errors(doc), "python3-jsonschema accepts an unknown member")
p = run("validate", bad, ok=False)
check(p.returncode == 1 and b"/artexQuotes" in p.stdout + p.stderr,
      "artex validate accepts an unknown member: %r" % (p.stdout + p.stderr))


# ---- third-party ninjs ----
def model(path, *opts):
    p = run("convert", "--no-extract", "-t", "yaml", *opts, path)
    return p.stdout.decode(), p.stderr.decode()


wire, said = model(os.path.join(FIXTURES, "ninjs", "agency-wire.ninjs.json"))
check("authors:\n- Tomas Lindqvist\n- Ana Ferreira\n" in wire, "byline not split:\n" + wire)
check("publisher: Example Wire\n" in wire, "publisher not from infoSources")
check("language: en-GB\n" in wire, "language not kept")
check('date_modified: "2025-06-02T14:05:30+02:00"' in wire, "versionCreated not mapped")
check("headline: Council votes" in wire, "the main headline is not the one read")
check(wire.count("\n- ") >= 3 and "- The opposition said" in wire,
      "a single line break in a third-party body does not end a paragraph")
check("width: 1600\n  height: 900" in wire, "picture size lost")
check("places" in said and "urgency" in said and "ARTEX-007" in said,
      "unmapped members not named in a warning: " + said)

lower = os.path.join(tmp, "lower.json")
with open(lower, "w") as f:
    json.dump({"uri": "https://desk.example.org/items/7", "firstcreated": "2024-11-05T08:00:00Z",
               "headlines": [{"value": "Bridge reopens after repairs"}],
               "bodies": [{"contenttype": "text/html",
                           "value": "<p>The bridge reopened on Tuesday.</p><p>Traffic was light.</p>"}],
               "infosources": [{"name": "Ola Berg", "role": "author"}]}, f)
two, said = model(lower)
check("date_published: \"2024-11-05T08:00:00Z\"" in two, "2.x firstcreated not read")
check("- The bridge reopened on Tuesday.\n- Traffic was light.\n" in two,
      "2.x HTML body not read as paragraphs:\n" + two)
check("authors:\n- Ola Berg\n" in two, "2.x infosources not read")
check(said == "", "2.x item read with warnings: " + said)
p = run("convert", "--no-extract", "-t", "ninjs", lower)
check(not schema_errors(json.loads(p.stdout)), "third-party ninjs written back fails the schema")

# A summary is no body: kept as the description, the body left empty.
summary = os.path.join(tmp, "summary.ninjs.json")
with open(summary, "w") as f:
    json.dump({"uri": "https://desk.example.org/items/8",
               "headlines": [{"value": "Storm warning for the coast"}],
               "descriptions": [{"value": "Gales are expected from Friday night."}]}, f)
only, said = model(summary)
check("description: Gales are expected from Friday night.\n" in only and
      "\nbody: []\n" in only, "a description-only item:\n" + only)
check("ARTEX-007" in said and "description" in said, "no warning for a description-only item")
taken, said = model(summary, "--body-from-description")
check("body:\n- Gales are expected from Friday night.\n" in taken,
      "--body-from-description ignored:\n" + taken)

# Found by content when the name says only .json; JSON-LD stays JSON-LD.
p = run("convert", "--no-extract", "-t", "yaml", "-f", "ninjs", lower)
check(p.stdout.decode() == two, "named and detected readings differ")
jsonld = os.path.join(tmp, "graph.json")
with open(jsonld, "w") as f:
    f.write(run("convert", "-t", "jsonld", written[0]).stdout.decode())
check(run("convert", "--no-extract", "-t", "yaml", jsonld).returncode == 0,
      "JSON-LD in a .json file is not read")

check.finish(" (%d fixtures)" % len(written))
