"""Names the demo's parts share: the needs on the canvas and the services that answer them.

The canvas demo puts each need on the wall with exactly this text; the delivery demo links
each service to its needs by it; the sign-off demo covers services by their titles.
"""

from __future__ import annotations

# service title -> the needs (note texts in the "Behov" zone) it answers
SERVICE_NEEDS: dict[str, tuple[str, ...]] = {
    "Mentorstøtte": (
        "Borgere langt fra arbejdsmarkedet har brug for en fast voksen, der følger dem "
        "gennem hele forløbet",
    ),
    "Opsøgende virksomhedskontakt": (
        "Flere virksomheder skal åbne døren for praktik og løntilskud",
    ),
    "Danskundervisning for ledige": (
        "Ledige med et andet modersmål skal kunne tale dansk på en arbejdsplads",
    ),
    "Jobsøgningskurser": (
        "Jobparate ledige skal selv kunne skrive en målrettet ansøgning og et CV",
    ),
    "Psykologbistand": (
        "Borgere med angst eller depression skal have hurtig hjælp fra en psykolog",
    ),
    "Misbrugsbehandling": ("Borgere med et misbrug skal i behandling, før de kan tage et job",),
    "Sundhedsforløb": ("Helbredet er den største barriere for mange aktivitetsparate borgere",),
    "IT-system til progressionsmåling": (
        "Vi skal kunne se borgerens progression, også når en anden aktør leverer indsatsen",
    ),
}

DEMO_NEEDS: tuple[str, ...] = tuple(need for needs in SERVICE_NEEDS.values() for need in needs)
