#pragma once

#include "osc/LoMessage.h"
#include "osc/OscArgs.h"

#include <lo/lo.h>

namespace oscalis::test {

/// Holds a liblo message built from an OscMessage and exposes its arguments the way the
/// endpoint hands them to handlers, for feeding dispatchers directly in unit tests.
class LoArgs {
public:
    explicit LoArgs(const osc::OscMessage& m)
        : m_msg(osc::makeLoMessage(m)), m_types(lo_message_get_types(m_msg)),
          m_args(m_types, lo_message_get_argv(m_msg), lo_message_get_argc(m_msg)) {}
    ~LoArgs() { lo_message_free(m_msg); }
    LoArgs(const LoArgs&) = delete;
    LoArgs& operator=(const LoArgs&) = delete;
    const osc::OscArgs& args() const { return m_args; }

private:
    lo_message m_msg;
    const char* m_types;
    osc::OscArgs m_args;
};

} // namespace oscalis::test
