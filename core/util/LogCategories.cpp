#include "util/LogCategories.h"

Q_LOGGING_CATEGORY(lcAudio, "oscalis.audio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOsc, "oscalis.osc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReaper, "oscalis.reaper", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "oscalis.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "oscalis.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "oscalis.web", QtInfoMsg)
