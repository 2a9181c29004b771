#pragma once

#include <QString>

namespace oscalis::app {

/// Prints one line on standard error as "oscalis: <text>": how the program tells the person at
/// the terminal about a bad option, a part that could not start, or where bandmates connect.
/// Any thread.
void tellUser(const QString& text);

} // namespace oscalis::app
