"""Fixtures of the XML-layer tests: the hostile corpus and the traps that watch it.

The traps catch what an audit hook cannot: libxml2 opens files and sockets
from C. A FIFO that nothing may read records any open (and releases the
reader, so a mistake fails the test instead of hanging it); a listening
port that nothing may call records any connection.
"""

from __future__ import annotations

import os
import select
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import make_corpus
import pytest

from annotator.core.model import Exercise
from annotator.xmlio.readers import read_exercise


class FifoTrap:
    """A FIFO that counts the times something opened it for reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.opened = 0
        os.mkfifo(path)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.002):
            try:
                # Succeeds only while a reader has the FIFO open; closing lets it go (EOF).
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                continue
            self.opened += 1
            os.close(fd)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


class Listener:
    """A port on 127.0.0.1 that counts the connections made to it."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._connections = 0

    @property
    def connections(self) -> int:
        # A connection waits in the backlog until accepted: look without blocking.
        while select.select([self._socket], [], [], 0)[0]:
            self._socket.accept()[0].close()
            self._connections += 1
        return self._connections

    def close(self) -> None:
        self._socket.close()


@dataclass
class Corpus:
    folder: Path
    base: Path
    exercise: Exercise
    cases: dict[str, make_corpus.Case]
    secret: Path
    trap: FifoTrap
    listener: Listener


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The corpus, written once, with a secret beside it and the traps armed."""
    root = tmp_path_factory.mktemp("hostile")
    secret = root / "secret.txt"
    secret.write_text(make_corpus.SECRET + "\n")
    trap, listener = FifoTrap(root / "trap.fifo"), Listener()
    base, cases = make_corpus.build(root / "corpus", secret, trap.path, listener.url)
    yield Corpus(
        root / "corpus", base, read_exercise(base).document, {c.name: c for c in cases},
        secret, trap, listener,
    )
    # After every test that used the corpus, library and command line alike:
    time.sleep(0.05)
    assert trap.opened == 0, "a file named inside a document was opened"
    assert listener.connections == 0, "something connected to the network"
    trap.close()
    listener.close()


@pytest.fixture
def no_python_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any network use from Python fails the test loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network use: {args!r:.200}")

    for name in ("create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
