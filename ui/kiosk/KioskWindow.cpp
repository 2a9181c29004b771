#include "ui/kiosk/KioskWindow.h"

#include "auth/KioskPins.h"
#include "reaper/Link.h"
#include "ui/MixerView.h"
#include "ui/Theme.h"
#include "ui/band/BandContext.h"
#include "ui/kiosk/IdleWatch.h"
#include "ui/kiosk/KioskLock.h"
#include "ui/kiosk/KioskTransport.h"
#include "ui/kiosk/MemberPage.h"
#include "ui/kiosk/NowPage.h"
#include "ui/kiosk/PinPad.h"
#include "ui/kiosk/ScreenAwake.h"
#include "ui/kiosk/SwipeArea.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oscalis::ui::kiosk {

KioskWindow::KioskWindow(reaper::Session& session, reaper::Link& link, QWidget* parent)
    : QWidget(parent), m_session(session), m_link(link) {
    if (auto* application = qobject_cast<QApplication*>(QCoreApplication::instance()))
        theme::applyDarkTheme(*application);
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Oscalis kiosk"));
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
    setAttribute(Qt::WA_StyledBackground, true);
    // What is chosen (the page, an answer) shows in the theme's accent.
    setStyleSheet(QStringLiteral("QPushButton:checked { background: #2b4a6b; color: white; "
                                 "border: 2px solid #4a9ee8; border-radius: 4px; }"));
    m_lock = new KioskLock(nullptr, this);
    m_idle = new IdleWatch(this);
    m_idle->setTimeout(
        std::max(
            1,
            QSettings().value(QLatin1String(kIdleMinutesKey), IdleWatch::kDefaultMinutes).toInt()) *
        60 * 1000);
    m_awake = new ScreenAwake(session, this);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 8, 8, 4);
    top->setSpacing(8);
    const QString pageNames[3] = {tr("Mixer"), tr("Now"), tr("Me")};
    const char* pageObjects[3] = {"kioskMixerTab", "kioskNowTab", "kioskMeTab"};
    for (int i = 0; i < 3; ++i) {
        m_pageButtons[i] = topButton(pageNames[i], pageObjects[i]);
        m_pageButtons[i]->setCheckable(true);
        m_pageButtons[i]->setAutoExclusive(true);
        connect(m_pageButtons[i], &QPushButton::clicked, this,
                [this, i] { showPage(static_cast<Page>(i)); });
        top->addWidget(m_pageButtons[i]);
    }
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("kioskUser"));
    m_user->setAlignment(Qt::AlignCenter);
    top->addWidget(m_user, 1);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("kioskLockBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMinimumSize(150, 56);
    top->addWidget(m_banner);
    m_lockButton = topButton(tr("Unlock"), "kioskLockButton");
    m_settings = topButton(tr("Settings"), "kioskSettings");
    m_leave = topButton(tr("Leave kiosk"), "kioskLeave");
    top->addWidget(m_lockButton);
    top->addWidget(m_settings);
    top->addWidget(m_leave);
    for (QLabel* l : {m_user, m_banner}) {
        QFont f = l->font();
        f.setPixelSize(20);
        f.setBold(true);
        l->setFont(f);
    }
    column->addLayout(top);

    m_transport = new KioskTransport(session, link, *m_lock, this);
    column->addWidget(m_transport);

    m_stack = new QStackedWidget(this);
    m_mixer = new MixerView(session, link, m_stack);
    m_mixer->setTouchLayout();
    m_mixer->setFitToWindow(true);
    m_stack->addWidget(m_mixer);
    column->addWidget(m_stack, 1);
    auto* swipe = new SwipeArea(m_mixer->stripsArea());
    connect(swipe, &SwipeArea::swipedToNext, this, [this] { m_link.nextBank(); });
    connect(swipe, &SwipeArea::swipedToPrevious, this, [this] { m_link.previousBank(); });

    m_pinPad = new PinPad(this);
    connect(m_pinPad, &PinPad::submitted, this, &KioskWindow::onPinSubmitted);
    connect(m_pinPad, &PinPad::cancelled, this, [this] {
        if (!m_identifying)
            m_lock->cancel();
        m_identifying = 0;
    });
    connect(m_lock, &KioskLock::pinNeeded, this, [this](const QString& reason) {
        m_identifying = 0;
        m_pinPad->ask(tr("Administrator's PIN: %1").arg(reason));
    });
    connect(m_lock, &KioskLock::requestFinished, this, [this] {
        if (!m_identifying)
            m_pinPad->hide();
    });
    connect(m_lock, &KioskLock::lockedChanged, this, &KioskWindow::updateLockLook);

    connect(m_lockButton, &QPushButton::clicked, this, [this] {
        if (m_lock->isLocked())
            m_lock->request(KioskLock::Guarded::Unlock, nullptr);
        else
            m_lock->lock();
    });
    connect(m_settings, &QPushButton::clicked, this, [this] {
        m_lock->request(KioskLock::Guarded::OpenSettings, [this](const auth::Actor&) {
            // The settings are typed with a keyboard and a mouse: show the cursor.
            if (m_cursorHidden)
                QGuiApplication::restoreOverrideCursor();
            Q_EMIT settingsRequested();
            if (m_cursorHidden)
                QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        });
    });
    connect(m_leave, &QPushButton::clicked, this, [this] {
        m_lock->request(KioskLock::Guarded::LeaveKiosk,
                        [this](const auth::Actor&) { Q_EMIT leaveRequested(); });
    });
    connect(m_idle, &IdleWatch::idle, this, &KioskWindow::returnToBand);

    m_pageButtons[TodayPage]->hide();
    m_pageButtons[MePage]->hide();
    m_pageButtons[MixerPage]->setChecked(true);
    updateLockLook();
    updateUser();
}

KioskWindow::~KioskWindow() {
    if (m_cursorHidden)
        QGuiApplication::restoreOverrideCursor();
}

QPushButton* KioskWindow::topButton(const QString& text, const char* name) {
    auto* b = new QPushButton(text, this);
    b->setObjectName(QLatin1String(name));
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumSize(128, 56);
    QFont f = b->font();
    f.setPixelSize(18);
    b->setFont(f);
    return b;
}

void KioskWindow::attachBand(store::Database& db, qint64 bandId, band::Stage* stage,
                             auth::KioskPins& pins) {
    m_pins = &pins;
    m_lock->setPins(&pins);
    m_now = new NowPage(db, bandId, stage, m_session, *m_lock, m_stack);
    m_member = new MemberPage(db, bandId, m_stack);
    m_stack->addWidget(m_now);
    m_stack->addWidget(m_member);
    m_pageButtons[TodayPage]->show();
    m_pageButtons[MePage]->show();
    m_member->setCurrentSong(m_now->currentSongId());
    connect(m_now, &NowPage::currentSongChanged, m_member, &MemberPage::setCurrentSong);
    connect(m_member, &MemberPage::identifyRequested, this,
            [this](qint64 userId, const QString& name) {
                m_identifying = userId;
                m_pinPad->ask(tr("%1, your PIN").arg(name));
            });
    connect(m_member, &MemberPage::memberCleared, this, &KioskWindow::updateUser);
}

void KioskWindow::onPinSubmitted(const QString& pin) {
    if (!m_identifying) {
        const store::Status s = m_lock->enterPin(pin);
        if (!s.ok())
            m_pinPad->showError(s.error().message);
        return;
    }
    if (!m_pins || !m_member)
        return;
    auto actor = m_pins->identify(m_identifying, pin);
    if (!actor.ok()) {
        m_pinPad->showError(actor.error().message);
        return;
    }
    m_identifying = 0;
    m_pinPad->hide();
    m_member->setMember(*actor);
    updateUser();
}

void KioskWindow::returnToBand() {
    if (m_pinPad->isVisible()) {
        m_pinPad->hide();
        if (!m_identifying)
            m_lock->cancel();
        m_identifying = 0;
    }
    if (m_member)
        m_member->clearMember();
    m_lock->lock();
    if (m_now)
        m_now->reload();
    showPage(MixerPage);
    updateUser();
}

void KioskWindow::showPage(Page page) {
    QWidget* pages[3] = {m_mixer, m_now, m_member};
    if (!pages[page])
        return;
    m_stack->setCurrentWidget(pages[page]);
    m_pageButtons[page]->setChecked(true);
    if (page == TodayPage)
        m_now->reload();
}

KioskWindow::Page KioskWindow::currentPage() const {
    if (m_now && m_stack->currentWidget() == m_now)
        return TodayPage;
    if (m_member && m_stack->currentWidget() == m_member)
        return MePage;
    return MixerPage;
}

QString KioskWindow::bannerText() const {
    return m_banner->text();
}
QString KioskWindow::userText() const {
    return m_user->text();
}

void KioskWindow::updateLockLook() {
    if (m_lock->isLocked()) {
        m_banner->setText(tr("LOCKED"));
        m_banner->setStyleSheet(QStringLiteral(
            "background: #b3261e; color: white; border-radius: 6px; padding: 0 12px;"));
        m_lockButton->setText(tr("Unlock"));
    } else {
        m_banner->setText(tr("Unlocked"));
        m_banner->setStyleSheet(QStringLiteral(
            "background: #2e7d32; color: white; border-radius: 6px; padding: 0 12px;"));
        m_lockButton->setText(tr("Lock"));
    }
}

void KioskWindow::updateUser() {
    m_user->setText(m_member && m_member->member() ? m_member->memberName() : tr("Band"));
}

void KioskWindow::showKiosk() {
    if (!m_cursorHidden) {
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
    m_leaving = false;
    // Without a window manager (a bare X session on the kiosk) nobody honours "full screen":
    // cover the screen ourselves too.
    if (QScreen* s = screen() ? screen() : QGuiApplication::primaryScreen())
        setGeometry(s->geometry());
    showFullScreen();
    m_idle->restart();
}

void KioskWindow::leave() {
    m_leaving = true;
    if (m_cursorHidden) {
        QGuiApplication::restoreOverrideCursor();
        m_cursorHidden = false;
    }
    returnToBand();
    hide();
}

void KioskWindow::closeEvent(QCloseEvent* event) {
    // Alt+F4, the window manager's close, a stray gesture: the kiosk stays until an
    // administrator leaves kiosk mode.
    if (m_leaving)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::keyPressEvent(QKeyEvent* event) {
    event->accept(); // Escape and every other key: nothing to do on a touchscreen
}

void KioskWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_pinPad->isVisible())
        m_pinPad->setGeometry(rect());
}

} // namespace oscalis::ui::kiosk
