-- oscalis_json.lua: the small JSON encoder/decoder used by oscalis.lua (Oscalis's ReaScript).
-- Oscalis-File-Version: 1
--
-- encode(value) -> string. Tables with keys 1..n (or marked with json.array) become arrays,
--   other tables objects with their keys sorted (so equal data gives equal text); json.null is
--   null; NaN and infinities become null; strings are escaped (quote, backslash, control
--   characters) and UTF-8 passes through, with invalid bytes replaced by U+FFFD so the result is
--   always valid JSON.
-- decode(text) -> value | nil, message. Objects and arrays become tables (arrays marked as
--   such), null becomes json.null, \uXXXX escapes (surrogate pairs too) become UTF-8.

local json = {}

json.null = setmetatable({}, { __tostring = function() return "null" end })

local ARRAY = { __jsontype = "array" }
local OBJECT = { __jsontype = "object" }

--- Marks t as a JSON array (so an empty one encodes as []) and returns it.
function json.array(t)
  return setmetatable(t or {}, ARRAY)
end

--- Marks t as a JSON object (so an empty one encodes as {}) and returns it.
function json.object(t)
  return setmetatable(t or {}, OBJECT)
end

local escapes = {
  ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t',
}

local function validUtf8(s)
  if utf8.len(s) then
    return s
  end
  local out, i = {}, 1
  while i <= #s do
    local ok, pos = utf8.len(s, i)
    if ok then
      out[#out + 1] = s:sub(i)
      break
    end
    out[#out + 1] = s:sub(i, pos - 1)
    out[#out + 1] = "\239\191\189" -- U+FFFD in place of the bad byte
    i = pos + 1
  end
  return table.concat(out)
end

local function encodeString(s)
  s = validUtf8(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function isArray(t)
  local mt = getmetatable(t)
  if mt == ARRAY then
    return true
  elseif mt == OBJECT then
    return false
  end
  local n = 0
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 then
      return false
    end
    n = n + 1
  end
  for i = 1, n do
    if t[i] == nil then
      return false
    end
  end
  return true
end

local encodeValue

local function encodeTable(t, out, seen)
  if seen[t] then
    error("oscalis_json: a table contains itself")
  end
  seen[t] = true
  if isArray(t) then
    out[#out + 1] = "["
    for i = 1, #t do
      if i > 1 then
        out[#out + 1] = ","
      end
      encodeValue(t[i], out, seen)
    end
    out[#out + 1] = "]"
  else
    local keys = {}
    for k in pairs(t) do
      if type(k) ~= "string" and type(k) ~= "number" then
        error("oscalis_json: object keys must be strings")
      end
      keys[#keys + 1] = tostring(k)
    end
    table.sort(keys)
    out[#out + 1] = "{"
    for i, k in ipairs(keys) do
      if i > 1 then
        out[#out + 1] = ","
      end
      out[#out + 1] = encodeString(k)
      out[#out + 1] = ":"
      local v = t[k]
      if v == nil then
        v = t[tonumber(k)]
      end
      encodeValue(v, out, seen)
    end
    out[#out + 1] = "}"
  end
  seen[t] = nil
end

function encodeValue(v, out, seen)
  local kind = type(v)
  if v == nil or v == json.null then
    out[#out + 1] = "null"
  elseif kind == "boolean" then
    out[#out + 1] = v and "true" or "false"
  elseif kind == "number" then
    if v ~= v or v == math.huge or v == -math.huge then
      out[#out + 1] = "null"
    elseif math.type(v) == "integer" then
      out[#out + 1] = string.format("%d", v)
    elseif v == math.floor(v) and math.abs(v) < 2 ^ 53 then
      out[#out + 1] = string.format("%d", math.floor(v))
    else
      out[#out + 1] = string.format("%.14g", v)
    end
  elseif kind == "string" then
    out[#out + 1] = encodeString(v)
  elseif kind == "table" then
    encodeTable(v, out, seen)
  else
    error("oscalis_json: cannot encode a " .. kind)
  end
end

--- The JSON text for value.
function json.encode(value)
  local out = {}
  encodeValue(value, out, {})
  return table.concat(out)
end

-- Decoding ---------------------------------------------------------------------------------

local Parser = {}
Parser.__index = Parser

function Parser:fail(what)
  error({ oscalis_json = true, message = string.format("%s at byte %d", what, self.pos) }, 0)
end

function Parser:skip()
  self.pos = self.text:find("[^ \t\r\n]", self.pos) or (#self.text + 1)
end

function Parser:peek()
  return self.text:sub(self.pos, self.pos)
end

local function codepointToUtf8(cp)
  return utf8.char(cp)
end

function Parser:string()
  local out = {}
  local text = self.text
  local i = self.pos + 1
  while true do
    local j = text:find('["\\%c]', i)
    if not j then
      self.pos = #text + 1
      self:fail("unterminated string")
    end
    out[#out + 1] = text:sub(i, j - 1)
    local c = text:sub(j, j)
    if c == '"' then
      self.pos = j + 1
      return table.concat(out)
    elseif c == "\\" then
      local e = text:sub(j + 1, j + 1)
      local simple = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f",
                       n = "\n", r = "\r", t = "\t" }
      if simple[e] then
        out[#out + 1] = simple[e]
        i = j + 2
      elseif e == "u" then
        local hex = text:match("^%x%x%x%x", j + 2)
        if not hex then
          self.pos = j
          self:fail("bad \\u escape")
        end
        local cp = tonumber(hex, 16)
        i = j + 6
        if cp >= 0xD800 and cp <= 0xDBFF then
          local low = text:match("^\\u(%x%x%x%x)", i)
          local lo = low and tonumber(low, 16)
          if lo and lo >= 0xDC00 and lo <= 0xDFFF then
            cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
            i = i + 6
          else
            cp = 0xFFFD
          end
        elseif cp >= 0xDC00 and cp <= 0xDFFF then
          cp = 0xFFFD
        end
        out[#out + 1] = codepointToUtf8(cp)
      else
        self.pos = j
        self:fail("bad escape")
      end
    else
      self.pos = j
      self:fail("control character in string")
    end
  end
end

function Parser:number()
  local s, e = self.text:find("^-?%d+%.?%d*[eE]?[-+]?%d*", self.pos)
  if not s then
    self:fail("bad number")
  end
  local literal = self.text:sub(s, e)
  local n = math.tointeger(tonumber(literal)) or tonumber(literal)
  if not n then
    self:fail("bad number")
  end
  self.pos = e + 1
  return n
end

function Parser:literal(word, value)
  if self.text:sub(self.pos, self.pos + #word - 1) ~= word then
    self:fail("unexpected character")
  end
  self.pos = self.pos + #word
  return value
end

function Parser:value(depth)
  if depth > 64 then
    self:fail("too deeply nested")
  end
  self:skip()
  local c = self:peek()
  if c == "{" then
    local t = json.object({})
    self.pos = self.pos + 1
    self:skip()
    if self:peek() == "}" then
      self.pos = self.pos + 1
      return t
    end
    while true do
      self:skip()
      if self:peek() ~= '"' then
        self:fail("expected a key")
      end
      local k = self:string()
      self:skip()
      if self:peek() ~= ":" then
        self:fail("expected ':'")
      end
      self.pos = self.pos + 1
      t[k] = self:value(depth + 1)
      self:skip()
      local d = self:peek()
      self.pos = self.pos + 1
      if d == "}" then
        return t
      elseif d ~= "," then
        self.pos = self.pos - 1
        self:fail("expected ',' or '}'")
      end
    end
  elseif c == "[" then
    local t = json.array({})
    self.pos = self.pos + 1
    self:skip()
    if self:peek() == "]" then
      self.pos = self.pos + 1
      return t
    end
    while true do
      t[#t + 1] = self:value(depth + 1)
      self:skip()
      local d = self:peek()
      self.pos = self.pos + 1
      if d == "]" then
        return t
      elseif d ~= "," then
        self.pos = self.pos - 1
        self:fail("expected ',' or ']'")
      end
    end
  elseif c == '"' then
    return self:string()
  elseif c == "-" or c:match("%d") then
    return self:number()
  elseif c == "t" then
    return self:literal("true", true)
  elseif c == "f" then
    return self:literal("false", false)
  elseif c == "n" then
    return self:literal("null", json.null)
  elseif c == "" then
    self:fail("unexpected end of text")
  end
  self:fail("unexpected character")
end

--- The value text holds, or nil and a message saying where it went wrong.
function json.decode(text)
  if type(text) ~= "string" then
    return nil, "not a string"
  end
  local p = setmetatable({ text = text, pos = 1 }, Parser)
  local ok, result = pcall(function()
    local v = p:value(0)
    p:skip()
    if p.pos <= #text then
      p:fail("trailing characters")
    end
    return v
  end)
  if ok then
    return result
  end
  if type(result) == "table" and result.oscalis_json then
    return nil, result.message
  end
  error(result, 0)
end

return json
