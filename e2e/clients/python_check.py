"""Runs the Python client openapi-generator's python generator builds from docs/openapi.json
against a running service: a table read typed, and CSV read through the same operation with
format=csv. Usage: PYTHONPATH=<generated client> python3 python_check.py <base URL>"""
import sys

import trade_atlas_client as client
from trade_atlas_client.exceptions import ApiException

failures = 0


def check(ok, what):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures += 1


api = client.TurnoverApi(client.ApiClient(client.Configuration(host=sys.argv[1])))
request = dict(
    reporter="CHN",
    partner=["KGZ", "KAZ", "UZB", "TJK", "TKM"],
    flow=["EXPORT", "IMPORT", "BALANCE"],
    period="2019..2025",
    granularity="YEAR",
)
table = api.get_table(**request)
check(table.cell_count == 105 and len(table.rows) == 105, f"python: the C5 table has 105 cells ({table.cell_count})")
cell = next(r for r in table.rows if r.partner == "KGZ" and r.flow == "BALANCE" and r.period == "2024")
check(cell.value_usd == 17110000000 and cell.method == "FROM_FLOWS", f"python: China's 2024 balance with Kyrgyzstan is 17110000000 ({cell.value_usd} {cell.method})")
check(len(cell.sources) == 2, "python: the cell names its sources")
deficit = next(r for r in table.rows if r.partner == "TKM" and r.flow == "BALANCE" and r.period == "2023")
check(deficit.value_usd == -8600000000, f"python: China's 2023 deficit with Turkmenistan is negative ({deficit.value_usd})")

raw = api.get_table_without_preload_content(**request, layout="WIDE", format="csv")
text = raw.data.decode("utf-8")
check(raw.headers["Content-Type"].startswith("text/csv"), f"python: format=csv answers text/csv ({raw.headers['Content-Type']})")
lines = text.strip().splitlines()
check(lines[0] == "reporter,partner,flow,commodity,2019,2020,2021,2022,2023,2024,2025,flags", f"python: the wide CSV has a column per year ({lines[0]})")
check(any(l.startswith("CHN,KGZ,BALANCE,TOTAL,,,,15338340000,19640000000,17110000000,16800000000,") for l in lines), "python: the wide CSV has the balance row")

series = api.get_series_without_preload_content(reporter="CHN", partner="KGZ", flow="TURNOVER", granularity="YEAR", var_from="2023", to="2024", format="csv")
check("CHN,KGZ,TURNOVER,TOTAL,2024,2024-01,2024-12,22710000000" in series.data.decode("utf-8"), "python: a series in CSV")

try:
    api.get_table(**{**request, "period": "2019..2025-03"})
    check(False, "python: a bad period is refused")
except ApiException as e:
    check(e.status == 400 and '"parameter":"period"' in e.body.replace(" ", ""), f"python: a bad period is a 400 naming it ({e.status})")

print(f"{failures} check(s) failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
