#include "store/Csv.h"

#include "store/StoreText.h"

namespace oscalis::store {

QString Csv::field(const QString& value, QChar separator) {
    const bool quote = value.contains(separator) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote) return value;
    QString doubled = value;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString Csv::record(const QStringList& fields, QChar separator) {
    QStringList quoted;
    for (const QString& f : fields) quoted << field(f, separator);
    return quoted.join(separator) + QLatin1String("\r\n");
}

QString Csv::decode(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    return text;
}

QChar Csv::detectSeparator(const QString& text) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) break;
        else if (!quoted && c == QLatin1Char(',')) ++commas;
        else if (!quoted && c == QLatin1Char(';')) ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

std::vector<Csv::Record> Csv::parse(const QString& text, QChar separator) {
    std::vector<Record> records;
    Record current{1, {}, {}};
    QString fieldText;
    bool quoted = false;
    int line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    fieldText += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) ++line;
                fieldText += c;
            }
        } else if (c == QLatin1Char('"') && fieldText.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            current.fields << fieldText;
            fieldText.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ++i;
            current.fields << fieldText;
            fieldText.clear();
            records.push_back(std::move(current));
            current = Record{++line, {}, {}};
        } else {
            fieldText += c;
        }
    }
    if (quoted) current.error = StoreText::tr("a quoted field is not closed (a \" is missing).");
    if (quoted || !fieldText.isEmpty() || !current.fields.isEmpty()) {
        current.fields << fieldText;
        records.push_back(std::move(current));
    }
    return records;
}

} // namespace oscalis::store
