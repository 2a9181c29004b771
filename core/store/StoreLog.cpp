#include "store/StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "oscalis.store", QtInfoMsg)
