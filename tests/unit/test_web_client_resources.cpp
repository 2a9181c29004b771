#include "WebClientResources.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

// The browser client as the server will find it in Qt resources (resources/web): what a phone
// would notice is a blank page (a missing script, something the Content-Security-Policy blocks),
// a broken install button (manifest, icons) or a service worker that can't install.
class TestWebClientResources : public QObject {
    Q_OBJECT

    static QByteArray read(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }
    static QString resource(const QString& urlPath) {
        return QString::fromLatin1(oscalis::kWebClientResourceRoot) + urlPath;
    }

private Q_SLOTS:
    void initTestCase() {
        oscalis::initWebClientResources();
        oscalis::initWebClientResources(); // a second call is harmless
        QVERIFY2(QFile::exists(resource(QStringLiteral("/index.html"))),
                 "index.html is not in the resources");
    }

    void indexLoadsOnlyHashedFilesThatAreThere() {
        const QString index = QString::fromUtf8(read(resource(QStringLiteral("/index.html"))));
        const QRegularExpression link(QStringLiteral("(?:src|href)=\"(/[^\"]*)\""));
        int scripts = 0;
        for (const auto& match : link.globalMatch(index)) {
            const QString path = match.captured(1);
            QVERIFY2(QFile::exists(resource(path)),
                     qPrintable(path + QStringLiteral(" is referenced but missing")));
            if (path.endsWith(QLatin1String(".js")) || path.endsWith(QLatin1String(".css"))) {
                QVERIFY2(
                    QRegularExpression(QStringLiteral("^/assets/[\\w.-]+-[\\w-]{8,}\\.(js|css)$"))
                        .match(path)
                        .hasMatch(),
                    qPrintable(path + QStringLiteral(" is not a hashed name under /assets/")));
                scripts += path.endsWith(QLatin1String(".js")) ? 1 : 0;
            }
        }
        QCOMPARE(scripts, 1);
    }

    void indexHasNothingTheContentSecurityPolicyBlocks() {
        const QString index = QString::fromUtf8(read(resource(QStringLiteral("/index.html"))));
        QVERIFY2(!QRegularExpression(QStringLiteral("<script(?![^>]*\\ssrc=)[^>]*>"))
                      .match(index)
                      .hasMatch(),
                 "inline script");
        QVERIFY2(!index.contains(QLatin1String("<style")), "inline style element");
        QVERIFY2(!QRegularExpression(QStringLiteral("\\sstyle\\s*=")).match(index).hasMatch(),
                 "style attribute");
        QVERIFY2(!QRegularExpression(QStringLiteral("\\son[a-z]+\\s*=")).match(index).hasMatch(),
                 "inline event handler");
    }

    void everyTextFileHasAGzipTwinWithTheSameContent() {
        int checked = 0;
        QDirIterator it(QString::fromLatin1(oscalis::kWebClientResourceRoot), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QRegularExpression(QStringLiteral("\\.(js|css|html|webmanifest|svg)$"))
                     .match(path)
                     .hasMatch())
                continue;
            const QByteArray twin = read(path + QStringLiteral(".gz"));
            QVERIFY2(twin.startsWith("\x1f\x8b"),
                     qPrintable(path + QStringLiteral(" has no gzip twin")));
            QProcess gunzip;
            gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
            QVERIFY(gunzip.waitForStarted());
            gunzip.write(twin);
            gunzip.closeWriteChannel();
            QVERIFY(gunzip.waitForFinished());
            QCOMPARE(gunzip.readAllStandardOutput(), read(path));
            ++checked;
        }
        QVERIFY(checked >= 5); // index.html, sw.js, manifest, the script, the stylesheet, the icon
    }

    void manifestMakesTheAppInstallable() {
        const QJsonObject manifest =
            QJsonDocument::fromJson(read(resource(QStringLiteral("/manifest.webmanifest"))))
                .object();
        QCOMPARE(manifest.value(QStringLiteral("name")).toString(), QStringLiteral("Oscalis"));
        QCOMPARE(manifest.value(QStringLiteral("start_url")).toString(), QStringLiteral("/"));
        QCOMPARE(manifest.value(QStringLiteral("display")).toString(),
                 QStringLiteral("standalone"));
        QStringList sizes;
        for (const auto& value : manifest.value(QStringLiteral("icons")).toArray()) {
            const QJsonObject icon = value.toObject();
            const QString src = icon.value(QStringLiteral("src")).toString();
            QVERIFY2(QFile::exists(resource(src)), qPrintable(src + QStringLiteral(" is missing")));
            if (icon.value(QStringLiteral("type")).toString() == QLatin1String("image/png"))
                sizes << icon.value(QStringLiteral("sizes")).toString();
        }
        QVERIFY(sizes.contains(QStringLiteral("192x192")));
        QVERIFY(sizes.contains(QStringLiteral("512x512")));
    }

    void serviceWorkerKeepsExactlyTheBuiltFiles() {
        const QString sw = QString::fromUtf8(read(resource(QStringLiteral("/sw.js"))));
        QVERIFY2(!sw.contains(QLatin1String("__OSCALIS_SHELL__")),
                 "the shell list was not filled in");
        const auto list =
            QRegularExpression(QStringLiteral("\\[\"/\"(?:,\"[^\"]+\")*\\]")).match(sw);
        QVERIFY2(list.hasMatch(), "no shell list in sw.js");
        const QJsonArray shell = QJsonDocument::fromJson(list.captured(0).toUtf8()).array();
        QVERIFY(shell.size() > 3);
        for (const auto& value : shell) {
            const QString path = value.toString();
            QVERIFY2(!path.startsWith(QLatin1String("/api")) &&
                         !path.startsWith(QLatin1String("/ws")),
                     qPrintable(path));
            if (path != QLatin1String("/"))
                QVERIFY2(QFile::exists(resource(path)),
                         qPrintable(path + QStringLiteral(" is in the shell but not built")));
        }
    }
};

QTEST_GUILESS_MAIN(TestWebClientResources)
#include "test_web_client_resources.moc"
