#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace oscalis::web {

/// The server's TLS certificate and key. Either made by Oscalis (self-signed, EC P-256, 825 days,
/// valid for this computer's names and addresses) and kept in a folder for later runs, or the
/// user's own pair of PEM files. Problems are said in plain words.
///
/// A plain value; made on the GUI thread by WebServer before the network thread starts.
class TlsIdentity {
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)

public:
    static constexpr int kValidityDays = 825;
    /// A certificate closer than this to its end is replaced.
    static constexpr int kRenewDays = 30;

    /// The certificate kept in folder if it still covers names and addresses and is not about to
    /// expire; otherwise a new one (written there, the key readable by the owner only).
    static TlsIdentity ensure(const QString& folder, const QStringList& names,
                              const QList<QHostAddress>& addresses);
    /// The user's certificate and key (PEM files; the key without a password).
    static TlsIdentity load(const QString& certificateFile, const QString& keyFile);

    /// What the certificate must name: this computer's host name (and name.local), `localhost`.
    static QStringList localNames();
    /// 127.0.0.1, ::1 and every address of this computer's network interfaces.
    static QList<QHostAddress> localAddresses();

    bool ok() const { return m_error.isEmpty() && !m_certificate.isNull(); }
    QString errorString() const { return m_error; }
    const QSslCertificate& certificate() const { return m_certificate; }
    const QSslKey& key() const { return m_key; }
    /// True when this run made the certificate (browsers must trust the new one).
    bool generated() const { return m_generated; }
    /// SHA-256 of the certificate, "AB:CD:…": what a user compares in the browser.
    QString fingerprint() const;
    /// TLS 1.2 or later with this certificate, no client certificates.
    QSslConfiguration serverConfiguration() const;

    static QString certificateFileIn(const QString& folder);
    static QString keyFileIn(const QString& folder);

private:
    static TlsIdentity failure(QString error);
    static TlsIdentity fromPem(const QByteArray& certificatePem, const QByteArray& keyPem,
                               const QString& certificateName, const QString& keyName);
    static bool covers(const QSslCertificate& certificate, const QStringList& names,
                       const QList<QHostAddress>& addresses);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
    bool m_generated = false;
};

} // namespace oscalis::web
