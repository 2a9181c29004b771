#pragma once

#include <QString>

namespace oscalis::reaper::sim {

/// How the simulator is set up; the command line of oscalis-reaper-sim maps onto this.
struct SimOptions {
    quint16 port = 8000; ///< where it listens, like REAPER's "Local listen port"
    QString replyHost;   ///< fixed feedback address; empty: answer the last sender
    quint16 replyPort = 0;
    int tracks = 16;
    int markers = 8;
    int regions = 4;
    bool play = false;           ///< start playing at once
    int maxPacketBytes = 1024;   ///< REAPER's default "max packet size"
    int sendIntervalMs = 10;     ///< REAPER's default pause between packets
    double surfaceRateHz = 15.0; ///< REAPER's control-surface update rate (meters, time)
};

} // namespace oscalis::reaper::sim
