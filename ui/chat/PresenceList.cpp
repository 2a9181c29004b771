#include "ui/chat/PresenceList.h"

#include <QPainter>
#include <QPixmap>

namespace oscalis::ui {

namespace {
QIcon onlineDot() {
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x4c, 0xd0, 0x64));
    p.drawEllipse(QRectF(2, 2, 8, 8));
    return QIcon(dot);
}
} // namespace

PresenceList::PresenceList(QWidget* parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("presenceList"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("QListWidget#presenceList { background: #171b20; border: 1px solid #2a3038; "
                       "border-radius: 6px; }"
                       "QListWidget#presenceList::item { padding: 4px 6px; }"));
}

void PresenceList::setUsers(const QList<web::OnlineUser>& users) {
    clear();
    static const QIcon dot = onlineDot();
    for (const web::OnlineUser& u : users) {
        QString where;
        if (u.desktop && u.browser)
            where = tr("studio computer and browser");
        else if (u.desktop)
            where = tr("studio computer");
        else
            where = tr("browser");
        auto* item = new QListWidgetItem(dot, tr("%1\n%2").arg(u.displayName, where), this);
        item->setToolTip(tr("%1 is online (%2)").arg(u.displayName, where));
    }
    if (users.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nobody online"), this);
        item->setForeground(QColor(0x9a, 0xa0, 0xa8));
    }
}

QStringList PresenceList::lines() const {
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out.append(item(i)->text().replace(QLatin1Char('\n'), QStringLiteral(" — ")));
    return out;
}

} // namespace oscalis::ui
