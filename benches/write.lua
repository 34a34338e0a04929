-- Check ID + OK against many subscriptions in turn: each pair looks a partner up, then makes it
-- the partner of record, alternating between two partners so every OK is a real change.
-- Settings come from the environment (set by dpor_bench).
local cookie = os.getenv("BENCH_COOKIE")
local token = os.getenv("BENCH_TOKEN")
local first = tonumber(os.getenv("BENCH_FIRST_SUBSCRIPTION"))
local count = tonumber(os.getenv("BENCH_SUBSCRIPTIONS"))
local mpn = { os.getenv("BENCH_PARTNER_A_MPN"), os.getenv("BENCH_PARTNER_B_MPN") }
local ids = { os.getenv("BENCH_PARTNER_A_ID"), os.getenv("BENCH_PARTNER_B_ID") }

local n = 0
local current = {}

request = function()
  n = n + 1
  local pair = math.floor((n - 1) / 2)
  local subscription = first + (pair % count)
  local now = current[subscription] or 0
  local next = (now % 2) + 1
  local base = "/office/subscriptions/" .. subscription
  if n % 2 == 1 then
    return wrk.format("GET", base .. "/check?mpn_id=" .. mpn[next], { ["Cookie"] = cookie })
  end
  local expected = ""
  if now > 0 then expected = ids[now] end
  current[subscription] = next
  local body = "csrf_token=" .. token .. "&mpn_id=" .. mpn[next] .. "&expected_partner=" .. expected
  return wrk.format("POST", base .. "/partner", {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

-- With BENCH_REPORT_STATUS set, every answer other than the expected 200 (Check ID) or 303 (OK)
-- is printed, so that a run's errors say what they were.
if os.getenv("BENCH_REPORT_STATUS") then
  response = function(status, headers, body)
    if status ~= 200 and status ~= 303 then
      io.write("unexpected status " .. status .. ": " .. string.sub(body or "", 1, 0) .. (headers["Location"] or "") .. "\n")
    end
  end
end
