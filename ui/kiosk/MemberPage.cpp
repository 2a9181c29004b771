#include "ui/kiosk/MemberPage.h"

#include "store/BandRepository.h"
#include "store/EventRepository.h"
#include "store/RehearsalRepository.h"
#include "store/SongRepository.h"
#include "store/UserRepository.h"
#include "ui/band/BandContext.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oscalis::ui::kiosk {

namespace {
// The order of the answer buttons.
constexpr store::EventAnswer kAnswers[3] = {store::EventAnswer::Yes, store::EventAnswer::Maybe,
                                            store::EventAnswer::No};

QPushButton* bigButton(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumSize(160, 72);
    QFont f = b->font();
    f.setPixelSize(22);
    b->setFont(f);
    return b;
}

QLabel* textLabel(const char* name, int pixels, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPixelSize(pixels);
    l->setFont(f);
    return l;
}
} // namespace

MemberPage::MemberPage(store::Database& db, qint64 bandId, QWidget* parent)
    : QWidget(parent), m_db(db), m_bandId(bandId) {
    setObjectName(QStringLiteral("kioskMemberPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);
    m_message = textLabel("memberMessage", 17, this);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    outer->addWidget(m_message);

    m_list = new QWidget(m_stack);
    auto* listColumn = new QVBoxLayout(m_list);
    auto* who = textLabel("memberWho", 28, m_list);
    who->setText(tr("Who are you? Tap your name, then type your PIN."));
    listColumn->addWidget(who);
    m_names = new QGridLayout;
    m_names->setSpacing(16);
    listColumn->addLayout(m_names);
    listColumn->addStretch(1);
    m_stack->addWidget(m_list);

    auto* mine = new QWidget(m_stack);
    auto* column = new QVBoxLayout(mine);
    column->setSpacing(14);
    auto* top = new QHBoxLayout;
    m_hello = textLabel("memberHello", 32, mine);
    top->addWidget(m_hello, 1);
    m_done = bigButton(tr("Done"), QStringLiteral("memberDone"), mine);
    top->addWidget(m_done);
    column->addLayout(top);

    m_songQuestion = textLabel("masteryQuestion", 22, mine);
    column->addWidget(m_songQuestion);
    auto* levelRow = new QHBoxLayout;
    m_down = bigButton(QStringLiteral("−"), QStringLiteral("masteryDown"), mine);
    m_level = textLabel("masteryLevel", 40, mine);
    m_level->setAlignment(Qt::AlignCenter);
    m_level->setMinimumWidth(200);
    m_up = bigButton(QStringLiteral("+"), QStringLiteral("masteryUp"), mine);
    for (QPushButton* b : {m_down, m_up}) {
        QFont f = b->font();
        f.setPixelSize(40);
        b->setFont(f);
    }
    levelRow->addWidget(m_down);
    levelRow->addWidget(m_level);
    levelRow->addWidget(m_up);
    levelRow->addStretch(1);
    column->addLayout(levelRow);

    m_eventQuestion = textLabel("eventQuestion", 22, mine);
    column->addWidget(m_eventQuestion);
    auto* answerRow = new QHBoxLayout;
    const QString names[3] = {tr("Yes"), tr("Maybe"), tr("No")};
    const char* objectNames[3] = {"answerYes", "answerMaybe", "answerNo"};
    for (int i = 0; i < 3; ++i) {
        m_answers[i] = bigButton(names[i], QLatin1String(objectNames[i]), mine);
        m_answers[i]->setCheckable(true);
        connect(m_answers[i], &QPushButton::clicked, this, [this, i] { answer(i); });
        answerRow->addWidget(m_answers[i]);
    }
    answerRow->addStretch(1);
    column->addLayout(answerRow);
    column->addStretch(1);
    m_stack->addWidget(mine);

    connect(m_done, &QPushButton::clicked, this, [this] {
        clearMember();
        Q_EMIT memberCleared();
    });
    connect(m_down, &QPushButton::clicked, this, [this] { changeMastery(-1); });
    connect(m_up, &QPushButton::clicked, this, [this] { changeMastery(+1); });
    reload();
}

void MemberPage::reload() {
    buildList();
    if (m_member) {
        showMastery();
        showAnswer();
    }
}

void MemberPage::buildList() {
    while (QLayoutItem* item = m_names->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto members = store::BandRepository(m_db).members(m_bandId);
    if (!members.ok()) {
        m_message->setText(band::BandContext::describe(members.error()));
        return;
    }
    int i = 0;
    for (const store::Membership& m : *members) {
        if (m.status != store::Membership::Status::Active)
            continue;
        const QString name = m.nickname.isEmpty() ? m.displayName : m.nickname;
        auto* b = bigButton(name, QStringLiteral("member%1").arg(m.userId), m_list);
        b->setMinimumSize(220, 80);
        connect(b, &QPushButton::clicked, this,
                [this, id = m.userId, name] { Q_EMIT identifyRequested(id, name); });
        m_names->addWidget(b, i / 4, i % 4);
        ++i;
    }
}

QPushButton* MemberPage::memberButton(qint64 userId) const {
    return m_list->findChild<QPushButton*>(QStringLiteral("member%1").arg(userId));
}

void MemberPage::setMember(const auth::Actor& actor) {
    m_member = actor;
    auto user = store::UserRepository(m_db).find(actor.userId);
    m_memberName = user.ok() ? user->displayName : QString();
    m_hello->setText(tr("Hello, %1").arg(m_memberName));
    m_message->clear();
    showMastery();
    showAnswer();
    m_stack->setCurrentIndex(1);
}

void MemberPage::clearMember() {
    m_member.reset();
    m_memberName.clear();
    m_message->clear();
    m_stack->setCurrentIndex(0);
}

void MemberPage::setCurrentSong(qint64 songId) {
    m_songId = songId;
    if (m_member)
        showMastery();
}

QString MemberPage::masteryText() const {
    return m_level->text();
}
QString MemberPage::message() const {
    return m_message->text();
}

void MemberPage::showMastery() {
    const bool hasSong = m_member && m_songId;
    for (QWidget* w : {static_cast<QWidget*>(m_down), static_cast<QWidget*>(m_up),
                       static_cast<QWidget*>(m_level)})
        w->setVisible(hasSong);
    if (!hasSong) {
        m_songQuestion->setText(tr("No song is current on the Now page."));
        return;
    }
    auto song = store::SongRepository(m_db).find(m_songId);
    m_songQuestion->setText(
        tr("How well do you know “%1”?").arg(song.ok() ? song->title : QString()));
    auto level = store::RehearsalRepository(m_db).mastery(m_songId, m_member->userId);
    const int value = level.ok() ? level->value_or(-1) : -1;
    m_level->setText(value < 0
                         ? tr("not rated")
                         : tr("%1 / %2").arg(value).arg(store::RehearsalRepository::kMaxLevel));
    m_down->setEnabled(value > 0);
    m_up->setEnabled(value < store::RehearsalRepository::kMaxLevel);
}

void MemberPage::changeMastery(int delta) {
    if (!m_member || !m_songId)
        return;
    auto level = store::RehearsalRepository(m_db).mastery(m_songId, m_member->userId);
    const int now = level.ok() ? level->value_or(delta > 0 ? -1 : 1) : 0;
    const int wanted = std::clamp(now + delta, 0, store::RehearsalRepository::kMaxLevel);
    const store::Status done =
        store::RehearsalRepository(m_db).setMastery(*m_member, m_songId, m_member->userId, wanted);
    m_message->setText(done.ok() ? QString() : band::BandContext::describe(done.error()));
    showMastery();
}

void MemberPage::showAnswer() {
    m_eventId = 0;
    // Today's rehearsal, even once begun, else the next one.
    auto next = store::EventRepository(m_db).next(m_bandId, QDate::currentDate().startOfDay());
    const bool has = next.ok() && next->has_value();
    for (QPushButton* b : m_answers) {
        b->setVisible(has);
        b->setChecked(false);
    }
    if (!has) {
        m_eventQuestion->setText(tr("Nothing on the agenda to answer."));
        return;
    }
    const store::Event& event = **next;
    m_eventId = event.id;
    const QDateTime start = QDateTime::fromString(event.startsAt, Qt::ISODate);
    m_eventQuestion->setText(
        tr("Are you coming to %1, %2?")
            .arg(event.title, QLocale().toString(start.date(), QLocale::ShortFormat) +
                                  start.time().toString(QStringLiteral(" HH:mm"))));
    auto summary = store::EventRepository(m_db).summary(event.id);
    if (!summary.ok())
        return;
    for (const auto& line : summary->lines)
        if (line.userId == m_member->userId && line.answer)
            for (int i = 0; i < 3; ++i)
                m_answers[i]->setChecked(kAnswers[i] == *line.answer);
}

void MemberPage::answer(int which) {
    if (!m_member || !m_eventId)
        return;
    const store::Status done =
        store::EventRepository(m_db).answer(*m_member, m_eventId, kAnswers[which]);
    m_message->setText(done.ok() ? QString() : band::BandContext::describe(done.error()));
    showAnswer();
}

} // namespace oscalis::ui::kiosk
