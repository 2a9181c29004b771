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

--- The `reaper` table and the project behind it.
function Mock.new(resourcePath)
  local project = { tracks = {}, markers = {}, cursor = 0, name = "Rehearsal.RPP" }
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
