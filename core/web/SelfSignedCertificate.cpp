#include "web/SelfSignedCertificate.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <functional>
#include <memory>

namespace oscalis::web {

namespace {

template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, decltype([](T* p) { Free(p); })>;

QString openSslError() {
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

bool addExtension(X509* x509, int nid, const QByteArray& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x509, x509, nullptr, nullptr, 0);
    Owned<X509_EXTENSION, X509_EXTENSION_free> ext(
        X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(x509, ext.get(), -1) == 1;
}

QByteArray pem(const std::function<int(BIO*)>& write) {
    Owned<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

} // namespace

SelfSignedCertificate::Made SelfSignedCertificate::make(const QStringList& names,
                                                        const QList<QHostAddress>& addresses,
                                                        int validityDays) {
    Made made;
    const auto fail = [&made] {
        made.error = openSslError();
        return made;
    };
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> x509(X509_new());
    if (!key || !x509)
        return fail();

    Owned<BIGNUM, BN_free> serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x509.get())))
        return fail();
    X509_set_version(x509.get(), 2); // v3
    // An hour of slack for a browser whose clock is a little behind.
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), long(validityDays) * 24 * 60 * 60);
    if (X509_set_pubkey(x509.get(), key.get()) != 1)
        return fail();

    X509_NAME* subject = X509_get_subject_name(x509.get());
    const QByteArray common =
        ("Oscalis on " + (names.size() > 1 ? names[1] : names.value(0))).toUtf8().left(64);
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Oscalis"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(common.constData()), -1, -1,
                               0);
    X509_set_issuer_name(x509.get(), subject);

    QByteArrayList alt;
    for (const QString& n : names)
        alt.append("DNS:" + n.toLatin1());
    for (const QHostAddress& a : addresses)
        alt.append("IP:" + a.toString().toLatin1());
    if (!addExtension(x509.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(x509.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(x509.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(x509.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(x509.get(), NID_subject_alt_name, alt.join(',')))
        return fail();
    if (X509_sign(x509.get(), key.get(), EVP_sha256()) <= 0)
        return fail();

    made.certificatePem = pem([&](BIO* b) { return PEM_write_bio_X509(b, x509.get()); });
    made.keyPem = pem([&](BIO* b) {
        return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (made.certificatePem.isEmpty() || made.keyPem.isEmpty())
        return fail();
    return made;
}

} // namespace oscalis::web
