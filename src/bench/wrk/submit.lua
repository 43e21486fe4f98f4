-- POST :submit for the DRAFT pledges listed in BENCH_IDS (lines "id,version"); thread t takes lines t, t+T, t+2T...
-- Environment: BENCH_TOKEN, BENCH_IDS, BENCH_THREADS.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local step = tonumber(os.getenv("BENCH_THREADS"))
local mine = {}
local index = 1
exhausted = false
local bearer = "Bearer " .. os.getenv("BENCH_TOKEN")

function init(args)
  local id = wrk.thread:get("id")
  local line_no = 0
  for line in io.lines(os.getenv("BENCH_IDS")) do
    if line_no % step == id then
      local pledge, version = line:match("^([^,]+),(%d+)$")
      mine[#mine + 1] = { pledge, version }
    end
    line_no = line_no + 1
  end
end

function request()
  local next = mine[index]
  if next == nil then
    exhausted = true
    wrk.thread:stop()
    return wrk.format("GET", "/q/health/live")
  end
  index = index + 1
  mark_sent()
  -- wrk.format takes these headers instead of wrk.headers, not in addition to them
  local headers = { ["Authorization"] = bearer, ["Content-Type"] = "application/json",
                    ["If-Match"] = '"' .. next[2] .. '"' }
  return wrk.format("POST", "/api/v1/pledges/" .. next[1] .. ":submit", headers, "{}")
end

-- The health checks sent after running out do not count; answers to real requests still arriving then do.
function response(status, headers, body)
  if not (body and body:find('"checks"', 1, true)) then count(status) end
end
