-- wrk script for scripts/bench: each request submits a different prepared journey
-- (POST /services/volunteering/check-answers with that session's cookie). Tokens
-- come from $BENCH_TOKENS (one per line), starting at line $BENCH_TOKEN_OFFSET;
-- thread k of n takes every n-th token, so no journey is submitted twice.
-- A 303 to /confirmation is success; anything else is counted as a failure.

local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
local f = assert(io.open(os.getenv("BENCH_FORM_BODY"), "rb"))
local form_body = f:read("*a")
f:close()
local offset = tonumber(os.getenv("BENCH_TOKEN_OFFSET") or "0")

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count - 1)
  table.insert(threads, thread)
end

function init(args)
  responses = 0
  failed = 0
  exhausted = 0
  first_bad = ""
  next_index = offset + id + 1
end

function request()
  local token = tokens[next_index]
  if token == nil then
    exhausted = exhausted + 1
    token = tokens[#tokens]
  end
  next_index = next_index + 2 -- wrk -t2
  return wrk.format("POST", "/services/volunteering/check-answers", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "oc_session=" .. token,
  }, form_body)
end

function response(status, headers, body)
  responses = responses + 1
  local location = headers["Location"] or headers["location"] or ""
  if status ~= 303 or not string.find(location, "/confirmation", 1, true) then
    failed = failed + 1
    if first_bad == "" then first_bad = status .. " " .. location .. " " .. string.sub(body or "", 1, 200) end
  end
end

function done(summary, latency, requests)
  local total, bad, out, example = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("responses")
    bad = bad + thread:get("failed")
    out = out + thread:get("exhausted")
    if example == "" then example = thread:get("first_bad") end
  end
  io.write(string.format("responses: %d\n", total))
  io.write(string.format("non-201 responses: %d\n", bad))
  io.write(string.format("tokens exhausted: %d\n", out))
  if example ~= "" then io.write("first non-201 response: " .. string.gsub(example, "\n", " ") .. "\n") end
end
