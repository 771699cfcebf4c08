"""Simulated phones for the load tests, in a process of their own (as real phones are their own
devices: their work does not compete with the window's for this process's interpreter).

Each phone joins (half by the QR link, half by the code) and sends its notes; with a vote open
it casts its dots between the notes: each dot twice (the phone retried), then a sixth that the
budget refuses, one dot taken back and cast on another note.

    python -m tests.room.phones BASE TOKEN CODE PHONES NOTES_EACH [NOTE_ID ...]
prints one JSON line: the errors (empty when every join, note and dot went as it should).
"""

from __future__ import annotations

import asyncio
import json
import sys

import httpx

DOTS = 5


def dots_of(number: int, ids: list[str]) -> list[str]:
    """The notes a phone's 5 standing dots end on: 4 of its first 5, then the moved one."""
    return [ids[(number + d) % len(ids)] for d in range(1, DOTS)] + [
        ids[(number + DOTS) % len(ids)]
    ]


async def phone(
    base: str, number: int, how: dict[str, str], notes: int, ids: list[str], errors: list[str]
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        joined = await client.post("/api/join", json=how)
        if joined.status_code != 200:
            errors.append(f"phone {number} join: {joined.status_code} {joined.text}")
            return
        headers = {"x-room-ticket": joined.json()["ticket"]}

        async def dot(note: str, nonce: str, change: int = 1) -> int:
            body = {"note": note, "change": change, "nonce": f"p{number:02d}-{nonce}"}
            return (await client.post("/api/votes", headers=headers, json=body)).status_code

        for i in range(notes):
            body = {
                "text": f"Telefon {number} note {i}",
                "side": "other",
                "nonce": f"phone{number:02d}-note{i:02d}",
            }
            sent = await client.post("/api/notes", headers=headers, json=body)
            if sent.status_code != 200:
                errors.append(f"phone {number} note {i}: {sent.status_code} {sent.text}")
            if ids and i < DOTS:
                for _ in range(2):  # the same dot twice: the phone retried
                    if await dot(ids[(number + i) % len(ids)], f"dot{i}") != 200:
                        errors.append(f"phone {number} dot {i}")
        if not ids:
            return
        for d in range(notes, DOTS):  # fewer notes than dots: the rest of the dots
            for _ in range(2):
                if await dot(ids[(number + d) % len(ids)], f"dot{d}") != 200:
                    errors.append(f"phone {number} dot {d}")
        if await dot(ids[0], "sixth") != 409:
            errors.append(f"phone {number}: a sixth dot was counted")
        if await dot(ids[number % len(ids)], "back", -1) != 200:
            errors.append(f"phone {number}: taking a dot back")
        if await dot(ids[(number + DOTS) % len(ids)], "moved") != 200:
            errors.append(f"phone {number}: the moved dot")


async def room_of_phones(
    base: str, token: str, code: str, phones: int, notes: int, ids: list[str] | None = None
) -> list[str]:
    errors: list[str] = []
    ways = [{"token": token}, {"code": code}] if code else [{"token": token}]
    await asyncio.gather(
        *(phone(base, n, ways[n % len(ways)], notes, ids or [], errors) for n in range(phones))
    )
    return errors


def main(argv: list[str]) -> None:
    base, token, code, phones, notes, *ids = argv
    errors = asyncio.run(room_of_phones(base, token, code, int(phones), int(notes), ids))
    print(json.dumps(errors))


if __name__ == "__main__":
    main(sys.argv[1:])
