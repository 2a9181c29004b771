// Seeds a band database for bench/chat_fanout: one band, N members, one signed-in session each.
// Usage: bench_chat_seed DB_FILE N TOKENS_FILE
// Writes one session token per line to TOKENS_FILE (the clients present them as their cookie).
// Sessions are made directly with SessionRepository, so the benchmark measures chat, not Argon2id.

#include "auth/Actor.h"
#include "store/BandRepository.h"
#include "store/Migrations.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

using namespace oscalis;

namespace {
int fail(const QString& what) {
    QTextStream(stderr) << "bench_chat_seed: " << what << "\n";
    return 1;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 4) return fail(QStringLiteral("usage: bench_chat_seed DB_FILE N TOKENS_FILE"));
    const int n = QString::fromLocal8Bit(argv[2]).toInt();
    auto db = store::Migrations::openLatest(QString::fromLocal8Bit(argv[1]));
    if (!db.ok()) return fail(db.error().message);
    store::UserRepository users(**db);
    store::BandRepository bands(**db);
    store::SessionRepository sessions(**db);
    const QString dummyHash = QStringLiteral("$argon2id$bench-no-password");

    auto admin = users.create(auth::Actor::anonymous(), {QStringLiteral("leader"), {}, dummyHash, auth::GlobalRole::Admin});
    if (!admin.ok()) return fail(admin.error().message);
    const auth::Actor leader{admin->id, auth::GlobalRole::Admin};
    auto band = bands.create(leader, QStringLiteral("Bench band"));
    if (!band.ok()) return fail(band.error().message);

    QFile out(QString::fromLocal8Bit(argv[3]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) return fail(out.errorString());
    QTextStream tokens(&out);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        qint64 userId = admin->id;
        if (i > 0) {
            auto user = users.create(auth::Actor::anonymous(),
                                     {QStringLiteral("member%1").arg(i), {}, dummyHash, auth::GlobalRole::Member});
            if (!user.ok()) return fail(user.error().message);
            const auth::Actor member{user->id, auth::GlobalRole::Member};
            if (auto joined = bands.joinByInviteCode(member, band->inviteCode); !joined.ok())
                return fail(joined.error().message);
            userId = user->id;
        }
        auto session = sessions.create(userId, QStringLiteral("bench"), now, 24 * 3600);
        if (!session.ok()) return fail(session.error().message);
        tokens << session->token << "\n";
    }
    QTextStream(stdout) << "band " << band->id << " with " << n << " signed-in members\n";
    return 0;
}
