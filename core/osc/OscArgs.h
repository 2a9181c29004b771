#pragma once

#include <QString>

#include <lo/lo.h>

#include <string_view>

namespace oscalis::osc {

/// A read-only view of an incoming message's arguments, valid only inside the handler call.
/// Numbers may arrive as int32 or float32 (REAPER accepts both); other types are "not a number".
class OscArgs {
public:
    OscArgs(const char* types, lo_arg** argv, int argc)
        : m_types(types), m_argv(argv), m_argc(argc) {}

    int count() const { return m_argc; }
    char type(int i) const { return i < m_argc ? m_types[i] : '\0'; }
    bool isNumber(int i) const {
        const char t = type(i);
        return t == 'f' || t == 'i';
    }
    bool isString(int i) const { return type(i) == 's'; }
    /// The argument as a float; call only when isNumber(i).
    float number(int i) const { return type(i) == 'f' ? m_argv[i]->f : float(m_argv[i]->i); }
    /// The argument as text; call only when isString(i).
    std::string_view string(int i) const { return std::string_view(&m_argv[i]->s); }
    /// The argument as a QString (UTF-8); call only when isString(i).
    QString text(int i) const {
        const std::string_view s = string(i);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

private:
    const char* m_types;
    lo_arg** m_argv;
    int m_argc;
};

} // namespace oscalis::osc
