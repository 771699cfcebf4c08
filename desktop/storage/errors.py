"""Why a workshop file cannot be opened or saved, in words a facilitator can act on.

Each refusal also carries the exit code `tvaers check` uses, so the command line
and the GUI tell the same story.
"""

from __future__ import annotations

from typing import ClassVar

from desktop.core.errors import TvaersError

EXIT_NOT_TVAERS = 2
EXIT_NEWER = 3
EXIT_DAMAGED = 4
EXIT_UNREADABLE = 5

_WORK_SAFE_DA = "Dit arbejde er i sikkerhed i arbejdskopien."
_WORK_SAFE_EN = "Your work is safe in the working copy."
# A file that cannot be opened cannot use Filer > Gendan backup…: the window offers its
# backups when it refuses the file (MainWindow.open_path).
_BACKUPS_DA = (
    "Findes der backups af den på denne computer, tilbyder Tværs at gendanne en, når du "
    "åbner filen i Tværs."
)
_BACKUPS_EN = (
    "If this computer has backups of it, Tværs offers to restore one when you open the file "
    "in Tværs."
)


class FileRefusal(TvaersError):
    """A file we will not open. The file itself is left exactly as it was."""

    exit_code: ClassVar[int] = EXIT_NOT_TVAERS

    def window_message(self, lang: str = "da") -> str:
        """What the window says: without the sentence that tells the command line's user
        the window will offer the backups. The window offers them itself when there are
        any; to someone who had just opened the file there, the sentence promised an offer
        that never came."""
        text = self.message(lang)
        said = " " + (_BACKUPS_DA if lang == "da" else _BACKUPS_EN)
        if said not in text:
            return text
        text = text.replace(said, "")
        return text.replace(" Ellers brug ", " Brug ").replace(" Otherwise use ", " Use ")


class MissingFileError(FileRefusal):
    exit_code = EXIT_UNREADABLE
    da = (
        "Filen findes ikke: »{path}«. Den kan være flyttet eller omdøbt, eller den ligger "
        "på et drev, der ikke er sat i."
    )
    en = (
        "The file does not exist: “{path}”. It may have been moved or renamed, or it is on "
        "a drive that is not connected."
    )


class FolderNotFileError(FileRefusal):
    exit_code = EXIT_UNREADABLE
    da = "»{path}« er en mappe, ikke en workshopfil. Vælg en .tvaers-fil i mappen."
    en = "“{path}” is a folder, not a workshop file. Choose a .tvaers file inside it."


class UnreadableFileError(FileRefusal):
    exit_code = EXIT_UNREADABLE
    da = (
        "Filen »{path}« kan ikke læses ({reason}). Kopiér den til din egen mappe, "
        "eller bed IT om adgang til den."
    )
    en = (
        "The file “{path}” cannot be read ({reason}). Copy it to a folder of your own, "
        "or ask IT for access to it."
    )


class EmptyFileError(FileRefusal):
    exit_code = EXIT_DAMAGED
    da = (
        "Filen »{name}« er tom (0 byte). Den er sikkert blevet afbrudt under kopiering. "
        "Kopiér den igen. " + _BACKUPS_DA
    )
    en = (
        "The file “{name}” is empty (0 bytes). It was probably cut off while being copied. "
        "Copy it again. " + _BACKUPS_EN
    )


class NotSqliteError(FileRefusal):
    da = "»{name}« er ikke en Tværs-workshop. Vælg en fil, der er gemt med Tværs (.tvaers)."
    en = "“{name}” is not a Tværs workshop. Choose a file saved with Tværs (.tvaers)."


class ForeignFileError(FileRefusal):
    da = (
        "»{name}« er en database fra et andet program, ikke en Tværs-workshop. "
        "Filen er ikke ændret."
    )
    en = "“{name}” is a database from another program, not a Tværs workshop. The file is unchanged."


class NewerVersionError(FileRefusal):
    exit_code = EXIT_NEWER
    da = (
        "»{name}« er gemt med en nyere version af Tværs (filformat {found}; denne version "
        "kender op til {known}). Opdatér Tværs for at åbne den. Filen er ikke ændret."
    )
    en = (
        "“{name}” was saved by a newer version of Tværs (file format {found}; this version "
        "knows up to {known}). Update Tværs to open it. The file is unchanged."
    )


class DamagedFileError(FileRefusal):
    exit_code = EXIT_DAMAGED
    da = (
        "»{name}« er beskadiget og kan ikke åbnes ({reason_da}). Filen er ikke ændret. "
        + _BACKUPS_DA
        + " Ellers brug en tidligere kopi."
    )
    en = (
        "“{name}” is damaged and cannot be opened ({reason_en}). The file is unchanged. "
        + _BACKUPS_EN
        + " Otherwise use an earlier copy."
    )


class AlreadyExistsError(TvaersError):
    da = "Der findes allerede en fil med navnet »{name}«. Vælg et andet navn."
    en = "A file named “{name}” already exists. Choose another name."


class SaveError(TvaersError):
    """The document could not be written. The working copy still holds every edit."""


class DiskFullError(SaveError):
    da = (
        "Der er ikke plads på drevet til at gemme »{name}«. " + _WORK_SAFE_DA + " "
        "Frigør plads og gem igen, eller gem et andet sted med Gem som…"
    )
    en = (
        "There is no space left on the drive to save “{name}”. " + _WORK_SAFE_EN + " "
        "Free some space and save again, or save elsewhere with Save As…"
    )


class FolderGoneError(SaveError):
    da = (
        "Mappen »{folder}« kan ikke findes – er USB-nøglen eller netværksdrevet taget ud? "
        + _WORK_SAFE_DA
        + " Sæt drevet i igen og gem, eller gem et andet sted med Gem som…"
    )
    en = (
        "The folder “{folder}” cannot be found – was the USB stick or network drive removed? "
        + _WORK_SAFE_EN
        + " Reconnect the drive and save, or save elsewhere with Save As…"
    )


class NoWriteAccessError(SaveError):
    da = "Tværs må ikke skrive til »{path}«. " + _WORK_SAFE_DA + " Gem et andet sted med Gem som…"
    en = "Tværs may not write to “{path}”. " + _WORK_SAFE_EN + " Save elsewhere with Save As…"


class ReadOnlyDocumentError(SaveError):
    da = (
        "»{name}« er åbnet skrivebeskyttet og kan ikke gemmes her. "
        "Brug Gem som… for at gemme en kopi."
    )
    en = "“{name}” is open read-only and cannot be saved here. Use Save As… to save a copy."


class SaveFailedError(SaveError):
    da = (
        "»{name}« kunne ikke gemmes ({reason}). " + _WORK_SAFE_DA + " "
        "Prøv igen, eller gem et andet sted med Gem som…"
    )
    en = (
        "“{name}” could not be saved ({reason}). " + _WORK_SAFE_EN + " "
        "Try again, or save elsewhere with Save As…"
    )


class EditNotStoredError(TvaersError):
    """An edit could not be committed to the working copy."""

    da = (
        "Ændringen kunne ikke gemmes ({reason}). Det, der allerede var gemt, er i behold. "
        "Prøv igen; sker det igen, så luk workshoppen og åbn den igen."
    )
    en = (
        "The change could not be stored ({reason}). Everything stored before is intact. "
        "Try again; if it happens again, close the workshop and open it again."
    )


class EditDiskFullError(EditNotStoredError):
    """The disk of the working copy (this computer's own) is full."""

    da = (
        "Ændringen kunne ikke gemmes, fordi disken på denne computer er fuld. Det, der "
        "allerede var gemt, er i behold. Frigør plads på computeren, og prøv igen."
    )
    en = (
        "The change could not be stored because the disk of this computer is full. "
        "Everything stored before is intact. Free some space on this computer and try again."
    )


class LockedError(TvaersError):
    """Someone else has the document open. `holder` says who; `stale` if they seem gone."""

    holder: object = None
    stale: bool = False

    da = (
        "»{name}« er åben hos {user} på {host} (siden {since}). Du kan åbne den "
        "skrivebeskyttet og læse eller eksportere den."
    )
    en = (
        "“{name}” is open by {user} on {host} (since {since}). You can open it read-only "
        "to read or export it."
    )


class RecoveryAvailable(TvaersError):
    """Not a failure: an earlier session ended without saving, and its edits can be recovered."""

    pending: object = None

    da = (
        "Sidste gang »{name}« var åben, blev Tværs ikke lukket normalt. Der er ændringer fra "
        "{edited_at}, som ikke nåede at blive gemt. Vil du gendanne dem?"
    )
    en = (
        "Tværs did not close normally last time “{name}” was open. There are changes from "
        "{edited_at} that were not saved. Do you want to recover them?"
    )


class RecoveryFromElsewhere(RecoveryAvailable):
    """The same workshop (its id) has unsaved edits from when it was opened at another path."""

    da = (
        "Sidste gang denne workshop var åben (fra »{origin}«), blev Tværs ikke lukket normalt. "
        "Der er ændringer fra {edited_at}, som ikke nåede at blive gemt. Vil du gendanne dem "
        "i »{name}«?"
    )
    en = (
        "Tværs did not close normally last time this workshop was open, from “{origin}”. There "
        "are changes from {edited_at} that were not saved. Do you want to recover them into "
        "“{name}”?"
    )


class DataFolderFullError(TvaersError):
    """The local data folder (working copies, backups) has no room left."""

    da = (
        "Der er ikke plads i Tværs' lokale datamappe på denne computer (»{folder}«). "
        "Workshopfilen er ikke ændret. Frigør plads på computeren, og prøv igen."
    )
    en = (
        "There is no room left in Tværs' local data folder on this computer (“{folder}”). "
        "The workshop file is unchanged. Free some space on this computer and try again."
    )


class DataFolderUnusable(TvaersError):
    """Not raised: what the window says at start when the data folder cannot be written."""

    da = (
        "Tværs kan ikke gemme sine arbejdskopier i datamappen »{wanted}« ({reason}). Indtil "
        "videre bruger Tværs en midlertidig mappe, »{fallback}«, som kan blive slettet, når "
        "computeren genstartes: gem dine workshops som sædvanligt, så er de i sikkerhed. "
        "Giv dig selv skriveadgang til »{wanted}«, eller sæt TVAERS_DATA_DIR til en mappe, du "
        "kan skrive i (spørg evt. IT)."
    )
    en = (
        "Tværs cannot keep its working copies in the data folder “{wanted}” ({reason}). For now "
        "Tværs uses a temporary folder, “{fallback}”, which may be deleted when the computer "
        "restarts: save your workshops as usual and they are safe. Give yourself write access "
        "to “{wanted}”, or set TVAERS_DATA_DIR to a folder you can write to (ask IT if needed)."
    )


class DocumentDetachedError(SaveError):
    """Someone else now writes the document (took its lock over, or replaced the file): this
    window stops saving to it, and keeps its own edits for Gem som… to another file."""


class LockTakenOverError(DocumentDetachedError):
    da = (
        "{user} på {host} har overtaget »{name}« (siden {since}), mens den var åben her, og kan "
        "have gemt sine egne ændringer i den. Derfor gemmer Tværs ikke længere dine ændringer "
        "i »{name}«, så ingen af jer mister noget. " + _WORK_SAFE_DA + " Gem dine ændringer "
        "under et andet navn med Gem som…"
    )
    en = (
        "{user} on {host} took over “{name}” (since {since}) while it was open here, and may "
        "have saved their own changes to it. So Tværs no longer saves your changes to “{name}”, "
        "and neither of you loses anything. " + _WORK_SAFE_EN + " Save your changes under "
        "another name with Save As…"
    )


class DocumentChangedOnDiskError(DocumentDetachedError):
    da = (
        "»{name}« er blevet ændret eller erstattet udefra (af en anden eller af et "
        "synkroniseringsprogram), siden du åbnede eller gemte den. Tværs overskriver ikke den "
        "anden version. " + _WORK_SAFE_DA + " Gem dine ændringer under et andet navn med "
        "Gem som…"
    )
    en = (
        "“{name}” was changed or replaced outside this window (by someone else or a sync "
        "program) since you opened or saved it. Tværs does not write over that other "
        "version. " + _WORK_SAFE_EN + " Save your changes under another name with Save As…"
    )


class HarmfulContentError(FileRefusal):
    """The file holds code or objects no Tværs workshop has (a trigger, a view, a virtual
    table, a computed column): refused before any of it can run."""

    exit_code = EXIT_DAMAGED
    da = (
        "»{name}« indeholder noget, som en Tværs-workshop ikke har ({what_da}). Den åbnes "
        "ikke, for at beskytte dine data. Filen er ikke ændret. " + _BACKUPS_DA + " Ellers "
        "brug en kopi, der er gemt med Tværs."
    )
    en = (
        "“{name}” contains something a Tværs workshop does not have ({what_en}). It is not "
        "opened, to protect your data. The file is unchanged. " + _BACKUPS_EN + " Otherwise "
        "use a copy saved with Tværs."
    )


class NotRegularFileError(FileRefusal):
    """A FIFO, a device or a socket named like a workshop: reading it could wait forever."""

    exit_code = EXIT_UNREADABLE
    da = (
        "»{path}« er ikke en almindelig fil (men fx en pipe eller en enhed), så Tværs kan "
        "ikke åbne den. Vælg en .tvaers-fil, der er gemt med Tværs."
    )
    en = (
        "“{path}” is not an ordinary file (but e.g. a pipe or a device), so Tværs cannot "
        "open it. Choose a .tvaers file saved with Tværs."
    )
