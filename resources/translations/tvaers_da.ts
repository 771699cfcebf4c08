<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="58"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="59"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="63"/>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="65"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="71"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="72"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="73"/>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="74"/>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="75"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="78"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="79"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="80"/>
        <source>&amp;Minutes in</source>
        <translation>&amp;Referat på</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="42"/>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="43"/>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="44"/>
        <source>Disputed</source>
        <translation>Omstridt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="47"/>
        <source>Term</source>
        <translation>Begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="48"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="50"/>
        <source>Counterpart</source>
        <translation>Modstykke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="54"/>
        <source>Procurement&apos;s terms, explained for the professionals</source>
        <translation>Indkøbernes begreber – forklaret for fagfolkene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="56"/>
        <source>The professionals&apos; terms, explained for procurement</source>
        <translation>Fagfolkenes begreber – forklaret for indkøberne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="80"/>
        <source>Search both sides (Ctrl+F)</source>
        <translation>Søg i begge sider (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="87"/>
        <source>&amp;Link as counterparts</source>
        <translation>&amp;Forbind som modstykker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="88"/>
        <source>Select a term on each side, then link (Ctrl+L)</source>
        <translation>Vælg et begreb på hver side, og forbind dem (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="90"/>
        <source>&amp;Unlink</source>
        <translation>Fjern f&amp;orbindelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="94"/>
        <source>Add starter &amp;vocabulary…</source>
        <translation>Tilføj start&amp;ordforråd…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="96"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importér CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="98"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksportér CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="102"/>
        <source>Search:</source>
        <translation>Søg:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="168"/>
        <source>Matches: %1</source>
        <translation>Træffere: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="206"/>
        <source>New term</source>
        <translation>Nyt begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="232"/>
        <source>Select one term on each side first, then link them.</source>
        <translation>Vælg først ét begreb på hver side, og forbind dem så.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="255"/>
        <source>Added %1 terms. %2 were already in the workshop and were skipped.</source>
        <translation>%1 begreber er tilføjet. %2 fandtes allerede i workshoppen og er sprunget over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="263"/>
        <source>%1 - glossary</source>
        <translation>%1 - ordliste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="276"/>
        <source>Exported %1 terms to %2.</source>
        <translation>%1 begreber er eksporteret til %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="293"/>
        <source>Line %1:</source>
        <translation>Linje %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="303"/>
        <source>Nothing was imported. The file has these problems:</source>
        <translation>Intet er importeret. Filen har disse fejl:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="307"/>
        <source>%1 rows cannot be imported:</source>
        <translation>%1 rækker kan ikke importeres:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="311"/>
        <source>Import the valid rows (%1) anyway?</source>
        <translation>Vil du importere de gyldige rækker (%1) alligevel?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="313"/>
        <source>Import terms</source>
        <translation>Importér begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="319"/>
        <source>Imported %1 terms.</source>
        <translation>%1 begreber er importeret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="323"/>
        <source>%1 were already in the workshop and were skipped.</source>
        <translation>%1 fandtes allerede i workshoppen og er sprunget over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="329"/>
        <source>Columns ignored: %1</source>
        <translation>Kolonner, der ikke bruges: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="77"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>Open &amp;demo</source>
        <translation>Åbn &amp;demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>&amp;Restore backup…</source>
        <translation>Gendan &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84"/>
        <source>&amp;Close workshop</source>
        <translation>&amp;Luk workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <location filename="../../desktop/ui/main_window.py" line="361"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92"/>
        <source>&amp;About Tværs</source>
        <translation>&amp;Om Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95"/>
        <source>Follow the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225"/>
        <source>Shared language</source>
        <translation>Fælles sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <source>There are no backups of this workshop yet.</source>
        <translation>Der er endnu ingen backup af denne workshop.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>Close anyway? Your changes stay in the working copy, and Tværs offers to recover them the next time you open the workshop.</source>
        <translation>Vil du lukke alligevel? Dine ændringer bliver i arbejdskopien, og Tværs tilbyder at gendanne dem, næste gang du åbner workshoppen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="359"/>
        <source>Undo: %1</source>
        <translation>Fortryd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>Redo: %1</source>
        <translation>Gentag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="381"/>
        <source>Read-only: changes cannot be made</source>
        <translation>Skrivebeskyttet: der kan ikke ændres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="385"/>
        <source>Not saved – your work is safe in the working copy</source>
        <translation>Ikke gemt – dit arbejde er i sikkerhed i arbejdskopien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="387"/>
        <source>Changes not saved yet</source>
        <translation>Ændringer er ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="389"/>
        <source>All changes saved</source>
        <translation>Alt er gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="402"/>
        <source>The new language is used the next time you start Tværs.</source>
        <translation>Det nye sprog bruges, næste gang du starter Tværs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="411"/>
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
        <location filename="../../desktop/ui/start_screen.py" line="132"/>
        <source>{name} – changed {when}</source>
        <translation>{name} – ændret {when}</translation>
    </message>
</context>
<context>
    <name>TermEditor</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="39"/>
        <source>Law and §, or where the term comes from</source>
        <translation>Lov og §, eller hvor begrebet kommer fra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="58"/>
        <source>&amp;Term</source>
        <translation>&amp;Begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="59"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="60"/>
        <source>Taught &amp;by</source>
        <translation>Lært &amp;af</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="61"/>
        <source>So&amp;urce</source>
        <translation>&amp;Kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="62"/>
        <source>Counterpart</source>
        <translation>Modstykke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="70"/>
        <source>E&amp;xplanation</source>
        <translation>&amp;Forklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="70"/>
        <source>Exa&amp;mple</source>
        <translation>&amp;Eksempel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="108"/>
        <source>Selected term</source>
        <translation>Valgt begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="108"/>
        <source>Select a term to see it in full</source>
        <translation>Vælg et begreb for at se det hele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="135"/>
        <source>None (select one on each side and link)</source>
        <translation>Intet (vælg et begreb på hver side, og forbind dem)</translation>
    </message>
</context>
<context>
    <name>TermPane</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="32"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="33"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="36"/>
        <source>Sort A–Å</source>
        <translation>Sortér A–Å</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="37"/>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="38"/>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="129"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="134"/>
        <source>Terms: %1</source>
        <translation>Begreber: %1</translation>
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
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="41"/>
        <source>Follow-up actions</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="43"/>
        <source>Add follow-up &amp;action</source>
        <translation>Tilføj &amp;opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="44"/>
        <source>Delete action</source>
        <translation>Slet opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="52"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="80"/>
        <source>Procurement</source>
        <translation>Indkøb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="81"/>
        <source>Professional side</source>
        <translation>Fagområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="82"/>
        <source>Leadership</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="83"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="86"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="87"/>
        <source>Title / role</source>
        <translation>Titel/rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="88"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="89"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="90"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="91"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="92"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="97"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="98"/>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="99"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="102"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="103"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="104"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="139"/>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="144"/>
        <source>New action</source>
        <translation>Nyt opfølgningspunkt</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="35"/>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="43"/>
        <source>Rename participant</source>
        <translation>Omdøb deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="45"/>
        <source>Edit participant</source>
        <translation>Ret deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="54"/>
        <source>Delete participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="61"/>
        <source>Add follow-up action</source>
        <translation>Tilføj opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="69"/>
        <source>Edit follow-up action</source>
        <translation>Ret opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="77"/>
        <source>Delete follow-up action</source>
        <translation>Slet opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="87"/>
        <source>Edit workshop details</source>
        <translation>Ret workshopoplysninger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="30"/>
        <source>Add term</source>
        <translation>Tilføj begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="37"/>
        <source>Delete term</source>
        <translation>Slet begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="47"/>
        <source>Change term status</source>
        <translation>Skift status for begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="49"/>
        <source>Edit term</source>
        <translation>Ret begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="78"/>
        <source>Link terms</source>
        <translation>Forbind begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="92"/>
        <source>Unlink terms</source>
        <translation>Fjern forbindelse mellem begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="131"/>
        <source>Move term up</source>
        <translation>Flyt begreb op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="133"/>
        <source>Move term down</source>
        <translation>Flyt begreb ned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="139"/>
        <source>Sort terms</source>
        <translation>Sortér begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="162"/>
        <source>Add starter vocabulary</source>
        <translation>Tilføj startordforråd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="166"/>
        <source>Import terms</source>
        <translation>Importér begreber</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="27"/>
        <source>Tværs workshops (*.tvaers);;All files (*)</source>
        <translation>Tværs-workshops (*.tvaers);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="33"/>
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="40"/>
        <source>Save workshop as</source>
        <translation>Gem workshop som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="49"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54"/>
        <source>Import terms from CSV</source>
        <translation>Importér begreber fra CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="61"/>
        <source>Export glossary as CSV</source>
        <translation>Eksportér ordlisten som CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70"/>
        <location filename="../../desktop/ui/dialogs.py" line="74"/>
        <source>Tværs</source>
        <translation>Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="80"/>
        <source>Recover unsaved changes</source>
        <translation>Gendan ændringer, der ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85"/>
        <source>Recover changes</source>
        <translation>Gendan ændringerne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="88"/>
        <source>Open last saved version</source>
        <translation>Åbn den sidst gemte version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="99"/>
        <source>It looks as if that session has ended without closing the file. If you are sure nobody is working in it, you can take it over.</source>
        <translation>Det ser ud til, at den session er sluttet uden at lukke filen. Hvis du er sikker på, at ingen arbejder i den, kan du overtage den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="106"/>
        <source>The workshop is in use</source>
        <translation>Workshoppen er i brug</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="111"/>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="116"/>
        <source>Take over</source>
        <translation>Overtag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="131"/>
        <source>{when}  ({size} KB)</source>
        <translation>{when}  ({size} kB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="138"/>
        <source>Restore backup</source>
        <translation>Gendan backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="139"/>
        <source>Choose the version to go back to. The current version is kept as a backup too.</source>
        <translation>Vælg den version, du vil gå tilbage til. Den nuværende version gemmes også som backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="154"/>
        <source>{title} ({count} terms)</source>
        <translation>{title} ({count} begreber)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="161"/>
        <source>Add starter vocabulary</source>
        <translation>Tilføj startordforråd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="162"/>
        <source>Choose an area. Its terms are added to the glossary; terms the workshop already has are skipped.</source>
        <translation>Vælg et område. Dets begreber føjes til ordlisten; begreber, workshoppen allerede har, springes over.</translation>
    </message>
</context>
</TS>
