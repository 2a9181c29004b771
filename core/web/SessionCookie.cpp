#include "web/SessionCookie.h"

#include <QByteArrayList>

namespace oscalis::web {

namespace {
QByteArray attributes(bool secure) {
    return secure ? QByteArrayLiteral("; HttpOnly; Secure; SameSite=Strict; Path=/")
                  : QByteArrayLiteral("; HttpOnly; SameSite=Strict; Path=/");
}
} // namespace

QString SessionCookie::tokenFrom(const QByteArray& cookieHeader) {
    const QByteArray prefix = QByteArray(kName) + '=';
    for (const QByteArray& part : cookieHeader.split(';')) {
        const QByteArray c = part.trimmed();
        if (c.startsWith(prefix))
            return QString::fromLatin1(c.mid(prefix.size()));
    }
    return {};
}

QByteArray SessionCookie::set(const QString& token, bool secure) {
    return QByteArray(kName) + '=' + token.toLatin1() +
           "; Max-Age=" + QByteArray::number(kLifetimeSecs) + attributes(secure);
}

QByteArray SessionCookie::clear(bool secure) {
    return QByteArray(kName) + "=; Max-Age=0" + attributes(secure);
}

} // namespace oscalis::web
