#include "web/api/SuggestionJson.h"

#include "web/api/OrNull.h"

namespace oscalis::web {

QJsonObject SuggestionJson::suggestion(const store::Suggestion& s) {
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("artist"), s.artist},
        {QStringLiteral("link"), s.link},
        {QStringLiteral("note"), s.note},
        {QStringLiteral("authorName"), s.authorName},
        {QStringLiteral("votes"), s.votes},
        {QStringLiteral("votedByMe"), s.votedByViewer},
        {QStringLiteral("promotedSongId"), orNull(s.promotedSongId)},
    };
}

} // namespace oscalis::web
