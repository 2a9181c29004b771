#include "osc/LoMessage.h"

namespace oscalis::osc {

lo_message makeLoMessage(const OscMessage& message) {
    lo_message msg = lo_message_new();
    for (const auto& a : message.args) {
        if (const auto* i = std::get_if<std::int32_t>(&a))
            lo_message_add_int32(msg, *i);
        else if (const auto* f = std::get_if<float>(&a))
            lo_message_add_float(msg, *f);
        else
            lo_message_add_string(msg, std::get<std::string>(a).c_str());
    }
    return msg;
}

} // namespace oscalis::osc
