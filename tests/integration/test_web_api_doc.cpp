// docs/API.md is the web API's contract: every route of the route table and every WebSocket
// message type (both directions) has its own heading there, and every heading is in the code.
#include "web/HubMessages.h"
#include "web/Routes.h"

#include <QtTest>

using namespace oscalis;

class TestWebApiDoc : public QObject {
    Q_OBJECT

    QStringList m_headings;

    static QString differences(const QSet<QString>& code, const QSet<QString>& doc) {
        QStringList out;
        for (const QString& s : code - doc)
            out.append(QStringLiteral("in the code, not in docs/API.md: ") + s);
        for (const QString& s : doc - code)
            out.append(QStringLiteral("in docs/API.md, not in the code: ") + s);
        out.sort();
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() {
        QFile doc(QStringLiteral(OSCALIS_API_DOC));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        // ### `GET /api/me`   or   ### `welcome`
        const QRegularExpression heading(QStringLiteral("^### `([^`]+)`\\s*$"),
                                         QRegularExpression::MultilineOption);
        for (auto it = heading.globalMatch(QString::fromUtf8(doc.readAll())); it.hasNext();)
            m_headings.append(it.next().captured(1));
        QVERIFY(m_headings.size() > 30);
    }

    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        QSet<QString> code, doc;
        for (const web::RouteSpec& r : web::Routes::table())
            code.insert(r.heading());
        for (const QString& h : std::as_const(m_headings))
            if (h.contains(QLatin1Char(' ')))
                doc.insert(h);
        QVERIFY2(code == doc, qPrintable(differences(code, doc)));
        QCOMPARE(code.size(), int(web::Routes::table().size())); // no route twice
    }

    void everyMessageTypeIsDocumentedAndEveryDocumentedTypeExists() {
        QSet<QString> code, doc;
        for (const QString& t : web::HubMessages::clientTypes() + web::HubMessages::serverTypes())
            code.insert(t);
        for (const QString& h : std::as_const(m_headings))
            if (!h.contains(QLatin1Char(' ')))
                doc.insert(h);
        QVERIFY2(code == doc, qPrintable(differences(code, doc)));
    }
};

QTEST_GUILESS_MAIN(TestWebApiDoc)
#include "test_web_api_doc.moc"
