"""Checks the gold of Fixtures/dates/dates.tsv independently of tailwatch: ids unique,
gold never after the anchor, a weekday named in the sentence falls on the gold date,
and a Hijri date with no written Gregorian equivalent converts (Umm al-Qura, via the
hijri-converter package) to the gold. One-off check; run by Scripts/dates/compare_dateparser.sh."""
import csv, datetime, re, sys
from hijri_converter import Hijri

WEEKDAYS = {  # Monday = 0
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
HIJRI = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
         "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذو الحجة": 12}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

def main(path):
    rows = [r for r in csv.reader((l for l in open(path, encoding="utf-8") if not l.startswith("#")), delimiter="\t")]
    head, rows = rows[0], rows[1:]
    errors, ids = [], set()
    for r in rows:
        row = dict(zip(head, r))
        if row["id"] in ids: errors.append(f"{row['id']}: duplicate id")
        ids.add(row["id"])
        anchor = datetime.date.fromisoformat(row["anchor"])
        gold = row["gold"]
        if gold == "-": continue
        if len(gold) == 10:
            g = datetime.date.fromisoformat(gold)
            if g > anchor: errors.append(f"{row['id']}: gold after anchor")
            text = row["text"].lower()
            for name, wd in WEEKDAYS.items():
                if re.search(r"(^|[\s(،,])(يوم )?" + re.escape(name) + r"($|[\s),،:])", text) and "الماضي" not in text.split(name)[-1][:8]:
                    if g.weekday() != wd and "times" not in text:
                        errors.append(f"{row['id']}: {name} but {gold} is weekday {g.weekday()}")
            if row["category"] == "hijri" and "الموافق" not in text and "(" not in text:
                t = row["text"].translate(DIGITS)
                for name, m in HIJRI.items():
                    hit = re.search(r"(\d+|الأول)(?: من)? " + name + r" (\d{4})", t)
                    if hit:
                        d = 1 if hit.group(1) == "الأول" else int(hit.group(1))
                        conv = Hijri(int(hit.group(2)), m, d).to_gregorian()
                        if str(conv) != gold: errors.append(f"{row['id']}: Umm al-Qura gives {conv}, gold {gold}")
                        break
                else:
                    errors.append(f"{row['id']}: no Hijri date found")
        elif g := gold:
            datetime.date.fromisoformat(g + "-01")
    print(f"{path}: {len(rows)} rows, {len(errors)} problems")
    for e in errors: print("  " + e)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "Fixtures/dates/dates.tsv"))
