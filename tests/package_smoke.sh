#!/usr/bin/env bash
# Builds the Debian package from a configured build tree, unpacks it (without installing) and
# runs the packaged binary headless. Usage: package_smoke.sh BUILD_DIR
set -euo pipefail

build_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

cpack --config "${build_dir}/CPackConfig.cmake" -G DEB -B "${work}/out" >"${work}/cpack.log" 2>&1 || {
    cat "${work}/cpack.log" >&2
    echo "cpack -G DEB failed" >&2
    exit 1
}
deb="$(find "${work}/out" -maxdepth 1 -name 'journeylens_*.deb' | head -n 1)"
[[ -n "${deb}" ]] || { echo "no .deb produced in ${work}/out" >&2; exit 1; }

depends="$(dpkg-deb -f "${deb}" Depends)"
for needed in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6widgets6; do
    [[ "${depends}" == *"${needed}"* ]] || { echo "Depends lacks ${needed}: ${depends}" >&2; exit 1; }
done

dpkg-deb -x "${deb}" "${work}/root"
for file in usr/bin/journeylens \
            usr/share/applications/org.journeylens.JourneyLens.desktop \
            usr/share/metainfo/org.journeylens.JourneyLens.metainfo.xml \
            usr/share/mime/packages/org.journeylens.JourneyLens.xml \
            usr/share/icons/hicolor/scalable/apps/org.journeylens.JourneyLens.svg; do
    [[ -e "${work}/root/${file}" ]] || { echo "package lacks ${file}" >&2; exit 1; }
done

binary="${work}/root/usr/bin/journeylens"
env -u DISPLAY -u WAYLAND_DISPLAY "${binary}" --version
env -u DISPLAY -u WAYLAND_DISPLAY "${binary}" demo "${work}/demo.jlens" >/dev/null
info="$(env -u DISPLAY -u WAYLAND_DISPLAY "${binary}" info "${work}/demo.jlens" --json)"
[[ "${info}" == *'"steps"'* ]] || { echo "unexpected info output: ${info}" >&2; exit 1; }
echo "package OK: $(basename "${deb}") ($(du -h "${deb}" | cut -f1))"
