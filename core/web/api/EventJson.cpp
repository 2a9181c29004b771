#include "web/api/EventJson.h"

#include "store/EventRepository.h"

#include <QJsonArray>
#include <QJsonValue>

namespace oscalis::web {

QJsonObject EventJson::event(const store::Event& e, const store::AttendanceSummary& summary,
                             const QHash<qint64, QString>& songTitles, qint64 viewerId) {
    QJsonValue mine;
    for (const auto& line : summary.lines)
        if (line.userId == viewerId && line.answer)
            mine = store::EventRepository::answerName(*line.answer);
    QJsonArray agenda;
    for (qint64 song : e.agenda)
        agenda.append(QJsonObject{{QStringLiteral("songId"), song},
                                  {QStringLiteral("title"), songTitles.value(song)}});
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("startsAt"), e.startsAt},
        {QStringLiteral("durationMin"), e.durationMin},
        {QStringLiteral("place"), e.place},
        {QStringLiteral("replyBy"), e.replyBy.isEmpty() ? QJsonValue() : QJsonValue(e.replyBy)},
        {QStringLiteral("agenda"), agenda},
        {QStringLiteral("myAnswer"), mine},
        {QStringLiteral("yes"), summary.yes},
        {QStringLiteral("no"), summary.no},
        {QStringLiteral("maybe"), summary.maybe},
    };
}

} // namespace oscalis::web
