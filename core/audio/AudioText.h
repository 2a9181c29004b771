#pragma once

#include <QCoreApplication>

namespace oscalis::audio {

/// The one place where the words of the live audio stream for users (a missing device, a file
/// that cannot be streamed, settings out of range) go through translation: AudioText::tr("...")
/// is QCoreApplication::translate("oscalis::audio", "..."). Any thread.
class AudioText {
    Q_DECLARE_TR_FUNCTIONS(oscalis::audio)
};

} // namespace oscalis::audio
