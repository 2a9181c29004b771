#pragma once

#include "auth/Actor.h"
#include "store/BandRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/UserRepository.h"

#include <QTemporaryDir>

#include <memory>

namespace oscalis::store::test {

/// A fresh database at the latest schema in a temporary folder, with one person per role:
/// admin, moderator, leader (of `band`), member (of `band`) and outsider (in no band).
/// Passwords hashes are placeholders: repositories never look at them.
/// Owned by one test function; GUI/test thread only.
struct StoreTestRig {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    auth::Actor admin, moderator, leader, member, outsider;
    qint64 band = 0;

    QString path() const { return dir.filePath(QStringLiteral("oscalis.sqlite")); }

    bool setUp() {
        auto opened = Migrations::openLatest(path());
        if (!opened.ok()) return false;
        db = std::move(opened).value();
        UserRepository users(*db);
        auto a = users.create(auth::Actor::anonymous(), {QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                                         QStringLiteral("$placeholder"), auth::GlobalRole::Admin});
        if (!a.ok()) return false;
        admin = {a->id, auth::GlobalRole::Admin};
        auto mk = [&](const QString& name, auth::GlobalRole role) -> auth::Actor {
            auto u = users.create(admin, {name, name, QStringLiteral("$placeholder"), role});
            return u.ok() ? auth::Actor{u->id, role} : auth::Actor{};
        };
        moderator = mk(QStringLiteral("moderator"), auth::GlobalRole::Moderator);
        leader = mk(QStringLiteral("leader"), auth::GlobalRole::Member);
        member = mk(QStringLiteral("member"), auth::GlobalRole::Member);
        outsider = mk(QStringLiteral("outsider"), auth::GlobalRole::Member);
        if (moderator.isAnonymous() || leader.isAnonymous() || member.isAnonymous() || outsider.isAnonymous())
            return false;
        BandRepository bands(*db);
        auto b = bands.create(leader, QStringLiteral("Les Tilleuls"));
        if (!b.ok()) return false;
        band = b->id;
        return bands.joinByInviteCode(member, b->inviteCode).ok();
    }

    int count(const QString& table) {
        auto n = db->scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        return n.ok() ? n->toInt() : -1;
    }
};

} // namespace oscalis::store::test
