-- wrk script for scripts/bench: POSTs a JSON submission and counts responses
-- that are not 201 Created. The body comes from $BENCH_BODY_FILE (scripts/bench
-- sets it), default scripts/bench-data/volunteering.json relative to the cwd.
--
-- wrk runs this file once per thread (each with its own Lua state) plus once
-- for setup/done, so per-thread counters are read back through thread:get().

local body_file = os.getenv("BENCH_BODY_FILE") or "scripts/bench-data/volunteering.json"
local f = assert(io.open(body_file, "rb"), "cannot open " .. body_file)
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
-- The API needs a client with submissions:create; scripts/bench makes one per database.
local token = os.getenv("BENCH_API_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  -- Globals, so that done() can read them with thread:get().
  responses = 0
  non201 = 0
  first_bad = ""
end

function response(status, headers, body)
  responses = responses + 1
  if status ~= 201 then
    non201 = non201 + 1
    if first_bad == "" then
      first_bad = status .. " " .. string.sub(body or "", 1, 200)
    end
  end
end

function done(summary, latency, requests)
  local total, bad, example = 0, 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("responses")
    bad = bad + thread:get("non201")
    if example == "" then example = thread:get("first_bad") end
  end
  io.write(string.format("responses: %d\n", total))
  io.write(string.format("non-201 responses: %d\n", bad))
  if example ~= "" then
    io.write("first non-201 response: " .. string.gsub(example, "\n", " ") .. "\n")
  end
end
