#!/bin/sh
# The shell half of the install-itaplan action (action.yml beside this file).
# POSIX sh, run from the root of the checked-out repository, as root in a
# Debian 12 container (or with sudo).
#
#   install.sh plan
#       decides, from VERSION, ITAPLAN_PINNED_VERSION, BUILD_FROM_SOURCE and
#       REF, what the action does; writes mode=release|source, version=,
#       cache-dir=, dir= and ref= to $GITHUB_OUTPUT.
#   install.sh download VERSION DIR
#       puts itaplan_VERSION_amd64.deb and SHA256SUMS of the release in DIR
#       (a cache: what is there and verifies is not fetched again) and checks
#       the package against SHA256SUMS and EXPECTED_SHA256 (when set). A
#       package that does not match is deleted. RELEASE_URL, else
#       https://github.com/$REPOSITORY/releases/download/v<VERSION>.
#   install.sh install VERSION DIR
#       download, then installs the package with apt-get (which brings the
#       libraries it depends on) and checks `itaplan --version`.
#   install.sh build DIR
#       installs the Debian packages itaplan builds with, builds DIR in
#       release mode and adds DIR/.build/release to $GITHUB_PATH.
# The directory of the source is `.` when this repository is itaplan itself
# (its manifest declares name: "itaplan"), else .itaplan-src.
set -eu

fail() {
    echo "::error::$*" >&2
    exit 1
}

if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi

# A released version: digits first, then letters, digits, dots and tildes
# (a Debian version without the "+" that marks a development build).
is_release_version() {
    case "$1" in
    "" | *[!0-9A-Za-z.~]* | [!0-9]*) return 1 ;;
    *) return 0 ;;
    esac
}

# The git tag of a version: v, with Debian's ~ (pre-release) back to -.
tag_of() {
    echo "v$1" | tr '~' '-'
}

sha256_of() {
    sha256sum "$1" | cut -d ' ' -f 1
}

# Trust git in the workspace: the container runs as root on a workspace that
# the runner's own user owns, and git and libgit2 refuse such repositories.
trust_workspace() {
    if [ -n "${GITHUB_WORKSPACE:-}" ]; then
        git config --global --add safe.directory "$GITHUB_WORKSPACE"
        for extra in "$@"; do git config --global --add safe.directory "$GITHUB_WORKSPACE/$extra"; done
    fi
}

plan() {
    out=${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}
    version=${VERSION:-${ITAPLAN_PINNED_VERSION:-}}
    # The tag's form, v0.2.0, names the same release.
    version=${version#v}
    if [ "${BUILD_FROM_SOURCE:-false}" = true ]; then
        if [ -f Package.swift ] && grep -Eq '^[[:space:]]*name:[[:space:]]*"itaplan"' Package.swift; then
            echo "itaplan: building this repository's source"
            dir=.
        else
            dir=.itaplan-src
        fi
        ref=${REF:-}
        if [ -z "$ref" ]; then
            if is_release_version "$version"; then ref=$(tag_of "$version"); else ref=main; fi
        fi
        [ "$dir" = . ] || echo "itaplan: building the source of $ref, checked out into $dir"
        {
            echo "mode=source"
            echo "dir=$dir"
            echo "ref=$ref"
        } >>"$out"
        return
    fi
    if ! is_release_version "$version"; then
        fail "no itaplan release to install: '$version' is not a released version (this action was written by an itaplan that is not a release, or by hand). Set the repository variable ITAPLAN_VERSION to a released version, for example 0.2.0, or ITAPLAN_BUILD_FROM_SOURCE to true."
    fi
    echo "itaplan: installing release $version"
    {
        echo "mode=release"
        echo "version=$version"
        echo "cache-dir=${HOME:-/root}/.cache/itaplan/$version"
    } >>"$out"
}

download() {
    version=${1:?usage: install.sh download VERSION DIR}
    dir=${2:?usage: install.sh download VERSION DIR}
    is_release_version "$version" || fail "'$version' is not a released itaplan version"
    base=${RELEASE_URL:-https://github.com/${REPOSITORY:-itaplan/itaplan}/releases/download/$(tag_of "$version")}
    base=${base%/}
    deb=itaplan_${version}_amd64.deb
    mkdir -p "$dir"
    expected=""
    if [ -f "$dir/$deb" ] && [ -f "$dir/SHA256SUMS" ]; then
        echo "itaplan: $deb is in the cache"
    else
        rm -f "$dir/$deb" "$dir/SHA256SUMS"
        echo "itaplan: downloading $base/$deb"
        curl --fail --silent --show-error --location --retry 3 --output "$dir/SHA256SUMS" "$base/SHA256SUMS" \
            || fail "cannot download $base/SHA256SUMS"
        curl --fail --silent --show-error --location --retry 3 --output "$dir/$deb" "$base/$deb" \
            || { rm -f "$dir/$deb" "$dir/SHA256SUMS"; fail "cannot download $base/$deb"; }
    fi
    # The line "<hash>  <file>" of SHA256SUMS that names the package exactly.
    expected=$(awk -v name="$deb" '$2 == name || $2 == "*" name { print $1; exit }' "$dir/SHA256SUMS")
    actual=$(sha256_of "$dir/$deb")
    if [ -z "$expected" ]; then
        rm -f "$dir/$deb" "$dir/SHA256SUMS"
        fail "SHA256SUMS of release $version has no line for $deb"
    fi
    if [ "$actual" != "$expected" ]; then
        rm -f "$dir/$deb" "$dir/SHA256SUMS"
        fail "$deb has SHA-256 $actual, but the release's SHA256SUMS says $expected: not installed"
    fi
    if [ -n "${EXPECTED_SHA256:-}" ] && [ "$actual" != "$EXPECTED_SHA256" ]; then
        rm -f "$dir/$deb" "$dir/SHA256SUMS"
        fail "$deb has SHA-256 $actual, but the sha256 input pins $EXPECTED_SHA256: not installed"
    fi
    echo "itaplan: $deb verified (SHA-256 $actual)"
}

install_release() {
    version=${1:?usage: install.sh install VERSION DIR}
    dir=${2:?usage: install.sh install VERSION DIR}
    download "$version" "$dir"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # A path (absolute) makes apt-get install the file and its dependencies.
    $sudo apt-get install -y -qq --no-install-recommends "$(cd "$dir" && pwd -P)/itaplan_${version}_amd64.deb"
    installed=$(itaplan --version)
    [ "$installed" = "$version" ] || fail "installed itaplan says it is $installed, not $version"
    trust_workspace
    echo "itaplan: $(command -v itaplan) $installed"
}

build() {
    dir=${1:?usage: install.sh build DIR}
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends libyaml-dev libgit2-dev libmbedtls-dev libdeflate-dev pkg-config git openssh-client
    if [ "$dir" = . ]; then trust_workspace; else trust_workspace "$dir"; fi
    # Everything itaplan needs is compiled into the binary: the folder can be
    # put on PATH as it is.
    swift build -c release --static-swift-stdlib --product itaplan --package-path "$dir"
    bin=$(cd "$dir" && pwd -P)/.build/release
    "$bin/itaplan" --version
    echo "$bin" >>"${GITHUB_PATH:?GITHUB_PATH is not set}"
    echo "itaplan: $bin/itaplan"
}

case "${1:-}" in
plan) plan ;;
download) download "${2:-}" "${3:-}" ;;
install) install_release "${2:-}" "${3:-}" ;;
build) build "${2:-}" ;;
*)
    echo "usage: install.sh plan | download VERSION DIR | install VERSION DIR | build DIR" >&2
    exit 2
    ;;
esac
