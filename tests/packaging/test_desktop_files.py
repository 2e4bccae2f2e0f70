"""Linux desktop integration: the .desktop entry, AppStream metadata, MIME types, icons.

The freedesktop validators run when they are installed (Debian packages
desktop-file-utils, appstream, libxml2-utils, shared-mime-info, libglib2.0-bin)
and the test says which one is missing otherwise. The MIME types are checked
against the file formats themselves (the XSD, the bundled exercise), so a
renamed root element or namespace cannot leave the desktop behind.
"""

from __future__ import annotations

import configparser
import fnmatch
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest
from lxml import etree

from annotator.xmlio import NAMESPACE

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "packaging" / "icons"
APP_ID = "io.github.annotator.Annotator"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
XSD = REPO / "annotator" / "xmlio" / "annotator.xsd"
FIRST_EXERCISE = REPO / "exercises" / "putin-kim-alaska.exercise.xml"

SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"
XS = "{http://www.w3.org/2001/XMLSchema}"
# The documents a user opens in the app (the .desktop MimeType line); a key
# file has a type of its own but is only read by `annotator grade`.
OPENED = {"application/x-annotator-exercise+xml", "application/x-annotator-submission+xml"}


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (apt-get install {package})")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    parser.optionxform = str  # keys are case-sensitive: Name[es], MimeType
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types() -> dict[str, etree._Element]:
    root = etree.parse(str(MIME)).getroot()
    return {t.get("type"): t for t in root.iter(f"{SMI}mime-type")}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """install.sh run into an empty prefix, without the frozen app."""
    prefix = tmp_path_factory.mktemp("prefix")
    result = run("bash", str(LINUX / "install.sh"), "--no-app", "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr
    return prefix


# --- the validators -------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate():
    """Ensure the .desktop entry has no errors, warnings or hints."""
    result = run(tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP))
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstreamcli_offline():
    """Ensure the AppStream file validates with no errors or warnings (infos allowed)."""
    result = run(tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]


def test_installed_tree_passes_appstreamcli_validate_tree(installed):
    """Ensure the metainfo and the .desktop entry agree once installed side by side."""
    result = run(tool("appstreamcli", "appstream"), "validate-tree", "--no-net", str(installed))
    assert result.returncode == 0, result.stdout


def test_mime_package_is_well_formed_for_xmllint():
    result = run(tool("xmllint", "libxml2-utils"), "--noout", str(MIME))
    assert result.returncode == 0, result.stderr


def test_update_mime_database_registers_globs_and_root_elements(tmp_path):
    """Ensure shared-mime-info compiles our package into globs and XML namespaces."""
    tool_path = tool("update-mime-database", "shared-mime-info")
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(MIME, tmp_path / "mime" / "packages" / MIME.name)
    result = run(tool_path, str(tmp_path / "mime"))
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text()
    namespaces = (tmp_path / "mime" / "XMLnamespaces").read_text()
    for root in ("exercise", "submission", "key"):
        mime = f"application/x-annotator-{root}+xml"
        assert f"{mime}:*.{root}.xml" in globs
        assert f"{NAMESPACE} {root} {mime}" in namespaces


def test_gio_recognises_the_bundled_exercise(tmp_path):
    """Ensure a desktop (GLib's lookup) types a real exercise file as ours."""
    gio = tool("gio", "libglib2.0-bin")
    tool("update-mime-database", "shared-mime-info")
    mime_dir = tmp_path / "share" / "mime"
    (mime_dir / "packages").mkdir(parents=True)
    shutil.copyfile(MIME, mime_dir / "packages" / MIME.name)
    freedesktop = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if freedesktop.exists():  # gives application/xml, which ours subclass
        shutil.copyfile(freedesktop, mime_dir / "packages" / freedesktop.name)
    subprocess.run(["update-mime-database", str(mime_dir)], capture_output=True, check=True)
    copy = tmp_path / FIRST_EXERCISE.name
    shutil.copyfile(FIRST_EXERCISE, copy)
    env = {"XDG_DATA_DIRS": str(tmp_path / "share"), "XDG_DATA_HOME": str(tmp_path / "none"),
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([gio, "info", "-a", "standard::content-type", str(copy)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert "application/x-annotator-exercise+xml" in result.stdout, result.stdout + result.stderr


# --- the MIME types against the file formats -------------------------------


def test_one_mime_type_per_document_kind_in_the_schema():
    """Ensure each root element of the XSD (exercise, submission, key, decisions) has a type
    with the NAME.<root>.xml glob of formats.md and a root-XML rule in our namespace."""
    schema = etree.parse(str(XSD)).getroot()
    assert schema.get("targetNamespace") == NAMESPACE
    roots = {e.get("name") for e in schema.findall(f"{XS}element")}
    assert roots == {"exercise", "submission", "key", "decisions"}
    types = mime_types()
    assert set(types) == {f"application/x-annotator-{r}+xml" for r in roots}
    for root in roots:
        entry = types[f"application/x-annotator-{root}+xml"]
        assert [g.get("pattern") for g in entry.iter(f"{SMI}glob")] == [f"*.{root}.xml"]
        rules = [(r.get("namespaceURI"), r.get("localName")) for r in entry.iter(f"{SMI}root-XML")]
        assert rules == [(NAMESPACE, root)]
        assert entry.find(f"{SMI}sub-class-of").get("type") == "application/xml"
        languages = {c.get("{http://www.w3.org/XML/1998/namespace}lang")
                     for c in entry.iter(f"{SMI}comment")}
        assert languages == {None, "es"}


def test_bundled_exercise_matches_its_glob_and_root_rule():
    types = mime_types()
    entry = types["application/x-annotator-exercise+xml"]
    assert fnmatch.fnmatch(FIRST_EXERCISE.name, entry.find(f"{SMI}glob").get("pattern"))
    root = etree.parse(str(FIRST_EXERCISE)).getroot()
    rule = entry.find(f"{SMI}root-XML")
    assert root.tag == etree.QName(rule.get("namespaceURI"), rule.get("localName")).text


# --- the .desktop entry and the metainfo agree with the rest ---------------


def test_desktop_entry_opens_exercises_and_submissions_with_the_console_script():
    entry = desktop_entry()
    assert set(filter(None, entry["MimeType"].split(";"))) == OPENED
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    command = entry["Exec"].split()[0]
    assert command in scripts and entry["TryExec"] == command
    # The app takes one FILE: a launcher must start one process per file.
    assert entry["Exec"].split()[1:] == ["%f"]
    assert entry["Icon"] == APP_ID
    assert "Education" in entry["Categories"].split(";")


def test_desktop_entry_speaks_spanish_and_english():
    entry = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[es]"], key
    assert "alfabetización mediática" in entry["Keywords[es]"]


def test_metainfo_names_the_desktop_entry_types_and_release():
    root = etree.parse(str(METAINFO)).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert {m.text for m in root.iter("mediatype")} == OPENED
    assert root.find("content_rating").get("type") == "oars-1.1"
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert pyproject["version"] in [r.get("version") for r in root.iter("release")]
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    paragraphs = {p.get(xml_lang) for p in root.find("description").iter("p")}
    assert paragraphs == {None, "es"}


# --- icons and install.sh ------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256, 512])
def test_app_icon_png_is_committed_at_each_size(size):
    assert png_size(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "annotator.png") == (size, size)


def test_window_icon_in_resources_is_the_packaging_svg():
    """Ensure the window icon is the desktop's drawing (make_icons.py copies it)."""
    copy = REPO / "resources" / "icons" / "app" / "annotator.svg"
    assert copy.read_bytes() == (ICONS / "annotator.svg").read_bytes()


def test_install_sh_puts_every_named_icon_where_the_desktop_looks(installed):
    share = installed / "share"
    hicolor = share / "icons" / "hicolor"
    assert (share / "applications" / DESKTOP.name).exists()
    assert (share / "metainfo" / METAINFO.name).exists()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert png_size(hicolor / "48x48" / "apps" / f"{APP_ID}.png") == (48, 48)
    for mime in OPENED:
        icon = mime.replace("/", "-")  # the freedesktop default icon name for a type
        assert (hicolor / "scalable" / "mimetypes" / f"{icon}.svg").exists()
        assert (hicolor / "16x16" / "mimetypes" / f"{icon}.png").exists()


def test_install_sh_uninstall_removes_what_it_installed(tmp_path):
    script = str(LINUX / "install.sh")
    assert run("bash", script, "--no-app", "--prefix", str(tmp_path)).returncode == 0
    assert run("bash", script, "--uninstall", "--prefix", str(tmp_path)).returncode == 0
    left = [p for p in tmp_path.rglob("*") if p.is_file() and "annotator" in p.name.lower()]
    assert left == []
