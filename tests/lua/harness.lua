-- A tiny test runner: named cases, assertions that say what differed, exit status for CTest.
local H = { cases = {} }

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

function H.case(name, fn) H.cases[#H.cases + 1] = { name = name, fn = fn } end

function H.eq(actual, expected, what)
  if actual ~= expected then
    error(string.format("%s: expected %s, got %s", what or "value", show(expected), show(actual)), 2)
  end
end

function H.ok(cond, what)
  if not cond then error(what or "expected true", 2) end
end

function H.run()
  local failed = 0
  for _, c in ipairs(H.cases) do
    local ok, err = xpcall(c.fn, debug.traceback)
    if ok then
      print("PASS   " .. c.name)
    else
      failed = failed + 1
      print("FAIL!  " .. c.name .. "\n" .. tostring(err))
    end
  end
  print(string.format("%d passed, %d failed", #H.cases - failed, failed))
  os.exit(failed == 0 and 0 or 1)
end

return H
