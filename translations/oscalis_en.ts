<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>oscalis::ui::band::PlayedListDialog</name>
    <message numerus="yes">
        <source>%n song(s), %1 in all.</source>
        <translation>
            <numerusform>%n song, %1 in all.</numerusform>
            <numerusform>%n songs, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SetlistEditor</name>
    <message numerus="yes">
        <source>  (%n song(s) without a length)</source>
        <translation>
            <numerusform>  (%n song without a length)</numerusform>
            <numerusform>  (%n songs without a length)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SetlistModel</name>
    <message numerus="yes">
        <source>Break, %n min</source>
        <translation>
            <numerusform>Break, %n min</numerusform>
            <numerusform>Break, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::SetlistPdf</name>
    <message numerus="yes">
        <source>%n song(s) without a length are not counted.</source>
        <translation>
            <numerusform>%n song without a length is not counted.</numerusform>
            <numerusform>%n songs without a length are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oscalis::ui::band::Stage</name>
    <message numerus="yes">
        <source>%n new take(s) from REAPER attached to the songs rehearsed.</source>
        <translation>
            <numerusform>%n new take from REAPER attached to the songs rehearsed.</numerusform>
            <numerusform>%n new takes from REAPER attached to the songs rehearsed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) recorded during a rehearsal could not be matched to a song: choose the song with Go before recording.</source>
        <translation>
            <numerusform>%n file recorded during a rehearsal could not be matched to a song: choose the song with Go before recording.</numerusform>
            <numerusform>%n files recorded during a rehearsal could not be matched to a song: choose the song with Go before recording.</numerusform>
        </translation>
    </message>
</context>
</TS>
