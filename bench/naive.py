"""The naive way, timed inside PostgreSQL: a yearly total summed from raw monthly rows with index
access disabled, as a service without this design's indexes and resolution would compute it.
Prints one JSON line with the median execution time of several varied queries."""
import json, random, re, statistics, subprocess, sys

psql, domain = sys.argv[1], sys.argv[2]
text = open(domain).read()
pairs = re.findall(r'\{"(\w{3})","(\w{3})"\}', text)
first = int(re.search(r"first_year = (\d+)", text).group(1))
last = int(re.search(r"last_year = (\d+)", text).group(1))
times = []
for _ in range(5):
    r, p = random.choice(pairs)
    y = random.randint(first, last)
    sql = (
        "set enable_indexscan = off; set enable_bitmapscan = off; set enable_indexonlyscan = off; "
        "explain (analyze, format json) select sum(value_usd) from trade_observation "
        f"where reporter = '{r}' and partner = '{p}' and flow = 'TURNOVER' and commodity = 'TOTAL' "
        f"and period_kind = 'MONTH' and first_month >= date '{y}-01-01' and last_month <= date '{y}-12-01' "
        "and superseded_at is null"
    )
    out = subprocess.run(psql.split() + ["-tA", "-c", sql], capture_output=True, text=True, check=True).stdout
    plan = json.loads(out[out.index("["):])
    times.append(plan[0]["Execution Time"])
print(json.dumps({"phase": "naive", "median_ms": statistics.median(times), "runs_ms": times}))
