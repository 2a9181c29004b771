#pragma once

#include "osc/OscMessage.h"

#include <lo/lo.h>

namespace oscalis::osc {

/// A new liblo message holding `message`'s arguments; the caller frees it (lo_message_free,
/// or through the bundle it is added to).
lo_message makeLoMessage(const OscMessage& message);

} // namespace oscalis::osc
