#!/usr/bin/env python3
"""A tiny SMTP catcher for set 47 (heldout47.py): nullmailer relays EVERYTHING, its own bounces included, to its
smarthost, so after a case's refusal heldout47_run.py points nullmailer's remotes here and this server accepts the
bounce and saves it, as received, to one file per message in the folder given. Listens on 127.0.39.60 port 25 only;
logs commands and codes, never content."""

from __future__ import annotations

import argparse
import asyncio
import signal
import time
from pathlib import Path


async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, out: Path) -> None:
    """One SMTP conversation: accept every command; at the end of the data write the message to out."""
    writer.write(b"220 catcher.heldout47.example ESMTP\r\n")
    sender, rcpts = "", []
    while line := await reader.readline():
        verb = line[:4].upper()
        if verb in (b"EHLO", b"HELO"):
            writer.write(b"250-catcher.heldout47.example\r\n250 8BITMIME\r\n")
        elif verb == b"MAIL":
            sender, rcpts = line.decode("ascii", "replace").strip(), []
            writer.write(b"250 2.1.0 Ok\r\n")
        elif verb == b"RCPT":
            rcpts.append(line.decode("ascii", "replace").strip())
            writer.write(b"250 2.1.5 Ok\r\n")
        elif verb == b"DATA":
            writer.write(b"354 go ahead\r\n")
            await writer.drain()
            body = []
            while (data := await reader.readline()) not in (b".\r\n", b".\n", b""):
                body.append(data[1:] if data.startswith(b"..") else data)
            name = out / f"{time.time():.6f}.eml"
            name.write_bytes(b"".join(body).replace(b"\r\n", b"\n"))
            print(f"saved {name.name} {sender} {' '.join(rcpts)}", flush=True)
            writer.write(b"250 2.0.0 Ok: saved\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 2.0.0 Bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 2.0.0 Ok\r\n")
        await writer.drain()
    writer.close()


async def serve(address: str, out: Path) -> None:
    """Serve until SIGTERM."""
    server = await asyncio.start_server(lambda r, w: session(r, w, out), address, 25)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    server.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--address", default="127.0.39.60")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    asyncio.run(serve(args.address, args.out))


if __name__ == "__main__":
    main()
