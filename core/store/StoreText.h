#pragma once

#include <QCoreApplication>

namespace oscalis::store {

/// The one place where the store's words for users (error messages and the labels inside them)
/// go through translation: StoreText::tr("...") is QCoreApplication::translate("oscalis::store",
/// "..."), which lupdate finds. Without a translation installed the English words come back
/// unchanged. Any thread.
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(oscalis::store)
};

} // namespace oscalis::store
