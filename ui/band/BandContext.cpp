#include "ui/band/BandContext.h"

#include "auth/AccountService.h"
#include "store/BandRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace oscalis::ui::band {

BandContext::BandContext(store::Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_accounts(std::make_unique<auth::AccountService>(db)) {}

BandContext::~BandContext() = default;

QString BandContext::audioRoot() const {
    return QFileInfo(m_db.path()).absolutePath();
}

void BandContext::signIn(const auth::Actor& actor) {
    m_actor = actor;
    store::UserRepository users(m_db);
    auto user = users.find(actor.userId);
    m_user = user.ok() ? user.value() : store::User{};
    m_band = {};
    m_role = auth::BandRole::None;
    loadBands();
    Q_EMIT userChanged();
    std::optional<qint64> wanted = m_user.lastBandId;
    const bool known = wanted && std::any_of(m_bands.begin(), m_bands.end(),
                                             [&](const store::Band& b) { return b.id == *wanted; });
    if (!known)
        wanted = m_bands.empty() ? std::nullopt : std::optional<qint64>(m_bands.front().id);
    if (wanted)
        openBand(*wanted);
    else
        Q_EMIT bandChanged();
}

void BandContext::signOut() {
    m_actor = auth::Actor::anonymous();
    m_user = {};
    m_bands.clear();
    m_band = {};
    m_role = auth::BandRole::None;
    Q_EMIT userChanged();
    Q_EMIT bandChanged();
}

void BandContext::loadBands() {
    store::BandRepository repo(m_db);
    auto bands = repo.listForUser(m_actor.userId);
    m_bands = bands.ok() ? std::move(bands).value() : std::vector<store::Band>{};
}

void BandContext::openBand(qint64 bandId) {
    store::BandRepository repo(m_db);
    auto band = repo.find(bandId);
    if (!band.ok())
        return;
    m_band = band.value();
    auto membership = repo.membership(bandId, m_actor.userId);
    m_role = membership.ok() && membership->status == store::Membership::Status::Active
                 ? membership->role
                 : auth::BandRole::None;
    if (m_user.lastBandId != bandId) {
        store::UserRepository users(m_db);
        if (users.setLastBand(m_actor, bandId).ok())
            m_user.lastBandId = bandId;
    }
    Q_EMIT bandChanged();
}

void BandContext::reload() {
    loadBands();
    if (m_band.id)
        openBand(m_band.id);
    else
        Q_EMIT bandChanged();
}

bool BandContext::allows(auth::Action action) const {
    return signedIn() && auth::Permissions::allows(m_actor, action, m_role).allowed;
}

QString BandContext::describe(const store::Error& error) {
    if (!error.message.isEmpty())
        return error.message;
    return QCoreApplication::translate("oscalis", "Something went wrong while saving.");
}

} // namespace oscalis::ui::band
