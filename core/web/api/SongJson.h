#pragma once

#include "store/Rehearsal.h"
#include "store/Song.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace oscalis::web {

/// Songs as the API shows them (docs/API.md, `GET /api/bands/{bandId}/songs`): the song's own
/// fields plus the viewer's mastery and the band's average, both from the band's mastery grid.
/// Stateless; any thread.
class SongJson {
public:
    /// One song; grid is the song's band's MasteryGrid, viewerId the user who asks.
    static QJsonObject song(const store::Song& song, const store::MasteryGrid& grid,
                            qint64 viewerId);
    /// Several songs of the same band, in the order given.
    static QJsonArray songs(const std::vector<store::Song>& songs, const store::MasteryGrid& grid,
                            qint64 viewerId);
};

} // namespace oscalis::web
