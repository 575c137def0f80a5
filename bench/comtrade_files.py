"""Writes a synthetic file in the shape of a UN Comtrade download (getFinalData CSV, all 47
columns) of N rows, and the rows the import keeps as rows for psql \\copy into trade_observation.

A realistic mix: HS6 codes x partners x months of reporters' exports and imports, and 30 % of the
rows breakdowns the import must skip (by mode of transport, customs procedure, second partner) or
re-exports. M49 codes come from migration V10. The source id is left as SOURCE, filled in per run.
Values are synthetic, not statistics."""
import csv, random, re, sys

migration, rows, comtrade_path, copy_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
numeric = dict(re.findall(r"\('([A-Z]{3})', (\d+)\)", open(migration).read()))
HEADER = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
          "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,"
          "partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
          "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,"
          "mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,"
          "altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
          "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,"
          "isAggregate").split(",")
random.seed(42)
reporters = ["CHN", "KGZ", "KAZ", "UZB", "TJK"]
partners = [c for c in sorted(numeric) if c not in reporters][:60] + reporters
codes = [f"{ch:02d}{h:02d}{s:02d}" for ch in range(1, 98) for h in (1, 2, 3) for s in (10, 20)]
kept = skipped = 0
skip_share = 0.3
with open(comtrade_path, "w", newline="") as out, open(copy_path, "w", newline="") as cp:
    w = csv.writer(out, lineterminator="\r\n")
    c = csv.writer(cp, lineterminator="\n")
    w.writerow(HEADER)
    done = False
    for reporter in reporters:
        for flow in ("X", "M"):
            for partner in partners:
                if partner == reporter:
                    continue
                for code in codes:
                    for year in (2023, 2024):
                        for month in range(1, 13):
                            if kept + skipped >= rows:
                                done = True
                                break
                            value = random.randint(1000, 90_000_000)
                            base = {
                                "typeCode": "C", "freqCode": "M", "refPeriodId": f"{year}{month:02d}01",
                                "refYear": year, "refMonth": month, "period": f"{year}{month:02d}",
                                "reporterCode": numeric[reporter], "reporterISO": reporter,
                                "reporterDesc": reporter, "flowCode": flow,
                                "flowDesc": "Export" if flow == "X" else "Import",
                                "partnerCode": numeric[partner], "partnerISO": partner,
                                "partnerDesc": f"{partner}, synthetic", "partner2Code": 0,
                                "partner2ISO": "W00", "partner2Desc": "World",
                                "classificationCode": "H6", "classificationSearchCode": "HS",
                                "isOriginalClassification": "True", "cmdCode": code,
                                "cmdDesc": "Synthetic, not real figures", "aggrLevel": 6,
                                "isLeaf": "True", "customsCode": "C00", "customsDesc": "TOTAL CPC",
                                "mosCode": 0, "motCode": 0, "motDesc": "TOTAL MOT",
                                "qtyUnitCode": 8, "qtyUnitAbbr": "kg", "qty": value // 3,
                                "isQtyEstimated": "False", "netWgt": value // 3,
                                "isNetWgtEstimated": "False", "fobvalue": value,
                                "primaryValue": value, "legacyEstimationFlag": 0,
                                "isReported": "True", "isAggregate": "False",
                            }
                            w.writerow([base.get(h, "") for h in HEADER])
                            c.writerow([reporter, partner, "EXPORT" if flow == "X" else "IMPORT",
                                        code, "MONTH", f"{year}-{month:02d}-01",
                                        f"{year}-{month:02d}-01", value, "SOURCE", 1])
                            kept += 1
                            # the breakdowns a real download holds beside the total
                            while skipped < kept * skip_share / (1 - skip_share) \
                                    and kept + skipped < rows:
                                kind = random.choice(("mot", "customs", "partner2", "re"))
                                row = dict(base)
                                if kind == "mot":
                                    row.update(motCode=random.choice((1000, 2100, 3200)), motDesc="Road")
                                elif kind == "customs":
                                    row.update(customsCode="C01", customsDesc="Processing")
                                elif kind == "partner2":
                                    row.update(partner2Code=643, partner2ISO="RUS", partner2Desc="Russia")
                                else:
                                    row.update(flowCode="RX" if flow == "X" else "RM")
                                row["primaryValue"] = value // 4
                                w.writerow([row.get(h, "") for h in HEADER])
                                skipped += 1
                        if done:
                            break
                    if done:
                        break
                if done:
                    break
            if done:
                break
        if done:
            break
print(f"wrote {kept + skipped} rows ({kept} kept, {skipped} to skip) to {comtrade_path}; "
      f"{kept} rows to {copy_path}")
