#include "ui/band/BackupActions.h"

#include "store/AccessCheck.h"
#include "store/Database.h"
#include "store/RehearsalRepository.h"
#include "ui/band/BandContext.h"
#include "ui/band/SignInFlow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

#include <memory>

namespace oscalis::ui::band {

namespace {
/// True if file is the live database (or one of its WAL files): never a backup's place or source.
bool isLiveFile(const QString& file, const QString& live) {
    const QString a = QFileInfo(file).absoluteFilePath();
    const QString b = QFileInfo(live).absoluteFilePath();
    return a == b || a == b + QStringLiteral("-wal") || a == b + QStringLiteral("-shm");
}
} // namespace

BackupActions::BackupActions(BandContext& context, QWidget* window)
    : QObject(window), m_context(context), m_window(window) {
    m_backup = new QAction(tr("&Back up the band database…"), this);
    m_backup->setObjectName(QStringLiteral("backupDatabaseAction"));
    m_backup->setToolTip(tr("Save a copy of every account, band, song and date to a file"));
    m_restore = new QAction(tr("Re&store from a backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreDatabaseAction"));
    m_restore->setToolTip(tr("Replace the band database with a backup's content"));
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
    connect(&m_context, &BandContext::userChanged, this, &BackupActions::updateVisibility);
    updateVisibility();
}

void BackupActions::addTo(QMenu& menu) {
    QAction* before = nullptr;
    for (QAction* a : menu.actions())
        if (a->isSeparator())
            before = a;
    QAction* separator = menu.insertSeparator(before);
    menu.insertActions(separator, {m_backup, m_restore});
    // The separator above the entries hides with them.
    connect(m_backup, &QAction::visibleChanged, separator,
            [this, separator] { separator->setVisible(m_backup->isVisible()); });
    separator->setVisible(m_backup->isVisible());
}

void BackupActions::updateVisibility() {
    const bool allowed = m_context.allows(auth::Action::BackupRestore);
    m_backup->setVisible(allowed);
    m_backup->setEnabled(allowed);
    m_restore->setVisible(allowed);
    m_restore->setEnabled(allowed);
}

QString BackupActions::suggestedFile(const QString& what) const {
    const QDir folder(
        QFileInfo(m_context.db().path()).absoluteDir().filePath(QStringLiteral("backups")));
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString file = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(what, stamp));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = folder.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(what, stamp).arg(n));
    return file;
}

void BackupActions::tell(const QString& title, const QString& text, bool problem) {
    if (problem)
        QMessageBox::warning(m_window, title, text);
    else
        QMessageBox::information(m_window, title, text);
}

store::Status BackupActions::withProgress(const QString& label, const Work& work) {
    QProgressDialog dialog(label, QString(), 0, 1000, m_window);
    dialog.setObjectName(QStringLiteral("backupProgress"));
    dialog.setWindowTitle(tr("Band database"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    dialog.show();

    // The worker's own connection: a Qt Sql connection belongs to the thread that opened it.
    const QString path = m_context.db().path();
    store::Status result;
    QProgressDialog* shown = &dialog;
    const auto show = [this, shown](int permille) {
        shown->setValue(permille);
        Q_EMIT progressed(permille);
    };
    std::unique_ptr<QThread> worker(QThread::create([&result, &work, path, shown, show] {
        auto db = store::Database::open(path);
        if (!db.ok()) {
            result = db.error();
            return;
        }
        result = work(**db, [shown, show](double done) {
            QMetaObject::invokeMethod(
                shown, [show, done] { show(int(done * 1000)); }, Qt::QueuedConnection);
        });
    }));
    QEventLoop wait;
    connect(worker.get(), &QThread::finished, &wait, &QEventLoop::quit);
    worker->start();
    wait.exec();
    worker->wait();
    QCoreApplication::processEvents(); // the last steps of the bar
    return result;
}

void BackupActions::backUp() {
    const QString suggested = suggestedFile(QStringLiteral("oscalis-backup"));
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString file =
        QFileDialog::getSaveFileName(m_window, tr("Back up the band database"), suggested,
                                     tr("Oscalis backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    const store::Status done = backUpTo(file);
    if (!done.ok()) {
        tell(tr("Back up the band database"), BandContext::describe(done.error()), true);
        return;
    }
    const store::RehearsalRepository notes(m_context.db(), m_context.audioRoot());
    tell(tr("Back up the band database"),
         tr("The band database was backed up to %1.\n\nVoice notes are separate files in %2: "
            "copy that folder too if you keep this backup elsewhere.")
             .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(notes.audioFolder())),
         false);
}

store::Status BackupActions::backUpTo(const QString& file) {
    if (isLiveFile(file, m_context.db().path()))
        return store::Error::invalid(
            tr("%1 is the band database itself: choose another file for the backup.")
                .arg(QDir::toNativeSeparators(file)));
    const auth::Actor actor = m_context.actor();
    return withProgress(tr("Backing up the band database…"),
                        [&](store::Database& db, const store::DatabaseBackup::Progress& p) {
                            return store::DatabaseBackup(db).backupTo(actor, file, p);
                        });
}

void BackupActions::restore() {
    const QString folder = QFileInfo(suggestedFile(QStringLiteral("x"))).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"), folder,
                                     tr("Oscalis backups (*.sqlite *.bak);;All files (*)"));
    if (!file.isEmpty())
        static_cast<void>(restoreFrom(file)); // it tells the user how it went
}

store::Status BackupActions::restoreFrom(const QString& file) {
    const QString title = tr("Restore from a backup");
    const QString where = QDir::toNativeSeparators(file);
    store::Status usable = isLiveFile(file, m_context.db().path())
                               ? store::Error::invalid(tr("%1 is the band database itself, not a "
                                                          "backup of it; nothing was changed.")
                                                           .arg(where))
                               : store::DatabaseBackup::checkBackupFile(file);
    if (!usable.ok()) {
        tell(title, BandContext::describe(usable.error()), true);
        return usable;
    }
    const QString safety = suggestedFile(QStringLiteral("before-restore"));
    QMessageBox ask(QMessageBox::Warning, title,
                    tr("Replace the band database with the backup %1?").arg(where),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    ask.setInformativeText(
        tr("Every account, band, song, vote, date and note is replaced by what the backup holds: "
           "whatever was saved since that backup is lost from the database.\n\nFirst, a safety "
           "copy of the database as it is now is saved to:\n%1")
            .arg(QDir::toNativeSeparators(safety)));
    ask.button(QMessageBox::Yes)->setText(tr("Restore"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return {};

    const auth::Actor actor = m_context.actor();
    store::Status saved =
        withProgress(tr("Saving a safety copy of the band database…"),
                     [&](store::Database& db, const store::DatabaseBackup::Progress& p) {
                         return store::DatabaseBackup(db).backupTo(actor, safety, p);
                     });
    if (!saved.ok()) {
        tell(title,
             tr("The safety copy could not be saved, so nothing was restored: %1")
                 .arg(BandContext::describe(saved.error())),
             true);
        return saved;
    }
    m_safetyCopy = safety;
    store::Status restored =
        withProgress(tr("Restoring the band database…"),
                     [&](store::Database& db, const store::DatabaseBackup::Progress& p) {
                         return store::DatabaseBackup(db).restoreFrom(actor, file, p);
                     });
    if (!restored.ok()) {
        tell(title,
             tr("%1\nThe database as it was is also kept at %2.")
                 .arg(BandContext::describe(restored.error()), QDir::toNativeSeparators(safety)),
             true);
        return restored;
    }
    // The pages show the restored data before the user reads the message over them.
    const bool stillSignedIn = reopenState();
    tell(title,
         tr("The band database was restored from %1.\n\nThe database as it was before is kept "
            "at %2.")
             .arg(where, QDir::toNativeSeparators(safety)),
         false);
    if (!stillSignedIn) {
        tell(title,
             tr("Your account is not in the restored database (or is disabled there). Sign in "
                "with an account from the backup."),
             false);
        SignInFlow::run(m_context, m_window);
    }
    return {};
}

bool BackupActions::reopenState() {
    // The restored data decides who may do what: read the user again, or sign out.
    auto again = store::AccessCheck::current(m_context.db(), m_context.actor());
    if (again.ok()) {
        m_context.signIn(again.value());
        return true;
    }
    m_context.signOut();
    return false;
}

} // namespace oscalis::ui::band
