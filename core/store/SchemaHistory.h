#pragma once

#include "store/MigrationStep.h"

#include <vector>

namespace oscalis::store {

/// The real schema history of the band database, oldest first. Append new steps; never edit
/// a step that has shipped (a file at that version already exists on someone's computer).
///   1: accounts and bands (users, bands, memberships, band_settings, sessions, audit_log)
///   2: songs, suggestions, suggestion_votes
///   3: songs.reaper_region; rehearsal work (mastery, mastery_history, song_notes, audio_notes),
///      agenda (events, event_songs, event_answers), gigs and setlist_items
///   4: chat, calendar feeds, remote access, played setlists and rehearsal takes
///   5: kiosk_pins (a hashed PIN per account for the touchscreen kiosk)
class SchemaHistory {
public:
    static std::vector<MigrationStep> steps();
};

} // namespace oscalis::store
