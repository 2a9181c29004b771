#pragma once

#include "store/Suggestion.h"

#include <QJsonObject>

namespace oscalis::web {

/// A song suggestion as the API shows it (docs/API.md, `GET /api/bands/{bandId}/suggestions`).
/// Stateless; any thread.
class SuggestionJson {
public:
    /// `votedByMe` is the suggestion's votedByViewer: read it for the user who asks.
    static QJsonObject suggestion(const store::Suggestion& suggestion);
};

} // namespace oscalis::web
