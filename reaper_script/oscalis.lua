-- @description Oscalis bridge: tells Oscalis what REAPER's OSC cannot (track colours, track
--   count, folders, FX and instrument names, record inputs, every marker and region) and runs
--   a few commands from Oscalis.
-- @author Oscalis
-- @version 1.1.1
-- @provides [nomain] oscalis_json.lua
-- Oscalis-File-Version: 3
--
-- Run it once per REAPER session (Actions > Load ReaScript > oscalis.lua > Run), or add it to
-- your startup actions. It keeps running in the background on reaper.defer and, about twice a
-- second, looks at the project. It writes into <REAPER resource path>/Oscalis/ :
--
--   project.json   the project's tracks, markers and regions (rewritten only when they change)
--   events.json    the last 100 instrument and record-input changes, with UTC timestamps, and
--                  the last 100 recordings: when REAPER recorded, where on the timeline, and
--                  the files it wrote (Oscalis attaches them to the song being rehearsed)
--   ack.json       the ids of the commands it has run, with the result of each
--
-- and reads commands.json, written by Oscalis: {"commands": [{"id": "...", "command": ...}]}.
-- Every command runs once (its id is remembered in ack.json, across restarts too):
--
--   {"command": "add_marker", "name": "Take 3", "position": 12.5}   position optional (edit cursor)
--   {"command": "add_region", "name": "Song", "start": 10, "end": 190}
--   {"command": "go_to_region", "name": "Ballad"} or {"number": 4}  jumps now; "smooth": true
--                                                                     waits for the current region
--   {"command": "set_track_colour", "track": 3, "colour": "#ff8800"}  colour null: REAPER's default
--   {"command": "refresh"}                                           rewrite project.json now
--
-- Every file is written whole to a temporary file in the same folder and then renamed over the
-- old one, so a reader never sees half a file. Every file carries "scriptVersion".

local SCRIPT_VERSION = 2
local CHECK_INTERVAL = 0.5 -- seconds between looks at the project
local MAX_EVENTS = 100
local MAX_RECORDINGS = 100
local MAX_ACKS = 200

local function scriptFolder()
  local source = debug.getinfo(1, "S").source
  return source:match("^@(.*[/\\])") or "./"
end

local json = dofile(scriptFolder() .. "oscalis_json.lua")

local M = { SCRIPT_VERSION = SCRIPT_VERSION, json = json }

local state = {
  folder = nil,
  lastCheck = -math.huge,
  lastProject = nil,  -- the text of the last project.json written
  lastCommands = nil, -- the text of commands.json last read
  known = nil,        -- per track GUID: {instrument, input} at the last look
  events = {},
  recordings = {},    -- the recordings reported in events.json, oldest first
  items = nil,        -- GUIDs of the project's media items at the last look while not recording
  itemCount = -1,
  recording = nil,    -- while REAPER records: {started, known = the GUIDs before it began}
  done = {},          -- command ids already run -> true
  acks = {},          -- the acknowledgements in ack.json, oldest first
}

-- Files ------------------------------------------------------------------------------------

--- Writes text to path through a temporary file in the same folder and a rename.
function M.writeAtomically(path, text)
  local tmp = path .. ".tmp"
  local f, err = io.open(tmp, "wb")
  if not f then
    return false, err
  end
  f:write(text)
  f:close()
  local ok, renameErr = os.rename(tmp, path)
  if not ok then
    -- Windows' rename does not replace an existing file: remove it, then rename.
    os.remove(path)
    ok, renameErr = os.rename(tmp, path)
  end
  return ok, renameErr
end

local function readFile(path)
  local f = io.open(path, "rb")
  if not f then
    return nil
  end
  local text = f:read("a")
  f:close()
  return text
end

local function fileExists(path)
  local f = io.open(path, "rb")
  if f then
    f:close()
  end
  return f ~= nil
end

function M.folder()
  if not state.folder then
    local base = reaper.GetResourcePath():gsub("[/\\]$", "")
    state.folder = base .. "/Oscalis/"
    reaper.RecursiveCreateDirectory(state.folder, 0)
  end
  return state.folder
end

--- The tables listed under key in one of the script's files (none if it is missing or not JSON).
local function readList(name, key)
  local doc = json.decode(readFile(M.folder() .. name) or "")
  local list = {}
  if type(doc) == "table" and type(doc[key]) == "table" then
    for _, entry in ipairs(doc[key]) do
      if type(entry) == "table" then
        list[#list + 1] = entry
      end
    end
  end
  return list
end

-- What the project holds --------------------------------------------------------------------

local function colourText(native)
  native = math.floor(native or 0)
  if native & 0x1000000 == 0 then
    return json.null
  end
  local r, g, b = reaper.ColorFromNative(native & 0xFFFFFF)
  return string.format("#%02x%02x%02x", r, g, b)
end

--- I_RECINPUT in words: {raw, kind, text}.
function M.describeInput(raw)
  raw = math.floor(raw or -1)
  if raw < 0 then
    return { raw = raw, kind = "none", text = "No input" }
  end
  if raw & 4096 ~= 0 then
    local channel = raw & 31
    local device = (raw >> 5) & 63
    local from = device == 63 and "all devices" or device == 62 and "virtual keyboard"
      or ("device " .. device)
    local channels = channel == 0 and "all channels" or ("channel " .. channel)
    return { raw = raw, kind = "midi", text = "MIDI: " .. from .. ", " .. channels }
  end
  local first = (raw & 1023) + 1
  local where = first > 512 and ("ReaRoute/loopback " .. (first - 512)) or ("in " .. first)
  if raw & 2048 ~= 0 then
    return { raw = raw, kind = "multichannel", text = "Multichannel from " .. where }
  elseif raw & 1024 ~= 0 then
    local pair = first > 512 and ((first - 512) .. "/" .. (first - 511)) or (first .. "/" .. (first + 1))
    local label = first > 512 and "ReaRoute/loopback " or "in "
    return { raw = raw, kind = "stereo", text = "Stereo " .. label .. pair }
  end
  return { raw = raw, kind = "mono", text = "Mono " .. where }
end

local function trackName(track)
  local _, name = reaper.GetSetMediaTrackInfo_String(track, "P_NAME", "", false)
  return name or ""
end

local function fxNames(track)
  local names = json.array({})
  for fx = 0, reaper.TrackFX_GetCount(track) - 1 do
    local _, name = reaper.TrackFX_GetFXName(track, fx, "")
    names[#names + 1] = name or ""
  end
  return names
end

--- The tracks as project.json lists them.
function M.collectTracks()
  local tracks = json.array({})
  local level = 0
  for i = 0, reaper.CountTracks(0) - 1 do
    local track = reaper.GetTrack(0, i)
    local delta = math.floor(reaper.GetMediaTrackInfo_Value(track, "I_FOLDERDEPTH"))
    local fx = fxNames(track)
    local instrumentIndex = reaper.TrackFX_GetInstrument(track)
    local instrument = instrumentIndex >= 0 and fx[instrumentIndex + 1] or json.null
    tracks[#tracks + 1] = {
      index = i + 1,
      name = trackName(track),
      colour = colourText(reaper.GetMediaTrackInfo_Value(track, "I_CUSTOMCOLOR")),
      folderDepth = level,
      isFolder = delta == 1,
      fx = fx,
      instrument = instrument,
      input = M.describeInput(reaper.GetMediaTrackInfo_Value(track, "I_RECINPUT")),
      guid = reaper.GetTrackGUID and reaper.GetTrackGUID(track) or tostring(i + 1),
    }
    level = math.max(0, level + delta)
  end
  return tracks
end

--- Markers and regions, each list in REAPER's order.
function M.collectMarkers()
  local markers, regions = json.array({}), json.array({})
  local _, markerCount, regionCount = reaper.CountProjectMarkers(0)
  for i = 0, markerCount + regionCount - 1 do
    local ok, isRegion, position, regionEnd, name, number, colour = reaper.EnumProjectMarkers3(0, i)
    if ok and ok ~= 0 then
      local entry = {
        index = (isRegion and #regions or #markers) + 1,
        number = number,
        name = name or "",
        position = position,
        colour = colourText(colour),
      }
      if isRegion then
        entry["end"] = regionEnd
        entry.length = regionEnd - position
        regions[#regions + 1] = entry
      else
        markers[#markers + 1] = entry
      end
    end
  end
  return markers, regions
end

local function now()
  return os.date("!%Y-%m-%dT%H:%M:%SZ")
end

local function textOf(v)
  return v == json.null and "" or v
end

--- Compares the tracks with the last look and records instrument and input changes.
local function recordChanges(tracks)
  local seen = {}
  local changed = false
  for _, t in ipairs(tracks) do
    local was = state.known and state.known[t.guid]
    local instrument, input = textOf(t.instrument), t.input.text
    if was then
      if was.instrument ~= instrument then
        state.events[#state.events + 1] = { time = now(), kind = "instrument", track = t.index,
          trackName = t.name, from = was.instrument, to = instrument }
        changed = true
      end
      if was.input ~= input then
        state.events[#state.events + 1] = { time = now(), kind = "input", track = t.index,
          trackName = t.name, from = was.input, to = input }
        changed = true
      end
    end
    seen[t.guid] = { instrument = instrument, input = input }
  end
  state.known = seen
  while #state.events > MAX_EVENTS do
    table.remove(state.events, 1)
  end
  return changed
end

local function projectName()
  if reaper.GetProjectName then
    return reaper.GetProjectName(0, "") or ""
  end
  return ""
end

-- Recordings -------------------------------------------------------------------------------

local function itemGuid(item)
  local _, guid = reaper.GetSetMediaItemInfo_String(item, "GUID", "", false)
  return guid or ""
end

local function itemGuids()
  local set = {}
  for i = 0, reaper.CountMediaItems(0) - 1 do
    set[itemGuid(reaper.GetMediaItem(0, i))] = true
  end
  return set
end

--- The .RPP file of the project being recorded ("" while it has never been saved).
local function projectFile()
  local _, path = reaper.EnumProjects(-1, "")
  return path or ""
end

--- What one recording pass made: the items that were not there before it, with their files.
local function describeRecording(pass)
  local files = json.array({})
  local first, last = math.huge, -math.huge
  for i = 0, reaper.CountMediaItems(0) - 1 do
    local item = reaper.GetMediaItem(0, i)
    if not pass.known[itemGuid(item)] then
      local take = reaper.GetActiveTake(item)
      local source = take and reaper.GetMediaItemTake_Source(take)
      local path = source and reaper.GetMediaSourceFileName(source, "") or ""
      if path ~= "" then
        local position = reaper.GetMediaItemInfo_Value(item, "D_POSITION")
        local finish = position + reaper.GetMediaItemInfo_Value(item, "D_LENGTH")
        local track = reaper.GetMediaItem_Track(item)
        files[#files + 1] = { path = path, start = position, ["end"] = finish,
          track = math.floor(reaper.GetMediaTrackInfo_Value(track, "IP_TRACKNUMBER")),
          trackName = trackName(track) }
        first, last = math.min(first, position), math.max(last, finish)
      end
    end
  end
  if #files == 0 then
    return nil -- nothing was armed, or the takes were thrown away
  end
  return { started = pass.started, stopped = now(), start = first, ["end"] = last,
    project = projectFile(), files = files }
end

--- Follows REAPER's record state; true when a recording has just ended and was added to the
--- list. The items a recording makes are the ones whose GUIDs were not there when it began.
function M.watchRecording()
  local recording = reaper.GetPlayState() & 4 ~= 0
  if recording then
    if not state.recording then
      state.recording = { started = now(), known = state.items or itemGuids() }
    end
    return false
  end
  local added = false
  if state.recording then
    local report = describeRecording(state.recording)
    state.recording = nil
    if report then
      state.recordings[#state.recordings + 1] = report
      while #state.recordings > MAX_RECORDINGS do
        table.remove(state.recordings, 1)
      end
      added = true
    end
  end
  local count = reaper.CountMediaItems(0)
  if added or count ~= state.itemCount or not state.items then
    state.items, state.itemCount = itemGuids(), count
  end
  return added
end

local function loadRecordings()
  for _, r in ipairs(readList("events.json", "recordings")) do
    state.recordings[#state.recordings + 1] = r
  end
end

--- Looks at the project; writes project.json and events.json when something changed.
function M.scan()
  local tracks = M.collectTracks()
  local markers, regions = M.collectMarkers()
  local folder = M.folder()
  local changed = recordChanges(tracks)
  if M.watchRecording() or changed or not fileExists(folder .. "events.json") then
    M.writeAtomically(folder .. "events.json", json.encode({
      format = "oscalis-events", scriptVersion = SCRIPT_VERSION,
      events = json.array({ table.unpack(state.events) }),
      recordings = json.array({ table.unpack(state.recordings) }),
    }))
  end
  for _, t in ipairs(tracks) do
    t.guid = nil
  end
  local text = json.encode({
    format = "oscalis-project", scriptVersion = SCRIPT_VERSION, project = projectName(),
    trackCount = #tracks, tracks = tracks, markers = markers, regions = regions,
  })
  if text ~= state.lastProject then
    if M.writeAtomically(folder .. "project.json", text) then
      state.lastProject = text
    end
  end
end

-- Commands from Oscalis ------------------------------------------------------------------------

local function findRegion(cmd)
  local _, regions = M.collectMarkers()
  for _, r in ipairs(regions) do
    if (cmd.number and r.number == cmd.number)
      or (type(cmd.name) == "string" and r.name:lower() == cmd.name:lower()) then
      return r
    end
  end
  return nil
end

local function parseColour(text)
  local r, g, b = tostring(text):match("^#(%x%x)(%x%x)(%x%x)$")
  if not r then
    return nil
  end
  return tonumber(r, 16), tonumber(g, 16), tonumber(b, 16)
end

local function undoPoint(what)
  if reaper.Undo_OnStateChange then
    reaper.Undo_OnStateChange("Oscalis: " .. what)
  end
end

M.commands = {
  add_marker = function(cmd)
    local position = tonumber(cmd.position) or reaper.GetCursorPosition()
    reaper.AddProjectMarker2(0, false, position, 0, tostring(cmd.name or ""), -1, 0)
    undoPoint("add marker")
  end,
  add_region = function(cmd)
    local first, last = tonumber(cmd.start), tonumber(cmd["end"])
    if not first or not last or last <= first then
      error("add_region needs start < end (seconds)")
    end
    reaper.AddProjectMarker2(0, true, first, last, tostring(cmd.name or ""), -1, 0)
    undoPoint("add region")
  end,
  go_to_region = function(cmd)
    local region = findRegion(cmd)
    if not region then
      error("no region called " .. tostring(cmd.name or cmd.number))
    end
    if cmd.smooth == true then
      reaper.GoToRegion(0, region.number, false)
    else
      reaper.SetEditCurPos(region.position, true, true)
    end
  end,
  set_track_colour = function(cmd)
    local track = math.tointeger(cmd.track) and reaper.GetTrack(0, math.tointeger(cmd.track) - 1)
    if not track then
      error("no track " .. tostring(cmd.track))
    end
    local native = 0
    if cmd.colour ~= json.null and cmd.colour ~= nil then
      local r, g, b = parseColour(cmd.colour)
      if not r then
        error("colour must look like #rrggbb")
      end
      native = reaper.ColorToNative(r, g, b) | 0x1000000
    end
    reaper.SetMediaTrackInfo_Value(track, "I_CUSTOMCOLOR", native)
    undoPoint("track colour")
  end,
  refresh = function()
    state.lastProject = nil
  end,
}

local function acknowledge(id, ok, err)
  state.done[id] = true
  state.acks[#state.acks + 1] = { id = id, ok = ok, error = err or json.null, time = now() }
  while #state.acks > MAX_ACKS do
    table.remove(state.acks, 1)
  end
end

local function loadAcks()
  for _, a in ipairs(readList("ack.json", "done")) do
    if a.id ~= nil then
      state.done[tostring(a.id)] = true
      state.acks[#state.acks + 1] = a
    end
  end
end

--- Runs the commands in commands.json that have not run yet and writes ack.json.
function M.runCommands()
  local text = readFile(M.folder() .. "commands.json")
  if not text or text == state.lastCommands then
    return
  end
  local doc = json.decode(text)
  if type(doc) ~= "table" or type(doc.commands) ~= "table" then
    return -- half written or not ours: look again next time
  end
  state.lastCommands = text
  local ran = false
  for _, cmd in ipairs(doc.commands) do
    local id = type(cmd) == "table" and cmd.id ~= nil and tostring(cmd.id)
    if id and not state.done[id] then
      local handler = M.commands[cmd.command]
      if handler then
        local ok, err = pcall(handler, cmd)
        acknowledge(id, ok, not ok and tostring(err):gsub("^.-:%d+: ", "") or nil)
      else
        acknowledge(id, false, "unknown command " .. tostring(cmd.command))
      end
      ran = true
    end
  end
  if ran then
    M.writeAtomically(M.folder() .. "ack.json", json.encode({
      format = "oscalis-ack", scriptVersion = SCRIPT_VERSION,
      done = json.array({ table.unpack(state.acks) }),
    }))
  end
end

-- The background loop ------------------------------------------------------------------------

local reported = false

--- One look: commands first (their effects show in the same project.json), then the project.
function M.tick()
  local ok, err = pcall(function()
    M.runCommands()
    M.scan()
  end)
  if not ok and not reported then
    reported = true -- once, not twice a second
    reaper.ShowConsoleMsg("Oscalis script: " .. tostring(err) .. "\n")
  end
  return ok
end

function M.loop()
  local t = reaper.time_precise()
  if t - state.lastCheck >= CHECK_INTERVAL then
    state.lastCheck = t
    M.tick()
  end
  reaper.defer(M.loop)
end

function M.start()
  loadAcks()
  loadRecordings()
  M.loop()
end

--- Forgets everything (for tests).
function M.reset()
  state.folder, state.lastProject, state.lastCommands, state.known = nil, nil, nil, nil
  state.lastCheck = -math.huge
  state.events, state.done, state.acks, state.recordings = {}, {}, {}, {}
  state.items, state.itemCount, state.recording = nil, -1, nil
  reported = false
end

if not OSCALIS_NO_AUTORUN then
  M.start()
end

return M
