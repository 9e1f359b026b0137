#!/bin/sh
# Makes the import fixtures of Tests/Fixtures/import/ from the seed document
# with real tools: the seed rendered as an HTML page (seed-to-html.py), then
# LibreOffice (Debian: libreoffice-writer-nogui) writes it as a Word file,
# the Word file as a PDF, and the Word file as text (LibreOffice's text
# export lays every table cell, and every paragraph in it, on a line of its
# own, as copying a table out of a web page does).
# Usage: scripts/import-fixtures/make-fixtures.sh SEED.txt OUT-FOLDER
set -eu
seed=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# LibreOffice keeps a profile in $HOME; a throwaway one keeps runs alike.
export HOME="$work/home"
python3 "$here/seed-to-html.py" "$seed" > "$work/pho-hak-2564.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' \
    --outdir "$work" "$work/pho-hak-2564.html" >/dev/null
soffice --headless --convert-to pdf --outdir "$work" "$work/pho-hak-2564.docx" >/dev/null
soffice --headless --convert-to 'txt:Text (encoded):UTF8' --outdir "$work" "$work/pho-hak-2564.docx" >/dev/null
cp "$work/pho-hak-2564.html" "$out/pho-hak-2564-web-page.html"
cp "$work/pho-hak-2564.docx" "$out/pho-hak-2564-libreoffice.docx"
cp "$work/pho-hak-2564.pdf" "$out/pho-hak-2564-libreoffice.pdf"
cp "$work/pho-hak-2564.txt" "$out/pho-hak-2564-line-per-cell.txt"
ls -l "$out"/pho-hak-2564-*
