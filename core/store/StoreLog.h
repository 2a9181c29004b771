#pragma once

#include <QLoggingCategory>

/// Logging for the band database ("oscalis.store"); never logs passwords or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
