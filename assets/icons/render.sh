#!/bin/sh
# Renders the application icon's PNGs into hicolor/<size>x<size>/apps/ (they are committed; run this after
# changing an SVG). 16, 24 and 32 px come from the pixel-grid drawings in pixel/, the larger sizes from the
# scalable SVG. Needs rsvg-convert (librsvg2-bin).
set -eu
cd "$(dirname "$0")"
id=io.github.postcard.Postcard
for size in 16 24 32 48 64 128 256 512; do
    src=hicolor/scalable/apps/$id.svg
    [ -f pixel/$size.svg ] && src=pixel/$size.svg
    mkdir -p hicolor/${size}x${size}/apps
    rsvg-convert --width $size --height $size "$src" --output hicolor/${size}x${size}/apps/$id.png
done
