#!/bin/sh
# The shell half of the install-itaplan action (action.yml beside this file).
# POSIX sh, run as root in a Debian container (swift:6.1-bookworm) from the
# root of the checked-out repository.
#
#   install.sh locate      is this repository the itaplan source? Writes
#                          dir=. (yes) or dir=.itaplan-src (no: the action
#                          checks the source out there) to $GITHUB_OUTPUT.
#   install.sh build DIR   installs the Debian packages itaplan builds with,
#                          builds DIR in release mode and adds DIR/.build/release
#                          to $GITHUB_PATH, so later steps can run `itaplan`.
set -eu

case "${1:-}" in
locate)
    # The itaplan repository says so in its manifest: `name: "itaplan",`
    # (indented, at the start of a line: not a product's `.executable(name:`).
    if [ -f Package.swift ] && grep -Eq '^[[:space:]]*name:[[:space:]]*"itaplan"' Package.swift; then
        echo "itaplan source: this repository"
        echo "dir=." >>"$GITHUB_OUTPUT"
    else
        echo "itaplan source: not in this repository; checking it out into .itaplan-src"
        echo "dir=.itaplan-src" >>"$GITHUB_OUTPUT"
    fi
    ;;
build)
    dir=${2:?usage: install.sh build DIR}
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends libyaml-dev libgit2-dev libmbedtls-dev libdeflate-dev pkg-config git openssh-client

    # The container runs as root on a workspace that the runner's own user
    # owns: without this, git (and libgit2, which itaplan uses) refuse to
    # open the repository ("dubious ownership").
    git config --global --add safe.directory "$GITHUB_WORKSPACE"
    if [ "$dir" != . ]; then
        git config --global --add safe.directory "$GITHUB_WORKSPACE/$dir"
    fi

    swift build -c release --package-path "$dir"
    # Absolute, and the folder itself: itaplan finds its scoring data in
    # itaplan_ITAPlanCore.resources next to the executable.
    bin=$(cd "$dir" && pwd -P)/.build/release
    "$bin/itaplan" --help >/dev/null
    echo "$bin" >>"$GITHUB_PATH"
    echo "itaplan: $bin/itaplan"
    ;;
*)
    echo "usage: install.sh locate | install.sh build DIR" >&2
    exit 2
    ;;
esac
