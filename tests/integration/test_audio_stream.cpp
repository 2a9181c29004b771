#include "audio/AudioPacket.h"
#include "audio/LevelMeter.h"
#include "audio/OpusFrameDecoder.h"
#include "audio/StreamEngine.h"

#include <QtTest>

#include <QTemporaryDir>

#include <cmath>
#include <vector>

using namespace oscalis::audio;

namespace {

/// What a reader of the stream saw: every packet, parsed, and the sound decoded from them.
struct Received {
    std::vector<AudioPacket::Header> headers;
    std::vector<float> pcm;
    QStringList problems;
};

/// Drains the engine's ring the way the web server's fan-out does: on packetsReady, rearm,
/// then read everything. Runs until count packets have arrived or the time is up.
void listen(StreamEngine& engine, int count, Received& received) {
    QString error;
    auto decoder = OpusFrameDecoder::create(2, error);
    std::vector<float> frame(2 * 960);
    QObject reader;
    QObject::connect(&engine, &StreamEngine::packetsReady, &reader, [&] {
        engine.rearm();
        while (const EncodedPacket* packet = engine.packets().peek()) {
            QString why;
            if (const auto view =
                    AudioPacket::parse(packet->bytes.data(), std::size_t(packet->size), &why)) {
                received.headers.push_back(view->header);
                const int samples =
                    decoder->decode(view->payload, view->payloadBytes, frame.data(), 960);
                received.pcm.insert(received.pcm.end(), frame.begin(),
                                    frame.begin() + 2 * std::max(samples, 0));
            } else {
                received.problems << why;
            }
            engine.packets().pop();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(int(received.headers.size()) >= count, 10000);
}

/// Sign changes per second on the left channel, after the codec's start-up: twice the frequency.
double frequencyOf(const std::vector<float>& pcm) {
    int crossings = 0;
    const std::size_t skip = 2 * 4800;
    for (std::size_t i = skip + 2; i < pcm.size(); i += 2)
        crossings += (pcm[i - 2] < 0.0f) != (pcm[i] < 0.0f) ? 1 : 0;
    return crossings / 2.0 / ((pcm.size() - skip) / 2.0 / 48000.0);
}

} // namespace

class TestAudioStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aTestToneComesOutAsNumberedPacketsOfThatTone() {
        StreamEngine engine;
        QSignalSpy started(&engine, &StreamEngine::started);
        EncoderSettings settings;
        settings.frameSamples = 240;
        QString error;
        QVERIFY2(
            engine.start(SourceChoice{SourceChoice::Kind::Tone, 1000.0, {}, {}}, settings, error),
            qPrintable(error));
        Received received;
        listen(engine, 200, received); // a second of sound
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), QStringLiteral("Test tone 1000 Hz"));
        QVERIFY2(received.problems.isEmpty(), qPrintable(received.problems.join(u'\n')));
        for (std::size_t i = 1; i < received.headers.size(); ++i) {
            QCOMPARE(received.headers[i].sequence, received.headers[i - 1].sequence + 1);
            QVERIFY(received.headers[i].captureMicros >= received.headers[i - 1].captureMicros);
            QCOMPARE(int(received.headers[i].frameSamples), 240);
        }
        const double hz = frequencyOf(received.pcm);
        QVERIFY2(std::fabs(hz - 1000.0) < 20.0, qPrintable(QString::number(hz)));
        // The meter saw the tone's level (-12 dBFS).
        QVERIFY(std::fabs(LevelMeter::toDb(engine.level().takePeak()) + 12.0f) < 1.0f);
        engine.stop();
        QVERIFY(!engine.isRunning());
    }

    void aWavFileIsStreamedAndAMissingOneIsReported() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("backing-track.wav"));
        StreamEngine engine;
        QSignalSpy failed(&engine, &StreamEngine::failed);
        QString error;
        QVERIFY(engine.start(SourceChoice{SourceChoice::Kind::File, 0, missing, {}}, {}, error));
        QTRY_COMPARE(failed.size(), 1);
        QTRY_VERIFY(!engine.isRunning());
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("backing-track.wav")),
                 qPrintable(failed.first().first().toString()));

        // A 48 kHz 16-bit stereo file with half a second of a 500 Hz square wave.
        QByteArray samples;
        for (int i = 0; i < 24000; ++i) {
            const qint16 v = (i / 48) % 2 ? 8000 : -8000;
            for (int c = 0; c < 2; ++c)
                samples.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
        }
        QByteArray file = "RIFF";
        const auto le = [&file](quint32 v, int n) {
            for (int i = 0; i < n; ++i)
                file.append(char((v >> (8 * i)) & 0xff));
        };
        le(quint32(36 + samples.size()), 4);
        file += "WAVEfmt ";
        le(16, 4), le(1, 2), le(2, 2), le(48000, 4), le(48000 * 4, 4), le(4, 2), le(16, 2);
        file += "data";
        le(quint32(samples.size()), 4);
        file += samples;
        const QString path = dir.filePath(QStringLiteral("square.wav"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();
        QSignalSpy started(&engine, &StreamEngine::started);
        QVERIFY(engine.start(SourceChoice{SourceChoice::Kind::File, 0, path, {}}, {}, error));
        Received received;
        listen(engine, 300, received); // longer than the file: it loops
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(started.first().first().toString(), QStringLiteral("File square.wav"));
        const double hz = frequencyOf(received.pcm);
        QVERIFY2(std::fabs(hz - 500.0) < 20.0, qPrintable(QString::number(hz)));
    }

    void wrongSettingsAreRefusedBeforeAnythingStarts() {
        StreamEngine engine;
        EncoderSettings settings;
        settings.bitrate = 1000000;
        QString error;
        QVERIFY(!engine.start({}, settings, error));
        QVERIFY(error.contains(QStringLiteral("kbit/s")));
        QVERIFY(!engine.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestAudioStream)
#include "test_audio_stream.moc"
