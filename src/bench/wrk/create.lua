-- POST distinct DRAFT pledges: person BENCH_CODE_PREFIX + six digits, i = thread + k * threads, up to BENCH_PEOPLE.
-- Environment: BENCH_PLAN, BENCH_PHASE, BENCH_TOKEN, BENCH_CODE_PREFIX, BENCH_PEOPLE, BENCH_THREADS.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local path = "/api/v1/plans/" .. os.getenv("BENCH_PLAN") .. "/pledges"
local phase = os.getenv("BENCH_PHASE")
local prefix = os.getenv("BENCH_CODE_PREFIX")
local people = tonumber(os.getenv("BENCH_PEOPLE"))
local step = tonumber(os.getenv("BENCH_THREADS"))
local index
exhausted = false
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"

function init(args)
  index = wrk.thread:get("id") + 1
end

function request()
  if index > people then
    exhausted = true
    wrk.thread:stop()
    return wrk.format("GET", "/q/health/live")
  end
  mark_sent()
  local body = string.format('{"subjectKind":"PERSON","personCode":"%s%06d","phaseId":"%s",'
    .. '"titles":["ADVANCED_WORKER"],"commitments":[{"movementKey":"GD5T",'
    .. '"text":"Giảng dạy đủ 270 tiết chuẩn, không có giờ giảng bị đánh giá không đạt"}]}', prefix, index, phase)
  index = index + step
  return wrk.format("POST", path, nil, body)
end

-- The health checks sent after running out do not count; answers to real requests still arriving then do.
function response(status, headers, body)
  if not (body and body:find('"checks"', 1, true)) then count(status) end
end
