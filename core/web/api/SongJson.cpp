#include "web/api/SongJson.h"

#include "web/api/OrNull.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace oscalis::web {

namespace {

/// Finds each song's row and the viewer's column in the grid once, for a whole list.
class GridIndex {
public:
    GridIndex(const store::MasteryGrid& grid, qint64 viewerId) : m_grid(grid) {
        for (std::size_t i = 0; i < grid.members.size(); ++i)
            if (grid.members[i].userId == viewerId)
                m_column = i;
        for (std::size_t i = 0; i < grid.rows.size(); ++i)
            m_rows.insert(grid.rows[i].songId, i);
    }

    QJsonValue mine(qint64 songId) const {
        const store::MasteryGrid::Row* r = row(songId);
        if (!r || !m_column)
            return QJsonValue();
        return orNull(r->levels[*m_column]);
    }
    QJsonValue band(qint64 songId) const {
        const store::MasteryGrid::Row* r = row(songId);
        return r ? orNull(r->average) : QJsonValue();
    }

private:
    const store::MasteryGrid::Row* row(qint64 songId) const {
        const auto it = m_rows.constFind(songId);
        return it == m_rows.cend() ? nullptr : &m_grid.rows[*it];
    }

    const store::MasteryGrid& m_grid;
    std::optional<std::size_t> m_column;
    QHash<qint64, std::size_t> m_rows;
};

QJsonObject toJson(const store::Song& s, const GridIndex& index) {
    QJsonArray links;
    for (const QString& line : s.links.split(QLatin1Char('\n'))) {
        const QString link = line.trimmed();
        if (!link.isEmpty())
            links.append(link);
    }
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("artist"), s.artist},
        {QStringLiteral("key"), s.musicalKey},
        {QStringLiteral("tempo"), orNull(s.tempoBpm)},
        {QStringLiteral("durationSecs"), orNull(s.durationS)},
        {QStringLiteral("notes"), s.notes},
        {QStringLiteral("links"), links},
        {QStringLiteral("myMastery"), index.mine(s.id)},
        {QStringLiteral("bandMastery"), index.band(s.id)},
    };
}

} // namespace

QJsonObject SongJson::song(const store::Song& song, const store::MasteryGrid& grid,
                           qint64 viewerId) {
    return toJson(song, GridIndex(grid, viewerId));
}

QJsonArray SongJson::songs(const std::vector<store::Song>& songs, const store::MasteryGrid& grid,
                           qint64 viewerId) {
    const GridIndex index(grid, viewerId);
    QJsonArray out;
    for (const store::Song& s : songs)
        out.append(toJson(s, index));
    return out;
}

} // namespace oscalis::web
