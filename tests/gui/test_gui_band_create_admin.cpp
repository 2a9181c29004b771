// `oscalis --create-admin NAME --db FILE`, run as a process: the password comes on standard input,
// the account is created once and can sign in; a second run is refused.
#include "auth/AccountService.h"
#include "store/Migrations.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace oscalis;

class TestGuiBandCreateAdmin : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& args, const QByteArray& input) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The test reads the app's English words, even on a French desktop.
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("OSCALIS_APP"), args);
        if (!p.waitForStarted(30000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void createsTheFirstAdminFromStandardInput() {
        QVERIFY(!qEnvironmentVariable("OSCALIS_APP").isEmpty());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("band/oscalis.sqlite"));
        const Run first = run(
            {QStringLiteral("--create-admin"), QStringLiteral("ada"), QStringLiteral("--db"), db},
            "correct horse\n");
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("Created the administrator \"ada\"")),
                 qPrintable(first.out));

        const Run second = run(
            {QStringLiteral("--create-admin"), QStringLiteral("bob"), QStringLiteral("--db"), db},
            "another one\n");
        QCOMPARE(second.code, 1);
        QVERIFY(second.err.contains(QStringLiteral("already has accounts")));

        auto opened = store::Migrations::openLatest(db);
        QVERIFY(opened.ok());
        auth::AccountService accounts(*opened.value());
        auto ada = accounts.login(QStringLiteral("ada"), QStringLiteral("correct horse"),
                                  auth::AccountService::kDesktopSource);
        QVERIFY(ada.ok());
        QCOMPARE(ada->role, auth::GlobalRole::Admin);
    }

    void noPasswordCreatesNothing() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("oscalis.sqlite"));
        const Run r = run(
            {QStringLiteral("--create-admin"), QStringLiteral("ada"), QStringLiteral("--db"), db},
            "");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no password")));
    }
};

QTEST_GUILESS_MAIN(TestGuiBandCreateAdmin)
#include "test_gui_band_create_admin.moc"
