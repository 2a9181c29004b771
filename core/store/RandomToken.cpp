#include "store/RandomToken.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace oscalis::store {

QString RandomToken::make() {
    std::array<quint32, kBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), kBytes);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace oscalis::store
