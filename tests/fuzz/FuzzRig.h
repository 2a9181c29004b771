#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace oscalis::fuzz {

/// What every fuzz target needs once per process: a QCoreApplication (the SQLite driver is a
/// plugin) and silence (bad input is logged, and a log line per input would slow the fuzzer
/// down to a crawl). Call first in LLVMFuzzerInitialize, before making the target's rig (a
/// function-local static, so that it is destroyed before the application at exit).
inline void initQt() {
    static int argc = 1;
    static char name[] = "oscalis-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

/// Ends the process when the rig cannot be made (libFuzzer ignores LLVMFuzzerInitialize's
/// result): fuzzing without it would only crash on the rig.
[[noreturn]] inline void giveUp(const char* why) {
    std::fprintf(stderr, "fuzz target not ready: %s\n", why);
    std::exit(2);
}

} // namespace oscalis::fuzz
