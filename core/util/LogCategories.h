#pragma once

#include <QLoggingCategory>

/// Logging categories, one per module (enable with QT_LOGGING_RULES="oscalis.*.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
Q_DECLARE_LOGGING_CATEGORY(lcOsc)
Q_DECLARE_LOGGING_CATEGORY(lcReaper)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
