#pragma once

#include <QString>

#include <optional>

namespace oscalis::auth {

/// A user's role across the whole installation (stored in users.role). Plain value; any thread.
enum class GlobalRole { Member, Moderator, Admin };

/// A user's role inside one band; None means "not an active member of that band".
enum class BandRole { None, Member, Leader };

/// Database spelling of a global role ("admin", "moderator", "member").
QString roleName(GlobalRole role);
/// Parses the database spelling; nullopt for anything else.
std::optional<GlobalRole> globalRoleFromName(const QString& name);
/// Database spelling of a band role ("leader", "member"; "none" for None).
QString roleName(BandRole role);
/// Parses "leader" / "member"; nullopt for anything else.
std::optional<BandRole> bandRoleFromName(const QString& name);

} // namespace oscalis::auth
