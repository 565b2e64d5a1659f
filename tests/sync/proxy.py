"""A TCP proxy on 127.0.0.1 that can cut every connection, or cut after so many bytes."""

from __future__ import annotations

import socket
import threading


class Proxy:
    """Forwards 127.0.0.1:port to a target port; ``cut`` and ``restore`` the link at will."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.cut_up: int | None = None  # client-to-server bytes per connection before a cut
        self.cut_down: int | None = None  # server-to-client bytes per connection before a cut
        self.cuts = 0
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        """Drop every open connection and refuse new ones until ``restore``."""
        self.up = False
        with self._lock:
            for conn in self._conns:
                _close(conn)
            self._conns.clear()

    def restore(self) -> None:
        """Let connections through again (and stop cutting by bytes)."""
        self.cut_up = self.cut_down = None
        self.up = True

    def close(self) -> None:
        """Stop listening."""
        self.cut()
        _close(self.listener)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                _close(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._conns += [client, upstream]
            for a, b, up in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pump, args=(a, b, up), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, up: bool) -> None:
        sent = 0
        try:
            while data := source.recv(65536):
                limit = self.cut_up if up else self.cut_down
                if limit is not None and sent + len(data) > limit:
                    sink.sendall(data[: max(0, limit - sent)])
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
