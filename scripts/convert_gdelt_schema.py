"""Convert the GDELT 2.0 column label files (linwoodc3/gdelt2HeaderRows, in ../shared/data/gdelt-schema)
into eventwire/data/gdelt2_columns.json: the ordered column names and types of the events and mentions tables.

Run: python scripts/convert_gdelt_schema.py [../shared/data/gdelt-schema]
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(src: Path) -> None:
    with open(src / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", newline="", encoding="utf-8") as fh:
        events = [(r["tableId"], r["dataType"]) for r in csv.DictReader(fh)]
    mentions = []
    with open(src / "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) > 2 and row[0].strip().isdigit() and row[1] != "Add New Fields" and row[2]:
                mentions.append((row[1], row[2]))
    out = {"source": "linwoodc3/gdelt2HeaderRows (GDELT 2.0, Sep 2016)",
           "events": [{"name": n, "type": t} for n, t in events],
           "mentions": [{"name": n, "type": t} for n, t in mentions]}
    (ROOT / "eventwire" / "data" / "gdelt2_columns.json").write_text(json.dumps(out, indent=1) + "\n")
    print(len(events), "event columns,", len(mentions), "mention columns")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "gdelt-schema")
