#!/bin/sh
# Concatenate the parallel segments of every SHIPPABLE source (UI strings of Chromium, OSM iD and
# its tagging schema, Blockly; the UDHR; CLDR's keyed phrase pairs) into raw/shipall.{ar,en,fr}.txt
# for one IBM-1 run.  usage: sh scripts/build_combined_segments.sh   (from /work/research/lex)
set -e
mkdir -p raw/shipall
for l in ar en fr; do : > raw/shipall/shipall.$l.txt; done
for s in chromium osm osmid blockly udhr; do
  for l in ar en fr; do cat raw/$s/$s.$l.txt >> raw/shipall/shipall.$l.txt; done
done
# CLDR keyed pairs (weight 1.0 lines, i.e. not the emoji keyword associations) as 2-line segments, ar-en and fr-en
awk -F'\t' '$3=="1.0"' lexicon-ar-en.cldr.tsv > raw/shipall/cldr-ar-en.tsv
awk -F'\t' '$3=="1.0"' lexicon-fr-en.cldr.tsv > raw/shipall/cldr-fr-en.tsv
cp raw/shipall/shipall.ar.txt raw/shipall/shipall-ar.ar.txt; cp raw/shipall/shipall.en.txt raw/shipall/shipall-ar.en.txt
cut -f1 raw/shipall/cldr-ar-en.tsv >> raw/shipall/shipall-ar.ar.txt; cut -f2 raw/shipall/cldr-ar-en.tsv >> raw/shipall/shipall-ar.en.txt
cp raw/shipall/shipall.fr.txt raw/shipall/shipall-fr.fr.txt; cp raw/shipall/shipall.en.txt raw/shipall/shipall-fr.en.txt
cut -f1 raw/shipall/cldr-fr-en.tsv >> raw/shipall/shipall-fr.fr.txt; cut -f2 raw/shipall/cldr-fr-en.tsv >> raw/shipall/shipall-fr.en.txt
wc -l raw/shipall/*.txt
# ar-fr directly (the UI strings and the UDHR are aligned in all three languages) + CLDR ar-fr pairs
awk -F'\t' '$3=="1.0"' lexicon-ar-fr.cldr.tsv > raw/shipall/cldr-ar-fr.tsv
cp raw/shipall/shipall.ar.txt raw/shipall/shipall-arfr.ar.txt; cp raw/shipall/shipall.fr.txt raw/shipall/shipall-arfr.fr.txt
cut -f1 raw/shipall/cldr-ar-fr.tsv >> raw/shipall/shipall-arfr.ar.txt; cut -f2 raw/shipall/cldr-ar-fr.tsv >> raw/shipall/shipall-arfr.fr.txt
