-- GET a random 50-row page of one plan's pledges. Environment: BENCH_PLAN, BENCH_TOKEN, BENCH_PAGES, and
-- BENCH_DELAY_MS (optional: each connection waits that long between requests, to hold a given rate).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local path = "/api/v1/plans/" .. os.getenv("BENCH_PLAN") .. "/pledges?size=50&page="
local pages = tonumber(os.getenv("BENCH_PAGES"))
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Accept"] = "application/json"

function init(args)
  math.randomseed(os.time() * 100 + wrk.thread:get("id"))
end

function request()
  mark_sent()
  return wrk.format("GET", path .. math.random(0, pages - 1))
end

function response(status, headers, body)
  count(status)
end

if pause > 0 then
  function delay()
    return pause
  end
end
