#!/usr/bin/env python3
"""Figures of one pair reported by many sources: the pathological but legal data of the red team's
F1 (docs/benchmarks.md, "Cost of one request against sources per pair").

  many_sources.py REPORTER PARTNER SOURCE_IDS_FILE FIRST_YEAR LAST_YEAR OUT.csv

Writes one CSV import (the README's format) where every source reports the pair's TURNOVER for
every month of the years: a smooth series, each source within 0.2 % of the others (all agree within
their stated precision), so every source is a candidate for every month.
"""
import sys

reporter, partner, ids_file, first, last, out = sys.argv[1:7]
ids = [line.strip() for line in open(ids_file) if line.strip()]
with open(out, "w") as f:
    f.write("reporter,partner,flow,period,value_usd,source_id,commodity,precision_usd\n")
    for year in range(int(first), int(last) + 1):
        for month in range(1, 13):
            base = 40_000_000 + (year - int(first)) * 1_000_000 + month * 50_000
            for i, sid in enumerate(ids):
                value = base + (i % 7) * 10_000
                f.write(f"{reporter},{partner},TURNOVER,{year}-{month:02d},{value},{sid},TOTAL,100000\n")
