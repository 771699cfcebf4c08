"""Simulated phones for the load test, in a process of their own (as real phones are their own
devices: their work does not compete with the window's for this process's interpreter).

    python -m tests.room.phones BASE TOKEN CODE PHONES NOTES_EACH
prints one JSON line: the errors (empty when every join and note was taken).
"""

from __future__ import annotations

import asyncio
import json
import sys

import httpx


async def phone(
    base: str, number: int, token: str, code: str, notes: int, errors: list[str]
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        how = {"token": token} if number % 2 == 0 else {"code": code}
        joined = await client.post("/api/join", json=how)
        if joined.status_code != 200:
            errors.append(f"phone {number} join: {joined.status_code} {joined.text}")
            return
        headers = {"x-room-ticket": joined.json()["ticket"]}
        for i in range(notes):
            body = {
                "text": f"Telefon {number} note {i}",
                "side": "other",
                "nonce": f"phone{number:02d}-note{i:02d}",
            }
            sent = await client.post("/api/notes", headers=headers, json=body)
            if sent.status_code != 200:
                errors.append(f"phone {number} note {i}: {sent.status_code} {sent.text}")


async def room_of_phones(base: str, token: str, code: str, phones: int, notes: int) -> list[str]:
    errors: list[str] = []
    await asyncio.gather(*(phone(base, n, token, code, notes, errors) for n in range(phones)))
    return errors


def main(argv: list[str]) -> None:
    base, token, code, phones, notes = argv
    print(json.dumps(asyncio.run(room_of_phones(base, token, code, int(phones), int(notes)))))


if __name__ == "__main__":
    main(sys.argv[1:])
