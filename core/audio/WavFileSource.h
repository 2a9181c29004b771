#pragma once

#include "audio/PacedSource.h"
#include "audio/WavFile.h"

#include <optional>

namespace oscalis::audio {

/// Streams a 48 kHz WAV file in real time, over and over (a backing track, a reference mix).
/// The file is read into memory when the stream starts, so nothing waits on the disk later.
/// Owner: StreamEngine; one thread.
class WavFileSource : public PacedSource {
public:
    explicit WavFileSource(QString path);

    void render(float* out, int frames) override;
    QString description() const override;

protected:
    bool prepare(QString& error) override;

private:
    QString m_path;
    std::optional<WavFile> m_file;
    qint64 m_position = 0;
};

} // namespace oscalis::audio
