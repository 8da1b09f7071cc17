-- wrk script for run-ogcapi-comparison.sh: the reference bench/cycle.lua (cycle through a list of request
-- targets, one per line; print a RESULT line), except that an empty answer is not an error: HTTP 204 (ours for
-- an empty tile), or HTTP 200 with an empty body (MapServer's empty tile) counts as ok, in "empty".
-- Any other status, or a 200 with a body whose Content-Type does not contain the expected string, is an error.
-- usage: wrk ... -s cycle_ok204.lua URL -- REQUEST_FILE CONTENT_TYPE_SUBSTRING
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file, want = args[1], args[2]
  paths = {}
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  expected = want or ""
  idx = (tid * 9973) % #paths
  bad_status, bad_type, ok, empty = 0, 0, 0, 0
  first_bad = ""
end

function request()
  idx = idx % #paths + 1
  return wrk.format("GET", paths[idx])
end

function response(status, headers, body)
  local ct = headers["Content-Type"] or headers["content-type"] or ""
  if status == 204 or (status == 200 and (body == nil or #body == 0)) then
    empty = empty + 1
  elseif status ~= 200 then
    bad_status = bad_status + 1
    if first_bad == "" then first_bad = "HTTP " .. status .. " " .. string.sub(body or "", 1, 200) end
  elseif expected ~= "" and not string.find(ct, expected, 1, true) then
    bad_type = bad_type + 1
    if first_bad == "" then first_bad = ct .. " " .. string.sub(body or "", 1, 200) end
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local bs, bt, okc, em, fb = 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    bs = bs + t:get("bad_status")
    bt = bt + t:get("bad_type")
    okc = okc + t:get("ok")
    em = em + t:get("empty")
    local f = t:get("first_bad")
    if fb == "" and f and f ~= "" then fb = f end
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f " ..
    "bytes=%d ok=%d empty=%d bad_status=%d bad_type=%d sock_connect=%d sock_read=%d sock_write=%d sock_timeout=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, summary.bytes, okc, em, bs, bt,
    e.connect, e.read, e.write, e.timeout))
  if fb ~= "" then io.write("FIRST_ERROR " .. string.gsub(fb, "\n", " ") .. "\n") end
end
