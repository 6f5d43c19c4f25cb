#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A portable build: voronka-<version>-linux-x86_64.tar.xz holds voronka, voronka-cli and
# voronka-server with the Qt libraries, Qt plugins and other libraries they load, found with
# ldd and tied together with patchelf (RUNPATH $ORIGIN/...), and a qt.conf. Unpack anywhere
# and run bin/voronka. Then it checks the unpacked copy: every library the programs load
# comes from the bundle or from the short list the host must provide (below), and the
# programs work (a demo file, an XLSX export, a screenshot).
#   scripts/portable.sh                  release build in build/release
#   scripts/portable.sh --from BUILD_DIR an existing build (e.g. build/ci), no rebuild
#
# Why not an AppImage: Debian 12 packages neither appimagetool nor linuxdeploy, nor the
# AppImage runtime (the ELF stub in front of the squashfs image); only libappimage, which
# reads AppImages. Making one would mean downloading the runtime, and only Debian's apt is
# reachable here.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/release-build.sh "$@"
version=$(sed -n 's/^#define VORONKA_VERSION "\(.*\)"$/\1/p' "$build/generated/app/version.h")
name=voronka-$version-linux-x86_64
out=$build/package
stage=$out/$name
rm -rf "$stage" && mkdir -p "$stage"/{bin,lib,plugins,translations}

qtlib=$(qtpaths6 --query QT_INSTALL_LIBS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
qtplugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo "$qtlib/qt6/plugins")
qttranslations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)

# What the host provides: the C library and loader, the graphics drivers' stack (it must
# match the host's GPU driver), the X11 core and fonts (they must match the host's config),
# and the C++ runtime (GCC 12's; a bundled older one would break host drivers built on a
# newer one).
host_provided='^(linux-vdso|ld-linux(-x86-64)?|libc|libm|libmvec|libdl|libpthread|librt|libresolv|libutil|libanl|libnss_.*|libthread_db|libstdc\+\+|libgcc_s|libGL|libGLX|libGLdispatch|libOpenGL|libEGL|libGLESv2|libgbm|libdrm|libglapi|libX11|libX11-xcb|libxcb|libxcb-dri2|libxcb-dri3|libxcb-glx|libxcb-present|libXau|libXdmcp|libbsd|libmd|libfontconfig|libfreetype|libharfbuzz|libgraphite2|libexpat|libz)\.so'

for program in voronka voronka-cli voronka-server; do
    find "$build/app" -maxdepth 2 -type f -name "$program" -exec install -m 755 {} "$stage/bin/" \;
done
for p in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so \
    xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so \
    sqldrivers/libqsqlite.so iconengines/libqsvgicon.so imageformats/libqsvg.so \
    imageformats/libqgif.so imageformats/libqico.so imageformats/libqjpeg.so \
    tls/libqopensslbackend.so tls/libqcertonlybackend.so \
    platforminputcontexts/libcomposeplatforminputcontextplugin.so \
    platforminputcontexts/libibusplatforminputcontextplugin.so \
    printsupport/libcupsprintersupport.so; do
    [ -f "$qtplugins/$p" ] || continue
    mkdir -p "$stage/plugins/$(dirname "$p")"
    install -m 644 "$qtplugins/$p" "$stage/plugins/$p"
done
# Opened at run time by name (core/importexport/xlsxwriter.cpp), so ldd cannot see it.
install -m 644 "$(readlink -f "$qtlib/libxlsxwriter.so")" "$stage/lib/libxlsxwriter.so.4"
# Qt's own Russian strings (ui/startup/translations.cpp loads qtbase_ru from Qt's path).
install -m 644 "$qttranslations/qtbase_ru.qm" "$stage/translations/"

# Every library the programs and plugins need, transitively, except the host's: each round
# reads the files the last one added.
todo=$(find "$stage/bin" "$stage/lib" "$stage/plugins" -type f)
while [ -n "$todo" ]; do
    next=()
    while read -r soname path; do
        [[ "$soname" =~ $host_provided ]] && continue
        [ -e "$stage/lib/$soname" ] && continue
        install -m 644 "$(readlink -f "$path")" "$stage/lib/$soname"
        next+=("$stage/lib/$soname")
    done < <(for f in $todo; do ldd "$f" 2>/dev/null; done | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u)
    todo=${next[*]:-}
done

for f in "$stage"/bin/*; do patchelf --set-rpath '$ORIGIN/../lib' "$f"; done
for f in "$stage"/lib/*; do patchelf --set-rpath '$ORIGIN' "$f"; done
find "$stage/plugins" -name '*.so' -exec patchelf --set-rpath '$ORIGIN/../../lib' {} \;
strip --strip-unneeded --remove-section=.comment "$stage"/bin/* "$stage"/lib/* 2>/dev/null || true
find "$stage/plugins" -name '*.so' -exec strip --strip-unneeded {} \;
cat >"$stage/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF
install -m 644 resources/icons/logo.svg "$stage/voronka.svg"
install -m 644 LICENSE "$stage/LICENSE"
cat >"$stage/README.txt" <<TEXT
Voronka $version, portable build for 64-bit Linux.

Start the desktop application:  ./bin/voronka
A demo database to try:          ./bin/voronka-cli --db demo.voronka demo --size small
                                 ./bin/voronka demo.voronka   (user admin@example.com, password demo)

Needs a Linux with glibc 2.34 or newer and the C++ runtime of GCC 12 or newer
(Debian 12, Ubuntu 22.04 or later), X11 or XWayland, and fontconfig.
TEXT
tarball=$out/$name.tar.xz
XZ_OPT=${XZ_OPT:--6 -T2} tar -C "$out" --owner=0 --group=0 -cJf "$tarball" "$name"
rm -rf "$stage"

# The check: unpacked elsewhere, the programs load Qt and the rest from the bundle.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
tar -C "$check" -xJf "$tarball"
root=$(realpath "$check/$name")
export HOME="$check/home" XDG_CONFIG_HOME="$check/home/.config" XDG_DATA_HOME="$check/home/.local/share"
export XDG_RUNTIME_DIR="$check/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$root/bin/voronka-cli" --db "$check/demo.voronka" demo --size tiny --seed 7 >/dev/null
VORONKA_PASSWORD=demo "$root/bin/voronka-cli" --db "$check/demo.voronka" --user admin@example.com \
    export contacts --format xlsx --out "$check/contacts.xlsx" >/dev/null
[ "$(head -c 2 "$check/contacts.xlsx")" = "PK" ] || { echo "portable.sh: XLSX export failed" >&2; exit 1; }
# Every library a bundled file names (its NEEDED entries) is in the bundle or is the host's.
missing=$(find "$root" -type f \( -name '*.so*' -o -perm -u+x \) -exec readelf -d {} \; 2>/dev/null |
    sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u | while read -r soname; do
        [[ "$soname" =~ $host_provided ]] || [ -e "$root/lib/$soname" ] || echo "$soname"
    done)
[ -z "$missing" ] || { echo "portable.sh: needed but not bundled:" >&2; echo "$missing" >&2; exit 1; }
# Run on a virtual X server through the bundled X11 platform plugin, as on a desktop: Qt, its
# plugins and every library the bundle has come from the bundle, not from this machine's
# copies (the host's graphics driver may load what it needs besides).
VORONKA_PASSWORD=demo QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    env LD_DEBUG=files LD_DEBUG_OUTPUT="$check/ld" "$root/bin/voronka" \
    --db "$check/demo.voronka" --user admin@example.com --lang ru --screenshot "$check/board.png" 2>/dev/null
[ "$(stat -c %s "$check/board.png")" -gt 20000 ] || { echo "portable.sh: no screenshot" >&2; exit 1; }
loaded=$(grep -ho 'calling init: [^ ]*' "$check"/ld.* | awk '{print $3}' | xargs realpath -e | sort -u)
bundled=$(ls "$root/lib")
outside=$(grep -v "^$root/" <<<"$loaded" | while read -r f; do
    base=$(basename "$f")
    if [[ "$base" == libQt6* || "$f" == */qt6/plugins/* ]] || grep -qx "${base%%.so*}.so.*" <<<"$bundled"; then
        echo "$f"
    fi; done)
if [ -n "$outside" ]; then
    echo "portable.sh: loaded from this machine instead of the bundle:" >&2
    echo "$outside" >&2
    exit 1
fi
grep -q "$root/plugins/sqldrivers/libqsqlite.so" <<<"$loaded" &&
    grep -q "$root/plugins/platforms/libqxcb.so" <<<"$loaded" &&
    grep -q "$root/lib/libQt6Core.so.6" <<<"$loaded" ||
    { echo "portable.sh: Qt or its plugins did not come from the bundle" >&2; exit 1; }
echo "Portable build: $tarball ($(du -h "$tarball" | cut -f1)); $(grep -c "^$root/" <<<"$loaded") of $(wc -l <<<"$loaded") loaded libraries from the bundle"
