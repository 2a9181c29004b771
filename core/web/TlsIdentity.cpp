#include "web/TlsIdentity.h"

#include "util/LogCategories.h"
#include "web/SelfSignedCertificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace oscalis::web {

namespace {

template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, decltype([](T* p) { Free(p); })>;

std::optional<QByteArray> readFile(const QString& path, QString& error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = f.errorString();
        return std::nullopt;
    }
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& data, bool secret, QString& error) {
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = f.errorString();
        return false;
    }
    // Restrict the key before a single byte of it is written.
    if (secret && !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        error = f.errorString();
        return false;
    }
    if (f.write(data) != data.size() || !f.flush()) {
        error = f.errorString();
        return false;
    }
    return true;
}

QString hostName() {
    QString name;
    for (QChar c : QHostInfo::localHostName())
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.'))
            name.append(c.toLower());
    return name;
}

} // namespace

QString TlsIdentity::certificateFileIn(const QString& folder) {
    return QDir(folder).filePath(QStringLiteral("oscalis-web.crt"));
}

QString TlsIdentity::keyFileIn(const QString& folder) {
    return QDir(folder).filePath(QStringLiteral("oscalis-web.key"));
}

TlsIdentity TlsIdentity::failure(QString error) {
    TlsIdentity t;
    t.m_error = std::move(error);
    return t;
}

QStringList TlsIdentity::localNames() {
    QStringList names{QStringLiteral("localhost")};
    const QString host = hostName();
    if (!host.isEmpty() && host != QLatin1String("localhost")) {
        names.append(host);
        if (!host.contains(QLatin1Char('.')))
            names.append(host + QStringLiteral(".local")); // what mDNS answers on the LAN
    }
    return names;
}

QList<QHostAddress> TlsIdentity::localAddresses() {
    QList<QHostAddress> list{QHostAddress(QHostAddress::LocalHost),
                             QHostAddress(QHostAddress::LocalHostIPv6)};
    for (QHostAddress a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.isLinkLocal())
            continue; // link-local addresses need a scope a browser cannot type
        a.setScopeId({});
        if (!list.contains(a))
            list.append(a);
    }
    return list;
}

bool TlsIdentity::covers(const QSslCertificate& c, const QStringList& names,
                         const QList<QHostAddress>& addresses) {
    const auto alt = c.subjectAlternativeNames();
    const QStringList dns = alt.values(QSsl::DnsEntry);
    QList<QHostAddress> ips;
    for (const QString& ip : alt.values(QSsl::IpAddressEntry))
        ips.append(QHostAddress(ip));
    for (const QString& n : names)
        if (!dns.contains(n, Qt::CaseInsensitive))
            return false;
    for (const QHostAddress& a : addresses)
        if (!ips.contains(a))
            return false;
    return c.expiryDate() > QDateTime::currentDateTimeUtc().addDays(kRenewDays);
}

TlsIdentity TlsIdentity::ensure(const QString& folder, const QStringList& names,
                                const QList<QHostAddress>& addresses) {
    const QString certFile = certificateFileIn(folder);
    const QString keyFile = keyFileIn(folder);
    if (QFile::exists(certFile) && QFile::exists(keyFile)) {
        TlsIdentity kept = load(certFile, keyFile);
        if (kept.ok() && covers(kept.certificate(), names, addresses))
            return kept;
        qCInfo(lcWeb).noquote() << "making a new TLS certificate:"
                                << (kept.ok()
                                        ? QStringLiteral("the names, addresses or dates changed")
                                        : kept.errorString());
    }
    if (!QDir().mkpath(folder))
        return failure(tr("The folder %1 for the web server's certificate could not be created.")
                           .arg(QDir::toNativeSeparators(folder)));
    auto made = SelfSignedCertificate::make(names, addresses, kValidityDays);
    if (!made.error.isEmpty())
        return failure(tr("The web server's certificate could not be made: %1").arg(made.error));
    QString error;
    if (!writeFile(keyFile, made.keyPem, true, error))
        return failure(tr("The key file %1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(keyFile), error));
    if (!writeFile(certFile, made.certificatePem, false, error))
        return failure(tr("The certificate file %1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(certFile), error));
    TlsIdentity fresh = fromPem(made.certificatePem, made.keyPem, certFile, keyFile);
    fresh.m_generated = true;
    return fresh;
}

TlsIdentity TlsIdentity::load(const QString& certificateFile, const QString& keyFile) {
    QString error;
    const auto cert = readFile(certificateFile, error);
    if (!cert)
        return failure(tr("The certificate file %1 could not be read: %2")
                           .arg(QDir::toNativeSeparators(certificateFile), error));
    const auto key = readFile(keyFile, error);
    if (!key)
        return failure(tr("The key file %1 could not be read: %2")
                           .arg(QDir::toNativeSeparators(keyFile), error));
    return fromPem(*cert, *key, certificateFile, keyFile);
}

TlsIdentity TlsIdentity::fromPem(const QByteArray& certificatePem, const QByteArray& keyPem,
                                 const QString& certificateName, const QString& keyName) {
    using Bio = Owned<BIO, BIO_free_all>;
    using X509Ptr = Owned<X509, X509_free>;
    using Key = Owned<EVP_PKEY, EVP_PKEY_free>;
    const QString certPath = QDir::toNativeSeparators(certificateName);
    const QString keyPath = QDir::toNativeSeparators(keyName);

    Bio certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    X509Ptr x509(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!x509)
        return failure(
            tr("The file %1 holds no certificate in PEM form (-----BEGIN CERTIFICATE-----).")
                .arg(certPath));
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    // An empty password callback: a protected key fails here instead of asking on the terminal.
    Key pkey(PEM_read_bio_PrivateKey(
        keyBio.get(), nullptr, [](char*, int, int, void*) { return 0; }, nullptr));
    if (!pkey)
        return failure(
            tr("The file %1 holds no private key in PEM form, or the key is protected by a "
               "password (Oscalis needs it without one).")
                .arg(keyPath));
    if (X509_check_private_key(x509.get(), pkey.get()) != 1)
        return failure(
            tr("The key %1 does not belong to the certificate %2.").arg(keyPath, certPath));
    const int base = EVP_PKEY_get_base_id(pkey.get());
    const QSsl::KeyAlgorithm algorithm = base == EVP_PKEY_EC    ? QSsl::Ec
                                         : base == EVP_PKEY_RSA ? QSsl::Rsa
                                                                : QSsl::Opaque;
    if (algorithm == QSsl::Opaque)
        return failure(tr("The key %1 is neither an EC nor an RSA key.").arg(keyPath));

    TlsIdentity t;
    t.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    t.m_key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (t.m_certificate.isNull() || t.m_key.isNull())
        return failure(
            tr("Qt could not read the certificate %1 or the key %2.").arg(certPath, keyPath));
    if (t.m_certificate.expiryDate() < QDateTime::currentDateTimeUtc())
        return failure(tr("The certificate %1 expired on %2.")
                           .arg(certPath, t.m_certificate.expiryDate().toString(Qt::ISODate)));
    return t;
}

QString TlsIdentity::fingerprint() const {
    return QString::fromLatin1(
        m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QSslConfiguration TlsIdentity::serverConfiguration() const {
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(m_certificate);
    c.setPrivateKey(m_key);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    return c;
}

} // namespace oscalis::web
