// Fuzz target: the files the ReaScript writes (project.json, events.json), read by ProjectFile
// as ProjectWatcher reads them. Bad files must give an error message, never a crash.
#include "FuzzRig.h"
#include "reaper/ProjectFile.h"

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    oscalis::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using oscalis::reaper::ProjectFile;
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (!ProjectFile::parseProject(text, &error) && error.isEmpty())
        __builtin_trap(); // refused without saying why
    error.clear();
    if (!ProjectFile::parseEvents(text, &error) && error.isEmpty())
        __builtin_trap();
    error.clear();
    if (!ProjectFile::parseRecordings(text, &error) && error.isEmpty())
        __builtin_trap();
    return 0;
}
