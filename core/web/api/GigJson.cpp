#include "web/api/GigJson.h"

#include "store/GigRepository.h"
#include "web/api/OrNull.h"

#include <QJsonArray>
#include <QJsonValue>

namespace oscalis::web {

namespace {

QJsonObject item(const store::SetlistItem& i) {
    const bool isBreak = !i.songId;
    std::optional<int> secs = i.songDurationS;
    if (isBreak)
        secs = i.breakMinutes.value_or(0) * 60;
    return {
        {QStringLiteral("position"), i.position},
        {QStringLiteral("songId"), isBreak ? QJsonValue() : QJsonValue(*i.songId)},
        {QStringLiteral("title"), isBreak ? QJsonValue() : QJsonValue(i.songTitle)},
        {QStringLiteral("durationSecs"), orNull(secs)},
        {QStringLiteral("breakMinutes"), orNull(i.breakMinutes)},
        {QStringLiteral("note"), i.note},
    };
}

} // namespace

QJsonObject GigJson::summary(const store::Gig& gig, const store::SetlistSheet& sheet) {
    return {
        {QStringLiteral("id"), gig.id},
        {QStringLiteral("title"), gig.name},
        {QStringLiteral("date"), gig.date},
        {QStringLiteral("venue"), gig.venue},
        {QStringLiteral("status"), store::GigRepository::statusName(gig.status)},
        {QStringLiteral("totalSecs"), sheet.totalS},
        {QStringLiteral("unknownDurations"), sheet.unknownDurations},
    };
}

QJsonObject GigJson::detail(const store::Gig& gig, const std::vector<store::SetlistItem>& items,
                            const store::SetlistSheet& sheet) {
    QJsonObject out = summary(gig, sheet);
    QJsonArray list;
    for (const store::SetlistItem& i : items)
        list.append(item(i));
    out.insert(QStringLiteral("items"), list);
    return out;
}

} // namespace oscalis::web
