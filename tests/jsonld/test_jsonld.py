#!/usr/bin/env python3
"""JSON-LD and N-Quads exports checked from the outside: the bundled schema,
the schema.org vocabulary (types exist, properties used within their
domains), expansion with the schema.org context dropping nothing, the round
trip back into the model, a SPARQL query through rdflib, and N-Quads that
are isomorphic to rdflib's own reading of the JSON-LD.

usage: test_jsonld.py ARTEX_BIN   (env ARTEX_FIXTURES, ARTEX_SCHEMAS, ARTEX_SHARED)
Exits 77 when the Python packages are missing."""
import collections
import glob
import json
import os
import sys
import tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import Checks, runner  # noqa: E402

try:
    import jsonschema
    import rdflib
    import yaml
    from pyld import jsonld
    from rdflib.compare import isomorphic
except ImportError as e:
    print("SKIP: python3 package missing (%s); install python3-rdflib python3-pyld "
          "python3-jsonschema python3-yaml" % e.name)
    sys.exit(77)

ARTEX = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ARTEX_BIN")
FIXTURES = os.environ["ARTEX_FIXTURES"]
SCHEMAS = os.environ["ARTEX_SCHEMAS"]
SHARED = os.environ.get("ARTEX_SHARED", "")
SCHEMA_NS = "http://schema.org/"
OA_NS = "http://www.w3.org/ns/oa#"
ARTEX_NS = "urn:artex:vocab:"
OA_TERMS = {"Annotation", "SpecificResource", "TextPositionSelector", "TextQuoteSelector",
            "hasBody", "hasTarget", "hasSource", "hasSelector", "start", "end", "exact",
            "prefix", "suffix"}
ARTEX_TERMS = {"kind", "cue", "confidence", "textField"}

check = Checks()

run = runner(ARTEX)


# ---- schema.org data (optional) ----
context = vocab = None
ctx_path = os.path.join(SHARED, "schemaorg", "schemaorgcontext.jsonld")
voc_path = os.path.join(SHARED, "schemaorg", "schemaorg-current-https.jsonld")
if os.path.exists(ctx_path) and os.path.exists(voc_path):
    with open(ctx_path) as f:
        context = json.load(f)
    with open(voc_path) as f:
        vocab = json.load(f)["@graph"]
else:
    print("SKIP: %s not found: vocabulary, expansion and RDF checks are skipped" % ctx_path)

classes, supers, domains = set(), {}, {}


def ids(v):
    v = v if isinstance(v, list) else [v] if v else []
    return [x["@id"].split(":", 1)[1] for x in v]


if vocab:
    for node in vocab:
        t = node.get("@type")
        t = t if isinstance(t, list) else [t]
        if not node["@id"].startswith("schema:"):
            continue  # terms of other vocabularies the file maps to
        name = node["@id"].split(":", 1)[1]
        if "rdfs:Class" in t:
            classes.add(name)
            supers[name] = ids(node.get("rdfs:subClassOf"))
        if "rdf:Property" in t:
            domains[name] = ids(node.get("schema:domainIncludes"))


def closure(t):
    seen, todo = set(), [t]
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo.extend(supers.get(c, []))
    return seen


def vocabulary_problems(doc):
    out = []

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
            return
        if not isinstance(node, dict) or "@value" in node:
            return
        types = node.get("@type", [])
        types = types if isinstance(types, list) else [types]
        schema_types = [t for t in types if ":" not in t]
        for t in types:
            if t.startswith("oa:") and t[3:] not in OA_TERMS:
                out.append("unknown Web Annotation type " + t)
            elif ":" not in t and t not in classes:
                out.append("unknown type " + t)
        up = set().union(*[closure(t) for t in schema_types]) if schema_types else set()
        for k, v in node.items():
            if k.startswith("@"):
                continue
            if k.startswith("oa:"):
                if k[3:] not in OA_TERMS:
                    out.append("unknown Web Annotation term " + k)
            elif k.startswith("artex:"):
                if k[6:] not in ARTEX_TERMS:
                    out.append("undocumented artex term " + k)
            elif k not in domains:
                out.append("unknown property " + k)
            elif schema_types and not up.intersection(domains[k]):
                out.append("%s used on %s, outside its domain %s" % (k, schema_types, domains[k]))
            walk(v)
    walk(doc["@graph"])
    return out


def loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": context}
    raise RuntimeError("remote context refused: " + url)


def expected_iri(key):
    if key.startswith("oa:"):
        return OA_NS + key[3:]
    if key.startswith("artex:"):
        return ARTEX_NS + key[6:]
    return SCHEMA_NS + key


def count_values(v, counter, compact):
    if isinstance(v, list):
        for x in v:
            count_values(x, counter, compact)
        return
    if not isinstance(v, dict) or "@value" in v:
        return
    for k, x in v.items():
        if k.startswith("@"):
            if k == "@graph":
                count_values(x, counter, compact)
            continue
        iri = expected_iri(k) if compact else k
        counter[iri] += len(x) if isinstance(x, list) else 1
        count_values(x, counter, compact)


def local_doc(doc):
    d = json.loads(json.dumps(doc))
    c = d["@context"]
    inline = context["@context"]
    d["@context"] = [inline] + c[1:] if isinstance(c, list) else inline
    return d


def model_pairs(model):
    names = {e["id"]: e["name"] for e in model.get("persons", []) + model.get("organizations", [])}
    return sorted((names[q["speaker"]], q["text"]) for q in model.get("quotes", [])
                  if q.get("speaker"))


QUERY = """
PREFIX schema: <http://schema.org/>
SELECT ?name ?text WHERE {
  ?q a schema:Quotation ; schema:text ?text ; schema:spokenByCharacter ?who .
  ?who schema:name ?name .
}"""

with open(os.path.join(SCHEMAS, "newsarticle.jsonld.schema.json")) as f:
    validator = jsonschema.Draft202012Validator(json.load(f))

inputs = sorted(glob.glob(os.path.join(FIXTURES, "text", "*.txt")) +
                glob.glob(os.path.join(FIXTURES, "sample", "*.txt")) +
                glob.glob(os.path.join(FIXTURES, "model", "*.yaml")))
seed = sorted(glob.glob(os.path.join(SHARED, "seed", "*.txt"))) if SHARED else []
if not seed:
    print("SKIP: no seed article under %s/seed" % SHARED)
tmp = tempfile.mkdtemp()
n_pairs = 0
for path in inputs + seed:
    name = os.path.basename(path)
    model_yaml = run("convert", "-t", "yaml", path).stdout
    for profile in ([], ["--profile", "plain"]):
        text = run("convert", "-t", "jsonld", *profile, path).stdout
        doc = json.loads(text)
        tag = name + (" (plain)" if profile else "")
        errors = [e.message for e in validator.iter_errors(doc)]
        check(not errors, "%s: schema: %s" % (tag, errors[:3]))
        check(text == run("convert", "-t", "jsonld", *profile, path).stdout,
              tag + ": output differs between two runs")
        if profile:
            check(doc["@context"] == "https://schema.org", tag + ": context is not schema.org alone")
            check(b'"oa:' not in text and b'"artex:' not in text, tag + ": non-schema.org terms")
        if not vocab:
            continue
        problems = vocabulary_problems(doc)
        check(not problems, "%s: vocabulary: %s" % (tag, problems[:5]))
        expanded = jsonld.expand(doc, {"documentLoader": loader})
        want, got = collections.Counter(), collections.Counter()
        count_values(doc, want, True)
        count_values(expanded, got, False)
        check(want == got, "%s: expansion dropped or renamed values: %s" %
              (tag, dict(want - got) or dict(got - want)))
    # Round trip: the JSON-LD reads back into the same model.
    ld_path = os.path.join(tmp, name + ".jsonld")
    with open(ld_path, "wb") as f:
        f.write(run("convert", "-t", "jsonld", path).stdout)
    back = run("convert", "-f", "jsonld", "-t", "yaml", ld_path, ok=False)
    check(back.returncode == 0 and back.stdout == model_yaml,
          "%s: text -> JSON-LD -> YAML differs from text -> YAML: %s" %
          (name, back.stderr.decode()[:300]))
    if not vocab:
        continue
    doc = json.loads(open(ld_path).read())
    g = rdflib.Graph()
    g.parse(data=json.dumps(local_doc(doc)), format="json-ld")
    pairs = sorted((str(a), str(b)) for a, b in g.query(QUERY))
    want = model_pairs(yaml.safe_load(model_yaml))
    n_pairs += len(want)
    check(pairs == want, "%s: SPARQL pairs %s, model %s" % (name, pairs[:3], want[:3]))
    cg = rdflib.ConjunctiveGraph()
    cg.parse(data=run("convert", "-t", "nquads", path).stdout.decode(), format="nquads")
    nq = rdflib.Graph()
    for t in cg.triples((None, None, None)):
        nq.add(t)
    check(len(nq) == len(g) and isomorphic(nq, g),
          "%s: N-Quads (%d triples) not isomorphic to the JSON-LD's RDF (%d)" %
          (name, len(nq), len(g)))

# ---- third-party markup: what it holds reaches the model ----
for path in sorted(p for p in glob.glob(os.path.join(FIXTURES, "jsonld", "*.jsonld"))
                   if ".expected." not in p):
    with open(path[:-len(".jsonld")] + ".expected.yaml", "rb") as f:
        want = f.read()
    got = run("convert", "-f", "jsonld", "-t", "yaml", path, ok=False)
    check(got.returncode == 0 and got.stdout == want,
          "%s: model differs from its .expected.yaml: %s" % (path, got.stderr.decode()[:300]))

# ---- one person, one IRI across articles ----
ARTICLE = """id: {id}
language: en
headline: {headline}
{url}authors: []
keywords: []
persons:
- id: {pid}
  name: Mirela Vasquez-Ohl
  role: harbour pilot
organizations: []
quotes:
- id: q1
  text: {quote}
  speaker: {pid}
  kind: direct
  confidence: 1
claims: []
body:
- Mirela Vasquez-Ohl said {quote}.
"""


def person_iri(text):
    doc = json.loads(text)
    return [n["@id"] for n in doc["@graph"]
            if n.get("@type") == "Person" and n.get("name") == "Mirela Vasquez-Ohl"]


paths = []
for i, (url, pid) in enumerate([("url: https://news.example.net/a/one\n", "p1"),
                                ("url: https://news.example.net/b/two?x=1\n", "p7")]):
    p = os.path.join(tmp, "same-%d.yaml" % i)
    with open(p, "w") as f:
        f.write(ARTICLE.format(id="same-%d" % i, headline="Pilots report %d" % i, url=url,
                               pid=pid, quote="Fog came in fast %d times" % (i + 1)))
    paths.append(p)
iris = [person_iri(run("convert", "-t", "jsonld", p).stdout) for p in paths]
check(iris[0] == iris[1] == ["https://news.example.net/person/mirela-vasquez-ohl"],
      "same person, same publisher: IRIs %s" % iris)
iris = [person_iri(run("convert", "-t", "jsonld", "--base-iri", "https://kg.example.org/", p).stdout)
        for p in paths]
check(iris[0] == iris[1] == ["https://kg.example.org/person/mirela-vasquez-ohl"],
      "same person with --base-iri: IRIs %s" % iris)
articles = [json.loads(run("convert", "-t", "jsonld", "--base-iri", "https://kg.example.org/",
                           p).stdout)["@graph"][0]["@id"] for p in paths]
check(articles[0] != articles[1], "two articles got one IRI: %s" % articles)

# ---- malformed JSON-LD: file:line:column and exit 1 ----
bad = os.path.join(tmp, "bad.jsonld")
with open(bad, "w") as f:
    f.write('{"@context": "https://schema.org",\n "@type": "NewsArticle",\n'
            ' "headline": 7,\n "articleBody": "Text."}\n')
p = run("convert", "-t", "yaml", bad, ok=False)
err = p.stderr.decode()
check(p.returncode == 1 and err.startswith(bad + ":3:"), "wrong-typed value: %r" % err)

check.finish(" (%d inputs, %d speaker/quote pairs)" % (len(inputs) + len(seed), n_pairs))
