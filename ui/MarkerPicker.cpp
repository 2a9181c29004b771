#include "ui/MarkerPicker.h"

#include "reaper/Link.h"
#include "reaper/Session.h"

#include <QMenu>

namespace oscalis::ui {

MarkerPicker::MarkerPicker(reaper::Session& session, reaper::Link& link, bool regions,
                           QWidget* parent)
    : QToolButton(parent), m_session(session), m_link(link), m_regions(regions) {
    setObjectName(regions ? QStringLiteral("regionPicker") : QStringLiteral("markerPicker"));
    setFocusPolicy(Qt::NoFocus);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &MarkerPicker::fillMenu);
    connect(&m_session, &reaper::Session::markersChanged, this, &MarkerPicker::updateCaption);
    setToolTip(regions ? tr("Current region: click to go to another one")
                       : tr("Current marker: click to go to another one"));
    updateCaption();
}

QString MarkerPicker::currentName() const {
    const reaper::MarkerInfo& m = m_regions ? m_session.lastRegion() : m_session.lastMarker();
    return m.name.isEmpty() ? m.number : m.name;
}

std::vector<MarkerPicker::Entry> MarkerPicker::collect() const {
    std::vector<Entry> out;
    const auto& list = m_regions ? m_session.regions() : m_session.markers();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const reaper::MarkerInfo& m = list[i];
        if (m.number.isEmpty() && m.name.isEmpty())
            continue; // a slot of REAPER's marker bank with nothing in it
        bool ok = false;
        const int number = m.number.toInt(&ok);
        const int target = ok ? number : int(i) + 1;
        const QString name = m.name.isEmpty() ? tr("(unnamed)") : m.name;
        out.push_back({target, QStringLiteral("%1 · %2").arg(target).arg(name)});
    }
    return out;
}

QStringList MarkerPicker::entries() const {
    QStringList labels;
    for (const Entry& e : collect())
        labels << e.label;
    return labels;
}

void MarkerPicker::choose(int index) {
    const auto list = collect();
    if (index < 0 || index >= int(list.size()))
        return;
    if (m_regions)
        m_link.gotoRegion(list[std::size_t(index)].number);
    else
        m_link.gotoMarker(list[std::size_t(index)].number);
}

void MarkerPicker::updateCaption() {
    const QString name = currentName();
    const QString shown = name.isEmpty() ? QStringLiteral("–") : name;
    setText(m_regions ? tr("Region: %1").arg(shown) : tr("Marker: %1").arg(shown));
}

void MarkerPicker::fillMenu() {
    menu()->clear();
    const auto list = collect();
    if (list.empty()) {
        QAction* none = menu()->addAction(m_regions ? tr("REAPER reported no regions")
                                                    : tr("REAPER reported no markers"));
        none->setEnabled(false);
        return;
    }
    for (int i = 0; i < int(list.size()); ++i)
        menu()->addAction(list[std::size_t(i)].label, this, [this, i] { choose(i); });
}

} // namespace oscalis::ui
