#include "store/BandRepository.h"

#include "auth/Permissions.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

#include <QRandomGenerator>

#include <cstring>

namespace oscalis::store {

using namespace oscalis::auth;

namespace {

const QString kBandColumns =
    QStringLiteral("id, name, owner_id, invite_code, created_at, logo IS NOT NULL AND length(logo) > 0");
const QString kMemberSelect = QStringLiteral(
    "SELECT m.band_id, m.user_id, u.username, u.display_name, m.role_in_band, m.nickname, m.instrument, "
    "m.status, m.joined_at FROM memberships m JOIN users u ON u.id = m.user_id ");

Band bandFrom(const QSqlRecord& r) {
    return {r.value(0).toLongLong(), r.value(1).toString(), sql::optId(r.value(2)), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toInt() != 0};
}

Membership::Status statusFrom(const QString& s) {
    if (s == QLatin1String("invited")) return Membership::Status::Invited;
    if (s == QLatin1String("left")) return Membership::Status::Left;
    return Membership::Status::Active;
}

Membership memberFrom(const QSqlRecord& r) {
    return {r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
            bandRoleFromName(r.value(4).toString()).value_or(BandRole::Member), r.value(5).toString(),
            r.value(6).toString(), statusFrom(r.value(7).toString()), r.value(8).toString()};
}

QJsonObject summary(const Band& b) {
    return {{QStringLiteral("name"), b.name}};
}

QJsonObject summary(const Membership& m) {
    static const char* statuses[] = {"invited", "active", "left"};
    return {{QStringLiteral("user_id"), m.userId}, {QStringLiteral("role"), roleName(m.role)},
            {QStringLiteral("nickname"), m.nickname}, {QStringLiteral("instrument"), m.instrument},
            {QStringLiteral("status"), QLatin1String(statuses[static_cast<int>(m.status)])}};
}

QString bandTarget(qint64 id) { return QStringLiteral("band:%1").arg(id); }
QString memberTarget(qint64 band, qint64 user) { return QStringLiteral("band:%1/user:%2").arg(band).arg(user); }

} // namespace

QString BandRepository::generateInviteCode() {
    const int n = static_cast<int>(std::strlen(kInviteAlphabet));
    QString code;
    for (int i = 0; i < kInviteCodeLength; ++i)
        code += QLatin1Char(kInviteAlphabet[QRandomGenerator::system()->bounded(n)]);
    return code;
}

QString BandRepository::normaliseInviteCode(const QString& typed) {
    QString code;
    for (QChar c : typed.left(64))
        if (!c.isSpace() && c != QLatin1Char('-')) code += c.toUpper();
    return code;
}

Result<QString> BandRepository::uniqueInviteCode() {
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString code = generateInviteCode();
        auto clash = m_db.scalar(QStringLiteral("SELECT id FROM bands WHERE invite_code = ?"), {code});
        if (!clash.ok()) return clash.error();
        if (clash->isNull()) return code;
    }
    return Error::conflict(StoreText::tr("No free invite code could be found; please try again."));
}

Result<Band> BandRepository::create(const Actor& actor, const QString& rawName) {
    const QString name = rawName.trimmed();
    if (Status s = Validate::text(name, StoreText::tr("The band's name"), Validate::kNameMax, true); !s.ok())
        return s.error();
    Band band;
    Status done = m_db.transaction([&]() -> Status {
        if (Status s = AccessCheck::require(m_db, actor, Action::CreateBand); !s.ok()) return s;
        auto code = uniqueInviteCode();
        if (!code.ok()) return code.error();
        const QString now = sql::nowUtc();
        auto id = m_db.insert(QStringLiteral("INSERT INTO bands (name, owner_id, invite_code, created_at) VALUES (?, ?, ?, ?)"),
                              {name, actor.userId, *code, now});
        if (!id.ok()) return id.error();
        auto member = m_db.exec(QStringLiteral("INSERT INTO memberships (band_id, user_id, role_in_band, status, joined_at) "
                                               "VALUES (?, ?, 'leader', 'active', ?)"),
                                {*id, actor.userId, now});
        if (!member.ok()) return member.error();
        auto settings = m_db.exec(QStringLiteral("INSERT INTO band_settings (band_id) VALUES (?)"), {*id});
        if (!settings.ok()) return settings.error();
        band = Band{*id, name, actor.userId, *code, now, false};
        return AuditRepository::append(m_db, actor, *id, QStringLiteral("band.create"), bandTarget(*id), {}, summary(band));
    });
    if (!done.ok()) return done.error();
    return band;
}

Result<Band> BandRepository::find(qint64 bandId) {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM bands WHERE id = ?").arg(kBandColumns), {bandId});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::notFound(StoreText::tr("This band does not exist (any more)."));
    return bandFrom(rows->front());
}

Result<std::vector<Band>> BandRepository::listForUser(qint64 userId) {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM bands WHERE id IN (SELECT band_id FROM memberships "
                                           "WHERE user_id = ? AND status = 'active') ORDER BY name COLLATE NAMES")
                                .arg(kBandColumns),
                            {userId});
    if (!rows.ok()) return rows.error();
    std::vector<Band> bands;
    for (const auto& r : *rows) bands.push_back(bandFrom(r));
    return bands;
}

Result<std::vector<Band>> BandRepository::listAll() {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM bands ORDER BY name COLLATE NAMES").arg(kBandColumns));
    if (!rows.ok()) return rows.error();
    std::vector<Band> bands;
    for (const auto& r : *rows) bands.push_back(bandFrom(r));
    return bands;
}

Status BandRepository::rename(const Actor& actor, qint64 bandId, const QString& rawName) {
    const QString name = rawName.trimmed();
    if (Status s = Validate::text(name, StoreText::tr("The band's name"), Validate::kNameMax, true); !s.ok()) return s;
    return m_db.transaction([&]() -> Status {
        auto before = find(bandId);
        if (!before.ok()) return before.error();
        if (Status s = AccessCheck::require(m_db, actor, Action::EditBand, bandId); !s.ok()) return s;
        auto r = m_db.exec(QStringLiteral("UPDATE bands SET name = ? WHERE id = ?"), {name, bandId});
        if (!r.ok()) return r.error();
        Band after = *before;
        after.name = name;
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("band.rename"), bandTarget(bandId),
                                       summary(*before), summary(after));
    });
}

Status BandRepository::setLogo(const Actor& actor, qint64 bandId, const QByteArray& image) {
    if (image.size() > kMaxLogoBytes)
        return Error::invalid(StoreText::tr("The logo is too large (%1 KiB; at most %2 KiB).")
                                  .arg(image.size() / 1024).arg(kMaxLogoBytes / 1024));
    return m_db.transaction([&]() -> Status {
        if (auto b = find(bandId); !b.ok()) return b.error();
        if (Status s = AccessCheck::require(m_db, actor, Action::EditBand, bandId); !s.ok()) return s;
        auto r = m_db.exec(QStringLiteral("UPDATE bands SET logo = ? WHERE id = ?"),
                           {image.isEmpty() ? QVariant() : QVariant(image), bandId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("band.logo"), bandTarget(bandId), {},
                                       {{QStringLiteral("logo_bytes"), image.size()}});
    });
}

Result<QByteArray> BandRepository::logo(qint64 bandId) {
    auto v = m_db.scalar(QStringLiteral("SELECT logo FROM bands WHERE id = ?"), {bandId});
    if (!v.ok()) return v.error();
    return v->toByteArray();
}

Status BandRepository::remove(const Actor& actor, qint64 bandId) {
    return m_db.transaction([&]() -> Status {
        auto before = find(bandId);
        if (!before.ok()) return before.error();
        if (Status s = AccessCheck::require(m_db, actor, Action::DeleteBand, bandId); !s.ok()) return s;
        auto r = m_db.exec(QStringLiteral("DELETE FROM bands WHERE id = ?"), {bandId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("band.delete"), bandTarget(bandId),
                                       summary(*before), {});
    });
}

Result<QString> BandRepository::rotateInviteCode(const Actor& actor, qint64 bandId) {
    QString code;
    Status done = m_db.transaction([&]() -> Status {
        if (auto b = find(bandId); !b.ok()) return b.error();
        if (Status s = AccessCheck::require(m_db, actor, Action::RotateInviteCode, bandId); !s.ok()) return s;
        auto fresh = uniqueInviteCode();
        if (!fresh.ok()) return fresh.error();
        code = *fresh;
        auto r = m_db.exec(QStringLiteral("UPDATE bands SET invite_code = ? WHERE id = ?"), {code, bandId});
        if (!r.ok()) return r.error();
        // The codes themselves are not logged: the log is readable by more people than the code.
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("band.rotate_invite"), bandTarget(bandId));
    });
    if (!done.ok()) return done.error();
    return code;
}

Result<Membership> BandRepository::joinByInviteCode(const Actor& actor, const QString& typed) {
    const QString code = normaliseInviteCode(typed);
    Membership joined;
    Status done = m_db.transaction([&]() -> Status {
        if (actor.isAnonymous()) return Error::denied(StoreText::tr("Please sign in to join a band."));
        if (auto me = AccessCheck::current(m_db, actor); !me.ok()) return me.error();
        auto band = m_db.scalar(QStringLiteral("SELECT id FROM bands WHERE invite_code = ?"), {code});
        if (!band.ok()) return band.error();
        if (band->isNull())
            return Error::notFound(StoreText::tr("No band has the invite code “%1”. Check it with the band's leader.")
                                       .arg(typed.left(20)));
        const qint64 bandId = band->toLongLong();
        auto existing = membership(bandId, actor.userId);
        if (existing.ok() && existing->status == Membership::Status::Active)
            return Error::conflict(StoreText::tr("You are already a member of this band."));
        const QString now = sql::nowUtc();
        auto r = existing.ok()
            ? m_db.exec(QStringLiteral("UPDATE memberships SET status = 'active', role_in_band = 'member', joined_at = ? "
                                       "WHERE band_id = ? AND user_id = ?"), {now, bandId, actor.userId})
            : m_db.exec(QStringLiteral("INSERT INTO memberships (band_id, user_id, role_in_band, status, joined_at) "
                                       "VALUES (?, ?, 'member', 'active', ?)"), {bandId, actor.userId, now});
        if (!r.ok()) return r.error();
        auto after = membership(bandId, actor.userId);
        if (!after.ok()) return after.error();
        joined = *after;
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("band.join"),
                                       memberTarget(bandId, actor.userId), {}, summary(joined));
    });
    if (!done.ok()) return done.error();
    return joined;
}

Result<std::vector<Membership>> BandRepository::members(qint64 bandId) {
    auto rows = m_db.select(kMemberSelect + QStringLiteral("WHERE m.band_id = ? ORDER BY m.status = 'left', "
                                                           "m.role_in_band <> 'leader', u.display_name COLLATE NAMES"),
                            {bandId});
    if (!rows.ok()) return rows.error();
    std::vector<Membership> list;
    for (const auto& r : *rows) list.push_back(memberFrom(r));
    return list;
}

Result<Membership> BandRepository::membership(qint64 bandId, qint64 userId) {
    auto rows = m_db.select(kMemberSelect + QStringLiteral("WHERE m.band_id = ? AND m.user_id = ?"), {bandId, userId});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::notFound(StoreText::tr("This person is not in the band."));
    return memberFrom(rows->front());
}

Status BandRepository::keepALeader(qint64 bandId, qint64 userId) {
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE band_id = ? AND user_id <> ? "
                                        "AND role_in_band = 'leader' AND status = 'active'"),
                         {bandId, userId});
    if (!n.ok()) return n.error();
    if (n->toInt() == 0)
        return Error::conflict(StoreText::tr("A band needs at least one leader: make someone else leader first."));
    return {};
}

Status BandRepository::setMemberRole(const Actor& actor, qint64 bandId, qint64 userId, BandRole role) {
    if (role == BandRole::None) return removeMember(actor, bandId, userId);
    return m_db.transaction([&]() -> Status {
        auto before = membership(bandId, userId);
        if (!before.ok()) return before.error();
        if (Status s = AccessCheck::require(m_db, actor, Action::ChangeMemberRole, bandId); !s.ok()) return s;
        if (before->role == role) return {};
        if (before->role == BandRole::Leader)
            if (Status s = keepALeader(bandId, userId); !s.ok()) return s;
        auto r = m_db.exec(QStringLiteral("UPDATE memberships SET role_in_band = ? WHERE band_id = ? AND user_id = ?"),
                           {roleName(role), bandId, userId});
        if (!r.ok()) return r.error();
        Membership after = *before;
        after.role = role;
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("member.set_role"),
                                       memberTarget(bandId, userId), summary(*before), summary(after));
    });
}

Status BandRepository::updateMember(const Actor& actor, qint64 bandId, qint64 userId, const QString& nickname,
                                    const QString& instrument) {
    if (Status s = Validate::text(nickname, StoreText::tr("The nickname"), Validate::kNameMax, false); !s.ok()) return s;
    if (Status s = Validate::text(instrument, StoreText::tr("The instrument"), Validate::kNameMax, false); !s.ok())
        return s;
    return m_db.transaction([&]() -> Status {
        auto before = membership(bandId, userId);
        if (!before.ok()) return before.error();
        const Action needed = actor.userId == userId ? Action::EditOwnMembership : Action::EditBand;
        if (Status s = AccessCheck::require(m_db, actor, needed, bandId); !s.ok()) return s;
        auto r = m_db.exec(QStringLiteral("UPDATE memberships SET nickname = ?, instrument = ? WHERE band_id = ? AND user_id = ?"),
                           {nickname.trimmed(), instrument.trimmed(), bandId, userId});
        if (!r.ok()) return r.error();
        Membership after = *before;
        after.nickname = nickname.trimmed();
        after.instrument = instrument.trimmed();
        return AuditRepository::append(m_db, actor, bandId, QStringLiteral("member.edit"), memberTarget(bandId, userId),
                                       summary(*before), summary(after));
    });
}

Status BandRepository::removeMember(const Actor& actor, qint64 bandId, qint64 userId) {
    return m_db.transaction([&]() -> Status {
        auto before = membership(bandId, userId);
        if (!before.ok()) return before.error();
        if (before->status == Membership::Status::Left) return {};
        const bool leaving = actor.userId == userId;
        if (Status s = AccessCheck::require(m_db, actor, leaving ? Action::EditOwnMembership : Action::RemoveMember, bandId);
            !s.ok())
            return s;
        if (before->role == BandRole::Leader)
            if (Status s = keepALeader(bandId, userId); !s.ok()) return s;
        auto r = m_db.exec(QStringLiteral("UPDATE memberships SET status = 'left' WHERE band_id = ? AND user_id = ?"),
                           {bandId, userId});
        if (!r.ok()) return r.error();
        Membership after = *before;
        after.status = Membership::Status::Left;
        return AuditRepository::append(m_db, actor, bandId, leaving ? QStringLiteral("member.leave") : QStringLiteral("member.remove"),
                                       memberTarget(bandId, userId), summary(*before), summary(after));
    });
}

} // namespace oscalis::store
