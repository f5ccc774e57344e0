#!/usr/bin/env bash
# JourneyLens: set up, build, run, test and package on Debian 12.
#
#   ./journeylens.sh            install what is missing, build (build/), open the demo workspace
#   ./journeylens.sh test       install what is missing, build (build-test/), run the whole test suite
#   ./journeylens.sh help       all commands and environment variables
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly ROOT_DIR
readonly BUILD_DIR="${ROOT_DIR}/build"
readonly TEST_BUILD_DIR="${ROOT_DIR}/build-test"
readonly PACKAGE_BUILD_DIR="${ROOT_DIR}/build-package"
readonly PACKAGE_OUTPUT_DIR="${PACKAGE_BUILD_DIR}/packages"

# Debian 12 packages needed to build, test and package JourneyLens.
readonly REQUIRED_PACKAGES=(
    build-essential cmake ninja-build ccache
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
    libquazip1-qt6-dev libboost-graph-dev libxkbcommon-dev libsqlite3-dev
    fonts-dejavu-core xvfb xauth poppler-utils file dpkg-dev
    desktop-file-utils appstream libxml2-utils
)

JOBS="$(nproc 2>/dev/null || echo 2)"
readonly JOBS

# ---------------------------------------------------------------------------------------------
# Output

if [[ -t 1 ]]; then
    readonly C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_YELLOW=$'\e[33m' C_RESET=$'\e[0m'
else
    readonly C_BOLD='' C_RED='' C_YELLOW='' C_RESET=''
fi

step() { printf '%s==> %s%s\n' "${C_BOLD}" "$*" "${C_RESET}"; }
note() { printf '    %s\n' "$*"; }
warn() { printf '%swarning:%s %s\n' "${C_YELLOW}" "${C_RESET}" "$*" >&2; }
die() {
    printf '%serror:%s %s\n' "${C_RED}" "${C_RESET}" "$*" >&2
    exit 1
}
usage_error() {
    usage >&2
    printf '%serror:%s %s\n' "${C_RED}" "${C_RESET}" "$*" >&2
    exit 2
}

usage() {
    cat <<EOF
Usage: ./journeylens.sh [COMMAND]

Commands:
  run       (default) install missing packages, build into build/ (RelWithDebInfo), then
            create the demo workspace and open it in JourneyLens. Without a display
            (\$DISPLAY and \$WAYLAND_DISPLAY unset) run the headless demo instead.
  test      install missing packages, build into build-test/ (Debug, warnings are errors)
            and run the whole test suite with ctest. The exit code is the suite's result.
  build     install missing packages and build into build/ only.
  package   build into build-package/ (Release) and create the .deb and .tar.gz packages
            in build-package/packages/.
  help      show this help.

Environment:
  JOURNEYLENS_BUILD_TYPE   build type for build/ (default: RelWithDebInfo)
  JOURNEYLENS_SKIP_APT=1   do not check or install Debian packages
  JOURNEYLENS_CMAKE_ARGS   extra arguments for every cmake configure step
EOF
}

# ---------------------------------------------------------------------------------------------
# Debian packages

package_installed() {
    dpkg-query -W -f='${db:Status-Status}\n' "$1" 2>/dev/null | grep -qx installed
}

ensure_packages() {
    if [[ "${JOURNEYLENS_SKIP_APT:-0}" == 1 ]]; then
        note "JOURNEYLENS_SKIP_APT=1: not checking Debian packages"
        return
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        warn "dpkg-query not found: this is not a Debian-based system, not checking packages."
        warn "Install the equivalents of: ${REQUIRED_PACKAGES[*]}"
        return
    fi

    local missing=() pkg
    for pkg in "${REQUIRED_PACKAGES[@]}"; do
        package_installed "${pkg}" || missing+=("${pkg}")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        note "all ${#REQUIRED_PACKAGES[@]} required Debian packages are installed"
        return
    fi

    step "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    local -a sudo=()
    if [[ ${EUID} -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            die "not running as root and sudo is not available. As root, run:
    apt-get update && apt-get install --no-install-recommends ${missing[*]}"
        fi
        # Without a terminal sudo cannot ask for a password: fail instead of hanging.
        if [[ -t 0 ]]; then sudo=(sudo); else sudo=(sudo -n); fi
    fi

    local log
    log="$(mktemp "${TMPDIR:-/tmp}/journeylens-apt.XXXXXX")"
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"${log}" 2>&1; then
        cat "${log}" >&2
        rm -f "${log}"
        die "apt-get update failed (see the output above)"
    fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" >"${log}" 2>&1; then
        cat "${log}" >&2
        rm -f "${log}"
        die "apt-get install failed (see the output above)"
    fi
    rm -f "${log}"

    for pkg in "${missing[@]}"; do
        package_installed "${pkg}" || die "package ${pkg} is still not installed"
    done
    note "installed: ${missing[*]}"
}

# ---------------------------------------------------------------------------------------------
# Configure and build

setup_ccache() {
    # The top-level CMakeLists.txt uses ccache as compiler launcher when it is found. Relative
    # paths let fresh clones in other directories (CI) share the cache.
    if command -v ccache >/dev/null 2>&1; then
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-${ROOT_DIR}}"
        export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    fi
}

# configure BUILD_DIR CMAKE_ARGS...
configure() {
    local dir="$1"
    shift
    local cache="${dir}/CMakeCache.txt"
    if [[ -f "${cache}" ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "${cache}"; then
        die "${dir} was configured with another generator than Ninja; remove it and try again:
    rm -rf '${dir}'"
    fi

    local -a extra=()
    if [[ -n "${JOURNEYLENS_CMAKE_ARGS:-}" ]]; then
        read -r -a extra <<<"${JOURNEYLENS_CMAKE_ARGS}"
    fi

    step "Configuring ${dir#"${ROOT_DIR}/"}/ ($*)"
    mkdir -p "${dir}"
    local log="${dir}/journeylens-configure.log"
    if ! cmake -S "${ROOT_DIR}" -B "${dir}" -G Ninja "$@" "${extra[@]}" >"${log}" 2>&1; then
        cat "${log}" >&2
        die "cmake configure failed (log: ${log})"
    fi
    if grep -q 'CMake Warning' "${log}"; then
        warn "cmake printed warnings, see ${log}"
    fi
}

# build BUILD_DIR [TARGET...]
build() {
    local dir="$1"
    shift
    local -a targets=()
    if [[ $# -gt 0 ]]; then targets=(--target "$@"); fi
    step "Building ${dir#"${ROOT_DIR}/"}/ with ${JOBS} job(s)${1:+ (target: $*)}"
    if ! cmake --build "${dir}" --parallel "${JOBS}" "${targets[@]}"; then
        die "build failed (see the compiler output above)"
    fi
}

build_app() {
    ensure_packages
    setup_ccache
    configure "${BUILD_DIR}" "-DCMAKE_BUILD_TYPE=${JOURNEYLENS_BUILD_TYPE:-RelWithDebInfo}"
    build "${BUILD_DIR}" "$@"
}

# ---------------------------------------------------------------------------------------------
# Commands

# Refuses to replace the demo workspace while a running JourneyLens holds its lock file.
check_not_open() {
    local workspace="$1" lock pid
    for lock in "${workspace}.lock" "$(dirname "${workspace}")/.$(basename "${workspace}").lock"; do
        [[ -f "${lock}" ]] || continue
        pid="$(head -n 1 "${lock}" 2>/dev/null | tr -cd '0-9')"
        if [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null; then
            die "the demo workspace is open in a running JourneyLens (pid ${pid}); close it first:
    ${workspace}"
        fi
    done
}

cmd_run() {
    build_app journeylens
    local exe="${BUILD_DIR}/app/journeylens"
    [[ -x "${exe}" ]] || die "the build did not produce ${exe}"

    if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
        local data_dir="${XDG_DATA_HOME:-${HOME}/.local/share}/JourneyLens"
        local workspace="${data_dir}/demo.jlens"
        step "Creating the demo workspace ${workspace}"
        mkdir -p "${data_dir}"
        check_not_open "${workspace}"
        rm -f "${workspace}" "${workspace}-wal" "${workspace}-shm" "${workspace}-journal"
        "${exe}" demo "${workspace}" || die "'journeylens demo' failed"
        step "Opening the demo workspace in JourneyLens"
        exec "${exe}" "${workspace}"
    fi

    step "No display found"
    note "Neither \$DISPLAY nor \$WAYLAND_DISPLAY is set, so the JourneyLens window cannot be shown."
    note "Running the headless demo instead: 'journeylens demo' then 'journeylens info'."
    note "(Run ./journeylens.sh in a desktop session to open the application.)"
    local tmp_dir
    tmp_dir="$(mktemp -d "${TMPDIR:-/tmp}/journeylens-demo.XXXXXX")"
    # shellcheck disable=SC2064 # expand now: tmp_dir is local
    trap "rm -rf '${tmp_dir}'" EXIT
    local workspace="${tmp_dir}/demo.jlens"
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    step "journeylens demo ${workspace}"
    "${exe}" demo "${workspace}" || die "'journeylens demo' failed"
    step "journeylens info ${workspace}"
    "${exe}" info "${workspace}" || die "'journeylens info' failed"
}

cmd_build() {
    build_app
    note "built: ${BUILD_DIR}/app/journeylens"
}

cmd_test() {
    ensure_packages
    setup_ccache
    configure "${TEST_BUILD_DIR}" -DCMAKE_BUILD_TYPE=Debug -DJOURNEYLENS_WERROR=ON -DJOURNEYLENS_BUILD_TESTS=ON
    build "${TEST_BUILD_DIR}"

    local runtime_dir
    runtime_dir="$(mktemp -d "${TMPDIR:-/tmp}/journeylens-runtime.XXXXXX")"
    chmod 0700 "${runtime_dir}"
    # shellcheck disable=SC2064 # expand now: runtime_dir is local
    trap "rm -rf '${runtime_dir}'" EXIT

    step "Running the test suite (ctest -j2)"
    local rc=0
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${runtime_dir}" \
        ctest --test-dir "${TEST_BUILD_DIR}" --output-on-failure --no-tests=error -j2 || rc=$?
    if [[ ${rc} -eq 0 ]]; then
        step "All tests passed"
    else
        printf '%serror:%s the test suite failed (ctest exit code %d)\n' "${C_RED}" "${C_RESET}" "${rc}" >&2
    fi
    return "${rc}"
}

cmd_package() {
    ensure_packages
    setup_ccache
    configure "${PACKAGE_BUILD_DIR}" -DCMAKE_BUILD_TYPE=Release -DJOURNEYLENS_BUILD_TESTS=OFF \
        -DCMAKE_INSTALL_PREFIX=/usr
    build "${PACKAGE_BUILD_DIR}"
    [[ -f "${PACKAGE_BUILD_DIR}/CPackConfig.cmake" ]] || die "no CPack configuration in ${PACKAGE_BUILD_DIR}"

    step "Packaging (DEB and TGZ) into ${PACKAGE_OUTPUT_DIR#"${ROOT_DIR}/"}/"
    mkdir -p "${PACKAGE_OUTPUT_DIR}"
    local log="${PACKAGE_BUILD_DIR}/journeylens-cpack.log"
    if ! (cd "${PACKAGE_BUILD_DIR}" && cpack -G "DEB;TGZ" -B "${PACKAGE_OUTPUT_DIR}") >"${log}" 2>&1; then
        cat "${log}" >&2
        die "cpack failed (log: ${log})"
    fi
    local file
    for file in "${PACKAGE_OUTPUT_DIR}"/*.deb "${PACKAGE_OUTPUT_DIR}"/*.tar.gz; do
        if [[ -f "${file}" ]]; then note "${file}"; fi
    done
    note "install the .deb with: sudo apt-get install ./${PACKAGE_OUTPUT_DIR#"${ROOT_DIR}/"}/<file>.deb"
}

main() {
    local command="${1:-run}"
    if [[ $# -gt 0 ]]; then shift; fi
    if [[ $# -gt 0 ]]; then
        usage_error "unexpected argument(s): $*"
    fi
    case "${command}" in
        run) cmd_run ;;
        build) cmd_build ;;
        test) cmd_test ;;
        package) cmd_package ;;
        help | -h | --help) usage ;;
        *)
            usage_error "unknown command: ${command}"
            ;;
    esac
}

main "$@"
