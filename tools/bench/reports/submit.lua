-- wrk script: every request is a NEW report (its own client UUID), so each 201 is one durable
-- insert. Statuses are counted per thread and printed as one JSON line by done().
-- Environment: DIMING_TOKEN (a disaster_reporter token), DIMING_EVENT (an event id).
local token = os.getenv("DIMING_TOKEN")
local event = os.getenv("DIMING_EVENT")
local threads = {}
local counter, prefix = 0, 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
  prefix = math.random(0, 0x7fffffff)
end

local function uuid()
  counter = counter + 1
  return string.format("%08x-%04x-4%03x-%04x-%04x%08x", prefix, tid, math.random(0, 0xfff),
                       0x8000 + math.random(0, 0x3fff), math.random(0, 0xffff), counter)
end

function request()
  local lon = 111.38 + math.random() * 0.12
  local lat = 30.33 + math.random() * 0.10
  local affected = math.random(1, 500)
  local body = string.format(
    '{"type":"Feature","id":"%s","geometry":{"type":"Point","coordinates":[%.7f,%.7f]},' ..
    '"properties":{"event":%s,"observed_at":"2026-07-08T14:30:00+08:00","location_source":"gps","accuracy_m":8,' ..
    '"affected_people":%d,"dead":0,"collapsed_households":1,"collapsed_rooms":3,"crops_affected_ha":%d.5,' ..
    '"direct_loss_10k_yuan":12.34,"note":"bench 压测"}}', uuid(), lon, lat, event, affected, affected)
  return wrk.format("POST", "/reports", {["Content-Type"] = "application/geo+json",
                                         ["Authorization"] = "Bearer " .. token}, body)
end

function response(status, headers, body)
  -- globals of this thread's Lua state, read by done() through thread:get
  _G["n" .. status] = (_G["n" .. status] or 0) + 1
  if status >= 300 and not first_error then
    first_error = status .. " " .. string.sub(body, 1, 300)
  end
end

function done(summary, latency, requests)
  local total = {}
  local err = nil
  for _, t in ipairs(threads) do
    -- statuses live in each thread's own Lua state: fetch them by code
    for _, code in ipairs({200, 201, 400, 401, 403, 409, 413, 422, 429, 500, 503}) do
      local n = t:get("n" .. code)
      if n then total[code] = (total[code] or 0) + n end
    end
    err = err or t:get("first_error")
  end
  local parts = {}
  for code, n in pairs(total) do table.insert(parts, string.format('"%d":%d', code, n)) end
  io.write(string.format('BENCH {"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p90_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,' ..
    '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"statuses":{%s},"first_error":%q}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, table.concat(parts, ","), err or ""))
end
