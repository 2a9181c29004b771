#pragma once

#include <QToolButton>

namespace oscalis::reaper {
class Link;
class Session;
} // namespace oscalis::reaper

namespace oscalis::ui {

/// Shows REAPER's current marker (or region) and, when clicked, lists the markers (regions)
/// REAPER reported so the user can jump to one by its number. Owned by the TransportBar;
/// GUI thread.
class MarkerPicker : public QToolButton {
    Q_OBJECT
public:
    MarkerPicker(reaper::Session& session, reaper::Link& link, bool regions,
                 QWidget* parent = nullptr);

    /// The name of the current marker or region ("" when none).
    QString currentName() const;
    /// The entries the menu offers, as shown ("3 · Chorus").
    QStringList entries() const;
    /// Jumps to the entry at `index` of entries(), as a click in the menu does.
    void choose(int index);

private:
    struct Entry {
        int number;
        QString label;
    };
    std::vector<Entry> collect() const;
    void updateCaption();
    void fillMenu();

    reaper::Session& m_session;
    reaper::Link& m_link;
    bool m_regions;
};

} // namespace oscalis::ui
