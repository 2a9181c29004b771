#include "reaper/Session.h"

#include <algorithm>

namespace oscalis::reaper {

namespace {
constexpr int kMaxMarkers = 256;
}

Session::Session(QObject* parent) : QObject(parent) {
    setBankSize(8);
}

void Session::setBankSize(int size) {
    size = std::clamp(size, kMinBankSize, kMaxBankSize);
    if (size == bankSize())
        return;
    const int old = int(m_tracks.size());
    m_tracks.resize(std::size_t(size) + 1);
    for (int slot = std::max(old, 1); slot <= size; ++slot)
        m_tracks[std::size_t(slot)].number = m_bankStart + slot - 1;
    Q_EMIT bankSizeChanged(size);
}

int Session::absoluteNumber(int slot) const {
    const TrackState* t = track(slot);
    return t ? t->number : 0;
}

const TrackState* Session::track(int slot) const {
    return slot >= 0 && slot < int(m_tracks.size()) ? &m_tracks[std::size_t(slot)] : nullptr;
}

TrackState* Session::trackForUpdate(int slot) {
    return slot >= 0 && slot < int(m_tracks.size()) ? &m_tracks[std::size_t(slot)] : nullptr;
}

MarkerInfo* Session::markerForUpdate(int index, bool region) {
    if (index < 1 || index > kMaxMarkers)
        return nullptr;
    auto& list = region ? m_regions : m_markers;
    if (int(list.size()) < index)
        list.resize(std::size_t(index));
    return &list[std::size_t(index) - 1];
}

void Session::setTrackNumber(int slot, int number) {
    TrackState* t = slot >= 1 ? trackForUpdate(slot) : nullptr;
    if (!t || number < 1)
        return;
    const int start = number - slot + 1;
    if (start >= 1 && start != m_bankStart) {
        m_bankStart = start;
        // Slots REAPER has not re-reported yet follow the bank arithmetic.
        for (int s = 1; s <= bankSize(); ++s)
            m_tracks[std::size_t(s)].number = m_bankStart + s - 1;
        Q_EMIT bankChanged(m_bankStart);
        for (int s = 1; s <= bankSize(); ++s)
            Q_EMIT trackChanged(s, FieldNumber);
        return;
    }
    if (t->number != number) {
        t->number = number;
        Q_EMIT trackChanged(slot, FieldNumber);
    }
}

void Session::setProject(ProjectSnapshot project) {
    if (project == m_project)
        return;
    m_project = std::move(project);
    Q_EMIT projectChanged();
    for (int s = 1; s <= bankSize(); ++s)
        Q_EMIT trackChanged(s, FieldProject);
}

std::optional<int> Session::trackCount() const {
    if (m_project.scriptVersion == 0)
        return std::nullopt;
    return m_project.trackCount;
}

std::optional<int> Session::lastBankIndex() const {
    const auto count = trackCount();
    if (!count)
        return std::nullopt;
    const int size = std::max(1, bankSize());
    return std::max(1, (*count + size - 1) / size);
}

const ProjectTrack* Session::projectTrack(int number) const {
    if (number < 1 || number > int(m_project.tracks.size()))
        return nullptr;
    return &m_project.tracks[std::size_t(number) - 1];
}

} // namespace oscalis::reaper
