# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by package.sh and portable.sh with their arguments: sets `build` to the build they
# package. With `--from BUILD_DIR`, that existing build (CI: build/ci) and only the packaging
# tools; otherwise every dependency and a release build of the packaged programs in
# build/release.
build=build/release
if [ "${1:-}" = "--from" ]; then
    build=${2:?--from needs a build directory}
    bash scripts/package-deps.sh
else
    bash scripts/install-deps.sh
    bash scripts/package-deps.sh
    cmake --preset release >/dev/null
    cmake --build --preset release --target voronka voronka-cli voronka-server
fi
build=$(realpath "$build")
