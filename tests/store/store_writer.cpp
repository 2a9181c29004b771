// Crash-safety helper for test_store_crash: opens the database at argv[1] and adds songs in a loop
// through SongRepository, printing each song's id on stdout (flushed) only after its commit
// returned. The test kills this process at random moments and checks every printed id survived.

#include "auth/Actor.h"
#include "store/BandRepository.h"
#include "store/Migrations.h"
#include "store/SongRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

#include <cstdio>

using namespace oscalis;
using namespace oscalis::store;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_writer <database file>\n");
        return 2;
    }
    auto opened = Migrations::openLatest(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = **opened;
    UserRepository users(db);
    auth::Actor writer;
    if (auto existing = users.findByUsername(QStringLiteral("writer")); existing.ok()) {
        writer = {existing->id, existing->role};
    } else {
        auto made = users.create(auth::Actor::anonymous(), {QStringLiteral("writer"), {}, QStringLiteral("$placeholder"),
                                                            auth::GlobalRole::Member});
        if (!made.ok()) return 1;
        writer = {made->id, made->role};
    }
    auto bands = BandRepository(db).listForUser(writer.userId);
    if (!bands.ok()) return 1;
    qint64 band = 0;
    if (bands->empty()) {
        auto b = BandRepository(db).create(writer, QStringLiteral("Crash test band"));
        if (!b.ok()) return 1;
        band = b->id;
    } else {
        band = bands->front().id;
    }
    SongRepository songs(db);
    for (int i = 0;; ++i) {
        Song s;
        s.bandId = band;
        s.title = QStringLiteral("Take %1").arg(i);
        s.notes = QString(200 + (i % 50) * 20, QLatin1Char('n'));
        auto added = songs.add(writer, s);
        if (!added.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(added->id));
        std::fflush(stdout);
    }
}
