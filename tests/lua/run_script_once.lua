-- Runs reaper_script/oscalis.lua for one look against the mock REAPER API, for tests written in
-- C++ that need the real script on the other side of the files (commands.json -> ack.json).
-- Usage: lua5.4 run_script_once.lua SCRIPT_DIR RESOURCE_DIR
-- The mock project has one track and two regions ("Ballade" #2 at 200-380 s, "Encore" #5 at
-- 400-450 s). After the look it prints one JSON line: the cursor and the markers' names.
local scriptDir, resource = arg[1], arg[2]
local here = arg[0]:match("^(.*[/\\])") or "./"
package.path = here .. "?.lua;" .. package.path
local Mock = dofile(here .. "mock_reaper.lua")
local json = dofile(scriptDir .. "/oscalis_json.lua")

local reaper, project = Mock.new(resource)
_G.reaper = reaper
OSCALIS_NO_AUTORUN = true
project.tracks = { Mock.track("Guitar") }
project.markers = {
  { isRegion = true, position = 200, finish = 380, name = "Ballade", number = 2 },
  { isRegion = true, position = 400, finish = 450, name = "Encore", number = 5 },
}
local script = dofile(scriptDir .. "/oscalis.lua")
script.start()
script.tick()

local names = {}
for _, m in ipairs(project.markers) do
  if not m.isRegion then names[#names + 1] = m.name end
end
io.write(json.encode({ cursor = project.cursor, markers = json.array(names) }), "\n")
