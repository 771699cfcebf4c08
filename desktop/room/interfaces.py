"""The machine's own IPv4 addresses, for the facilitator to choose where the room listens.

Read from the system without sending anything: the host name's addresses (Windows, macOS)
and, on Linux, each interface's address. Loopback comes last, as "this computer only".
"""

from __future__ import annotations

import contextlib
import socket
import struct
import sys
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Interface:
    address: str
    name: str  # the interface's name where the system gives one ("wlan0"), else ""

    @property
    def is_loopback(self) -> bool:
        return self.address.startswith("127.")


def list_interfaces() -> list[Interface]:
    """Every IPv4 address of this computer, loopback last; never 0.0.0.0."""
    found: dict[str, Interface] = {}
    for name, address in _linux_addresses():
        found.setdefault(address, Interface(address, name))
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            found.setdefault(address, Interface(address, ""))
    found.pop("0.0.0.0", None)
    found.setdefault(LOOPBACK, Interface(LOOPBACK, "lo"))
    # Link-local (169.254.x.x) addresses are shown too, after the others: a hotspot without
    # DHCP gives them, and phones on it can reach them.
    return sorted(
        found.values(),
        key=lambda i: (i.is_loopback, i.address.startswith("169.254."), i.address),
    )


def _linux_addresses() -> list[tuple[str, str]]:
    if not sys.platform.startswith("linux"):
        return []
    import fcntl

    siocgifaddr = 0x8915
    addresses: list[tuple[str, str]] = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(
                    probe.fileno(), siocgifaddr, struct.pack("256s", name.encode()[:15])
                )
            except OSError:  # down, or no IPv4 address
                continue
            addresses.append((name, socket.inet_ntoa(packed[20:24])))
    return addresses
