#pragma once

#include <QByteArray>
#include <QString>

namespace oscalis::audio {

/// Which source the stream plays (the Stream panel's choice, kept in settings). A plain value.
struct SourceChoice {
    enum class Kind { Tone, File, Device };
    Kind kind = Kind::Tone;
    double toneHz = 1000.0;
    QString filePath;    ///< for File: a 48 kHz WAV file
    QByteArray deviceId; ///< for Device: QAudioDevice::id(), empty for the default input
};

} // namespace oscalis::audio
