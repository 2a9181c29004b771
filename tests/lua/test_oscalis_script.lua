-- reaper_script/oscalis.lua against a mock REAPER: what it writes, that it writes atomically and
-- only on change, the commands it runs once, and its version in every file.
-- Usage: lua5.4 test_oscalis_script.lua <reaper_script dir> <scratch dir>
local here = arg[0]:match("^(.*[/\\])") or "./"
package.path = here .. "?.lua;" .. package.path
local H = require("harness")
local Mock = require("mock_reaper")
local scriptDir = assert(arg[1], "pass the reaper_script folder")
local scratch = assert(arg[2], "pass a scratch folder")
local json = dofile(scriptDir .. "/oscalis_json.lua")

local runs = 0
local targets = { ["project.json"] = true, ["events.json"] = true, ["ack.json"] = true }

--- A fresh resource folder, mock REAPER and script; every write into the folder is watched.
local function setup()
  runs = runs + 1
  local resource = string.format("%s/run%d", scratch, runs)
  os.execute('rm -rf "' .. resource .. '"')
  local reaper, project, control = Mock.new(resource)
  _G.reaper = reaper
  OSCALIS_NO_AUTORUN = true
  local script = dofile(scriptDir .. "/oscalis.lua")
  local folder = resource .. "/Oscalis/"
  local log = { renames = {}, opens = {} }
  return script, project, control, folder, log
end

-- Every test runs with io.open and os.rename watched: a target file may only ever appear by a
-- rename of a complete temporary file, never be opened for writing itself.
local realOpen, realRename = io.open, os.rename
local watching = nil
io.open = function(path, mode)
  if watching and mode and mode:find("[wa]") then
    local name = path:match("([^/\\]+)$")
    assert(not targets[name], "opened " .. name .. " for writing: a reader could see half of it")
    watching.opens[#watching.opens + 1] = name
  end
  return realOpen(path, mode)
end
os.rename = function(from, to)
  if watching then
    local f = realOpen(from, "rb")
    local text = f and f:read("a")
    if f then f:close() end
    assert(text and json.decode(text), "renamed an incomplete file into place: " .. to)
    watching.renames[#watching.renames + 1] = to:match("([^/\\]+)$")
  end
  return realRename(from, to)
end

local function read(path)
  local f = realOpen(path, "rb")
  if not f then return nil end
  local text = f:read("a")
  f:close()
  return text
end

local function readJson(path)
  local text = read(path)
  return text and assert(json.decode(text))
end

local function count(list, name)
  local n = 0
  for _, v in ipairs(list) do if v == name then n = n + 1 end end
  return n
end

H.case("reports names with quotes, backslashes and UTF-8, colours, folders, FX and inputs", function()
  local script, project, _, folder, log = setup()
  watching = log
  project.tracks = {
    Mock.track('Voix "lead" é', { colour = "#ff8800", input = 1024 + 2 }),
    Mock.track("Drums\\Bus", { folder = 1, fx = { "VST: ReaComp (Cockos)" } }),
    Mock.track("Kick", { input = 4 }),
    Mock.track("Keys", { folder = -1, fx = { "VSTi: ReaSynth (Cockos)", "JS: Delay" }, instrument = 0,
      input = 4096 + (63 << 5) }),
  }
  project.markers = {
    { isRegion = false, position = 0, name = "Intro", number = 1 },
    { isRegion = true, position = 10, finish = 190.5, name = "Chanson 1", number = 1,
      colour = 0x1000000 | 0x0000ff },
  }
  script.tick()
  watching = nil
  local doc = readJson(folder .. "project.json")
  H.eq(doc.format, "oscalis-project")
  H.eq(doc.scriptVersion, script.SCRIPT_VERSION)
  H.eq(doc.project, "Rehearsal.RPP")
  H.eq(doc.trackCount, 4)
  local t = doc.tracks
  H.eq(t[1].index, 1)
  H.eq(t[1].name, 'Voix "lead" é')
  H.eq(t[1].colour, "#ff8800")
  H.eq(t[1].input.text, "Stereo in 3/4")
  H.eq(t[1].instrument, json.null)
  H.eq(t[2].name, "Drums\\Bus")
  H.eq(t[2].colour, json.null)
  H.eq(t[2].isFolder, true)
  H.eq(t[2].folderDepth, 0)
  H.eq(t[2].fx[1], "VST: ReaComp (Cockos)")
  H.eq(t[3].folderDepth, 1, "inside the folder")
  H.eq(t[3].input.text, "Mono in 5")
  H.eq(t[4].folderDepth, 1)
  H.eq(t[4].instrument, "VSTi: ReaSynth (Cockos)")
  H.eq(t[4].input.text, "MIDI: all devices, all channels")
  H.eq(t[4].guid, nil, "internal fields stay out")
  H.eq(#doc.markers, 1)
  H.eq(doc.markers[1].name, "Intro")
  H.eq(#doc.regions, 1)
  H.eq(doc.regions[1].name, "Chanson 1")
  H.eq(doc.regions[1]["end"], 190.5)
  H.eq(doc.regions[1].length, 180.5)
  H.eq(doc.regions[1].colour, "#ff0000")
  H.ok(count(log.renames, "project.json") == 1, "project.json arrived by one rename")
end)

H.case("an empty project is zero tracks and empty lists", function()
  local script, _, _, folder = setup()
  script.tick()
  local text = read(folder .. "project.json")
  local doc = json.decode(text)
  H.eq(doc.trackCount, 0)
  H.ok(text:find('"tracks":%[%]'), "tracks is an empty array")
  H.ok(text:find('"markers":%[%]') and text:find('"regions":%[%]'), "empty marker lists")
end)

H.case("500 tracks", function()
  local script, project, _, folder = setup()
  for i = 1, 500 do
    project.tracks[i] = Mock.track("Track " .. i, { colour = i % 2 == 0 and "#102030" or nil,
      fx = { "FX " .. i } })
  end
  script.tick()
  local doc = readJson(folder .. "project.json")
  H.eq(doc.trackCount, 500)
  H.eq(#doc.tracks, 500)
  H.eq(doc.tracks[500].name, "Track 500")
  H.eq(doc.tracks[500].colour, "#102030")
  H.eq(doc.tracks[499].colour, json.null)
end)

H.case("writes atomically and only when something changed", function()
  local script, project, _, folder, log = setup()
  project.tracks = { Mock.track("Bass") }
  watching = log
  script.tick()
  script.tick()
  script.tick()
  H.eq(count(log.renames, "project.json"), 1, "unchanged project, no rewrite")
  project.tracks[1].name = "Bass DI"
  script.tick()
  watching = nil
  H.eq(count(log.renames, "project.json"), 2, "a rename came changed")
  H.eq(readJson(folder .. "project.json").tracks[1].name, "Bass DI")
  H.ok(not read(folder .. "project.json.tmp"), "no temporary file left behind")
end)

H.case("the defer loop looks at the project about twice a second", function()
  local script, project, control, folder = setup()
  project.tracks = { Mock.track("One") }
  script.start()
  H.ok(read(folder .. "project.json"), "first look at once")
  project.tracks[1].name = "Two"
  for _ = 1, 4 do
    control.clock.now = control.clock.now + 0.1
    H.eq(control.runDeferred(), 1, "the loop keeps itself deferred")
  end
  H.eq(readJson(folder .. "project.json").tracks[1].name, "One", "not yet: 0.4 s")
  control.clock.now = control.clock.now + 0.1
  control.runDeferred()
  H.eq(readJson(folder .. "project.json").tracks[1].name, "Two", "after 0.5 s")
end)

H.case("records instrument and input changes in events.json", function()
  local script, project, _, folder = setup()
  project.tracks = { Mock.track("Keys", { fx = { "VSTi: Piano" }, instrument = 0, input = 0 }) }
  script.tick()
  H.eq(#readJson(folder .. "events.json").events, 0, "the first look is the baseline")
  project.tracks[1].fx = { "VSTi: Organ" }
  project.tracks[1].input = 4096 + (2 << 5) + 5
  script.tick()
  local doc = readJson(folder .. "events.json")
  H.eq(doc.scriptVersion, script.SCRIPT_VERSION)
  H.eq(#doc.events, 2)
  local e = doc.events[1]
  H.eq(e.kind, "instrument")
  H.eq(e.track, 1)
  H.eq(e.trackName, "Keys")
  H.eq(e.from, "VSTi: Piano")
  H.eq(e.to, "VSTi: Organ")
  H.ok(e.time:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$"), "UTC timestamp")
  H.eq(doc.events[2].kind, "input")
  H.eq(doc.events[2].from, "Mono in 1")
  H.eq(doc.events[2].to, "MIDI: device 2, channel 5")
end)

H.case("keeps only the last 100 events", function()
  local script, project, _, folder = setup()
  project.tracks = { Mock.track("Keys", { input = 0 }) }
  script.tick()
  for i = 1, 130 do
    project.tracks[1].input = i
    script.tick()
  end
  local events = readJson(folder .. "events.json").events
  H.eq(#events, 100)
  H.eq(events[100].to, "Mono in 131")
end)

H.case("reports each recording: its files, its place on the timeline and the project", function()
  local script, project, _, folder, log = setup()
  local guitar, vox = Mock.track("Guitar"), Mock.track("Vox")
  project.tracks = { guitar, vox }
  project.items = { Mock.item(guitar, 10, 30, "/home/band/Audio/old-take.wav") }
  script.tick()
  local doc = readJson(folder .. "events.json")
  H.eq(#doc.recordings, 0, "an old take is no recording")
  project.playState = 5 -- playing and recording
  script.tick()
  H.eq(#readJson(folder .. "events.json").recordings, 0, "not while it records")
  -- REAPER adds the recorded items when recording stops.
  project.items[#project.items + 1] = Mock.item(guitar, 200.5, 181, "/home/band/Audio/Rehearsal-Guitar-001.wav")
  project.items[#project.items + 1] = Mock.item(vox, 200.25, 181.5, "/home/band/Audio/Rehearsal-Vox-001.wav")
  project.items[#project.items + 1] = Mock.item(vox, 200, 5, "") -- a take without a file
  project.playState = 0
  watching = log
  script.tick()
  watching = nil
  H.eq(count(log.renames, "events.json"), 1, "events.json arrived by one rename")
  doc = readJson(folder .. "events.json")
  H.eq(doc.scriptVersion, script.SCRIPT_VERSION)
  H.eq(#doc.events, 0)
  H.eq(#doc.recordings, 1)
  local rec = doc.recordings[1]
  H.ok(rec.started:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$"), "UTC start")
  H.ok(rec.stopped:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$"), "UTC stop")
  H.eq(rec.start, 200.25)
  H.eq(rec["end"], 381.75)
  H.eq(rec.project, "/home/band/Rehearsal.RPP")
  H.eq(#rec.files, 2, "only the new items with a file")
  H.eq(rec.files[1].path, "/home/band/Audio/Rehearsal-Guitar-001.wav")
  H.eq(rec.files[1].track, 1)
  H.eq(rec.files[1].trackName, "Guitar")
  H.eq(rec.files[1].start, 200.5)
  H.eq(rec.files[1]["end"], 381.5)
  H.eq(rec.files[2].trackName, "Vox")
  H.eq(rec.files[2].track, 2)

  -- A pass with nothing armed reports nothing and rewrites nothing.
  log = { renames = {}, opens = {} }
  watching = log
  project.playState = 5
  script.tick()
  project.playState = 0
  script.tick()
  watching = nil
  H.eq(count(log.renames, "events.json"), 0)
  H.eq(#readJson(folder .. "events.json").recordings, 1)
end)

H.case("recordings survive a restart of the script, and only the last 100 stay", function()
  local script, project, _, folder = setup()
  local bass = Mock.track("Bass")
  project.tracks = { bass }
  script.start()
  local function record(n)
    project.playState = 5
    script.tick()
    project.items[#project.items + 1] = Mock.item(bass, n * 10, 5, string.format("/r/take-%03d.wav", n))
    project.playState = 0
    script.tick()
  end
  record(1)
  H.eq(#readJson(folder .. "events.json").recordings, 1)
  script = dofile(scriptDir .. "/oscalis.lua") -- REAPER restarted the script
  script.start()
  record(2)
  local recs = readJson(folder .. "events.json").recordings
  H.eq(#recs, 2, "the first one was kept")
  H.eq(recs[1].files[1].path, "/r/take-001.wav")
  H.eq(recs[2].files[1].path, "/r/take-002.wav")
  for n = 3, 104 do record(n) end
  recs = readJson(folder .. "events.json").recordings
  H.eq(#recs, 100)
  H.eq(recs[100].files[1].path, "/r/take-104.wav")
  H.eq(recs[1].files[1].path, "/r/take-005.wav")
end)

local function writeCommands(folder, commands)
  local f = realOpen(folder .. "commands.json", "wb")
  f:write(json.encode({ commands = json.array(commands) }))
  f:close()
end

H.case("runs each command once and acknowledges it, across restarts", function()
  local script, project, _, folder = setup()
  project.tracks = { Mock.track("Guitar") }
  project.markers = { { isRegion = true, position = 200, finish = 380, name = "Ballade", number = 2 } }
  script.tick()
  writeCommands(folder, {
    { id = "m1", command = "add_marker", name = 'Prise "3" é', position = 12.5 },
    { id = "c1", command = "set_track_colour", track = 1, colour = "#00ff00" },
    { id = "g1", command = "go_to_region", name = "ballade" },
    { id = "x1", command = "launch_rockets" },
    { id = "r1", command = "add_region", name = "Bad", start = 5, ["end"] = 1 },
  })
  script.tick()
  local ack = readJson(folder .. "ack.json")
  H.eq(ack.scriptVersion, script.SCRIPT_VERSION)
  H.eq(#ack.done, 5)
  H.eq(ack.done[1].id, "m1")
  H.eq(ack.done[1].ok, true)
  H.eq(ack.done[1].error, json.null)
  H.eq(ack.done[4].ok, false)
  H.ok(ack.done[4].error:find("unknown command"), ack.done[4].error)
  H.eq(ack.done[5].ok, false)
  H.ok(ack.done[5].error:find("start < end"), ack.done[5].error)
  H.eq(project.cursor, 200, "jumped to the region")
  local doc = readJson(folder .. "project.json")
  H.eq(doc.markers[1].name, 'Prise "3" é', "the new marker is in the same look's project.json")
  H.eq(doc.markers[1].position, 12.5)
  H.eq(doc.tracks[1].colour, "#00ff00")

  -- The same file again, and a restarted script: nothing runs twice.
  script.tick()
  local again = dofile(scriptDir .. "/oscalis.lua") -- REAPER restarted the script
  again.start()
  again.tick()
  local markers = 0
  for _, m in ipairs(project.markers) do if not m.isRegion then markers = markers + 1 end end
  H.eq(markers, 1, "the marker was added once")
  H.eq(#readJson(folder .. "ack.json").done, 5)

  writeCommands(folder, { { id = "m1", command = "add_marker", name = "dup" },
                          { id = "s1", command = "go_to_region", number = 2, smooth = true } })
  again.tick()
  H.eq(project.smoothTarget, 2, "smooth seek by number")
  H.eq(#readJson(folder .. "ack.json").done, 6)
end)

H.case("ignores a half-written commands file and reads it once complete", function()
  local script, project, _, folder = setup()
  script.tick()
  local f = realOpen(folder .. "commands.json", "wb")
  f:write('{"commands":[{"id":"m1","command":"add_mar')
  f:close()
  script.tick()
  H.eq(#project.markers, 0)
  H.ok(not read(folder .. "ack.json"), "nothing to acknowledge yet")
  writeCommands(folder, { { id = "m1", command = "add_marker", name = "Now" } })
  script.tick()
  H.eq(#project.markers, 1)
end)

H.case("keeps running when REAPER's API fails, and says so once", function()
  local script, project, control = setup()
  project.tracks = { { name = nil } } -- not a track: the mock's calls fail
  H.eq(script.tick(), false)
  H.eq(script.tick(), false)
  H.eq(#control.console, 1)
  H.ok(control.console[1]:find("Oscalis script"), control.console[1])
end)

H.case("decodes record inputs into words", function()
  local script = setup()
  H.eq(script.describeInput(-1).text, "No input")
  H.eq(script.describeInput(0).text, "Mono in 1")
  H.eq(script.describeInput(1024).text, "Stereo in 1/2")
  H.eq(script.describeInput(2048 + 4).text, "Multichannel from in 5")
  H.eq(script.describeInput(512 + 1024).text, "Stereo ReaRoute/loopback 1/2")
  H.eq(script.describeInput(4096 + (62 << 5)).text, "MIDI: virtual keyboard, all channels")
  H.eq(script.describeInput(4096 + 16).kind, "midi")
end)

H.run()
