#pragma once

#include "auth/Actor.h"
#include "store/Band.h"
#include "store/Database.h"

#include <QByteArray>

#include <vector>

namespace oscalis::store {

/// Bands, their members and invite codes. Owner: whoever owns the Database; same thread as it.
/// Whoever creates a band becomes its first leader; a band always keeps at least one leader.
class BandRepository {
public:
    static constexpr int kInviteCodeLength = 8;
    /// No 0/O, 1/I/L: a code read aloud across the rehearsal room or copied by hand stays right.
    static constexpr const char* kInviteAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static constexpr int kMaxLogoBytes = 1024 * 1024;

    explicit BandRepository(Database& db) : m_db(db) {}

    Result<Band> create(const auth::Actor& actor, const QString& name);
    Result<Band> find(qint64 bandId);
    /// Bands where the user is an active member, by name.
    Result<std::vector<Band>> listForUser(qint64 userId);
    Result<std::vector<Band>> listAll();
    Status rename(const auth::Actor& actor, qint64 bandId, const QString& name);
    /// An image file's bytes (PNG/JPEG); empty removes the logo.
    Status setLogo(const auth::Actor& actor, qint64 bandId, const QByteArray& image);
    Result<QByteArray> logo(qint64 bandId);
    /// Deletes the band and everything in it (songs, events, gigs...). The audit entry stays.
    Status remove(const auth::Actor& actor, qint64 bandId);

    /// A fresh random code; the old one stops working at once.
    Result<QString> rotateInviteCode(const auth::Actor& actor, qint64 bandId);
    /// The actor joins the band whose code this is (case and dashes/spaces ignored).
    Result<Membership> joinByInviteCode(const auth::Actor& actor, const QString& code);

    /// Everyone who is or was in the band, leaders first.
    Result<std::vector<Membership>> members(qint64 bandId);
    Result<Membership> membership(qint64 bandId, qint64 userId);
    Status setMemberRole(const auth::Actor& actor, qint64 bandId, qint64 userId, auth::BandRole role);
    /// Nickname and instrument: one's own, or anyone's for a leader.
    Status updateMember(const auth::Actor& actor, qint64 bandId, qint64 userId, const QString& nickname,
                        const QString& instrument);
    /// Marks the member as having left (one may leave oneself; a leader may remove others).
    Status removeMember(const auth::Actor& actor, qint64 bandId, qint64 userId);

    static QString generateInviteCode();
    static QString normaliseInviteCode(const QString& typed);

private:
    Result<QString> uniqueInviteCode();
    Status keepALeader(qint64 bandId, qint64 userId);

    Database& m_db;
};

} // namespace oscalis::store
