"""Reads the phases of one bench/run and prints the ratio table; writes benchmark.json."""
import json, os, platform, subprocess, sys

results_path, out_path, total_rows, rows, quick = sys.argv[1:6]
phases = {}
for line in open(results_path):
    line = line.strip()
    if line:
        d = json.loads(line)
        phases[d["phase"]] = d

def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()

TABLE_CELLS = 15
baseline = phases["baseline"]["rps"]
uncached_p95 = max(phases["totals"]["p95_ms"], phases["yoy"]["p95_ms"])
naive = phases["naive"]["median_ms"]
imp = phases["import"]["rows"] / phases["import"]["seconds"]
cp = phases["copy"]["rows"] / phases["copy"]["seconds"]
same_data = phases.get("totals_idle_before_import", phases["totals"])
result = {
    "rows_in_database": int(total_rows),
    "rows_generated": int(rows),
    "quick": quick == "1",
    "machine": {"cpu": cpu(), "cores": os.cpu_count(),
                "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)},
    "baseline_rps": baseline,
    "cached_rps": phases["cached"]["rps"],
    "ratio_cached": phases["cached"]["rps"] / baseline,
    "revalidated_304_rps": phases["revalidated_304"]["rps"],
    "ratio_304": phases["revalidated_304"]["rps"] / baseline,
    "uncached_totals": phases["totals"],
    "uncached_yoy": phases["yoy"],
    "uncached_series": phases["series"],
    "uncached_p95_ms": uncached_p95,
    "naive_ms": naive,
    "ratio_vs_naive": naive / uncached_p95,
    "import_rows_per_s": imp,
    "copy_rows_per_s": cp,
    "ratio_import": imp / cp,
    "comtrade_import": phases.get("comtrade_import"),
    "comtrade_copy": phases.get("comtrade_copy"),
    # kept rows per second through the API (the whole file read) ÷ psql \copy of the kept rows
    "ratio_comtrade_import": (phases["comtrade_copy"]["seconds"] / phases["comtrade_import"]["seconds"])
    if "comtrade_import" in phases else None,
    # a table request holds TABLE_CELLS cells (bench/lua/varied.lua), each a /totals question
    "table": phases.get("table"),
    "table_cells_per_s": phases["table"]["rps"] * TABLE_CELLS if "table" in phases else None,
    "ratio_table": phases["table"]["rps"] * TABLE_CELLS / phases["totals"]["rps"]
    if "table" in phases else None,
    "read_p99_idle_ms": phases["totals"]["p99_ms"],
    "read_p99_during_import_ms": phases["totals_during_import"]["p99_ms"],
    # against the idle reads at the start, on the data before the import phases added theirs
    "read_p99_during_import_ratio": phases["totals_during_import"]["p99_ms"] / phases["totals"]["p99_ms"],
    # the same reads with nothing else running, on the data the import phase reads, just before it
    "read_p99_idle_same_data_ms": same_data["p99_ms"],
    "read_p99_during_import_ratio_same_data": phases["totals_during_import"]["p99_ms"] / same_data["p99_ms"],
    "import_during_reads": phases.get("import_during_reads"),
}
json.dump(result, open(out_path, "w"), indent=2)

def row(name, value, target, ok):
    print(f"| {name:<34} | {value:>14} | {target:<16} | {'met' if ok else 'MISSED':<6} |")

print(f"\nTrade Atlas benchmark: {int(total_rows):,} observations; {result['machine']['cores']} cores, {result['machine']['cpu']}")
print(f"| {'measure':<34} | {'value':>14} | {'target':<16} | {'':<6} |")
print(f"|{'-'*36}|{'-'*16}|{'-'*18}|{'-'*8}|")
print(f"| {'baseline (/api/v1/status) req/s':<34} | {baseline:>14.0f} | {'':<16} | {'':<6} |")
row("cached yoy req/s ÷ baseline", f"{result['ratio_cached']:.2f}", ">= 0.70", result["ratio_cached"] >= 0.7)
row("304 revalidation req/s ÷ baseline", f"{result['ratio_304']:.2f}", ">= 0.90", result["ratio_304"] >= 0.9)
print(f"| {'uncached totals req/s (4 conns)':<34} | {phases['totals']['rps']:>14.0f} | {'':<16} | {'':<6} |")
row("uncached totals p95 ms", f"{phases['totals']['p95_ms']:.2f}", "<= 10", phases["totals"]["p95_ms"] <= 10)
row("uncached yoy p95 ms", f"{phases['yoy']['p95_ms']:.2f}", "<= 10", phases["yoy"]["p95_ms"] <= 10)
print(f"| {'uncached series p95 ms':<34} | {phases['series']['p95_ms']:>14.2f} | {'':<16} | {'':<6} |")
print(f"| {'naive SQL aggregate ms':<34} | {naive:>14.1f} | {'':<16} | {'':<6} |")
if result["ratio_table"] is not None:
    row("table cells/s ÷ totals req/s", f"{result['ratio_table']:.2f}", ">= 0.80", result["ratio_table"] >= 0.8)
row("naive ÷ uncached p95", f"{result['ratio_vs_naive']:.0f}x", ">= 100x", result["ratio_vs_naive"] >= 100)
row("import rows/s ÷ psql \\copy rows/s", f"{result['ratio_import']:.2f}", ">= 0.50", result["ratio_import"] >= 0.5)
print(f"| {'  import rows/s, copy rows/s':<34} | {imp:>6.0f}, {cp:>6.0f} | {'':<16} | {'':<6} |")
if result["ratio_comtrade_import"] is not None:
    row("Comtrade kept rows/s ÷ \\copy", f"{result['ratio_comtrade_import']:.2f}", ">= 0.50", result["ratio_comtrade_import"] >= 0.5)
    ct = phases["comtrade_import"]
    print(f"| {'  file rows, kept, seconds':<34} | {ct['rows']:>6}, {ct['kept']}, {ct['seconds']:.1f} | {'':<16} | {'':<6} |")
row("read p99 during import ÷ idle", f"{result['read_p99_during_import_ratio']:.2f}", "<= 2.0", result["read_p99_during_import_ratio"] <= 2)
print(f"| {'  p99 ms during, idle at start':<34} | {phases['totals_during_import']['p99_ms']:>6.1f}, {phases['totals']['p99_ms']:>6.1f} | {'':<16} | {'':<6} |")
row("  ÷ idle on the same data", f"{result['read_p99_during_import_ratio_same_data']:.2f}", "<= 2.0", result["read_p99_during_import_ratio_same_data"] <= 2)
print(f"| {'  idle p99 ms on the same data':<34} | {same_data['p99_ms']:>14.1f} | {'':<16} | {'':<6} |")
print(f"\nwrote {out_path}")
