-- Shared by the wrk scripts: a monotonic clock, the thread number, and one RESULT line summing up every thread.
-- wrk's own request rate divides by the whole -d duration; a thread that runs out of work stops early, so the scripts
-- time their own window, from the first request sent to the last answer received.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")

function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC: the same clock in every thread
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

ok, failed, first_sent, last_answer = 0, 0, nil, nil
statuses = {}

function count(status)
  last_answer = now_us()
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    failed = failed + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function mark_sent()
  if first_sent == nil then first_sent = now_us() end
end

function done(summary, latency, requests)
  local total_ok, total_failed, first, last, exhausted, codes = 0, 0, nil, nil, 0, {}
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_failed = total_failed + t:get("failed")
    local f, l = t:get("first_sent"), t:get("last_answer")
    if f ~= nil and (first == nil or f < first) then first = f end
    if l ~= nil and (last == nil or l > last) then last = l end
    if t:get("exhausted") then exhausted = exhausted + 1 end
    for code, n in pairs(t:get("statuses")) do codes[#codes + 1] = code .. ":" .. n end
  end
  local window = (first and last) and (last - first) or summary.duration
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT ok=%d failed=%d window_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d socket_errors=%d exhausted_threads=%d statuses=%s\n",
    total_ok, total_failed, window, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, errors, exhausted, table.concat(codes, ",")))
end
