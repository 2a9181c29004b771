#pragma once

#include "auth/Actor.h"
#include "auth/Permissions.h"
#include "store/Band.h"
#include "store/Error.h"
#include "store/User.h"

#include <QObject>

#include <optional>
#include <vector>

#include <memory>

namespace oscalis::auth {
class AccountService;
}
namespace oscalis::store {
class Database;
}

namespace oscalis::ui::band {

class Stage;

/// Who is signed in and which band is open: the one thing every band page reads before it asks a
/// repository for data. Greys out nothing itself; pages ask allows() to grey out what the
/// permission table would refuse anyway (the repositories still decide).
/// Owner: the composition root (app/main.cpp) or a test; GUI thread only. Does not own the
/// Database.
class BandContext : public QObject {
    Q_OBJECT
public:
    explicit BandContext(store::Database& db, QObject* parent = nullptr);
    ~BandContext() override;

    store::Database& db() const { return m_db; }
    /// The folder of the database file: recorded audio notes live in its audio-notes folder.
    QString audioRoot() const;
    /// Sign-in, first admin, password resets; one instance so the sign-in throttle remembers.
    auth::AccountService& accounts() const { return *m_accounts; }

    bool signedIn() const { return !m_actor.isAnonymous(); }
    const auth::Actor& actor() const { return m_actor; }
    const store::User& user() const { return m_user; }
    /// Signs the actor in (reads their account) and opens their last band, or their first one.
    void signIn(const auth::Actor& actor);
    void signOut();

    /// The bands the signed-in user is an active member of, by name.
    const std::vector<store::Band>& bands() const { return m_bands; }
    /// 0 when no band is open.
    qint64 bandId() const { return m_band.id; }
    const store::Band& band() const { return m_band; }
    auth::BandRole bandRole() const { return m_role; }
    /// Opens bandId and remembers it as the user's last band (users.last_band).
    void openBand(qint64 bandId);
    /// Re-reads the user's bands and the open band (after a rename, a new code, a join).
    void reload();

    /// The way to REAPER (setlist Go / Next, live mode, takes); null without one.
    Stage* stage() const { return m_stage; }
    void setStage(Stage* stage) { m_stage = stage; }

    /// Whether the permission table lets the signed-in user do action in the open band.
    bool allows(auth::Action action) const;

    /// An error from a repository, as one line a user can read.
    static QString describe(const store::Error& error);

Q_SIGNALS:
    /// The user signed in or out.
    void userChanged();
    /// Another band was opened (or the band list changed); pages reload everything.
    void bandChanged();
    /// Something in the open band changed (a page saved); other pages refresh their lists.
    void dataChanged();

public:
    /// Pages call this after a successful change so the others (and the audit log) refresh.
    void notifyChanged() { Q_EMIT dataChanged(); }

private:
    void loadBands();

    store::Database& m_db;
    std::unique_ptr<auth::AccountService> m_accounts;
    auth::Actor m_actor;
    store::User m_user;
    std::vector<store::Band> m_bands;
    store::Band m_band;
    auth::BandRole m_role = auth::BandRole::None;
    Stage* m_stage = nullptr;
};

} // namespace oscalis::ui::band
