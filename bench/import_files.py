"""Writes the same N new figures twice: as the API's import CSV and as rows for psql \\copy into
trade_observation. The source id is left as SOURCE, filled in per run."""
import re, sys

domain, rows, api_path, copy_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
pairs = re.findall(r'\{"(\w{3})","(\w{3})"\}', open(domain).read())
written = 0
with open(api_path, "w") as api, open(copy_path, "w") as copy:
    api.write("reporter,partner,flow,commodity,period,value_usd,source_id\n")
    while written < rows:
        for r, p in pairs:
            for flow in ("TURNOVER", "EXPORT", "IMPORT"):
                for commodity in ("TOTAL", "08", "10", "27", "52", "61", "71", "84", "85", "87"):
                    for year in range(2005, 2025):
                        for month in range(1, 13):
                            if written >= rows:
                                break
                            value = f"{(written * 7919) % 900000000 + 1000000}.{written % 100:02d}"
                            api.write(f"{r},{p},{flow},{commodity},{year}-{month:02d},{value},SOURCE\n")
                            copy.write(f"{r},{p},{flow},{commodity},MONTH,{year}-{month:02d}-01,{year}-{month:02d}-01,{value},SOURCE\n")
                            written += 1
            if written >= rows:
                break
print(f"wrote {written} rows to {api_path} and {copy_path}")
