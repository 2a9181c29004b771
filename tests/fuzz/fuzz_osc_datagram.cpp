// Fuzz target: one UDP datagram as REAPER's side of the link would send it, through liblo's
// server dispatch (bundles, lo_message_deserialise, type tags) into Oscalis's handler exactly as
// Endpoint wires it (every path, every type) and on to the FeedbackDispatcher's pattern table
// and the Session.
#include "FuzzRig.h"
#include "osc/OscArgs.h"
#include "reaper/FeedbackDispatcher.h"
#include "reaper/Session.h"

#include <lo/lo.h>

#include <cstdint>
#include <vector>

namespace {

struct OscRig {
    oscalis::reaper::Session session;
    oscalis::reaper::FeedbackDispatcher dispatcher{session};
    lo_server server = nullptr;

    OscRig() {
        // As Endpoint::open: a UDP server (its socket stays unread), no time-tag queue, one
        // catch-all method. Errors (malformed datagrams) are only counted there.
        server = lo_server_new_with_proto(nullptr, LO_UDP, [](int, const char*, const char*) {});
        lo_server_enable_queue(server, 0, 1);
        lo_server_add_method(server, nullptr, nullptr, &OscRig::onMessage, this);
    }
    ~OscRig() {
        if (server)
            lo_server_free(server);
    }

    static int onMessage(const char* path, const char* types, lo_arg** argv, int argc, lo_message,
                         void* self) {
        static_cast<OscRig*>(self)->dispatcher.apply(std::string_view(path),
                                                     oscalis::osc::OscArgs(types, argv, argc));
        return 0;
    }
};

OscRig& rig() {
    static OscRig r;
    return r;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    oscalis::fuzz::initQt();
    if (!rig().server)
        oscalis::fuzz::giveUp("liblo could not open a UDP server");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // liblo reads the datagram in place: give it a copy it may touch, as recv() would.
    std::vector<std::uint8_t> datagram(data, data + size);
    lo_server_dispatch_data(rig().server, datagram.data(), datagram.size());
    return 0;
}
