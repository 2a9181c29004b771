#include "audio/WavFile.h"

#include <QtTest>

#include <QTemporaryDir>

#include <cstring>

using namespace oscalis::audio;

namespace {

void putLe(QByteArray& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

/// A WAV file as a recorder would write it. extensible: WAVE_FORMAT_EXTENSIBLE's 40-byte format
/// chunk; extraChunk: an odd-sized LIST chunk before the data (padded to even, as RIFF says).
QByteArray wav(int tag, int channels, int rate, int bits, const QByteArray& samples,
               bool extensible = false, bool extraChunk = false, int dataSizeLie = 0) {
    QByteArray fmt;
    putLe(fmt, extensible ? 0xFFFE : tag, 2);
    putLe(fmt, channels, 2);
    putLe(fmt, rate, 4);
    putLe(fmt, rate * channels * bits / 8, 4);
    putLe(fmt, channels * bits / 8, 2);
    putLe(fmt, bits, 2);
    if (extensible) {
        putLe(fmt, 22, 2);
        putLe(fmt, bits, 2);
        putLe(fmt, 3, 4);
        putLe(fmt, tag, 2);
        fmt.append("\x00\x00\x00\x00\x10\x00\x80\x00\x00\xAA\x00\x38\x9B\x71", 14);
    }
    QByteArray body = "WAVE";
    body += "fmt ";
    putLe(body, std::uint32_t(fmt.size()), 4);
    body += fmt;
    if (extraChunk) {
        body += "LIST";
        putLe(body, 3, 4);
        body += QByteArray("abc\0", 4);
    }
    body += "data";
    putLe(body, std::uint32_t(samples.size() + dataSizeLie), 4);
    body += samples;
    QByteArray file = "RIFF";
    putLe(file, std::uint32_t(body.size()), 4);
    return file + body;
}

QByteArray int16s(std::initializer_list<int> values) {
    QByteArray out;
    for (const int v : values)
        putLe(out, std::uint32_t(v), 2);
    return out;
}

} // namespace

class TestAudioWav : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsA16BitMonoFileFromDiskAsStereo() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("click.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(wav(1, 1, 48000, 16, int16s({0, 16384, -32768, 32767})));
        file.close();
        QString error;
        const auto loaded = WavFile::load(path, error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->channels(), 1);
        QCOMPARE(loaded->frames(), qint64(4));
        float out[8];
        loaded->readStereo(0, out, 4);
        const float expected[8] = {0, 0, 0.5f, 0.5f, -1, -1, 32767 / 32768.0f, 32767 / 32768.0f};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(out[i], expected[i]);
    }

    void reads24BitStereoWithExtraChunksAndExtensibleFormat() {
        QByteArray samples;
        putLe(samples, 0x400000, 3); // +0.5
        putLe(samples, 0xC00000, 3); // -0.5
        putLe(samples, 0x7FFFFF, 3);
        putLe(samples, 0x800000, 3); // -1
        for (const bool extensible : {false, true}) {
            QString error;
            const auto parsed =
                WavFile::parse(wav(1, 2, 48000, 24, samples, extensible, true), error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->encoding(), WavFile::Encoding::Int24);
            QCOMPARE(parsed->frames(), qint64(2));
            float out[4];
            parsed->readStereo(0, out, 2);
            QCOMPARE(out[0], 0.5f);
            QCOMPARE(out[1], -0.5f);
            QCOMPARE(out[2], 8388607 / 8388608.0f);
            QCOMPARE(out[3], -1.0f);
        }
    }

    void readsFloatAndKeepsTheFirstTwoOfMoreChannels() {
        QByteArray samples;
        for (const float v : {0.25f, -0.75f, 0.9f, 0.1f, 0.2f, 0.3f}) {
            std::uint32_t bits;
            std::memcpy(&bits, &v, sizeof bits);
            putLe(samples, bits, 4);
        }
        QString error;
        const auto parsed = WavFile::parse(wav(3, 3, 48000, 32, samples), error);
        QVERIFY2(parsed, qPrintable(error));
        float out[4];
        parsed->readStereo(0, out, 2);
        QCOMPARE(out[0], 0.25f);
        QCOMPARE(out[1], -0.75f);
        QCOMPARE(out[2], 0.1f);
        QCOMPARE(out[3], 0.2f);
    }

    void aFileCutOffDuringRecordingKeepsItsWholeFrames() {
        QString error;
        const QByteArray file = wav(1, 2, 48000, 16, int16s({1, 2, 3, 4, 5}), false, false, 1000);
        const auto parsed = WavFile::parse(file, error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->frames(), qint64(2));
    }

    void filesTheStreamCannotPlayAreRefusedInWords_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        const QByteArray some = int16s({1, 2, 3, 4});
        QTest::newRow("44.1 kHz") << wav(1, 2, 44100, 16, some) << "44100 Hz";
        QTest::newRow("8-bit") << wav(1, 2, 48000, 8, some) << "8-bit";
        QTest::newRow("64-bit float") << wav(3, 1, 48000, 64, some) << "64-bit";
        QTest::newRow("no channels") << wav(1, 0, 48000, 16, some) << "0 channels";
        QTest::newRow("no sound") << wav(1, 2, 48000, 16, {}) << "no sound";
        QTest::newRow("not RIFF") << QByteArray("ID3\x04 an mp3 file, really") << "not a WAV";
        QTest::newRow("empty") << QByteArray() << "not a WAV";
        QByteArray noFormat = wav(1, 2, 48000, 16, some);
        noFormat.replace("fmt ", "junk");
        QTest::newRow("no format") << noFormat << "no format chunk";
        QByteArray shortFormat = wav(1, 2, 48000, 16, some);
        shortFormat[16] = 8; // the format chunk claims 8 bytes
        QTest::newRow("short format") << shortFormat << "damaged";
        QByteArray badAlign = wav(1, 2, 48000, 16, some);
        badAlign[32] = 3;
        QTest::newRow("block size") << badAlign << "block size 3";
    }
    void filesTheStreamCannotPlayAreRefusedInWords() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!WavFile::parse(bytes, error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void aMissingFileIsNamedInTheError() {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!WavFile::load(dir.filePath(QStringLiteral("gone.wav")), error));
        QVERIFY2(error.contains(QStringLiteral("gone.wav")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAudioWav)
#include "test_audio_wav.moc"
