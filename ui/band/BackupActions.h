#pragma once

#include "store/DatabaseBackup.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace oscalis::ui::band {

class BandContext;

/// "Back up the band database…" and "Restore from a backup…": menu entries shown only to those
/// the permission table lets back up and restore (BackupRestore). Each copy runs on a worker
/// thread with its own connection to the database (store::DatabaseBackup, a few pages a step)
/// while a progress bar shows how far it is.
///
/// Restoring checks the file first, says in plain words what will be replaced, saves a safety
/// copy of the database as it is now (and says where), then replaces the content and opens the
/// app's state again: the same user on the restored data, or the sign-in when their account is
/// not in the backup. Voice-note files are not in the database and stay as they are.
/// GUI thread; owned by MainWindow (its parent).
class BackupActions : public QObject {
    Q_OBJECT
public:
    BackupActions(BandContext& context, QWidget* window);

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }
    /// Puts both entries into menu, before its last separator (the one above Quit).
    void addTo(QMenu& menu);

    /// Backs up into file with a progress bar; the error says why not.
    store::Status backUpTo(const QString& file);
    /// Asks, saves the safety copy, restores file and reopens the state. A refusal or a
    /// cancelled question leaves the database as it was (Cancelled is not an error: ok()).
    store::Status restoreFrom(const QString& file);
    /// Where the last restore saved the database as it was before.
    QString lastSafetyCopy() const { return m_safetyCopy; }
    /// "<db folder>/backups/<what>-2026-05-17-2031.sqlite", not yet taken.
    QString suggestedFile(const QString& what) const;

Q_SIGNALS:
    /// The progress bar moved to permille (0..1000) of the copy running.
    void progressed(int permille);

public Q_SLOTS:
    /// Asks where to save, then backs up.
    void backUp();
    /// Asks for the backup file, then restores it.
    void restore();

private:
    using Work =
        std::function<store::Status(store::Database&, const store::DatabaseBackup::Progress&)>;
    /// Runs work on a worker thread with its own connection while a progress dialog is shown.
    store::Status withProgress(const QString& label, const Work& work);
    /// Signs the user in again on the restored data; false (signed out) when their account is
    /// not in it.
    bool reopenState();
    void updateVisibility();
    void tell(const QString& title, const QString& text, bool problem);

    BandContext& m_context;
    QWidget* m_window = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_restore = nullptr;
    QString m_safetyCopy;
};

} // namespace oscalis::ui::band
