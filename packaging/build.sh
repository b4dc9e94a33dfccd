#!/usr/bin/env bash
# Build the one-folder frozen app from packaging/inl-equipment.spec, then run its
# --smoke-test offscreen. Prints the build time, the folder's size and the smoke
# test's time; exits non-zero if the build or the smoke test fails.
#
#     bash packaging/build.sh              # -> build/frozen/dist/inl-equipment/
#     bash packaging/build.sh --no-smoke   # build only
#
# INL_FROZEN_OUT changes the build folder (default build/frozen, git-ignored);
# INL_FROZEN_UNTRIMMED=1 builds without the spec's trimming (to measure it).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${INL_FROZEN_OUT:-build/frozen}"
smoke=1
[ "${1:-}" = "--no-smoke" ] && smoke=0

# A folder left by an older build must never pass for this one.
rm -rf "$out/dist"
start=$(date +%s)
uv run pyinstaller --noconfirm --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work" packaging/inl-equipment.spec
built=$(date +%s)

app="$out/dist/inl-equipment/inl-equipment"
[ -x "$app.exe" ] && app="$app.exe"
size_mb=$(du -sm "$out/dist/inl-equipment" | cut -f1)
qt_mb=$(du -sm "$out/dist/inl-equipment/_internal/PySide6" | cut -f1)
echo "frozen app: $app"
echo "build time: $((built - start)) s; folder: ${size_mb} MB (PySide6 ${qt_mb} MB)"

if [ "$smoke" = 1 ]; then
  s0=$(date +%s%N)
  QT_QPA_PLATFORM=offscreen "$app" --smoke-test
  s1=$(date +%s%N)
  echo "frozen smoke test: $(((s1 - s0) / 1000000)) ms"
fi
