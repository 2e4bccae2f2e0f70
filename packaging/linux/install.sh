#!/usr/bin/env bash
# Install annotator's desktop integration on Linux: the menu entry, the
# AppStream metadata, the file types for *.exercise.xml / *.submission.xml /
# *.key.xml and the icons; with the frozen app too when one has been built.
#
#   packaging/linux/install.sh              # for the current user, in ~/.local
#   sudo packaging/linux/install.sh --system  # for every user, in /usr/local
#   packaging/linux/install.sh --prefix DIR   # anywhere else (a package root)
#   packaging/linux/install.sh --uninstall [--system | --prefix DIR]
#
# The frozen app (packaging/build.sh writes dist/annotator/) is copied to
# PREFIX/lib/annotator and linked as PREFIX/bin/annotator; pass --no-app to
# install only the integration files for an `annotator` that pip put on PATH.
set -euo pipefail

APP_ID=io.github.annotator.Annotator
HERE="$(cd "$(dirname "$0")" && pwd)"
ICONS="$HERE/../icons"
DIST="$HERE/../../dist/annotator"
MIME_ICONS=(application-x-annotator-exercise+xml application-x-annotator-submission+xml)

prefix="$HOME/.local"
with_app=auto
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --system) prefix=/usr/local ;;
    --prefix) prefix="${2:?--prefix needs a directory}"; shift ;;
    --prefix=*) prefix="${1#--prefix=}" ;;
    --no-app) with_app=no ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
share="$prefix/share"

# Every file this script owns, relative to PREFIX, so uninstall removes
# exactly what install wrote and nothing else.
files=(
  "share/applications/$APP_ID.desktop"
  "share/metainfo/$APP_ID.metainfo.xml"
  "share/mime/packages/$APP_ID.xml"
  "share/icons/hicolor/scalable/apps/$APP_ID.svg"
)
for png in "$ICONS"/hicolor/*/apps/annotator.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  files+=("share/icons/hicolor/$size/apps/$APP_ID.png")
done
for name in "${MIME_ICONS[@]}"; do
  files+=("share/icons/hicolor/scalable/mimetypes/$name.svg")
  for png in "$ICONS"/hicolor/*/mimetypes/"$name".png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    files+=("share/icons/hicolor/$size/mimetypes/$name.png")
  done
done

# Desktops read caches, not the files: refresh the ones whose tools exist.
# Each is optional; a missing tool only delays the change to the next login.
refresh_caches() {
  if command -v update-mime-database >/dev/null; then
    update-mime-database "$share/mime" 2>/dev/null || true
  fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
  fi
}

if [ "$action" = uninstall ]; then
  for f in "${files[@]}"; do rm -f "$prefix/$f"; done
  rm -f "$prefix/bin/annotator"
  rm -rf "$prefix/lib/annotator"
  refresh_caches
  echo "Removed annotator from $prefix"
  exit 0
fi

install -Dm644 "$HERE/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$HERE/$APP_ID.mime.xml" "$share/mime/packages/$APP_ID.xml"
# Icons are renamed to the application id, the name the .desktop entry asks for.
install -Dm644 "$ICONS/annotator.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ICONS"/hicolor/*/apps/annotator.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  install -Dm644 "$png" "$share/icons/hicolor/$size/apps/$APP_ID.png"
done
for name in "${MIME_ICONS[@]}"; do
  install -Dm644 "$ICONS/$name.svg" "$share/icons/hicolor/scalable/mimetypes/$name.svg"
  for png in "$ICONS"/hicolor/*/mimetypes/"$name".png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    install -Dm644 "$png" "$share/icons/hicolor/$size/mimetypes/$name.png"
  done
done

if [ "$with_app" = auto ] && [ -x "$DIST/annotator" ]; then
  rm -rf "$prefix/lib/annotator"
  mkdir -p "$prefix/lib" "$prefix/bin"
  cp -a "$DIST" "$prefix/lib/annotator"
  ln -sfn "../lib/annotator/annotator" "$prefix/bin/annotator"
  echo "Installed the app in $prefix/lib/annotator (command: $prefix/bin/annotator)"
elif ! command -v annotator >/dev/null && [ ! -x "$prefix/bin/annotator" ]; then
  echo "Note: no 'annotator' command on PATH; the menu entry needs one" \
       "(build with packaging/build.sh, or pip install the project)." >&2
fi

refresh_caches
echo "Installed the menu entry, file types and icons in $share"
