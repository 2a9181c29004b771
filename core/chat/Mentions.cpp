#include "chat/Mentions.h"

#include <QRegularExpression>

#include <algorithm>

namespace oscalis::chat {

namespace {

// The characters of a user name (see UserRepository::checkUsername).
const QString kWordChars = QStringLiteral("\\p{L}\\p{N}._\\-");

QString key(const QString& name) {
    QString squeezed;
    squeezed.reserve(name.size());
    for (QChar c : name)
        if (!c.isSpace())
            squeezed += c;
    return squeezed.toCaseFolded();
}

// The ids of the members whose names (as key() makes them) match word.
std::vector<qint64> named(const QString& word, const std::vector<store::Membership>& members) {
    std::vector<qint64> ids;
    if (word.isEmpty())
        return ids;
    for (const auto& m : members)
        if (key(m.username) == word)
            ids.push_back(m.userId);
    if (!ids.empty())
        return ids;
    for (const auto& m : members)
        if ((!m.nickname.isEmpty() && key(m.nickname) == word) || key(m.displayName) == word)
            ids.push_back(m.userId);
    return ids;
}

} // namespace

QStringList Mentions::tokens(const QString& text) {
    static const QRegularExpression mention(QStringLiteral("(?<![%1@])@([%1]+)").arg(kWordChars));
    QStringList words;
    if (!text.contains(QLatin1Char('@')))
        return words;
    auto it = mention.globalMatch(text);
    while (it.hasNext())
        words << it.next().captured(1);
    return words;
}

std::vector<qint64> Mentions::resolve(const QString& text,
                                      const std::vector<store::Membership>& members) {
    std::vector<store::Membership> active;
    for (const auto& m : members)
        if (m.status == store::Membership::Status::Active)
            active.push_back(m);
    static const QRegularExpression trailing(QStringLiteral("[._-]+$"));
    std::vector<qint64> ids;
    for (const QString& token : tokens(text)) {
        const QString word = key(token);
        std::vector<qint64> found = named(word, active);
        // "@ann." at the end of a sentence: the dot belongs to the sentence, not to the name.
        if (found.empty())
            found = named(QString(word).remove(trailing), active);
        ids.insert(ids.end(), found.begin(), found.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace oscalis::chat
