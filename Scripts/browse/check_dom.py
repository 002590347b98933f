"""Checks for `make browse-check` (Scripts/browse/check.sh): the database's flights view, what
Datasette's JSON API serves of it, and the DOM headless Chromium built from its page.
    python3 check_dom.py DEMO.sqlite DATASETTE_URL DOM.html
One PASS/FAIL line per check; exit status 1 when any fails."""
import html.parser
import json
import sqlite3
import sys
import urllib.request

db, url, dom_path = sys.argv[1:4]
failures = 0
checks = 0


def check(ok, what):
    global failures, checks
    checks += 1
    print(f"browse-check: {'PASS' if ok else 'FAIL'}: {what}")
    if not ok:
        failures += 1


with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
    flights = conn.execute("SELECT count(*) FROM flights").fetchone()[0]
    countries = dict(conn.execute(
        "SELECT registry_country, count(*) FROM flights WHERE registry_country IS NOT NULL GROUP BY 1").fetchall())
    mapped = conn.execute("SELECT count(*) FROM flights WHERE latitude IS NOT NULL").fetchone()[0]
    brize = conn.execute("SELECT count(*) FROM flights WHERE origin LIKE 'RAF %' OR destination LIKE 'RAF %'").fetchone()[0]
check(flights > 0, f"the database's flights view has {flights} rows, {mapped} with a map point")

# 1. Datasette's JSON API.
with urllib.request.urlopen(f"{url}/demo/flights.json?_shape=objects&_size=max", timeout=30) as r:
    served = json.load(r)
rows = served.get("rows", [])
check(len(rows) == flights, f"Datasette serves {len(rows)} of the view's {flights} rows as JSON")
facets = served.get("facet_results", {})
facets = facets.get("results", facets)  # 0.65 nests them under "results" in some shapes
wanted = ["registry_country", "type", "operator", "origin", "destination"]
check(all(f in facets for f in wanted), f"the metadata's facets are computed: {', '.join(f for f in wanted if f in facets)}")
served_countries = {v["value"]: v["count"] for v in facets.get("registry_country", {}).get("results", [])}
check(all(served_countries.get(c) == n for c, n in countries.items() if c in served_countries) and len(served_countries) > 0,
      f"the registry_country facet counts agree with SQLite: {dict(sorted(served_countries.items(), key=lambda kv: -kv[1])[:5])}")


# 2. The page as Chromium built it.
class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows = 0
        self.in_rows_table = False
        self.in_tbody = False
        self.facets = []
        self.markers = 0
        self.map = False
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "table" and "rows-and-columns" in classes:
            self.in_rows_table = True
        if tag == "tbody" and self.in_rows_table:
            self.in_tbody = True
        if tag == "tr" and self.in_tbody:
            self.rows += 1
        if "facet-info" in classes and a.get("data-column"):
            self.facets.append(a["data-column"])
        if "leaflet-container" in classes:
            self.map = True
        if "leaflet-marker-icon" in classes:
            self.markers += 1

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_rows_table = self.in_tbody = False

    def handle_data(self, data):
        self.text.append(data)


with open(dom_path, encoding="utf-8") as f:
    dom = Dom()
    dom.feed(f.read())
text = " ".join(dom.text)
check(dom.rows == flights, f"Chromium's DOM has the rows table with {dom.rows} of {flights} flights")
check("RAF Brize Norton (BZZ)" in text if brize else "Benina (BEN)" in text,
      "the rows name airports as the reports do (Benina (BEN), RAF Brize Norton (BZZ))")
check("registry_country" in dom.facets and all(c in text for c in list(countries)[:3]),
      f"the facets are drawn: {', '.join(dom.facets)}")
check(dom.map and dom.markers > 0, f"the cluster map is drawn with {dom.markers} Leaflet markers (clusters or pins)")
print(f"browse-check: {'PASS' if failures == 0 else 'FAIL'}: {checks - failures} of {checks} checks passed")
sys.exit(1 if failures else 0)
