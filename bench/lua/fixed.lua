-- One URL again and again (BENCH_PATH), optionally revalidated with If-None-Match (BENCH_ETAG).
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")

local path = os.getenv("BENCH_PATH")
local etag = os.getenv("BENCH_ETAG")

function request()
  local headers = { ["Accept"] = "application/json" }
  if etag and etag ~= "" then headers["If-None-Match"] = etag end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests) report(summary, latency) end
