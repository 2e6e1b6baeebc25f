#!/usr/bin/env python3
"""CI reports of `artex validate` and `artex convert --check-only`, each read
by a real consumer: JUnit with xml.etree (counts, one testcase per file),
SARIF against the official SARIF 2.1.0 schema with artex's own validator,
GitHub workflow commands by pattern, JSON line by line; and `artex explain`.

usage: test_reports.py ARTEX              everything but the SARIF schema
       test_reports.py ARTEX --sarif-schema
                                          the SARIF reports against
                                          $ARTEX_SHARED/sarif/sarif-schema-2.1.0.json
                                          (exit 77 when it is missing)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

artex = os.path.abspath(sys.argv[1])
schema_mode = sys.argv[2:] == ["--sarif-schema"]
fixtures = os.environ["ARTEX_FIXTURES"]
shared = os.environ.get("ARTEX_SHARED", "")
passed = failed = 0

ID = r"ARTEX-\d{3}"


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what}")
    return ok


def run(*args, cwd):
    p = subprocess.run([artex, *args], cwd=cwd, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


sarif_schema = os.path.join(shared, "sarif", "sarif-schema-2.1.0.json")
if schema_mode and not os.path.isfile(sarif_schema):
    print(f"SKIP: {sarif_schema} not found; SARIF schema checks skipped")
    sys.exit(77)

tmp = tempfile.mkdtemp()
try:
    # Inputs under tmp, named by relative paths as a CI job would.
    os.makedirs(os.path.join(tmp, "in"))

    def copy(src, dst):
        shutil.copy(os.path.join(fixtures, src), os.path.join(tmp, "in", dst))

    copy("model/edge-spans.yaml", "good.yaml")
    copy("invalid/yaml-unknown-top-key.yaml", "bad.yaml")             # 63 at 4:1, the key
    copy("invalid/jsonld-headline-is-object.jsonld", "bad.jsonld")    # 62, 63 ...
    copy("invalid/jsonld-syntax-missing-comma.jsonld", "syntax.jsonld")
    copy("tei/negative/cert-above-one.xml", "bad.tei.xml")            # RELAX NG, line only
    rc, _, err = run("convert", "-q", "-t", "jsonld,tei", "-o", "in",
                     os.path.join(fixtures, "sample", "article-ru-sample.txt"), cwd=tmp)
    check(rc == 0, f"sample converts ({err})")
    with open(os.path.join(tmp, "in", "broken.tei.xml"), "w") as f:
        f.write('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>\n')
    # a name with the characters GitHub's property escaping is about
    copy("invalid/yaml-unknown-top-key.yaml", "odd,name:100%.yaml")

    bundled = ["in/good.yaml", "in/bad.yaml", "in/bad.jsonld", "in/syntax.jsonld",
               "in/article-ru-sample.jsonld", "in/article-ru-sample.tei.xml", "in/bad.tei.xml",
               "in/broken.tei.xml", "in/odd,name:100%.yaml"]
    valid = {"in/good.yaml", "in/article-ru-sample.jsonld", "in/article-ru-sample.tei.xml"}
    invalid = [f for f in bundled if f not in valid]

    # Plain JSON against a schema given with --schema.
    with open(os.path.join(tmp, "in", "person.schema.json"), "w") as f:
        json.dump({"type": "object", "required": ["name"],
                   "properties": {"name": {"type": "string"}, "age": {"minimum": 0}}}, f)
    with open(os.path.join(tmp, "in", "ok.json"), "w") as f:
        f.write('{"name": "Ann"}\n')
    with open(os.path.join(tmp, "in", "wrong.json"), "w") as f:
        f.write('{\n  "name": 5,\n  "age": -1\n}\n')
    json_files = ["in/ok.json", "in/wrong.json"]

    reports = {}
    for fmt in ("text", "json", "junit", "github", "sarif"):
        rc, out, err = run("validate", "--format", fmt, *bundled, cwd=tmp)
        check(rc == 1, f"validate --format {fmt}: exit {rc}, expected 1 ({err[:300]})")
        reports[fmt] = (out, err)
        rc, out, err = run("validate", "--format", fmt, "--schema", "in/person.schema.json",
                           *json_files, cwd=tmp)
        check(rc == 1, f"validate --schema --format {fmt}: exit {rc}, expected 1 ({err[:300]})")
        reports[fmt + "+schema"] = (out, err)
    rc, _, err = run("validate", "--format", "xml", "in/good.yaml", cwd=tmp)
    check(rc == 2 and "sarif" in err, f"unknown --format: exit {rc}, expected 2")

    # Convert --check-only: a mix of inputs; nothing may be written.
    os.makedirs(os.path.join(tmp, "out"))
    copy("sample/article-ru-sample.txt", "sample.txt")
    copy("invalid/text-date-malformed.txt", "date.txt")                  # 11 at 1:6
    copy("invalid/yaml-dangling-speaker.yaml", "dangling.yaml")          # 33 at 14:12
    copy("jsonld/third-party-list.jsonld", "third.jsonld")               # a warning
    copy("invalid/jsonld-headline-is-object.jsonld", "author.jsonld")    # 27 at 5:15
    shutil.copy(os.path.join(tmp, "in", "broken.tei.xml"), os.path.join(tmp, "in", "broken.xml"))
    conv = ["in/sample.txt", "in/date.txt", "in/dangling.yaml", "in/third.jsonld",
            "in/author.jsonld", "in/broken.xml"]
    conv_valid = {"in/sample.txt", "in/third.jsonld"}
    creports = {}
    for fmt in ("text", "json", "junit", "github", "sarif"):
        rc, out, err = run("convert", "--check-only", "-q", "-o", "out", "--format", fmt, *conv,
                           cwd=tmp)
        check(rc == 1, f"convert --check-only --format {fmt}: exit {rc}, expected 1")
        check(os.listdir(os.path.join(tmp, "out")) == [], f"convert --check-only --format {fmt} wrote files")
        creports[fmt] = (out, err)
    rc, out, _ = run("convert", "--check-only", "-t", "yaml", "in/sample.txt", cwd=tmp)
    check(rc == 0 and out == "", f"--check-only, one input and format: exit {rc}, stdout {out[:80]!r}")
    check(not os.path.exists(os.path.join(tmp, "sample.yaml")), "--check-only wrote sample.yaml")
    rc, _, _ = run("convert", "--format", "sarif", "-o", "out", "in/sample.txt", cwd=tmp)
    check(rc == 2, f"--format without --check-only: exit {rc}, expected 2")
    rc, out, _ = run("convert", "--check-only", "--format", "junit", "in/sample.txt", "in/nope.txt",
                     cwd=tmp)
    check(rc == 2, f"--check-only with a missing input: exit {rc}, expected 2")
    if check(out.startswith("<?xml"), "JUnit report for a missing input"):
        suite = ET.fromstring(out).find("testsuite")
        check(suite.get("errors") == "1" and suite.get("tests") == "2",
              f"missing input counted as a JUnit error: {suite.attrib}")
        e = suite.find("testcase[@name='in/nope.txt']/error")
        check(e is not None and re.fullmatch(ID, e.get("type", "")) is not None,
              "missing input: <error> with a message id")

    if schema_mode:
        sarif_runs = [("validate", reports["sarif"][0]), ("validate --schema", reports["sarif+schema"][0]),
                      ("convert", creports["sarif"][0])]
        for i, (what, text) in enumerate(sarif_runs):
            path = os.path.join(tmp, f"report{i}.sarif")
            with open(path, "w") as f:
                f.write(text)
            for extra in ([], ["--assert-format"]):
                rc, out, err = run("validate", *extra, "--schema", sarif_schema, path, cwd=tmp)
                check(rc == 0, f"{what} SARIF {' '.join(extra)} against the SARIF 2.1.0 schema: "
                               f"exit {rc}\n{out[:2000]}{err[:500]}")
        # The schema check must be able to fail.
        bad = json.loads(reports["sarif"][0])
        bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
        path = os.path.join(tmp, "bad.sarif")
        with open(path, "w") as f:
            json.dump(bad, f)
        rc, out, _ = run("validate", "--schema", sarif_schema, path, cwd=tmp)
        check(rc == 1 and "startLine" in out, f"a SARIF startLine of 0 is refused: exit {rc}")
        try:
            import jsonschema
        except ImportError:
            print("SKIP: python3-jsonschema not installed; no second SARIF validator")
        else:
            with open(sarif_schema) as f:
                sch = json.load(f)
            for what, text in sarif_runs:
                errs = list(jsonschema.Draft4Validator(sch).iter_errors(json.loads(text)))
                check(not errs, f"{what} SARIF per python-jsonschema: {errs[:1]}")
        print(f"{passed} passed, {failed} failed")
        sys.exit(1 if failed else 0)

    # ---- text: every problem carries its id
    out, err = reports["text"]
    lines = [l for l in (out + err).splitlines() if l]
    check(all(re.search(r": (error|warning)\[" + ID + r"\]: ", l) for l in lines),
          f"text lines without an id: {[l for l in lines if ID not in l][:3]}")
    check("in/bad.yaml:4:1: error[ARTEX-063]: additional property" in out, "text: bad.yaml 4:1")

    # ---- JSON: one basic output object per file
    out, _ = reports["json"]
    objs = [json.loads(l) for l in out.splitlines()]
    check([o["file"] for o in objs] == bundled, "json: one object per file, in order")
    for o in objs:
        check(o["valid"] == (o["file"] in valid), f"json: {o['file']} valid={o['valid']}")
        for e in o.get("errors", []):
            check(re.fullmatch(ID, e.get("messageId", "")) is not None, f"json: {o['file']}: no messageId")
            check({"keywordLocation", "instanceLocation", "error"} <= set(e), f"json: {o['file']}: basic keys")
    by_file = {o["file"]: o for o in objs}
    e0 = by_file["in/bad.yaml"]["errors"][0]
    check((e0["line"], e0["column"], e0["messageId"]) == (4, 1, "ARTEX-063"), f"json: bad.yaml {e0}")
    e0 = by_file["in/broken.tei.xml"]["errors"][0]
    check(e0["messageId"] == "ARTEX-120" and e0["line"] == 3 and e0["column"] > 0,
          f"json: XML syntax error with line and column from libxml2: {e0}")
    objs = [json.loads(l) for l in reports["json+schema"][0].splitlines()]
    check([o["valid"] for o in objs] == [True, False], "json --schema: validity")
    errs = {e["instanceLocation"]: e for e in objs[1]["errors"]}
    check((errs["/name"]["line"], errs["/name"]["column"], errs["/name"]["messageId"]) == (2, 11, "ARTEX-060"),
          f"json --schema: /name {errs.get('/name')}")
    check((errs["/age"]["line"], errs["/age"]["messageId"]) == (3, "ARTEX-064"),
          f"json --schema: /age {errs.get('/age')}")

    # ---- JUnit: one testsuite, one testcase per file, failures counted
    for key, files, bad_files, classname in (
            ("junit", bundled, invalid, "artex.validate"),
            ("junit+schema", json_files, ["in/wrong.json"], "artex.validate")):
        out, _ = reports[key]
        root = ET.fromstring(out)
        suites = root.findall("testsuite")
        check(root.tag == "testsuites" and len(suites) == 1, f"{key}: one <testsuite>")
        suite = suites[0]
        cases = suite.findall("testcase")
        check([c.get("name") for c in cases] == files, f"{key}: one testcase per file, in order")
        check(all(c.get("classname") == classname for c in cases), f"{key}: classname")
        check(suite.get("tests") == str(len(files)), f"{key}: tests={suite.get('tests')}")
        check(suite.get("failures") == str(len(bad_files)), f"{key}: failures={suite.get('failures')}")
        check(suite.get("errors") == "0", f"{key}: errors={suite.get('errors')}")
        failing = [c.get("name") for c in cases if c.find("failure") is not None]
        check(failing == bad_files, f"{key}: failing testcases {failing}")
        for c in cases:
            fl = c.find("failure")
            if fl is None:
                continue
            check(re.fullmatch(ID, fl.get("type", "")) is not None, f"{key}: failure type {fl.get('type')}")
            check(bool(fl.get("message")), f"{key}: failure message")
            body = [l for l in (fl.text or "").splitlines() if l]
            check(body and all(re.search(r"error\[" + ID + r"\]", l) for l in body),
                  f"{key}: failure text lists every error with its id")
    jb = ET.fromstring(reports["junit"][0]).find("testsuite")
    fl = jb.find("testcase[@name='in/bad.jsonld']/failure")
    check(len(fl.text.strip().splitlines()) == 5, "junit: all five errors of bad.jsonld in the text")

    # ---- GitHub workflow commands
    pat = re.compile(r"^::(error|warning) file=([^,:]+)(?:,line=(\d+)(?:,col=(\d+))?)?,title=(" + ID + r")::(.+)$")
    for key in ("github", "github+schema"):
        out, _ = reports[key]
        lines = out.splitlines()
        check(lines and all(pat.match(l) for l in lines),
              f"{key}: lines not matching: {[l for l in lines if not pat.match(l)][:3]}")
    gh = [pat.match(l).groups() for l in reports["github"][0].splitlines() if pat.match(l)]
    check(("error", "in/bad.yaml", "4", "1", "ARTEX-063") in [g[:5] for g in gh], "github: bad.yaml line=4,col=1")
    check(any(g[1] == "in/broken.tei.xml" and g[2] == "3" and g[3] and g[4] == "ARTEX-120" for g in gh),
          "github: XML syntax error with line and col")
    check(any(g[1] == "in/bad.tei.xml" and g[2] and g[4] == "ARTEX-040" for g in gh),
          "github: RELAX NG error with its line")
    check(any(g[1] == "in/odd%2Cname%3A100%25.yaml" for g in gh),
          "github: ',', ':' and '%' escaped in the file property")
    check({g[1] for g in gh} == {f.replace("%", "%25").replace(",", "%2C").replace(":", "%3A") for f in invalid},
          "github: exactly the invalid files are reported")
    gh = [pat.match(l).groups() for l in reports["github+schema"][0].splitlines() if pat.match(l)]
    check(("error", "in/wrong.json", "2", "11", "ARTEX-060") in [g[:5] for g in gh], "github: wrong.json line=2,col=11")

    # ---- SARIF structure (the schema check is the --sarif-schema run)
    for key, text in (("validate", reports["sarif"][0]), ("convert", creports["sarif"][0])):
        s = json.loads(text)
        run0 = s["runs"][0]
        drv = run0["tool"]["driver"]
        check(s["version"] == "2.1.0" and drv["name"] == "artex" and drv.get("version")
              and drv.get("informationUri"), f"sarif {key}: tool.driver")
        rules = {r["id"]: r for r in drv["rules"]}
        used = {r["ruleId"] for r in run0["results"]}
        check(set(rules) == used, f"sarif {key}: rules are exactly the ids used")
        for rid, r in rules.items():
            rc, out, _ = run("explain", rid, cwd=tmp)
            check(r["shortDescription"]["text"] in out.splitlines()[0], f"sarif {key}: {rid} summary")
            check(" ".join(r["fullDescription"]["text"].split()) in " ".join(out.split()),
                  f"sarif {key}: {rid} explanation")
        for res in run0["results"]:
            check(res["level"] in ("error", "warning") and res["message"]["text"],
                  f"sarif {key}: level and message")
            loc = res["locations"][0]["physicalLocation"]
            uri = loc["artifactLocation"]["uri"]
            check(uri.startswith("in/"), f"sarif {key}: uri {uri} is the relative path")
            reg = loc.get("region")
            check(reg is None or (reg["startLine"] >= 1 and reg.get("startColumn", 1) >= 1),
                  f"sarif {key}: region {reg}")
    s = json.loads(reports["sarif"][0])
    res = s["runs"][0]["results"]
    hit = [r for r in res if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "in/bad.yaml"]
    check(hit and hit[0]["ruleId"] == "ARTEX-063" and
          hit[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 4, "startColumn": 1},
          f"sarif: bad.yaml region {hit[:1]}")
    check(any(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "in/odd,name%3A100%25.yaml"
              for r in res), "sarif: uri percent-encoded")

    # ---- convert --check-only reports
    out, err = creports["text"]
    check(out == "", "convert text: nothing on stdout")
    check("in/dangling.yaml:14:12: error[ARTEX-033]" in err, "convert text: dangling speaker")
    objs = [json.loads(l) for l in creports["json"][0].splitlines()]
    check([o["file"] for o in objs] == conv, "convert json: one object per input")
    check([o["valid"] for o in objs] == [f in conv_valid for f in conv], "convert json: validity")
    by_file = {o["file"]: o["errors"][0] for o in objs if not o["valid"]}
    check((by_file["in/date.txt"]["line"], by_file["in/date.txt"]["column"],
           by_file["in/date.txt"]["messageId"]) == (1, 6, "ARTEX-011"), "convert json: date.txt")
    check((by_file["in/author.jsonld"]["line"], by_file["in/author.jsonld"]["column"],
           by_file["in/author.jsonld"]["messageId"]) == (5, 15, "ARTEX-027"), "convert json: author.jsonld")
    check(by_file["in/broken.xml"]["messageId"] == "ARTEX-120" and by_file["in/broken.xml"]["line"] == 3,
          "convert json: XML error with its line")
    suite = ET.fromstring(creports["junit"][0]).find("testsuite")
    check(suite.get("name") == "artex.convert" and suite.get("tests") == "6" and suite.get("failures") == "4",
          f"convert junit: counts {suite.attrib}")
    check(len(suite.findall("testcase/failure")) == 4, "convert junit: four failures")
    check("ARTEX-007" in (suite.find("testcase[@name='in/third.jsonld']/system-out").text or ""),
          "convert junit: the reader's warning in system-out")
    gh = creports["github"][0].splitlines()
    check(all(pat.match(l) for l in gh), "convert github: every line matches")
    check("::error file=in/dangling.yaml,line=14,col=12,title=ARTEX-033::" in creports["github"][0],
          "convert github: dangling speaker with line and col")
    check(any(l.startswith("::warning file=in/third.jsonld,line=13,col=17,title=ARTEX-007::")
              for l in gh),
          "convert github: reader warning as ::warning")
    s = json.loads(creports["sarif"][0])
    levels = sorted(r["level"] for r in s["runs"][0]["results"])
    check(levels == ["error"] * 4 + ["warning"], f"convert sarif: levels {levels}")

    # ---- explain
    rc, out33, _ = run("explain", "ARTEX-033", cwd=tmp)
    check(rc == 0 and out33.startswith("ARTEX-033 MODEL_DANGLING_REF: reference to an id"),
          f"explain ARTEX-033: exit {rc}, {out33[:80]!r}")
    check(len(out33.split("\n\n")) >= 2 and len(out33.split()) > 30, "explain prints the explanation")
    for arg in ("33", "033", "artex-033"):
        rc, out, _ = run("explain", arg, cwd=tmp)
        check(rc == 0 and out == out33, f"explain {arg} is explain ARTEX-033")
    for arg in ("ARTEX-999", "ARTEX-", "bogus", "0", "-1", "ARTEX-0333"):
        rc, out, err = run("explain", arg, cwd=tmp)
        check(rc == 2 and out == "" and err, f"explain {arg}: exit {rc}, expected 2")
    rc, _, _ = run("explain", "33", "34", cwd=tmp)
    check(rc == 2, "explain with two ids: exit 2")
    rc, listing, _ = run("explain", cwd=tmp)
    ids = re.findall(r"^(" + ID + r")  ", listing, re.M)
    check(rc == 0 and len(ids) >= 50 and ids == sorted(ids), "explain lists every id in order")
    for i in ids:
        rc, out, _ = run("explain", i, cwd=tmp)
        check(rc == 0 and out.startswith(i + " ") and len(out.split()) > 15, f"explain {i}")
    rc, out, _ = run("help", "explain", cwd=tmp)
    check(rc == 0 and "ARTEX-NNN" in out, "help explain")
    rc, out, _ = run("--help", cwd=tmp)
    check("explain" in out, "--help lists explain")
finally:
    shutil.rmtree(tmp)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
