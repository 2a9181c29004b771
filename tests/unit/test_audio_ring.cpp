#include "audio/SpscRing.h"

#include <QtTest>

#include <cstdint>
#include <thread>

using namespace oscalis::audio;

class TestAudioRing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fillsUpEmptiesAndKeepsOrder() {
        SpscRing<int> ring(5);
        QCOMPARE(int(ring.capacity()), 8);
        int value = 0;
        QVERIFY(!ring.tryPop(value));
        for (int i = 0; i < 8; ++i)
            QVERIFY(ring.tryPush(i));
        QVERIFY(!ring.tryPush(99)); // full: refused, nothing overwritten
        QCOMPARE(int(ring.size()), 8);
        for (int i = 0; i < 8; ++i) {
            QVERIFY(ring.tryPop(value));
            QCOMPARE(value, i);
        }
        QVERIFY(!ring.tryPop(value));
        QVERIFY(ring.tryPush(42)); // and around the end of the storage
        QVERIFY(ring.tryPop(value));
        QCOMPARE(value, 42);
    }

    void twoThreadsPassEveryValueInOrder() {
        struct Slot {
            std::uint64_t sequence = 0;
            std::uint64_t check = 0; ///< written apart from sequence: a torn slot shows
        };
        SpscRing<Slot> ring(64);
        constexpr std::uint64_t kCount = 2'000'000;
        std::thread producer([&ring] {
            for (std::uint64_t i = 0; i < kCount;) {
                if (Slot* slot = ring.beginWrite()) {
                    slot->sequence = i;
                    slot->check = ~i;
                    ring.commitWrite();
                    ++i;
                } else {
                    std::this_thread::yield();
                }
            }
        });
        std::uint64_t expected = 0;
        std::uint64_t wrong = 0;
        while (expected < kCount) {
            if (const Slot* slot = ring.peek()) {
                if (slot->sequence != expected || slot->check != ~expected)
                    ++wrong;
                ring.pop();
                ++expected;
            } else {
                std::this_thread::yield();
            }
        }
        producer.join();
        QCOMPARE(wrong, std::uint64_t(0));
        QCOMPARE(int(ring.size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestAudioRing)
#include "test_audio_ring.moc"
