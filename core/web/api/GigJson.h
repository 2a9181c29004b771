#pragma once

#include "store/Gig.h"
#include "store/SetlistSheet.h"

#include <QJsonObject>

#include <vector>

namespace oscalis::web {

/// Gigs as the API shows them (docs/API.md, `GET /api/bands/{bandId}/gigs` and
/// `GET /api/gigs/{gigId}`). Durations and totals come from the gig's SetlistSheet, so the
/// browser shows the same total as the printed setlist. Stateless; any thread.
class GigJson {
public:
    /// One line of the gig list.
    static QJsonObject summary(const store::Gig& gig, const store::SetlistSheet& sheet);
    /// The gig with its setlist (items in order, breaks included).
    static QJsonObject detail(const store::Gig& gig, const std::vector<store::SetlistItem>& items,
                              const store::SetlistSheet& sheet);
};

} // namespace oscalis::web
