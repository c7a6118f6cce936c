#!/bin/sh
# Regenerate the GUI translations. Run from anywhere after changing any user-visible text in ui/:
#
#     scripts/update_translations.sh
#
# 1. pyside6-lupdate collects every self.tr() / QCoreApplication.translate() / QT_TRANSLATE_NOOP()
#    text under ui/ into resources/translations/desk_sms_{ja,en}.ts (existing translations are kept,
#    texts no longer used are dropped).
# 2. Translate the new entries of desk_sms_ja.ts (pyside6-linguist, or any editor: fill <translation>).
#    desk_sms_en.ts holds only the English plural forms of texts with a count (%n / %Ln, written
#    "contact(s)" in the source): scripts/english_plurals.py fills them; the rest stays empty on
#    purpose, the source texts being English.
# 3. pyside6-lrelease compiles both into the .qm files the app loads; commit .ts and .qm together.
#    The .qm files are generated: do not edit them.
set -eu
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
SOURCES=$(find ui -name '*.py' | sort)
for LANG_CODE in ja en; do
    # shellcheck disable=SC2086  # word splitting of SOURCES is intended
    "$BIN/pyside6-lupdate" $SOURCES -no-obsolete -source-language en \
        -target-language "$LANG_CODE" -ts "resources/translations/desk_sms_$LANG_CODE.ts"
    if [ "$LANG_CODE" = en ]; then
        "$BIN/python" scripts/english_plurals.py resources/translations/desk_sms_en.ts
    fi
    "$BIN/pyside6-lrelease" "resources/translations/desk_sms_$LANG_CODE.ts" \
        -qm "resources/translations/desk_sms_$LANG_CODE.qm"
done
