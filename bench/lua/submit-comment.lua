-- Comment submission for wrk: every request is a different comment (email, content, X-Forwarded-For),
-- so that neither the duplicate check nor flood control (relaxed anyway) refuses it. Counts the answers:
-- ACCEPTED is the number of 202s, the comments the site acknowledged.
-- SENT counts the requests sent: those sent but never answered were cut off when the run ended.
-- Arguments (after --): a run name that keeps runs apart, the run's number (1-200), and a file prefix:
-- each thread writes the answers to its 202s (the comments' ids) to <prefix><thread>.ids.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  run = args[1] or "run"
  runNumber = tonumber(args[2] or "1")
  counter = 0
  ids = io.open((args[3] or "/tmp/hrc-bench-") .. id .. ".ids", "w")
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
    ids:write(body, "\n")
    ids:flush()
  else
    refused = refused + 1
    lastRefusal = status
  end
end

function done(summary, latency, requests)
  local a, r, last, sent = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted")
    sent = sent + thread:get("counter")
    r = r + thread:get("refused")
    if thread:get("lastRefusal") ~= 0 then last = thread:get("lastRefusal") end
  end
  io.write("ACCEPTED " .. a .. "\n")
  io.write("REFUSED " .. r .. "\n")
  io.write("LAST_REFUSAL " .. last .. "\n")
  io.write("SENT " .. sent .. "\n")
end
