#pragma once

#include "store/SongCsvImport.h"
#include "ui/band/FormDialog.h"

#include <QByteArray>

class QListWidget;
class QTableWidget;

namespace oscalis::ui::band {

class BandContext;

/// Shows what a song list (CSV) will bring before anything is saved: the songs that will be
/// added, each with its line in the file, and the lines that are refused with the reason.
/// "Import N songs" saves them all in one go (SongCsvImport::run); refused lines are left out.
/// GUI thread; owned by its parent (SongsPage).
class SongImportDialog : public FormDialog {
    Q_OBJECT
public:
    /// preview is SongCsvImport::preview(bandId, csv); fileName is shown to the user.
    SongImportDialog(BandContext& context, const QString& fileName, QByteArray csv,
                     const store::SongImportPreview& preview, QWidget* parent = nullptr);

    QTableWidget* songs() const { return m_songs; }
    QListWidget* refused() const { return m_refused; }
    /// What the import did, once OK succeeded.
    const store::SongImportReport& report() const { return m_report; }

protected:
    store::Status submit() override;

private:
    BandContext& m_context;
    QByteArray m_csv;
    QTableWidget* m_songs = nullptr;
    QListWidget* m_refused = nullptr;
    store::SongImportReport m_report;
};

} // namespace oscalis::ui::band
