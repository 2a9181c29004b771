#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace oscalis::app {

/// Watches a window for its first paint, prints how long start-up took and optionally quits.
/// Used by the start-up benchmark. GUI thread.
class FirstPaintReporter : public QObject {
    Q_OBJECT
public:
    FirstPaintReporter(QObject* window, const QElapsedTimer& sinceMain, bool quit);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceMain;
    bool m_quit;
    bool m_done = false;
};

} // namespace oscalis::app
