#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace oscalis::store {

/// Comma-separated values as RFC 4180 writes them: fields quoted when they hold the separator, a
/// quote or a line break; quotes doubled; records ended by CRLF. The reader also accepts ';' as
/// separator (what French spreadsheets write), LF line ends and a UTF-8 byte order mark.
/// Stateless; any thread.
class Csv {
public:
    /// One record of a parsed file: the line it starts on (1-based) and its fields.
    struct Record {
        int line = 0;
        QStringList fields;
        QString error; ///< not empty when the record is broken (an unclosed quote)
    };

    /// value, quoted if it must be.
    static QString field(const QString& value, QChar separator = QLatin1Char(','));
    /// The fields joined and quoted, followed by CRLF.
    static QString record(const QStringList& fields, QChar separator = QLatin1Char(','));
    /// UTF-8 text without its byte order mark, if it had one.
    static QString decode(const QByteArray& bytes);
    /// ';' when the first line has more semicolons than commas outside quotes, else ','.
    static QChar detectSeparator(const QString& text);
    /// Every record, blank lines included (as one empty field).
    static std::vector<Record> parse(const QString& text, QChar separator);
};

} // namespace oscalis::store
