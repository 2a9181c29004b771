#pragma once
// Shared set-up for the band page tests: a real band database in a temporary folder, the
// signed-in context the pages read, and helpers to find and fill the dialogs the pages open.

#include "auth/AccountService.h"
#include "store/BandRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "ui/band/BandContext.h"
#include "ui/band/FormDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace oscalis::test {

/// A fresh database and a BandContext on it. Test thread only.
struct BandRig {
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<ui::band::BandContext> context;

    QString path() const { return dir.filePath(QStringLiteral("oscalis.sqlite")); }

    bool open() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OscalisGuiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("OscalisBandTest"));
        QSettings().clear();
        auto opened = store::Migrations::openLatest(path());
        if (!opened.ok())
            return false;
        db = std::move(opened).value();
        context = std::make_unique<ui::band::BandContext>(*db);
        return true;
    }

    /// Opens the database, creates the admin "ada" and signs her in, with the band "Les Tilleuls".
    bool openWithBand() {
        if (!open())
            return false;
        auto& accounts = context->accounts();
        if (!accounts
                 .createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                   QStringLiteral("correct horse"))
                 .ok())
            return false;
        auto actor = accounts.login(QStringLiteral("ada"), QStringLiteral("correct horse"),
                                    auth::AccountService::kDesktopSource);
        if (!actor.ok())
            return false;
        store::BandRepository bands(*db);
        if (!bands.create(actor.value(), QStringLiteral("Les Tilleuls")).ok())
            return false;
        context->signIn(actor.value());
        return context->bandId() != 0;
    }

    /// Bob ("bob", "Bob", password "bass player") joins the band with its invite code.
    store::Result<store::User> registerBob() {
        return context->accounts().registerUser(QStringLiteral("bob"), QStringLiteral("Bob"),
                                                QStringLiteral("bass player"),
                                                context->band().inviteCode);
    }

    /// Bob signs in at the desktop in place of whoever was signed in; false if he cannot.
    bool signInBob() {
        auto bob = context->accounts().login(QStringLiteral("bob"), QStringLiteral("bass player"),
                                             auth::AccountService::kDesktopSource);
        if (!bob.ok())
            return false;
        context->signIn(bob.value());
        return true;
    }

    int count(const QString& table) {
        auto n = db->scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        return n.ok() ? n->toInt() : -1;
    }
};

/// The dialog of type D that parent opened (open(), not exec()), once it is visible.
template <typename D> D* openedDialog(QWidget* parent) {
    D* found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = parent->findChild<D*>();
        return found && found->isVisible();
    });
    return shown ? found : nullptr;
}

/// Types text into the line edit called name inside dialog.
inline bool type(QWidget* dialog, const char* name, const QString& text) {
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
    if (!edit)
        return false;
    edit->clear();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // QTest cannot type accents; insert() goes through the same signals

    return edit->text() == text;
}

/// Answers the next visible top-level widget of type D with answer(D*). For the modal dialogs a
/// page runs with exec() (QFileDialog::getOpenFileName, QMessageBox::question): the answer comes
/// from a timer, inside the dialog's own event loop. Give up after a minute.
template <typename D, typename F> void answerNext(F answer) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto* deadline = new QElapsedTimer;
    deadline->start();
    QObject::connect(timer, &QTimer::timeout, [timer, deadline, answer] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<D*>(w); d && d->isVisible()) {
                timer->stop();
                timer->deleteLater();
                delete deadline;
                answer(d);
                return;
            }
        }
        if (deadline->elapsed() > 60000) {
            timer->stop();
            timer->deleteLater();
            delete deadline;
        }
    });
    timer->start();
}

/// Picks file in the next file dialog (open or save) by typing its whole path, as a user can:
/// selectFile() depends on the dialog's folder listing, which fills in the background.
inline void answerFileDialog(const QString& file) {
    answerNext<QFileDialog>([file](QFileDialog* d) {
        if (auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(file);
        else
            d->selectFile(file);
        static_cast<QDialog*>(d)->accept(); // QFileDialog's own accept() is protected
        if (d->isVisible()) {               // refused: fail the test instead of waiting for ever
            qWarning() << "the file dialog did not take" << file;
            d->reject();
        }
    });
}

/// Presses button in the next message box, after keeping its text in *text (if given).
inline void answerMessageBox(QMessageBox::StandardButton button, QString* text = nullptr) {
    answerNext<QMessageBox>([button, text](QMessageBox* box) {
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace oscalis::test
