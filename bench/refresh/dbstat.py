#!/usr/bin/env python3
"""Where the bytes of an SQLite file go, as key=value lines for bench/run-refresh-bench.sh:
fts (the FTS5 tables whose names start with --fts PREFIX), tables, indexes, free pages and the total,
from the dbstat virtual table (the database must not be written meanwhile)."""
import argparse
import sqlite3

parser = argparse.ArgumentParser()
parser.add_argument("database")
parser.add_argument("--fts", default="item_search", help="name prefix of the full-text index's tables")
args = parser.parse_args()

db = sqlite3.connect("file:%s?mode=ro" % args.database, uri=True)
kinds = {name: kind for name, kind in db.execute("select name, type from sqlite_master")}
sizes = {"fts": 0, "tables": 0, "indexes": 0}
for name, bytes_ in db.execute("select name, sum(pgsize) from dbstat group by name"):
    if name.startswith(args.fts):
        sizes["fts"] += bytes_
    elif kinds.get(name) == "index" or name.startswith("sqlite_autoindex"):
        sizes["indexes"] += bytes_
    else:
        sizes["tables"] += bytes_
page_size = db.execute("pragma page_size").fetchone()[0]
sizes["free"] = db.execute("pragma freelist_count").fetchone()[0] * page_size
sizes["pages"] = db.execute("pragma page_count").fetchone()[0] * page_size
for key, value in sizes.items():
    print("%s=%d" % (key, value))
