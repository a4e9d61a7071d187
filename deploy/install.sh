#!/bin/sh
# Install or upgrade connector-bot for production, without dev.py or the checkout:
#
#   python3 dev.py wheel                         # on any machine with the checkout: dist/*.whl
#   sudo deploy/install.sh dist/connector_bot-*.whl [PREFIX]
#
# Makes a fresh virtual environment PREFIX/releases/<version>-<UTC time> (PREFIX defaults to
# /opt/connector-bot), installs the runtime dependencies from requirements-runtime.lock (every
# file checked against its hash, the versions the tests ran) and then the wheel, checks that the
# command starts, and only then points PREFIX/current at it, in one rename. The service runs
# PREFIX/current/bin/connector-bot, so `systemctl restart connector-bot` starts the new release
# (its migrations run at start); the previous release stays in PREFIX/releases until removed.
# PYTHON names the interpreter to use (python3.11 or newer; default python3).
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 WHEEL [PREFIX]" >&2
    exit 2
fi
wheel=$1
prefix=${2:-/opt/connector-bot}
python=${PYTHON:-python3}
lock="$(cd "$(dirname "$0")/.." && pwd)/requirements-runtime.lock"

[ -f "$wheel" ] || { echo "install.sh: no wheel at $wheel (build it: python3 dev.py wheel)" >&2; exit 2; }
[ -f "$lock" ] || { echo "install.sh: no lock at $lock" >&2; exit 2; }
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || {
    echo "install.sh: $python is missing or older than 3.11 (set PYTHON)" >&2; exit 2; }

version=$(basename "$wheel" | cut -d- -f2)
release="$prefix/releases/$version-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$prefix/releases"
umask 022  # the release is code: readable by the service's user, writable by root only
"$python" -m venv "$release"
pip="$release/bin/python -m pip --quiet --disable-pip-version-check"
$pip install --require-hashes --no-deps -r "$lock"
$pip install --no-deps "$wheel"
"$release/bin/connector-bot" --version
ln -sfn "$release" "$prefix/current.new"
mv -T "$prefix/current.new" "$prefix/current"
echo "installed $release; now: systemctl restart connector-bot"
