-- Comment submission for wrk: every request is a different comment (email, content, X-Forwarded-For),
-- so that neither the duplicate check nor flood control (relaxed anyway) refuses it. Counts the answers:
-- ACCEPTED is the number of 202s, the comments the site acknowledged.
-- Arguments (after --): a run name that keeps runs apart, the run's number (1-200).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  run = args[1] or "run"
  runNumber = tonumber(args[2] or "1")
  counter = 0
  accepted = 0
  refused = 0
  lastRefusal = 0
end

function request()
  counter = counter + 1
  local n = id .. "-" .. counter
  local body = '{"authorName":"Reader ' .. n .. '","authorEmail":"reader-' .. run .. '-' .. n .. '@mail.example",'
    .. '"content":"Comment ' .. n .. ' of ' .. run .. ': thank you for this report, our neighbourhood assembly'
    .. ' will discuss the housing chapter next week."}'
  -- a different sender for every request: first octet from the run and the thread, then the counter
  local address = string.format("%d.%d.%d.%d", 20 + (runNumber * 2 + id) % 200,
    math.floor(counter / 65536) % 256, math.floor(counter / 256) % 256, counter % 256)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-Forwarded-For"] = address}, body)
end

function response(status, headers, body)
  if status == 202 then
    accepted = accepted + 1
  else
    refused = refused + 1
    lastRefusal = status
  end
end

function done(summary, latency, requests)
  local a, r, last = 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted")
    r = r + thread:get("refused")
    if thread:get("lastRefusal") ~= 0 then last = thread:get("lastRefusal") end
  end
  io.write("ACCEPTED " .. a .. "\n")
  io.write("REFUSED " .. r .. "\n")
  io.write("LAST_REFUSAL " .. last .. "\n")
end
