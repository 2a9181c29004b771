#pragma once

#include "store/Event.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace oscalis::web {

/// An agenda event as the API shows it (docs/API.md, `GET /api/bands/{bandId}/events`): the
/// event, its song agenda with titles, the answer counts and the viewer's own answer.
/// Stateless; any thread.
class EventJson {
public:
    /// summary: the event's AttendanceSummary; songTitles: the band's song titles by id.
    static QJsonObject event(const store::Event& event, const store::AttendanceSummary& summary,
                             const QHash<qint64, QString>& songTitles, qint64 viewerId);
};

} // namespace oscalis::web
