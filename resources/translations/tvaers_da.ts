<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="62"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="63"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="67"/>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="69"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="75"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="76"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="77"/>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="78"/>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="79"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="82"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="83"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="84"/>
        <source>&amp;Minutes in</source>
        <translation>&amp;Referat på</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>Open &amp;demo</source>
        <translation>Åbn &amp;demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78"/>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>&amp;Restore backup…</source>
        <translation>Gendan &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>&amp;Close workshop</source>
        <translation>&amp;Luk workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <location filename="../../desktop/ui/main_window.py" line="345"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>&amp;About Tværs</source>
        <translation>&amp;Om Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>Follow the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120"/>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>There are no backups of this workshop yet.</source>
        <translation>Der er endnu ingen backup af denne workshop.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>Close anyway? Your changes stay in the working copy, and Tværs offers to recover them the next time you open the workshop.</source>
        <translation>Vil du lukke alligevel? Dine ændringer bliver i arbejdskopien, og Tværs tilbyder at gendanne dem, næste gang du åbner workshoppen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="293"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="343"/>
        <source>Undo: %1</source>
        <translation>Fortryd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>Redo: %1</source>
        <translation>Gentag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>Read-only: changes cannot be made</source>
        <translation>Skrivebeskyttet: der kan ikke ændres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="369"/>
        <source>Not saved – your work is safe in the working copy</source>
        <translation>Ikke gemt – dit arbejde er i sikkerhed i arbejdskopien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371"/>
        <source>Changes not saved yet</source>
        <translation>Ændringer er ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>All changes saved</source>
        <translation>Alt er gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <source>The new language is used the next time you start Tværs.</source>
        <translation>Det nye sprog bruges, næste gang du starter Tværs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="395"/>
        <source>Tværs {version}

For facilitators of procurement workshops across procurement and the professional side.

Works offline; nothing leaves this computer.</source>
        <translation>Tværs {version}

Til facilitatorer af workshops på tværs af indkøb og fagområde.

Virker uden net; intet forlader denne computer.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="73"/>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="79"/>
        <source>e.g. Procurement in the core business</source>
        <translation>fx Indkøb i kerneforretningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="89"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Skift…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="93"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="94"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="95"/>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="96"/>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="97"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="98"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="102"/>
        <source>Saved as</source>
        <translation>Gemmes som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="107"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="37"/>
        <source>Procurement and the professional side at one table: shared language, needs, delivery and leadership sign-off.</source>
        <translation>Indkøb og fagområde ved samme bord: fælles sprog, behov, levering og ledelsesforankring.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="44"/>
        <source>&amp;New workshop</source>
        <translation>&amp;Ny workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="45"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="46"/>
        <source>Open &amp;demo</source>
        <translation>Åbn &amp;demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="57"/>
        <source>Unsaved changes were found</source>
        <translation>Der er fundet ændringer, som ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="61"/>
        <source>Tværs was not closed normally. These workshops have changes that were not saved. Choose one to recover it.</source>
        <translation>Tværs blev ikke lukket normalt. Disse workshops har ændringer, som ikke nåede at blive gemt. Vælg en for at gendanne den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="74"/>
        <source>Recent workshops</source>
        <translation>Seneste workshops</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="81"/>
        <source>No workshops yet. Create one, or open the demo.</source>
        <translation>Ingen workshops endnu. Opret en, eller åbn demoen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="117"/>
        <source>(not found)</source>
        <translation>(findes ikke)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="130"/>
        <source>{name} – changed {when}</source>
        <translation>{name} – ændret {when}</translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="29"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="31"/>
        <source>Add &amp;participant</source>
        <translation>Tilføj &amp;deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="32"/>
        <source>Delete participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="39"/>
        <source>Follow-up actions</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="41"/>
        <source>Add follow-up &amp;action</source>
        <translation>Tilføj &amp;opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="42"/>
        <source>Delete action</source>
        <translation>Slet opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="50"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="78"/>
        <source>Procurement</source>
        <translation>Indkøb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="79"/>
        <source>Professional side</source>
        <translation>Fagområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="80"/>
        <source>Leadership</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="81"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="84"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="85"/>
        <source>Title / role</source>
        <translation>Titel/rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="86"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="87"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="88"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="89"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="90"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="95"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="96"/>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="97"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="100"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="101"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="102"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="135"/>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="140"/>
        <source>New action</source>
        <translation>Nyt opfølgningspunkt</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="37"/>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="44"/>
        <source>Rename participant</source>
        <translation>Omdøb deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="44"/>
        <source>Edit participant</source>
        <translation>Ret deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="52"/>
        <source>Delete participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="59"/>
        <source>Add follow-up action</source>
        <translation>Tilføj opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="66"/>
        <source>Edit follow-up action</source>
        <translation>Ret opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="73"/>
        <source>Delete follow-up action</source>
        <translation>Slet opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="85"/>
        <source>Edit workshop details</source>
        <translation>Ret workshopoplysninger</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="24"/>
        <source>Tværs workshops (*.tvaers);;All files (*)</source>
        <translation>Tværs-workshops (*.tvaers);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="29"/>
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="34"/>
        <source>Save workshop as</source>
        <translation>Gem workshop som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="42"/>
        <location filename="../../desktop/ui/dialogs.py" line="46"/>
        <source>Tværs</source>
        <translation>Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="50"/>
        <source>Recover unsaved changes</source>
        <translation>Gendan ændringer, der ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="51"/>
        <source>Recover changes</source>
        <translation>Gendan ændringerne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="52"/>
        <source>Open last saved version</source>
        <translation>Åbn den sidst gemte version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="62"/>
        <source>It looks as if that session has ended without closing the file. If you are sure nobody is working in it, you can take it over.</source>
        <translation>Det ser ud til, at den session er sluttet uden at lukke filen. Hvis du er sikker på, at ingen arbejder i den, kan du overtage den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="66"/>
        <source>The workshop is in use</source>
        <translation>Workshoppen er i brug</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="67"/>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70"/>
        <source>Take over</source>
        <translation>Overtag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="84"/>
        <source>{when}  ({size} KB)</source>
        <translation>{when}  ({size} kB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="91"/>
        <source>Restore backup</source>
        <translation>Gendan backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="92"/>
        <source>Choose the version to go back to. The current version is kept as a backup too.</source>
        <translation>Vælg den version, du vil gå tilbage til. Den nuværende version gemmes også som backup.</translation>
    </message>
</context>
</TS>
