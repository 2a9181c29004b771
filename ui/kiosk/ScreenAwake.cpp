#include "ui/kiosk/ScreenAwake.h"

#include "reaper/Session.h"
#include "ui/kiosk/platform/ScreenAwakePlatform.h"

namespace oscalis::ui::kiosk {

ScreenAwake::ScreenAwake(const reaper::Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_platform(std::make_unique<ScreenAwakePlatform>()) {
    connect(&session, &reaper::Session::transportChanged, this, &ScreenAwake::update);
    update();
}

ScreenAwake::~ScreenAwake() = default;

void ScreenAwake::update() {
    const auto& t = m_session.transport();
    const bool wanted = t.playing || t.recording;
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    const bool before = m_held;
    if (wanted) {
        m_held = m_platform->inhibit(tr("REAPER is playing or recording"));
        m_problem = m_held ? QString() : m_platform->lastError();
    } else {
        m_platform->release();
        m_held = false;
    }
    if (m_held != before)
        Q_EMIT heldChanged(m_held);
}

} // namespace oscalis::ui::kiosk
