#pragma once

#include "auth/Actor.h"
#include "store/Database.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace oscalis::ui::kiosk {

/// The kiosk's "Me" page. Shared, it lists the band's members as big name buttons; a member
/// taps their name and types their PIN (the KioskWindow asks, auth::KioskPins checks) and the
/// page becomes theirs: how well they know the current song (0–10, − / +) and their answer to
/// the next rehearsal (yes / maybe / no), each saved at once in their own name. "Done", or the
/// screen going idle, gives the page back to the band.
/// Owner: the KioskWindow; borrows the Database; GUI thread only.
class MemberPage : public QWidget {
    Q_OBJECT
public:
    MemberPage(store::Database& db, qint64 bandId, QWidget* parent = nullptr);

    /// Re-reads the members (and, for the member, their levels and answers).
    void reload();
    /// The member who identified with their PIN.
    void setMember(const auth::Actor& actor);
    /// Back to the shared list.
    void clearMember();
    const std::optional<auth::Actor>& member() const { return m_member; }
    QString memberName() const { return m_memberName; }
    /// The song whose mastery the member sets (from the Now page).
    void setCurrentSong(qint64 songId);

    /// The name button of userId on the shared list (null when absent).
    QPushButton* memberButton(qint64 userId) const;
    QPushButton* masteryUp() const { return m_up; }
    QPushButton* masteryDown() const { return m_down; }
    QString masteryText() const;
    QPushButton* answerButton(int answer) const { return m_answers[answer]; }
    QPushButton* doneButton() const { return m_done; }
    QString message() const;

Q_SIGNALS:
    /// A member tapped their name: the window asks for their PIN.
    void identifyRequested(qint64 userId, const QString& name);
    /// The member's personal view ended (Done).
    void memberCleared();

private:
    void buildList();
    void showMastery();
    void showAnswer();
    void changeMastery(int delta);
    void answer(int which);

    store::Database& m_db;
    qint64 m_bandId;
    std::optional<auth::Actor> m_member;
    QString m_memberName;
    qint64 m_songId = 0;
    qint64 m_eventId = 0;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_list = nullptr;
    QGridLayout* m_names = nullptr;
    QLabel* m_hello = nullptr;
    QLabel* m_songQuestion = nullptr;
    QLabel* m_level = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_up = nullptr;
    QLabel* m_eventQuestion = nullptr;
    QPushButton* m_answers[3] = {};
    QPushButton* m_done = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace oscalis::ui::kiosk
