#!/usr/bin/env bash
# Validate Debrief's desktop integration files.
#
# Usage: validate-packaging.sh SOURCE_DIR
#
# Checks the desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate --no-net), the shared-mime-info definition
# (update-mime-database into a temporary directory, including the compiled magic
# rule) and that an SQLite file carrying PRAGMA application_id 0x44425246 has the
# header bytes the magic rule looks for. Exits non-zero on the first failure.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 SOURCE_DIR" >&2
    exit 2
fi

src=$1
pkg=$src/packaging
desktop=$pkg/org.debrief.Debrief.desktop
metainfo=$pkg/org.debrief.Debrief.metainfo.xml
mimexml=$pkg/org.debrief.Debrief-mime.xml
icon=$pkg/icons/org.debrief.Debrief.svg
mimetype=application/x-debrief

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need() {
    command -v "$1" >/dev/null 2>&1 || fail "required tool '$1' not found (install: $2)"
}

need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info
need sqlite3 sqlite3
need od coreutils

for f in "$desktop" "$metainfo" "$mimexml" "$icon"; do
    [[ -f $f ]] || fail "missing file $f"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- desktop entry ---------------------------------------------------------
echo "== desktop-file-validate $(basename "$desktop")"
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out" >&2; fail "desktop-file-validate rejected $desktop"; }
# desktop-file-validate exits 0 on hints/warnings; treat any output as a failure.
[[ -z $out ]] || { echo "$out" >&2; fail "desktop-file-validate reported issues for $desktop"; }
echo "ok: desktop entry is valid"

# --- AppStream metainfo ----------------------------------------------------
echo "== appstreamcli validate --no-net --pedantic $(basename "$metainfo")"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli rejected $metainfo"
echo "ok: metainfo is valid"

# Cross-check metainfo, desktop entry and icon as they are laid out after installation.
echo "== appstreamcli validate-tree --no-net (installed layout)"
tree=$tmp/tree
install -Dm644 "$desktop" "$tree/usr/share/applications/$(basename "$desktop")"
install -Dm644 "$metainfo" "$tree/usr/share/metainfo/$(basename "$metainfo")"
install -Dm644 "$mimexml" "$tree/usr/share/mime/packages/$(basename "$mimexml")"
install -Dm644 "$icon" "$tree/usr/share/icons/hicolor/scalable/apps/$(basename "$icon")"
appstreamcli validate-tree --no-net "$tree" || fail "appstreamcli validate-tree rejected the installed layout"
echo "ok: installed layout is consistent"

# --- shared-mime-info ------------------------------------------------------
echo "== update-mime-database with $(basename "$mimexml")"
mkdir -p "$tmp/mime/packages"
cp "$mimexml" "$tmp/mime/packages/"
# Parse errors are printed as warnings while the exit status stays 0: capture and check them.
out=$(XDG_DATA_DIRS=$tmp XDG_DATA_HOME=$tmp/nonexistent update-mime-database -V "$tmp/mime" 2>&1) || { echo "$out" >&2; fail "update-mime-database failed"; }
if grep -qiE 'error|warning|invalid|unknown' <<<"$out"; then
    echo "$out" >&2
    fail "update-mime-database reported problems with $mimexml"
fi
[[ -f $tmp/mime/$mimetype.xml ]] || fail "update-mime-database did not produce $mimetype.xml"
grep -q '<glob pattern="\*.debrief"' "$tmp/mime/$mimetype.xml" || fail "compiled $mimetype.xml lacks the *.debrief glob"
grep -q 'sub-class-of type="application/vnd.sqlite3"' "$tmp/mime/$mimetype.xml" \
    || fail "compiled $mimetype.xml lacks sub-class-of application/vnd.sqlite3"
grep -q "^[0-9]*:$mimetype:\*\.debrief\$" "$tmp/mime/globs2" || fail "globs2 does not map *.debrief to $mimetype"
echo "ok: $mimetype.xml generated, *.debrief glob registered"

# Compiled magic (binary format, see the shared-mime-info spec):
#   [PRIORITY:TYPE]
#   >0=<len16>SQLite format 3\0
#   1>68=<len16>DBRF
[[ -f $tmp/mime/magic ]] || fail "update-mime-database did not produce a magic file"
grep -aq "^\[[0-9]*:$mimetype\]\$" "$tmp/mime/magic" || fail "no magic section for $mimetype"
# The temporary database holds only our definition, so the whole file is our section.
section=$(od -An -v -c "$tmp/mime/magic" | tr -s ' \n' ' ')
grep -q 'S Q L i t e f o r m a t 3 \\0' <<<"$section" || fail "magic for $mimetype lacks the SQLite header string"
grep -q '1 > 6 8 = \\0 004 D B R F' <<<"$section" \
    || fail "magic for $mimetype lacks the nested DBRF (0x44425246) match at offset 68"
echo "ok: magic entry $(grep -a "^\[[0-9]*:$mimetype\]" "$tmp/mime/magic") with SQLite header at 0 and DBRF at 68"

# --- the magic against a real document header ----------------------------
appid_dec=$((0x44425246)) # 1145197126, "DBRF" as in src/core/storage/DocumentFile.h
echo "== SQLite file with PRAGMA application_id=$appid_dec (0x44425246)"
probe=$tmp/probe.debrief
sqlite3 "$probe" "PRAGMA application_id=$appid_dec; CREATE TABLE t(x);" || fail "sqlite3 could not create $probe"
head0=$(od -An -v -c -j 0 -N 16 "$probe" | tr -s ' \n' ' ')
grep -q 'S Q L i t e f o r m a t 3 \\0' <<<"$head0" || fail "probe file does not start with 'SQLite format 3\\0': $head0"
appid=$(od -An -tx1 -j 68 -N 4 "$probe" | tr -d ' \n')
[[ $appid == 44425246 ]] || fail "probe file has application_id bytes $appid at offset 68, expected 44425246"
printf '%s\n' "ok: header starts with 'SQLite format 3\\0' and bytes 68..71 are 44 42 52 46 (DBRF)"

# Content-only detection (no extension) through a shared-mime-info consumer, if one exists.
cp "$probe" "$tmp/probe-noext"
export XDG_DATA_DIRS=$tmp:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}
export XDG_DATA_HOME=$tmp/nonexistent
if command -v gio >/dev/null 2>&1; then
    got=$(gio info -a standard::content-type "$tmp/probe-noext" | sed -n 's/.*standard::content-type: //p')
    [[ $got == "$mimetype" ]] || fail "gio detects the probe file as '$got', expected $mimetype"
    echo "ok: gio detects an extension-less document as $mimetype"
elif command -v mimetype >/dev/null 2>&1; then
    got=$(mimetype -b -M "$tmp/probe-noext")
    [[ $got == "$mimetype" ]] || fail "mimetype detects the probe file as '$got', expected $mimetype"
    echo "ok: mimetype detects an extension-less document as $mimetype"
else
    echo "skip: no shared-mime-info consumer (gio, mimetype) to run the magic detection"
fi

echo "All packaging checks passed."
