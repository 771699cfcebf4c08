"""What can go wrong with the library server, in words a facilitator or IT can act on.

`where` is always the server without its password (host:port/database); no message ever
holds a password."""

from __future__ import annotations

from desktop.core.errors import TvaersError


class LibraryError(TvaersError):
    da = "Biblioteket kunne ikke bruges."
    en = "The library could not be used."


class LibraryFailed(LibraryError):
    da = "Biblioteket på {where} kunne ikke gøre det: {reason}."
    en = "The library at {where} could not do it: {reason}."


class LibraryUnreachable(LibraryError):
    # The driver's own words (English) come last and marked as such, so the sentence a
    # facilitator reads stays in their language; IT still gets the exact reason.
    da = (
        "Biblioteket på {where} kan ikke nås. Tjek adressen og netværket, eller spørg IT. "
        "(Teknisk årsag: {reason})"
    )
    en = (
        "The library at {where} cannot be reached. Check the address and network, or ask IT. "
        "(Technical reason: {reason})"
    )


class LibraryLoginRefused(LibraryError):
    da = (
        "Biblioteket på {where} afviste login som »{user}«: forkert adgangskode eller bruger. "
        "Adgangskoden læses fra PGPASSWORD eller ~/.pgpass, aldrig fra kommandolinjen."
    )
    en = (
        "The library at {where} refused the login as '{user}': wrong password or user. "
        "The password is read from PGPASSWORD or ~/.pgpass, never from the command line."
    )


class LibraryNewerSchema(LibraryError):
    da = (
        "Biblioteket på {where} har skemaversion {found}, som er nyere end denne Tværs kender "
        "({known}). Opdatér Tværs."
    )
    en = (
        "The library at {where} has schema version {found}, newer than this Tværs knows "
        "({known}). Update Tværs."
    )


class LibraryNotInitialised(LibraryError):
    da = (
        "Databasen på {where} er endnu ikke et bibliotek. "
        "IT opretter det med »tvaers library init«."
    )
    en = "The database at {where} is not a library yet. IT creates one with 'tvaers library init'."


class LibraryPermissionDenied(LibraryError):
    da = "Biblioteket på {where} tillader ikke »{user}« at gøre dette: {reason}."
    en = "The library at {where} does not allow '{user}' to do this: {reason}."


class LibraryUrlError(LibraryError):
    da = (
        "Bibliotekets adresse kan ikke læses: {reason}. Eksempel: postgresql://bruger@vært/database"
    )
    en = "The library's address cannot be read: {reason}. Example: postgresql://user@host/database"


class OutcomeOfAnother(LibraryPermissionDenied):
    da = (
        "Workshoppens resultat er allerede udgivet i biblioteket på {where} af »{owner}«. "
        "Kun »{owner}« eller en med rollen »tvaers_steward« kan udgive det igen."
    )
    en = (
        "The workshop's outcome was already published to the library at {where} by '{owner}'. "
        "Only '{owner}' or someone with the role 'tvaers_steward' can publish it again."
    )


class LibraryNoAccess(LibraryPermissionDenied):
    # Migration 0002 lets only the library's three roles connect to its database.
    da = (
        "Biblioteket på {where} lukker ikke »{user}« ind: brugeren har ingen rolle i "
        "biblioteket. Bed IT om at give »{user}« rollen tvaers_reader, tvaers_contributor "
        "eller tvaers_steward."
    )
    en = (
        "The library at {where} does not let '{user}' in: the user has no role in the "
        "library. Ask IT to give '{user}' the role tvaers_reader, tvaers_contributor or "
        "tvaers_steward."
    )
