#pragma once

#include "osc/OscArgs.h"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace oscalis::reaper {

/// The numbers an address carried in place of REAPER's `@` wildcard, in order.
struct Wildcards {
    static constexpr int kMax = 16; // REAPER's own limit per address
    std::array<int, kMax> value{};
    int count = 0;
    int operator[](int i) const { return value[std::size_t(i)]; }
};

/// What a route needs as its first argument; anything else is "unexpected OSC".
enum class ArgKind { None, Number, String };

/// Dispatches OSC addresses through a table: each numeric path segment is read as REAPER's `@`
/// wildcard, the normalised pattern ("/track/@/volume") is looked up in a hash table, and the
/// handler gets the numbers and the arguments. No string comparison chains.
/// Owned by one object and used from its thread only.
class PatternRouter {
public:
    using Handler = std::function<void(const Wildcards&, const osc::OscArgs&)>;
    enum class Result { Handled, Unknown, BadArguments };

    /// Adds a route for a pattern written with `@`, e.g. "/track/@/mute".
    void add(std::string pattern, ArgKind needs, Handler handler);
    /// Finds and runs the route for `path`. Unknown addresses and wrong argument types
    /// run nothing and say so.
    Result dispatch(std::string_view path, const osc::OscArgs& args) const;
    /// Turns "/track/12/volume" into "/track/@/volume" and {12}; false if not a valid address.
    static bool normalise(std::string_view path, std::string& pattern, Wildcards& wildcards);
    /// Every pattern with a route, in no particular order (for tests and documentation).
    std::vector<std::string> patterns() const;

private:
    struct Route {
        ArgKind needs;
        Handler handler;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, Route, Hash, std::equal_to<>> m_routes;
    mutable std::string m_scratch;
};

} // namespace oscalis::reaper
