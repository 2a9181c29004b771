#include "store/UserRepository.h"

#include "auth/Permissions.h"
#include "store/AccessCheck.h"
#include "store/AuditRepository.h"
#include "store/SqlValue.h"
#include "store/StoreText.h"
#include "store/Validate.h"

#include <QRegularExpression>

namespace oscalis::store {

using namespace oscalis::auth;

namespace {

const QString kColumns = QStringLiteral("id, username, display_name, role, last_band_id, created_at, disabled");

User fromRecord(const QSqlRecord& r) {
    return {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            globalRoleFromName(r.value(3).toString()).value_or(GlobalRole::Member),
            sql::optId(r.value(4)), r.value(5).toString(), r.value(6).toInt() != 0};
}

QJsonObject summary(const User& u) {
    return {{QStringLiteral("username"), u.username}, {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), roleName(u.role)}, {QStringLiteral("disabled"), u.disabled}};
}

QString target(qint64 id) { return QStringLiteral("user:%1").arg(id); }

} // namespace

Status UserRepository::checkUsername(const QString& username) {
    Status length = Validate::text(username, StoreText::tr("The user name"), kUsernameMax, true);
    if (!length.ok()) return length;
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._-]+$"));
    if (!allowed.match(username).hasMatch())
        return Error::invalid(StoreText::tr("The user name may contain only letters, digits, dots, dashes "
                                             "and underscores (no spaces)."));
    return {};
}

Result<User> UserRepository::readOne(const QString& where, const QVariant& key) {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM users WHERE %2").arg(kColumns, where), {key});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return Error::notFound(StoreText::tr("There is no such user."));
    return fromRecord(rows->front());
}

Result<User> UserRepository::find(qint64 id) { return readOne(QStringLiteral("id = ?"), id); }

Result<User> UserRepository::findByUsername(const QString& username) {
    if (username.size() > kUsernameMax) return Error::notFound(StoreText::tr("There is no such user."));
    return readOne(QStringLiteral("username = ?"), username); // the column is COLLATE NOCASE
}

Result<std::vector<User>> UserRepository::list() {
    auto rows = m_db.select(QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns));
    if (!rows.ok()) return rows.error();
    std::vector<User> users;
    for (const auto& r : *rows) users.push_back(fromRecord(r));
    return users;
}

Result<int> UserRepository::count() {
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!n.ok()) return n.error();
    return n->toInt();
}

Result<QString> UserRepository::passwordHash(qint64 userId) {
    auto h = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!h.ok()) return h.error();
    if (h->isNull()) return Error::notFound(StoreText::tr("There is no such user."));
    return h->toString();
}

Result<User> UserRepository::create(const Actor& actor, const NewUser& input) {
    NewUser u = input;
    u.username = u.username.trimmed();
    u.displayName = u.displayName.trimmed().isEmpty() ? u.username : u.displayName.trimmed();
    if (Status s = checkUsername(u.username); !s.ok()) return s.error();
    if (Status s = Validate::text(u.displayName, StoreText::tr("The display name"), Validate::kNameMax, true); !s.ok())
        return s.error();
    if (u.passwordHash.isEmpty()) return Error::invalid(StoreText::tr("A password is needed."));

    User created;
    Status done = m_db.transaction([&]() -> Status {
        auto existing = count();
        if (!existing.ok()) return existing.error();
        if (actor.isAnonymous()) {
            const bool firstAdmin = u.role == GlobalRole::Admin && *existing == 0;
            if (u.role != GlobalRole::Member && !firstAdmin)
                return Error::denied(StoreText::tr("Only an administrator can create an account with that role."));
        } else if (Status s = AccessCheck::require(m_db, actor, Action::ManageUsers); !s.ok()) {
            return s;
        }
        auto clash = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {u.username});
        if (!clash.ok()) return clash.error();
        if (!clash->isNull())
            return Error::conflict(StoreText::tr("The user name “%1” is already taken.").arg(u.username));
        const QString now = sql::nowUtc();
        auto id = m_db.insert(QStringLiteral("INSERT INTO users (username, display_name, password_hash, role, "
                                             "created_at) VALUES (?, ?, ?, ?, ?)"),
                              {u.username, u.displayName, u.passwordHash, roleName(u.role), now});
        if (!id.ok()) return id.error();
        created = User{*id, u.username, u.displayName, u.role, std::nullopt, now, false};
        const Actor author = actor.isAnonymous() ? Actor{*id, u.role} : actor;
        return AuditRepository::append(m_db, author, std::nullopt, QStringLiteral("user.create"), target(*id),
                                       {}, summary(created));
    });
    if (!done.ok()) return done.error();
    return created;
}

Status UserRepository::countAdminsOtherThan(qint64 userId, const QString& refusal) {
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0 AND id <> ?"),
                         {userId});
    if (!n.ok()) return n.error();
    if (n->toInt() == 0) return Error::conflict(refusal);
    return {};
}

Status UserRepository::setPasswordHash(const Actor& actor, qint64 userId, const QString& hash) {
    if (hash.isEmpty()) return Error::invalid(StoreText::tr("A password is needed."));
    return m_db.transaction([&]() -> Status {
        auto who = find(userId);
        if (!who.ok()) return who.error();
        const bool own = actor.userId == userId;
        if (Status s = AccessCheck::require(m_db, actor, own ? Action::ChangeOwnPassword : Action::ResetPassword);
            !s.ok())
            return s;
        if (!own && who->role == GlobalRole::Admin) {
            auto me = AccessCheck::current(m_db, actor);
            if (!me.ok()) return me.error();
            if (me->role != GlobalRole::Admin)
                return Error::denied(StoreText::tr("Only an administrator can reset an administrator's password."));
        }
        auto r = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, userId});
        if (!r.ok()) return r.error();
        return AuditRepository::append(m_db, actor, std::nullopt,
                                       own ? QStringLiteral("user.change_password") : QStringLiteral("user.reset_password"),
                                       target(userId), {}, {{QStringLiteral("password"), QStringLiteral("changed")}});
    });
}

Status UserRepository::setRole(const Actor& actor, qint64 userId, GlobalRole role) {
    return m_db.transaction([&]() -> Status {
        if (Status s = AccessCheck::require(m_db, actor, Action::ManageUsers); !s.ok()) return s;
        auto before = find(userId);
        if (!before.ok()) return before.error();
        if (before->role == role) return {};
        if (before->role == GlobalRole::Admin)
            if (Status s = countAdminsOtherThan(userId, StoreText::tr("Oscalis needs at least one administrator; "
                                                                       "make someone else an administrator first."));
                !s.ok())
                return s;
        auto r = m_db.exec(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleName(role), userId});
        if (!r.ok()) return r.error();
        User after = *before;
        after.role = role;
        return AuditRepository::append(m_db, actor, std::nullopt, QStringLiteral("user.set_role"), target(userId),
                                       summary(*before), summary(after));
    });
}

Status UserRepository::setDisabled(const Actor& actor, qint64 userId, bool disabled) {
    return m_db.transaction([&]() -> Status {
        if (Status s = AccessCheck::require(m_db, actor, Action::ManageUsers); !s.ok()) return s;
        if (disabled && actor.userId == userId)
            return Error::invalid(StoreText::tr("You cannot disable your own account."));
        auto before = find(userId);
        if (!before.ok()) return before.error();
        if (before->disabled == disabled) return {};
        if (disabled && before->role == GlobalRole::Admin)
            if (Status s = countAdminsOtherThan(userId, StoreText::tr("Oscalis needs at least one active administrator.")); !s.ok())
                return s;
        auto r = m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, userId});
        if (!r.ok()) return r.error();
        if (disabled) {
            auto revoked = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
                                     {sql::nowUtc(), userId});
            if (!revoked.ok()) return revoked.error();
        }
        User after = *before;
        after.disabled = disabled;
        return AuditRepository::append(m_db, actor, std::nullopt,
                                       disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                                       target(userId), summary(*before), summary(after));
    });
}

Status UserRepository::setDisplayName(const Actor& actor, qint64 userId, const QString& displayName) {
    const QString name = displayName.trimmed();
    if (Status s = Validate::text(name, StoreText::tr("The display name"), Validate::kNameMax, true); !s.ok()) return s;
    return m_db.transaction([&]() -> Status {
        if (actor.userId != userId)
            if (Status s = AccessCheck::require(m_db, actor, Action::ManageUsers); !s.ok()) return s;
        if (auto me = AccessCheck::current(m_db, actor); !me.ok()) return me.error();
        auto before = find(userId);
        if (!before.ok()) return before.error();
        auto r = m_db.exec(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"), {name, userId});
        if (!r.ok()) return r.error();
        User after = *before;
        after.displayName = name;
        return AuditRepository::append(m_db, actor, std::nullopt, QStringLiteral("user.rename"), target(userId),
                                       summary(*before), summary(after));
    });
}

Status UserRepository::setLastBand(const Actor& actor, std::optional<qint64> bandId) {
    auto r = m_db.exec(QStringLiteral("UPDATE users SET last_band_id = ? WHERE id = ?"), {sql::opt(bandId), actor.userId});
    if (!r.ok()) return r.error();
    return {};
}

} // namespace oscalis::store
