#include "audio/WavFileSource.h"

#include "audio/AudioText.h"

#include <QFileInfo>

#include <algorithm>

namespace oscalis::audio {

WavFileSource::WavFileSource(QString path) : m_path(std::move(path)) {}

bool WavFileSource::prepare(QString& error) {
    m_file = WavFile::load(m_path, error);
    m_position = 0;
    return m_file.has_value();
}

void WavFileSource::render(float* out, int frames) {
    while (frames > 0) {
        const int take = int(std::min<qint64>(frames, m_file->frames() - m_position));
        m_file->readStereo(m_position, out, take);
        out += 2 * take;
        frames -= take;
        m_position += take;
        if (m_position == m_file->frames())
            m_position = 0;
    }
}

QString WavFileSource::description() const {
    return AudioText::tr("File %1").arg(QFileInfo(m_path).fileName());
}

} // namespace oscalis::audio
