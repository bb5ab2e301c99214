"""A stand-in for ClamAV's clamd that speaks INSTREAM, on TCP or a Unix socket, in a thread.

It finds "malware" when the stream contains the EICAR test string, and can be told to hang,
to drop the connection, to answer with an error, or to enforce a StreamMaxLength. What it
received (the command and each chunk's length) is kept for the protocol tests.
"""

import socketserver
import struct
import threading

# Built from two halves so that no scanner flags this source file itself.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
SIGNATURE = "Eicar-Test-Signature"

OK, HANG, DROP, ERROR = "ok", "hang", "drop", "error"


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        clamd = self.server.clamd
        if clamd.mode == DROP:
            return
        command = self._read_until(b"\0")
        clamd.commands.append(command)
        if command != b"zINSTREAM":
            self.request.sendall(b"UNKNOWN COMMAND\0")
            return
        chunks, stream = [], b""
        while True:
            header = self._read_exactly(4)
            if len(header) < 4:
                return
            (length,) = struct.unpack("!L", header)
            chunks.append(length)
            if length == 0:
                break
            stream += self._read_exactly(length)
            if clamd.stream_max_length is not None and len(stream) > clamd.stream_max_length:
                clamd.streams.append(chunks)
                self.request.sendall(b"INSTREAM size limit exceeded. ERROR\0")
                return
        clamd.streams.append(chunks)
        clamd.received.append(stream)
        if clamd.mode == HANG:
            clamd.released.wait(30)
            return
        if clamd.mode == ERROR:
            self.request.sendall(b"stream: Can't allocate memory ERROR\0")
        elif EICAR in stream:
            self.request.sendall(f"stream: {SIGNATURE} FOUND\0".encode())
        else:
            self.request.sendall(b"stream: OK\0")

    def _read_until(self, end):
        data = b""
        while not data.endswith(end) and len(data) < 100:
            byte = self.request.recv(1)
            if not byte:
                break
            data += byte
        return data.removesuffix(end)

    def _read_exactly(self, size):
        data = b""
        while len(data) < size:
            part = self.request.recv(size - len(data))
            if not part:
                break
            data += part
        return data


class TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class UnixServer(socketserver.ThreadingUnixStreamServer):
    daemon_threads = True


class FakeClamd:
    """Start with `FakeClamd(port=0)` (127.0.0.1) or `FakeClamd(path=...)`; `stop()` after."""

    def __init__(self, *, path=None, port=0):
        self.mode = OK
        self.stream_max_length = None
        self.commands, self.streams, self.received = [], [], []
        self.released = threading.Event()
        if path is not None:
            self.server = UnixServer(str(path), Handler)
        else:
            self.server = TCPServer(("127.0.0.1", port), Handler)
        self.server.clamd = self
        self.address = self.server.server_address
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
