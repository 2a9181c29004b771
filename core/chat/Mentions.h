#pragma once

#include "store/Band.h"

#include <QStringList>

#include <vector>

namespace oscalis::chat {

/// Finds the people a chat message names with @: "@ann", "@Ann," and "@AnnLee" (for the display
/// name "Ann Lee") all name the same member. An @ inside a word (an e-mail address) is not a
/// mention. Stateless; any thread.
class Mentions {
public:
    /// The words written after an @, in order, without the @ ("hi @ann, @bob." -> ann, bob.).
    static QStringList tokens(const QString& text);
    /// The user ids of the active members named in text, sorted, each once. A word names a
    /// member by user name (any case); failing that, by nickname or by display name written
    /// without spaces (any case). Words that name nobody are ignored.
    static std::vector<qint64> resolve(const QString& text,
                                       const std::vector<store::Membership>& members);
};

} // namespace oscalis::chat
