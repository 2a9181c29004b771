#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace oscalis::ui::band {

class BandContext;

/// The toolbar part about the band: the signed-in user, the band switcher (switching remembers
/// users.last_band), "Create or join a band…", and sign in / sign out.
/// GUI thread; owned by MainWindow's toolbar.
class BandBar : public QWidget {
    Q_OBJECT
public:
    explicit BandBar(BandContext& context, QWidget* parent = nullptr);

    QComboBox* bandSwitcher() const { return m_bands; }
    QLabel* userLabel() const { return m_user; }

public Q_SLOTS:
    void refresh();
    void createOrJoin();
    void signInOrOut();

private:
    BandContext& m_context;
    QLabel* m_user = nullptr;
    QComboBox* m_bands = nullptr;
    QPushButton* m_join = nullptr;
    QPushButton* m_sign = nullptr;
};

} // namespace oscalis::ui::band
