#include "ui/web/JoinCard.h"

#include "ui/web/QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace oscalis::ui {

JoinCard::JoinCard(const QString& address, const QString& link, int qrSide, QWidget* parent)
    : QFrame(parent), m_link(link) {
    setObjectName(QStringLiteral("joinCard"));
    setStyleSheet(QStringLiteral(
        "#joinCard { background: #1d2630; border: 1px solid #35506a; border-radius: 8px; }"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(14, 14, 14, 12);
    column->setSpacing(10);

    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    const QrCode code(link);
    if (code.isNull()) {
        m_qr->setText(code.errorString());
        m_qr->setWordWrap(true);
    } else {
        // Whole physical pixels per module, or the scaling would blur the edges a camera needs.
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap =
            QPixmap::fromImage(code.image(code.moduleSizeToFit(qRound(qrSide * ratio))));
        pixmap.setDevicePixelRatio(ratio);
        m_qr->setPixmap(pixmap);
        m_qr->setFixedSize(pixmap.deviceIndependentSize().toSize());
    }
    m_qr->setToolTip(link);
    m_qr->setAccessibleName(tr("QR code of %1").arg(link));
    column->addWidget(m_qr, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(QStringLiteral("joinAddress"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address to type in the browser"));
    QFont mono(QStringLiteral("DejaVu Sans Mono"), 12);
    mono.setStyleHint(QFont::Monospace);
    m_address->setFont(mono);
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(address) + 24);
    m_copy = new QPushButton(tr("Copy link"), this);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_copy->setToolTip(tr("Copies the link with the invite code, to send it in a message."));
    m_copy->setAutoDefault(false);
    row->addWidget(m_address, 1);
    row->addWidget(m_copy);
    column->addLayout(row);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link);
        Q_EMIT copied(m_link);
    });
}

QString JoinCard::address() const {
    return m_address->text();
}

QImage JoinCard::qrImage() const {
    return m_qr->pixmap().toImage();
}

QList<QWidget*> JoinCard::focusOrder() const {
    return {m_address, m_copy};
}

} // namespace oscalis::ui
