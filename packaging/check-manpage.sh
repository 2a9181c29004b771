#!/usr/bin/env bash
# check-manpage.sh PROGRAM MANPAGE: fails when the options PROGRAM --help lists and the options the
# manual page's OPTIONS section describes are not the same, naming each one that is missing.
# Run by CTest (packaging/tests); GUI programs need QT_QPA_PLATFORM=offscreen without a display.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 PROGRAM MANPAGE" >&2
  exit 2
fi
program=$1
manpage=$2

help_text=$("$program" --help) || { echo "error: '$program --help' failed" >&2; exit 1; }
# Option lines in --help start with spaces, then "-h, --help" or "--name <value>".
in_help=$(printf '%s\n' "$help_text" | grep -E '^ +(-[a-zA-Z?], )*--[a-z]' |
  grep -oE -- '--[a-z0-9-]+' | sort -u)
# In the page, each option is the line after a .TP in the OPTIONS section, written \-\-name.
in_page=$(awk '/^\.SH /{ options = ($2 == "OPTIONS") } options && previous == ".TP" { print } { previous = $0 }' \
  "$manpage" | sed 's/\\-/-/g' | grep -oE -- '--[a-z0-9-]+' | sort -u)

if [ -z "$in_help" ]; then
  echo "error: found no options in '$program --help'" >&2
  exit 1
fi
missing_in_page=$(comm -23 <(printf '%s\n' "$in_help") <(printf '%s\n' "$in_page"))
missing_in_program=$(comm -13 <(printf '%s\n' "$in_help") <(printf '%s\n' "$in_page"))
status=0
if [ -n "$missing_in_page" ]; then
  echo "error: $(basename "$program") has options that $manpage does not describe:" >&2
  while read -r option; do echo "  $option"; done <<<"$missing_in_page" >&2
  status=1
fi
if [ -n "$missing_in_program" ]; then
  echo "error: $manpage describes options that $(basename "$program") no longer has:" >&2
  while read -r option; do echo "  $option"; done <<<"$missing_in_program" >&2
  status=1
fi
[ $status -eq 0 ] && echo "$(basename "$manpage"): all $(printf '%s\n' "$in_help" | wc -l) options of $(basename "$program") are described"
exit $status
