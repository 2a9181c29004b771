-- reaper_script/oscalis_json.lua: what it writes is valid JSON that says the same thing back,
-- and it reads what Oscalis writes. Usage: lua5.4 test_oscalis_json.lua <reaper_script dir>
local here = arg[0]:match("^(.*[/\\])") or "./"
package.path = here .. "?.lua;" .. package.path
local H = require("harness")
local json = dofile(assert(arg[1], "pass the reaper_script folder") .. "/oscalis_json.lua")

H.case("escapes quotes, backslashes and control characters", function()
  H.eq(json.encode('Voix "lead" é'), '"Voix \\"lead\\" é"')
  H.eq(json.encode("C:\\Music\\take.wav"), '"C:\\\\Music\\\\take.wav"')
  H.eq(json.encode("a\nb\tc\r\0\1\127"), '"a\\nb\\tc\\r\\u0000\\u0001\\u007f"')
end)

H.case("passes UTF-8 through and replaces invalid bytes", function()
  H.eq(json.encode("Guitare 🎸 naïve"), '"Guitare 🎸 naïve"')
  H.eq(json.encode("bad\255byte"), '"bad\239\191\189byte"')
  H.ok(utf8.len(json.decode(json.encode("x\192\128y"))), "always valid UTF-8")
end)

H.case("round-trips strings, numbers, booleans, null, arrays and objects", function()
  local value = { name = 'Voix "lead" é \\ /', n = 3, x = -0.125, big = 1e300, yes = true,
    no = false, none = json.null, list = json.array({ 1, "two", json.array({}) }),
    empty = json.object({}) }
  local back = assert(json.decode(json.encode(value)))
  H.eq(back.name, value.name, "name")
  H.eq(back.n, 3, "integer")
  H.eq(math.type(back.n), "integer", "integer stays integer")
  H.eq(back.x, -0.125, "float")
  H.eq(back.big, 1e300, "large float")
  H.eq(back.yes, true)
  H.eq(back.no, false)
  H.eq(back.none, json.null)
  H.eq(#back.list, 3)
  H.eq(back.list[2], "two")
  H.eq(json.encode(back.list[3]), "[]")
  H.eq(json.encode(back.empty), "{}")
end)

H.case("sorts object keys so equal data gives equal text", function()
  H.eq(json.encode({ b = 1, a = 2, c = { z = 1, y = 2 } }), '{"a":2,"b":1,"c":{"y":2,"z":1}}')
end)

H.case("writes integral floats as integers and NaN and infinity as null", function()
  H.eq(json.encode(json.array({ 2.0, 0.5, 0 / 0, math.huge })), "[2,0.5,null,null]")
end)

H.case("reads what Oscalis writes: escapes, \\u, surrogate pairs, whitespace", function()
  local text = ' { "commands" : [ {"id":"c1","command":"add_marker","name":"Intro \\"A\\" \\u00e9 \\ud83c\\udfb8\\n","position":12.5e0} ] } '
  local doc = assert(json.decode(text))
  local c = doc.commands[1]
  H.eq(c.id, "c1")
  H.eq(c.command, "add_marker")
  H.eq(c.name, 'Intro "A" é 🎸\n')
  H.eq(c.position, 12.5)
end)

H.case("refuses truncated and malformed text with a position", function()
  for _, bad in ipairs({ '{"a":1', '{"a":"x', '[1,2', '{"a" 1}', '{a:1}', '[1,]', '"a\nb"',
                         'tru', '', '{"a":1} x', '[01x]' }) do
    local v, err = json.decode(bad)
    H.eq(v, nil, "decode of " .. bad)
    H.ok(type(err) == "string" and err:find("at byte"), "message for " .. bad .. ": " .. tostring(err))
  end
end)

H.case("refuses a table that contains itself", function()
  local t = {}
  t.self = t
  H.ok(not pcall(json.encode, t))
end)

H.run()
