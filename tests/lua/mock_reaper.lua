-- A stand-in for the parts of REAPER's ReaScript API that reaper_script/oscalis.lua uses, over
-- a project held in plain tables. Only what the script calls; each call checks its arguments
-- the way REAPER would need them.
local Mock = {}

local function native(r, g, b)
  return r | (g << 8) | (b << 16)
end

--- A track for the mock project. colour: "#rrggbb" or nil for REAPER's default.
function Mock.track(name, opts)
  opts = opts or {}
  local colour = 0
  if opts.colour then
    local r, g, b = opts.colour:match("^#(%x%x)(%x%x)(%x%x)$")
    colour = native(tonumber(r, 16), tonumber(g, 16), tonumber(b, 16)) | 0x1000000
  end
  return {
    name = name,
    colour = colour,
    folder = opts.folder or 0,
    fx = opts.fx or {},
    instrument = opts.instrument or -1,
    input = opts.input or -1,
    guid = opts.guid,
  }
end

--- A media item on `track` (a Mock.track) from `position` for `length` seconds, whose active
--- take plays `file` ("" for a take with no file, like MIDI recorded into the project).
function Mock.item(track, position, length, file)
  return { track = track, position = position, length = length,
    take = { source = { file = file } } }
end

--- The `reaper` table and the project behind it.
function Mock.new(resourcePath)
  local project = { tracks = {}, markers = {}, items = {}, cursor = 0, name = "Rehearsal.RPP",
    path = "/home/band/Rehearsal.RPP", playState = 0 }
  local deferred = {}
  local clock = { now = 0 }
  local console = {}
  local guidCount = 0
  local r = {}

  local function trackOf(t)
    assert(type(t) == "table" and t.name ~= nil, "not a MediaTrack")
    return t
  end

  function r.GetResourcePath() return resourcePath end
  function r.RecursiveCreateDirectory(path, ignored)
    assert(ignored == 0)
    os.execute('mkdir -p "' .. path .. '"')
    return 1
  end
  function r.CountTracks(proj) assert(proj == 0); return #project.tracks end
  function r.GetTrack(proj, i)
    assert(proj == 0)
    return project.tracks[i + 1]
  end
  function r.GetTrackGUID(t)
    t = trackOf(t)
    if not t.guid then
      guidCount = guidCount + 1
      t.guid = string.format("{%08d-0000-0000-0000-000000000000}", guidCount)
    end
    return t.guid
  end
  function r.GetSetMediaTrackInfo_String(t, key, value, set)
    t = trackOf(t)
    assert(key == "P_NAME" and value == "" and set == false)
    return true, t.name
  end
  function r.GetMediaTrackInfo_Value(t, key)
    t = trackOf(t)
    -- REAPER returns doubles.
    if key == "I_CUSTOMCOLOR" then return t.colour + 0.0 end
    if key == "I_FOLDERDEPTH" then return t.folder + 0.0 end
    if key == "I_RECINPUT" then return t.input + 0.0 end
    if key == "IP_TRACKNUMBER" then
      for i, other in ipairs(project.tracks) do
        if other == t then return i + 0.0 end
      end
      return 0.0
    end
    error("unexpected key " .. tostring(key))
  end
  function r.SetMediaTrackInfo_Value(t, key, value)
    t = trackOf(t)
    assert(key == "I_CUSTOMCOLOR")
    t.colour = value
    return true
  end
  function r.TrackFX_GetCount(t) return #trackOf(t).fx end
  function r.TrackFX_GetFXName(t, fx, buf)
    assert(buf == "")
    local name = trackOf(t).fx[fx + 1]
    return name ~= nil, name or ""
  end
  function r.TrackFX_GetInstrument(t) return trackOf(t).instrument end
  function r.ColorFromNative(c) return c & 0xFF, (c >> 8) & 0xFF, (c >> 16) & 0xFF end
  function r.ColorToNative(red, green, blue) return native(red, green, blue) end
  function r.CountProjectMarkers(proj)
    assert(proj == 0)
    local m, g = 0, 0
    for _, mk in ipairs(project.markers) do
      if mk.isRegion then g = g + 1 else m = m + 1 end
    end
    return m + g, m, g
  end
  function r.EnumProjectMarkers3(proj, i)
    assert(proj == 0)
    local mk = project.markers[i + 1]
    if not mk then return 0, false, 0, 0, "", 0, 0 end
    return i + 1, mk.isRegion, mk.position, mk.finish or 0, mk.name, mk.number, mk.colour or 0
  end
  function r.AddProjectMarker2(proj, isRegion, position, finish, name, wanted, colour)
    assert(proj == 0 and wanted == -1 and colour == 0)
    local number = 1
    for _, mk in ipairs(project.markers) do
      if mk.isRegion == isRegion then number = math.max(number, mk.number + 1) end
    end
    project.markers[#project.markers + 1] = { isRegion = isRegion, position = position,
      finish = finish, name = name, number = number }
    table.sort(project.markers, function(a, b) return a.position < b.position end)
    return number
  end
  function r.GetCursorPosition() return project.cursor end
  function r.SetEditCurPos(t, moveView, seekPlay)
    assert(type(moveView) == "boolean" and type(seekPlay) == "boolean")
    project.cursor = t
  end
  function r.GoToRegion(proj, number, timelineOrder)
    assert(proj == 0 and timelineOrder == false)
    project.smoothTarget = number
  end
  function r.GetPlayState() return project.playState end
  function r.EnumProjects(idx, buf)
    assert(idx == -1 and buf == "")
    return {}, project.path
  end
  local function itemOf(item)
    assert(type(item) == "table" and item.take ~= nil, "not a MediaItem")
    return item
  end
  function r.CountMediaItems(proj) assert(proj == 0); return #project.items end
  function r.GetMediaItem(proj, i) assert(proj == 0); return project.items[i + 1] end
  function r.GetSetMediaItemInfo_String(item, key, value, set)
    item = itemOf(item)
    assert(key == "GUID" and value == "" and set == false)
    if not item.guid then
      guidCount = guidCount + 1
      item.guid = string.format("{%08d-1111-0000-0000-000000000000}", guidCount)
    end
    return true, item.guid
  end
  function r.GetMediaItemInfo_Value(item, key)
    item = itemOf(item)
    if key == "D_POSITION" then return item.position + 0.0 end
    if key == "D_LENGTH" then return item.length + 0.0 end
    error("unexpected key " .. tostring(key))
  end
  function r.GetMediaItem_Track(item) return itemOf(item).track end
  function r.GetActiveTake(item) return itemOf(item).take end
  function r.GetMediaItemTake_Source(take)
    assert(type(take) == "table" and take.source, "not a MediaItem_Take")
    return take.source
  end
  function r.GetMediaSourceFileName(source, buf)
    assert(type(source) == "table" and buf == "", "not a PCM_source")
    return source.file
  end
  function r.GetProjectName(proj, buf) assert(proj == 0 and buf == ""); return project.name end
  function r.Undo_OnStateChange(what) project.lastUndo = what end
  function r.defer(fn) deferred[#deferred + 1] = fn end
  function r.time_precise() return clock.now end
  function r.ShowConsoleMsg(text) console[#console + 1] = text end

  --- Runs what the script deferred, as REAPER's next timer cycle would.
  local function runDeferred()
    local pending = deferred
    deferred = {}
    for _, fn in ipairs(pending) do fn() end
    return #pending
  end

  return r, project, { runDeferred = runDeferred, clock = clock, console = console }
end

return Mock
