#include "audio/AudioPacket.h"
#include "audio/EncodedPacket.h"
#include "audio/LevelMeter.h"
#include "audio/OpusFrameDecoder.h"
#include "audio/OpusFrameEncoder.h"
#include "audio/SpscRing.h"
#include "audio/StreamEncoder.h"
#include "audio/ToneSource.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace oscalis::audio;

namespace {

/// The signal-to-noise ratio in dB of decoded against original (stereo interleaved), at the
/// lag (the codec's delay) where they agree best; the first 50 ms are left out (codec start-up).
double snrDb(const std::vector<float>& original, const std::vector<float>& decoded) {
    const int frames = int(original.size() / 2);
    const int skip = 2400;
    double best = -1000.0;
    for (int lag = 0; lag < 1000; ++lag) {
        double signal = 0.0;
        double noise = 0.0;
        for (int i = skip; i + lag < frames; ++i) {
            for (int c = 0; c < 2; ++c) {
                const double s = original[std::size_t(2 * i + c)];
                const double d = decoded[std::size_t(2 * (i + lag) + c)];
                signal += s * s;
                noise += (s - d) * (s - d);
            }
        }
        best = std::max(best, 10.0 * std::log10(signal / std::max(noise, 1e-12)));
    }
    return best;
}

} // namespace

class TestAudioCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aToneSurvivesEncodingAndDecoding_data() {
        QTest::addColumn<int>("frameSamples");
        QTest::addColumn<int>("bitrate");
        QTest::addColumn<bool>("lowDelay");
        QTest::newRow("2.5 ms, 128 kbit/s, low delay") << 120 << 128000 << true;
        QTest::newRow("5 ms, 96 kbit/s, low delay") << 240 << 96000 << true;
        QTest::newRow("10 ms, 64 kbit/s, music") << 480 << 64000 << false;
        QTest::newRow("20 ms, 256 kbit/s, music") << 960 << 256000 << false;
    }
    void aToneSurvivesEncodingAndDecoding() {
        QFETCH(int, frameSamples);
        QFETCH(int, bitrate);
        QFETCH(bool, lowDelay);
        EncoderSettings settings;
        settings.frameSamples = frameSamples;
        settings.bitrate = bitrate;
        settings.application =
            lowDelay ? EncoderSettings::Application::LowDelay : EncoderSettings::Application::Music;
        QString error;
        auto encoder = OpusFrameEncoder::create(settings, error);
        QVERIFY2(encoder, qPrintable(error));
        auto decoder = OpusFrameDecoder::create(2, error);
        QVERIFY2(decoder, qPrintable(error));

        const int frames = 48000 / 2; // half a second
        std::vector<float> original(std::size_t(frames * 2));
        ToneSource(1000.0, 0.5f).render(original.data(), frames);
        std::vector<float> decoded(original.size(), 0.0f);
        std::vector<std::uint8_t> packet(AudioPacket::kMaxPayloadBytes);
        int totalBytes = 0;
        for (int at = 0; at + frameSamples <= frames; at += frameSamples) {
            const int bytes =
                encoder->encode(original.data() + 2 * at, packet.data(), int(packet.size()));
            QVERIFY2(bytes > 0, "the encoder refused a frame");
            totalBytes += bytes;
            QCOMPARE(decoder->decode(packet.data(), bytes, decoded.data() + 2 * at, frameSamples),
                     frameSamples);
        }
        const double snr = snrDb(original, decoded);
        qInfo("SNR %.1f dB at %.1f kbit/s", snr, totalBytes * 8.0 / 0.5 / 1000.0);
        QVERIFY2(snr > 20.0, qPrintable(QStringLiteral("SNR only %1 dB").arg(snr)));
        // The bitrate asked for is the one spent (within what Opus's frame rounding allows).
        QVERIFY(totalBytes * 8.0 / 0.5 < bitrate * 1.3);
    }

    void settingsOutOfRangeAreRefusedInWords() {
        EncoderSettings settings;
        settings.frameSamples = 100;
        QString error;
        QVERIFY(!OpusFrameEncoder::create(settings, error));
        QVERIFY(error.contains(QStringLiteral("2.5, 5, 10 or 20 ms")));
        settings.frameSamples = 480;
        settings.bitrate = 8000;
        QVERIFY(!OpusFrameEncoder::create(settings, error));
        QVERIFY(error.contains(QStringLiteral("between 32 and 256 kbit/s")));
    }

    void theStreamEncoderCutsStampsAndMetersFrames() {
        EncoderSettings settings;
        settings.frameSamples = 240;
        QString error;
        SpscRing<EncodedPacket> ring(16);
        LevelMeter meter;
        int woken = 0;
        StreamEncoder stream(OpusFrameEncoder::create(settings, error), ring, meter,
                             [&woken] { ++woken; });
        std::vector<float> block(2 * 1000);
        ToneSource tone(1000.0, 0.5f);
        tone.render(block.data(), 1000);
        stream.consume(block.data(), 1000); // 4 whole frames of 240, 40 samples left over
        QCOMPARE(woken, 4);
        QCOMPARE(int(ring.size()), 4);
        QVERIFY(std::fabs(meter.takePeak() - 0.5f) < 0.01f);
        QCOMPARE(meter.takePeak(), 0.0f);
        for (std::uint32_t expected = 0; expected < 4; ++expected) {
            const EncodedPacket* packet = ring.peek();
            QVERIFY(packet);
            const auto view =
                AudioPacket::parse(packet->bytes.data(), std::size_t(packet->size), &error);
            QVERIFY2(view, qPrintable(error));
            QCOMPARE(view->header.sequence, expected);
            QCOMPARE(int(view->header.frameSamples), 240);
            QCOMPARE(int(view->header.channels), 2);
            QVERIFY(view->header.captureMicros > 0);
            ring.pop();
        }
        // A full ring drops new frames and counts them rather than blocking or allocating.
        for (int i = 0; i < 20; ++i)
            stream.consume(block.data(), 240);
        QCOMPARE(int(ring.size()), 16);
        QVERIFY(stream.packetsDropped() >= 4);
    }

    void malformedPacketsAreRefusedInWords() {
        QString error;
        EncoderSettings settings;
        settings.frameSamples = 480;
        auto encoder = OpusFrameEncoder::create(settings, error);
        std::vector<float> silence(2 * 480, 0.0f);
        EncodedPacket good;
        const int bytes =
            encoder->encode(silence.data(), good.bytes.data() + AudioPacket::kHeaderBytes,
                            AudioPacket::kMaxPayloadBytes);
        QVERIFY(bytes > 0);
        AudioPacket::Header header;
        header.frameSamples = 480;
        header.sequence = 0xfffffffe;
        header.captureMicros = 0x0102030405060708ull;
        AudioPacket::writeHeader(header, good.bytes.data());
        good.size = AudioPacket::kHeaderBytes + bytes;
        const auto ok = AudioPacket::parse(good.bytes.data(), std::size_t(good.size), &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->header.sequence, 0xfffffffeu);
        QCOMPARE(ok->header.captureMicros, 0x0102030405060708ull);
        QCOMPARE(ok->payloadBytes, bytes);

        const auto refused = [&](EncodedPacket packet, int size, const char* words) {
            QString why;
            const bool parsed =
                AudioPacket::parse(packet.bytes.data(), std::size_t(size), &why).has_value();
            if (parsed || !why.contains(QLatin1String(words)))
                qWarning() << "expected a refusal with" << words << "got" << why;
            return !parsed && why.contains(QLatin1String(words));
        };
        QVERIFY(refused(good, 0, "too short"));
        QVERIFY(refused(good, AudioPacket::kHeaderBytes, "too short"));
        QVERIFY(refused(good, AudioPacket::kMaxBytes + 1, "too long"));
        EncodedPacket bad = good;
        bad.bytes[0] = 2;
        QVERIFY(refused(bad, good.size, "version 2"));
        bad = good;
        bad.bytes[1] = 3;
        QVERIFY(refused(bad, good.size, "3 channels"));
        bad = good;
        bad.bytes[2] = 0;
        bad.bytes[3] = 100;
        QVERIFY(refused(bad, good.size, "100 samples"));
        bad = good;
        bad.bytes[2] = 0;
        bad.bytes[3] = 120; // a valid size, but not what the Opus frame holds
        QVERIFY(refused(bad, good.size, "holds 480"));
        bad = good;
        bad.bytes[AudioPacket::kHeaderBytes] = 0x03; // "code 3" needs a frame count byte
        QVERIFY(refused(bad, AudioPacket::kHeaderBytes + 1, "not hold a valid Opus frame"));
        QVERIFY(!AudioPacket::parse(nullptr, 100, &error));
    }
};

QTEST_GUILESS_MAIN(TestAudioCodec)
#include "test_audio_codec.moc"
