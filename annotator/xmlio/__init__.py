"""XML formats (formats.md): the one safe loader, readers, writers, atomic save."""

NAMESPACE = "urn:x-annotator:1"
FORMAT_VERSION = "1"
