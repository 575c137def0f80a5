-- Uncached reads: every request asks about another pair, flow, commodity and period, so neither
-- the HTTP cache nor PostgreSQL's buffers see the same question twice in a row.
--   wrk ... -s bench/lua/varied.lua -- totals|yoy|series|table|mixed
-- A table asks for one partner × EXPORT, IMPORT, TURNOVER × five years: 15 cells a request
-- (TABLE_CELLS in report.py), each resolved as /totals resolves one.
dofile(os.getenv("BENCH_DIR") .. "/lua/report.lua")
dofile(os.getenv("BENCH_OUT") .. "/domain.lua")

local flows = { "TURNOVER", "EXPORT", "IMPORT" }
local mode = "totals"

function init(args)
  mode = args[1] or "totals"
  local seed = tonumber(tostring({}):match("0x(%x+)"), 16) or 0
  math.randomseed(os.time() + seed)
end

local function pick(t) return t[math.random(#t)] end

local function period(from_year)
  local y = math.random(from_year, last_year)
  local k = math.random(5)
  if k == 1 then return tostring(y)
  elseif k == 2 then return y .. "-Q" .. math.random(4)
  elseif k == 3 then return string.format("%d-%02d", y, math.random(12))
  elseif k == 4 then return string.format("%d-01..%d-%02d", y, y, math.random(2, 11))
  else return string.format("%d-%02d..%d-%02d", y, math.random(2, 6), y, math.random(7, 12)) end
end

function request()
  local p = pick(pairs_)
  local base = "reporter=" .. p[1] .. "&partner=" .. p[2] .. "&flow=" .. pick(flows)
    .. "&commodity=" .. pick(commodities)
  local m = mode
  if m == "mixed" then m = pick({ "totals", "yoy", "series" }) end
  local path
  if m == "table" then
    local from = math.random(first_year, last_year - 4)
    return wrk.format("GET", "/api/v1/trade/table?reporter=" .. p[1] .. "&partner=" .. p[2]
      .. "&flow=EXPORT,IMPORT,TURNOVER&commodity=" .. pick(commodities)
      .. "&granularity=YEAR&period=" .. from .. ".." .. (from + 4), { ["Accept"] = "application/json" })
  end
  if m == "totals" then
    path = "/api/v1/trade/totals?" .. base .. "&period=" .. period(first_year)
  elseif m == "yoy" then
    path = "/api/v1/trade/yoy?" .. base .. "&period=" .. period(first_year + 1)
  else
    if math.random(2) == 1 then
      local from = math.random(first_year, last_year)
      path = "/api/v1/trade/series?" .. base .. "&granularity=YEAR&from=" .. from .. "&to=" .. math.min(last_year, from + math.random(0, 9))
    else
      local y = math.random(first_year, last_year)
      path = "/api/v1/trade/series?" .. base .. "&granularity=MONTH&from=" .. y .. "-01&to=" .. y .. "-12"
    end
  end
  return wrk.format("GET", path, { ["Accept"] = "application/json" })
end

done = function(summary, latency, requests) report(summary, latency) end
