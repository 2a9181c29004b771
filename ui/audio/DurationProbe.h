#pragma once

#include <QHash>
#include <QMediaPlayer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace oscalis::ui::audio {

/// Finds how long recordings last by opening them one after the other in a silent QMediaPlayer
/// (the database keeps only their size). Remembers what it measured, per file.
/// Owner: its Qt parent; GUI thread only.
class DurationProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int kPatienceMs = 10000;

    explicit DurationProbe(QObject* parent = nullptr);

    /// The length of file in milliseconds if measured already, else -1 (and it is queued; known()
    /// follows).
    qint64 duration(const QString& file);

Q_SIGNALS:
    /// file lasts ms milliseconds; ms is -1 when it could not be read.
    void known(const QString& file, qint64 ms);

private:
    void next();
    void statusChanged(QMediaPlayer::MediaStatus status);
    void finish(qint64 ms);

    QMediaPlayer* m_player = nullptr;
    QHash<QString, qint64> m_known;
    QStringList m_queue;
    QString m_current;
    QTimer m_patience;
};

} // namespace oscalis::ui::audio
