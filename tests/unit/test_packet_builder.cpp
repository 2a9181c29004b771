#include "osc/PacketBuilder.h"

#include <QtTest>

using namespace oscalis::osc;

class TestPacketBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aLoneMessageGoesBare() {
        const auto packets = PacketBuilder::pack({OscMessage("/play", 1.0f)}, 1024);
        QCOMPARE(packets.size(), std::size_t(1));
        const QByteArray bytes = PacketBuilder::serialise(packets[0]);
        QVERIFY(bytes.startsWith("/play"));
        QCOMPARE(std::size_t(bytes.size()), PacketBuilder::packetSize(packets[0]));
    }

    void manyMessagesFillBundlesUnderTheLimit() {
        std::vector<OscMessage> messages;
        for (int i = 1; i <= 64; ++i) {
            messages.emplace_back("/track/" + std::to_string(i) + "/name",
                                  std::string("Backing vocals ") + std::to_string(i));
            messages.emplace_back("/track/" + std::to_string(i) + "/vu/L", 0.5f);
        }
        const auto packets = PacketBuilder::pack(messages, 1024);
        QVERIFY(packets.size() > 3);
        std::size_t total = 0;
        for (const auto& p : packets) {
            const QByteArray bytes = PacketBuilder::serialise(p);
            QVERIFY2(bytes.size() <= 1024, qPrintable(QString::number(bytes.size())));
            QCOMPARE(std::size_t(bytes.size()), PacketBuilder::packetSize(p));
            if (p.size() > 1)
                QVERIFY(bytes.startsWith("#bundle"));
            total += p.size();
        }
        QCOMPARE(total, messages.size()); // nothing lost, order kept
        QCOMPARE(packets.front().front().path, std::string("/track/1/name"));
        QCOMPARE(packets.back().back().path, std::string("/track/64/vu/L"));
    }
};

QTEST_GUILESS_MAIN(TestPacketBuilder)
#include "test_packet_builder.moc"
