#pragma once

#include "chat/ChatService.h"
#include "store/BandRepository.h"
#include "store/Migrations.h"
#include "store/UserRepository.h"
#include "tests/store/StoreTestRig.h"

#include <QStringList>

#include <memory>

namespace oscalis::chat::test {

/// The store's rig (admin, moderator, leader, member, outsider, one band) plus a third band
/// member, Carol ("Carol Singer", nickname "Caro"), and a ChatService on the rig's database.
/// Owned by one test function; test thread only.
struct ChatTestRig : store::test::StoreTestRig {
    auth::Actor carol;
    std::unique_ptr<ChatService> chat;

    bool setUpChat() {
        if (!setUp())
            return false;
        store::UserRepository users(*db);
        auto c = users.create(admin, {QStringLiteral("carol"), QStringLiteral("Carol Singer"),
                                      QStringLiteral("$placeholder"), auth::GlobalRole::Member});
        if (!c.ok())
            return false;
        carol = {c->id, auth::GlobalRole::Member};
        store::BandRepository bands(*db);
        auto b = bands.find(band);
        if (!b.ok() || !bands.joinByInviteCode(carol, b->inviteCode).ok())
            return false;
        if (!bands.updateMember(carol, band, carol.userId, QStringLiteral("Caro"), {}).ok())
            return false;
        chat = std::make_unique<ChatService>(*db);
        return true;
    }

    /// Closes the database file and opens it again, as a restart of Oscalis does.
    bool reopen() {
        chat.reset();
        db.reset();
        auto opened = store::Migrations::openLatest(path());
        if (!opened.ok())
            return false;
        db = std::move(opened).value();
        chat = std::make_unique<ChatService>(*db);
        return true;
    }

    /// The id of the band's "general" room (made on this first call).
    qint64 general() {
        auto rooms = chat->rooms(member, band);
        if (!rooms.ok())
            return 0;
        for (const Room& r : *rooms)
            if (r.name == QLatin1String("general"))
                return r.id;
        return 0;
    }

    /// Posts text as who and returns the stored message (an empty one on failure).
    Message say(const auth::Actor& who, qint64 room, const QString& text,
                const QString& clientId = {}) {
        auto posted = chat->post(who, room, text, clientId);
        return posted.ok() ? posted->message : Message{};
    }

    /// The seqs of messages, in their order.
    static std::vector<qint64> seqs(const std::vector<Message>& messages) {
        std::vector<qint64> out;
        for (const Message& m : messages)
            out.push_back(m.seq);
        return out;
    }

    /// The texts of messages, in their order.
    static QStringList texts(const std::vector<Message>& messages) {
        QStringList out;
        for (const Message& m : messages)
            out << m.text;
        return out;
    }

    /// 1, 2, ..., n.
    static std::vector<qint64> oneTo(qint64 n) {
        std::vector<qint64> out(static_cast<std::size_t>(n));
        for (qint64 i = 0; i < n; ++i)
            out[static_cast<std::size_t>(i)] = i + 1;
        return out;
    }
};

} // namespace oscalis::chat::test
