#include "ui/band/CheckBoxes.h"

namespace oscalis::ui::band {

QString visibleCheckBoxes(const QString& selector) {
    return QStringLiteral("%1::indicator { width: 16px; height: 16px; border: 1px solid #8a96a3; "
                          "border-radius: 3px; background: #1c2026; }"
                          "%1::indicator:checked { background: #3fb950; border-color: #3fb950; }"
                          "%1::indicator:disabled { border-color: #4a525c; }")
        .arg(selector);
}

} // namespace oscalis::ui::band
