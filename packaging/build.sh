#!/usr/bin/env bash
# Build the one-folder app dist/annotator/ with PyInstaller; print its size
# and how long the build took.
#
#   packaging/build.sh                # in a private venv, build/pyinstaller-venv
#   packaging/build.sh --python PY    # make that venv with another interpreter
#   packaging/build.sh --use-env PY   # freeze PY's environment as it is (CI, a
#                                     # regular `pip install .`; not `pip install -e`)
#
# PyInstaller is a build tool: it is installed into the build environment
# only; the project never depends on it.
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER="pyinstaller>=6.10,<7"
base=python3
python=""
while [ $# -gt 0 ]; do
  case "$1" in
    --python) base="${2:?--python needs an interpreter}"; shift ;;
    --use-env) python="${2:?--use-env needs an interpreter}"; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

setup_start=$(date +%s.%N)
if [ -z "$python" ]; then
  venv=build/pyinstaller-venv
  [ -x "$venv/bin/python" ] || "$base" -m venv "$venv"
  python="$venv/bin/python"
  # A regular install, not an editable one (PyInstaller cannot follow the
  # editable finder): the app is frozen from what the wheel ships. pip
  # rebuilds a local directory on every run, so edits are picked up.
  "$python" -m pip install -q . "$PYINSTALLER"
else
  "$python" -m pip install -q "$PYINSTALLER"
fi
setup_end=$(date +%s.%N)

# PyInstaller's own script, not `python -m PyInstaller`: -m would put the
# checkout first on sys.path, and the spec would see the source tree (where
# resources/ and exercises/ are not inside the package) instead of the install.
pyinstaller="$(dirname "$python")/pyinstaller"
build_start=$(date +%s.%N)
"$pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/annotator.spec
build_end=$(date +%s.%N)

echo
echo "dist/annotator: $(du -sh dist/annotator | cut -f1)," \
     "$(find dist/annotator -type f | wc -l) files"
printf 'setup %.1f s, PyInstaller %.1f s\n' \
  "$(echo "$setup_end - $setup_start" | bc)" "$(echo "$build_end - $build_start" | bc)"
echo "try: dist/annotator/annotator --version"
