<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="85"/>
        <source>About Tværs</source>
        <translation>Om Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="96"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="100"/>
        <source>For facilitators of procurement workshops across procurement and the professional side. Works offline; nothing leaves this computer.</source>
        <translation>Til dig, der faciliterer workshops på tværs af indkøb og fagområdet. Virker uden net; intet forlader denne computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="124"/>
        <source>Show licence texts</source>
        <translation>Vis licenstekster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="154"/>
        <source>The full licence texts are in the folder {folder}.</source>
        <translation>De fulde licenstekster ligger i mappen {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="156"/>
        <source>The full licence texts come with each package.</source>
        <translation>De fulde licenstekster følger med hver pakke.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="161"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="164"/>
        <source>Tværs is free software under the MIT licence: you may use, copy, change and pass it on, also to other municipalities.</source>
        <translation>Tværs er fri software under MIT-licensen: Du må bruge, kopiere, ændre og give det videre, også til andre kommuner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="169"/>
        <source>CPV codes</source>
        <translation>CPV-koder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="171"/>
        <source>Software by others</source>
        <translation>Andres software</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="172"/>
        <source>Tværs is built on these works, each under its own licence.</source>
        <translation>Tværs bygger på disse værker, hver under sin egen licens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="176"/>
        <source>Qt is used under the GNU LGPL version 3 and linked dynamically: its libraries can be replaced. Its source code is at download.qt.io and code.qt.io.</source>
        <translation>Qt bruges under GNU LGPL version 3 og er dynamisk linket, så dets biblioteker kan udskiftes. Kildekoden findes på download.qt.io og code.qt.io.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="37"/>
        <source>{hours}:{minutes}:{seconds}</source>
        <translation>{hours}.{minutes}.{seconds}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="41"/>
        <source>{hours}:{minutes}</source>
        <translation>{hours}.{minutes}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="43"/>
        <source>Today at {time}</source>
        <translation>I dag kl. {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="45"/>
        <source>Yesterday at {time}</source>
        <translation>I går kl. {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="46"/>
        <source>{year}-{month}-{day}</source>
        <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="49"/>
        <source>{date} at {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="55"/>
        <source>{when} – as opened</source>
        <translation>{when} – som åbnet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="57"/>
        <source>{when} – edits not recovered</source>
        <translation>{when} – ikke gendannet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="59"/>
        <source>{when} – not saved (someone else had the file)</source>
        <translation>{when} – ikke gemt (en anden havde filen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="71"/>
        <source>Restore backup</source>
        <translation>Gendan backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="75"/>
        <source>Choose the version to go back to. The current version is kept as a backup too.

Tværs keeps the last 10 versions, one for every ten minutes of the last hour, one for each day of the last week, and the workshop as it was when it was opened.</source>
        <translation>Vælg den version, du vil gå tilbage til. Den nuværende version bliver også gemt som backup.

Tværs beholder de 10 seneste versioner, én for hvert tiende minut den seneste time, én for hver dag den seneste uge og workshoppen, som den var, da den blev åbnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="97"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
</context>
<context>
    <name>BusinessCasePage</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="78"/>
        <source>&amp;Years</source>
        <translation>A&amp;ntal år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="78"/>
        <source>Both ways are counted over them</source>
        <translation>Begge måder regnes over de samme år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="82"/>
        <source>&amp;Today&apos;s cost a year</source>
        <translation>&amp;Udgift i dag pr. år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="83"/>
        <source>What the service costs a year today, in kroner: the baseline</source>
        <translation>Hvad ydelsen koster om året i dag, i kroner: udgangspunktet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="85"/>
        <source>&amp;Number of FTE</source>
        <translation>&amp;Bemanding (årsværk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="85"/>
        <source>Full-time equivalents</source>
        <translation>Antal årsværk ved intern levering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="89"/>
        <source>Salary cost per FTE</source>
        <translation>Lønudgift pr. årsværk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="90"/>
        <source>Annual salary cost of one FTE, in kroner</source>
        <translation>Årlig lønudgift til ét årsværk, i kroner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="95"/>
        <source>Overhead %</source>
        <translation>Overhead %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="96"/>
        <source>Overhead on the salaries (management, premises, IT), per cent</source>
        <translation>Overhead på lønnen (ledelse, lokaler, it), i procent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="101"/>
        <source>Other costs a year</source>
        <translation>Andre udgifter pr. år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="102"/>
        <source>Other annual costs of delivering it in-house, in kroner</source>
        <translation>Andre årlige udgifter ved intern levering, i kroner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="107"/>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="119"/>
        <source>One-off cost</source>
        <translation>Engangsudgift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="108"/>
        <source>One-off transition cost of delivering it in-house (year 1)</source>
        <translation>Engangsudgift til omstilling ved intern levering (år 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="113"/>
        <source>Annual &amp;price</source>
        <translation>Årlig &amp;pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="114"/>
        <source>The annual price when it is bought, in kroner</source>
        <translation>Den årlige pris, når ydelsen købes, i kroner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="120"/>
        <source>One-off transition cost of buying it (year 1)</source>
        <translation>Engangsudgift til omstilling ved køb (år 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="142"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="177"/>
        <source>In-house</source>
        <translation>Internt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="177"/>
        <source>Bought</source>
        <translation>Købt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="198"/>
        <source>e.g. 2.5</source>
        <translation>fx 2,5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="201"/>
        <source>e.g. 1,234,567</source>
        <translation>fx 1.234.567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="337"/>
        <source>Type an amount in whole kroner, e.g. 1,234,567, or leave it empty. Nothing was stored.</source>
        <translation>Skriv et beløb i hele kroner, fx 1.234.567, eller lad feltet stå tomt. Intet blev gemt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="340"/>
        <source>Type a number, e.g. 2.5, or leave it empty. Nothing was stored.</source>
        <translation>Skriv et tal, fx 2,5, eller lad feltet stå tomt. Intet blev gemt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="161"/>
        <source>Score &apos;&amp;Costs&apos; from the business case</source>
        <translation>Scor »&amp;Omkostninger« ud fra business casen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="143"/>
        <source>In-house (DKK)</source>
        <translation>Internt, kr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="144"/>
        <source>Bought (DKK)</source>
        <translation>Købt, kr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="145"/>
        <source>Today (DKK)</source>
        <translation>I dag, kr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="164"/>
        <source>Cheaper by 20 % or more of the dearer in all gives 5 or 1, by 5 % or more 4 or 2, otherwise 3 (a 5 speaks for buying on the starting criterion)</source>
        <translation>Mindst 20 % billigere end den dyreste i alt giver 5 eller 1, mindst 5 % giver 4 eller 2, ellers 3 (på startkriteriet taler 5 for at købe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="196"/>
        <source>e.g. 4</source>
        <translation>fx 4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="200"/>
        <source>e.g. 25</source>
        <translation>fx 25</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="261"/>
        <source>In all</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="266"/>
        <source>%1 (%2, against today)</source>
        <translation>%1 (%2, i forhold til i dag)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="268"/>
        <source>No room against today until the card is placed.</source>
        <translation>Intet råderum i forhold til i dag, før kortet er placeret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/business_case_page.py" line="333"/>
        <source>Type a whole number of years from 1 to 50, or leave it empty. Nothing was stored.</source>
        <translation>Skriv et helt antal år fra 1 til 50, eller lad feltet stå tomt. Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>CanvasTab</name>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="74"/>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="131"/>
        <source>&amp;Canvas:</source>
        <translation>&amp;Lærred:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="133"/>
        <source>&amp;New canvas</source>
        <translation>&amp;Nyt lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="141"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="143"/>
        <source>&amp;Delete canvas</source>
        <translation>Sl&amp;et lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="147"/>
        <source>Voting round…</source>
        <translation>Afstemningsrunde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="153"/>
        <source>Type in the dots from the wall, note by note (Ctrl+Shift+V)</source>
        <translation>Skriv prikkerne fra væggen ind, note for note (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="157"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom ud (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="158"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom ind (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="151"/>
        <source>Voting ro&amp;und…</source>
        <translation>&amp;Afstemningsrunde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="162"/>
        <source>Fit to &amp;window</source>
        <translation>Tilpas til vin&amp;duet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="163"/>
        <source>Show the whole canvas (Ctrl+0)</source>
        <translation>Vis hele lærredet (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="165"/>
        <source>&amp;List</source>
        <translation>Lis&amp;te</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="168"/>
        <source>Show or hide the list of notes beside the canvas</source>
        <translation>Vis eller skjul listen over noter ved siden af lærredet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="229"/>
        <source>N: new note in “%1”</source>
        <translation>N: ny note i »%1«</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="229"/>
        <source>N: new note</source>
        <translation>N: ny note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="234"/>
        <source>Alt+→ / Alt+←: choose the zone for new notes · Ctrl+→ / Ctrl+←: move the selected note to the next / previous zone · Double-click: new note there · Drag: move · Z: zoom to zone · Ctrl+wheel: zoom</source>
        <translation>Alt+→ / Alt+←: vælg zonen til nye noter · Ctrl+→ / Ctrl+←: flyt den valgte note til næste / forrige zone · Dobbeltklik: ny note dér · Træk: flyt · Z: zoom til zonen · Ctrl+hjul: zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="244"/>
        <source>This workshop has no canvas yet. Start one from a template:</source>
        <translation>Workshoppen har ingen lærreder endnu. Start et ud fra en skabelon:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="366"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="612"/>
        <source>Delete canvas</source>
        <translation>Slet lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="625"/>
        <source>The canvas has no notes to vote on yet.</source>
        <translation>Der er endnu ingen noter på lærredet at stemme om.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="633"/>
        <source>Continue the voting round</source>
        <translation>Fortsæt afstemningsrunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="606"/>
        <source>Delete the canvas “%1” and its %n notes? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Vil du slette lærredet »%1« og dets %n note? Du kan fortryde det med Ctrl+Z.</numerusform>
            <numerusform>Vil du slette lærredet »%1« og dets %n noter? Du kan fortryde det med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="635"/>
        <source>A voting round on this canvas was not finished: %n votes were typed. Continue where it stopped? (No: start again with the notes&apos; votes.)</source>
        <translation>
            <numerusform>En afstemningsrunde på dette lærred blev ikke afsluttet: %n stemme var skrevet ind. Vil du fortsætte, hvor den slap? (Nej: start forfra med de stemmer, noterne har nu.)</numerusform>
            <numerusform>En afstemningsrunde på dette lærred blev ikke afsluttet: %n stemmer var skrevet ind. Vil du fortsætte, hvor den slap? (Nej: start forfra med de stemmer, noterne har nu.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="795"/>
        <source>Edit text</source>
        <translation>Ret tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="796"/>
        <source>One more vote</source>
        <translation>En stemme mere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="797"/>
        <source>One vote fewer</source>
        <translation>En stemme mindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="799"/>
        <source>Type (T)</source>
        <translation>Type (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="800"/>
        <source>Side (S)</source>
        <translation>Side (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="801"/>
        <source>Priority (P)</source>
        <translation>Prioritet (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="815"/>
        <source>Zoom to its zone</source>
        <translation>Zoom til notens zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="818"/>
        <source>Move to the next zone</source>
        <translation>Flyt til næste zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="819"/>
        <source>Move to the previous zone</source>
        <translation>Flyt til forrige zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="821"/>
        <source>Delete note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="828"/>
        <source>New note here</source>
        <translation>Ny note her</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="833"/>
        <source>Zoom to this zone</source>
        <translation>Zoom til denne zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="836"/>
        <source>Fit to window</source>
        <translation>Tilpas til vinduet</translation>
    </message>
</context>
<context>
    <name>ColumnDelegate</name>
    <message>
        <location filename="../../desktop/ui/delegates.py" line="179"/>
        <source>{reason} The date was not changed.</source>
        <translation>{reason} Datoen er ikke ændret.</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="119"/>
        <source>e.g. 2+1+1</source>
        <translation>fx 2+1+1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="123"/>
        <source>e.g. 6</source>
        <translation>fx 6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="143"/>
        <source>S&amp;upplier</source>
        <translation>&amp;Leverandør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="143"/>
        <source>Who delivers it today</source>
        <translation>Hvem leverer ydelsen i dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="144"/>
        <source>Contract start</source>
        <translation>Kontraktstart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="146"/>
        <source>Contract e&amp;nd</source>
        <translation>Kontrakt&amp;udløb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="149"/>
        <source>The end of the current period, without options not yet used</source>
        <translation>Udløbet af den nuværende periode, uden optioner, der ikke er brugt endnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="152"/>
        <source>&amp;Options</source>
        <translation>&amp;Optioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="155"/>
        <source>The contract&apos;s length as typed: 2+1+1 is 2 years and two 1-year options</source>
        <translation>Kontraktens længde som skrevet: 2+1+1 er 2 år og to optioner på hver 1 år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="157"/>
        <source>Options used</source>
        <translation>Brugte optioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="158"/>
        <source>Notice (months)</source>
        <translation>Opsigelsesvarsel (måneder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="160"/>
        <source>A&amp;greement</source>
        <translation>Eksisterende &amp;aftale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="163"/>
        <source>An existing agreement that may cover the service without a tender</source>
        <translation>En eksisterende aftale, som måske dækker ydelsen uden et udbud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="165"/>
        <source>Agreement name</source>
        <translation>Aftalens navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="167"/>
        <source>New delivery start</source>
        <translation>Ny levering starter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="170"/>
        <source>When the new delivery must start; empty: the day after the contract end</source>
        <translation>Hvornår den nye levering skal starte; tom: dagen efter kontraktudløb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="184"/>
        <source>Tender calendar</source>
        <translation>Udbudskalender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="190"/>
        <source>Change lead &amp;times…</source>
        <translation>Ret &amp;gennemløbstider…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="193"/>
        <source>Time line…</source>
        <translation>Tidslinje…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="195"/>
        <source>Every service&apos;s contract and tender calendar on one time line (Ctrl+Shift+L)</source>
        <translation>Alle ydelsers kontrakter og udbudskalendere på én tidslinje (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="206"/>
        <source>Lead times in days</source>
        <translation>Gennemløbstider i dage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="208"/>
        <source>Reset to default</source>
        <translation>Tilbage til standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="212"/>
        <source>Lead times in calendar days for the whole workshop. Every one is an assumption: check it with procurement. A changed one is shown in bold.</source>
        <translation>Gennemløbstider i kalenderdage for hele workshoppen. Hver af dem er en antagelse: tjek den med indkøb. En ændret gennemløbstid står med fed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="282"/>
        <source>Select a card to see its contract</source>
        <translation>Vælg et kort for at se dets kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="288"/>
        <source>No service chosen.</source>
        <translation>Ingen ydelse valgt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="291"/>
        <source>Contract of “%1”</source>
        <translation>Kontrakt for »%1«</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="308"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="311"/>
        <source>%n options remain</source>
        <translation>
            <numerusform>%n option tilbage</numerusform>
            <numerusform>%n optioner tilbage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="316"/>
        <source>Last day to give notice: %1</source>
        <translation>Sidste dag for opsigelse: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="321"/>
        <source>Last possible end with every option used: %1</source>
        <translation>Seneste mulige udløb, hvis alle optioner bruges: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="343"/>
        <source>Type the contract end or the new delivery start: the calendar is worked back from the day the new delivery must start.</source>
        <translation>Skriv kontraktudløb eller ny leveringsstart: kalenderen regnes baglæns fra den dag, den nye levering skal starte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="349"/>
        <source>Regime: %1</source>
        <translation>Regime: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="350"/>
        <source>Delivery starts %1</source>
        <translation>Levering starter %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="351"/>
        <source>Passed as seen from %1</source>
        <translation>Overskredne datoer pr. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="357"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="364"/>
        <source>Announce at the latest: %1</source>
        <translation>Annoncér senest: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="370"/>
        <source>The latest announcement date, %1, has passed: the tender cannot be announced in time with these lead times.</source>
        <translation>Seneste annonceringsdato, %1, er overskredet: udbuddet kan ikke annonceres til tiden med disse gennemløbstider.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="379"/>
        <source>%n steps should already have started (shown in red).</source>
        <translation>
            <numerusform>%n trin skulle allerede være startet (vist med rødt).</numerusform>
            <numerusform>%n trin skulle allerede være startet (vist med rødt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="385"/>
        <source>The card plans the announcement on %1, after the latest date.</source>
        <translation>Kortet planlægger annonceringen til %1, efter den seneste dato.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="391"/>
        <source>Every lead time is an assumption that can be changed (Change lead times).</source>
        <translation>Alle gennemløbstider er antagelser, som kan ændres (Ret gennemløbstider).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="418"/>
        <source>Default: %1 days (an assumption)</source>
        <translation>Standard: %1 dage (en antagelse)</translation>
    </message>
</context>
<context>
    <name>CpvDialog</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="51"/>
        <source>Choose CPV code</source>
        <translation>Vælg CPV-kode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="55"/>
        <source>All CPV codes (CPV 2008). Search by code or by a word in Danish or English; with nothing typed you see the codes of Annex XIV. &apos;Annex XIV – light regime&apos; marks the social and other specific services of the light regime (udbudsloven afsnit III). &apos;Works&apos; and &apos;Supplies&apos; mark building and construction work and goods. Other services have no mark.</source>
        <translation>Alle CPV-koder (CPV 2008). Søg på kode eller på et ord på dansk eller engelsk; når søgefeltet er tomt, ser du koderne i bilag XIV. »Bilag XIV – light-regime« markerer de sociale og andre specifikke tjenesteydelser, der er omfattet af light-regimet (udbudslovens afsnit III). »Bygge- og anlæg« og »Varer« markerer bygge- og anlægsarbejder og varer. Andre tjenesteydelser har ingen markering.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="64"/>
        <source>Search, e.g. rådgivning, counselling or 8531</source>
        <translation>Søg, fx rådgivning, counselling eller 8531</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="141"/>
        <source>%n codes in Annex XIV (light regime) – type to search all CPV codes</source>
        <translation>
            <numerusform>%n kode i bilag XIV (light-regime) – skriv for at søge i alle CPV-koder</numerusform>
            <numerusform>%n koder i bilag XIV (light-regime) – skriv for at søge i alle CPV-koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="146"/>
        <source>Showing %1 of %n codes – type more to narrow the search</source>
        <translation>
            <numerusform>Viser %1 af %n kode – skriv mere for at indsnævre</numerusform>
            <numerusform>Viser %1 af %n koder – skriv mere for at indsnævre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="151"/>
        <source>%n codes</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="156"/>
        <source>Annex XIV – light regime</source>
        <translation>Bilag XIV – light-regime</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="159"/>
        <source>Works</source>
        <translation>Bygge- og anlæg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="161"/>
        <source>Supplies</source>
        <translation>Varer</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="181"/>
        <source>Criteria and weights</source>
        <translation>Kriterier og vægtning</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="44"/>
        <source>Score each card 1–5 on these criteria. The weighted score runs from 5 (deliver it ourselves) to 1 (buy it): for each criterion, say which way a high score points. Weight 0 leaves a criterion out.</source>
        <translation>Giv hvert kort en score fra 1 til 5 på disse kriterier. Den vægtede score går fra 5 (vi leverer selv) til 1 (vi køber): angiv for hvert kriterium, hvad en høj score taler for. Vægt 0 udelader et kriterium.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="53"/>
        <source>&amp;Add criterion</source>
        <translation>&amp;Tilføj kriterium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="55"/>
        <source>Create the starting &amp;criteria</source>
        <translation>Opret &amp;startkriterierne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="109"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="110"/>
        <source>What a 5 and a 1 mean</source>
        <translation>Hvad 5 og 1 betyder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="111"/>
        <source>A high score speaks for</source>
        <translation>En høj score taler for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="112"/>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="128"/>
        <source>Weight</source>
        <translation>Vægt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="122"/>
        <source>delivering it ourselves</source>
        <translation>at vi leverer selv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="123"/>
        <source>buying it</source>
        <translation>at vi køber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="129"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/criteria_panel.py" line="168"/>
        <source>New criterion</source>
        <translation>Nyt kriterium</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="45"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="46"/>
        <source>Type a date, e.g. 27.01.2027; ↑/↓ a day; Alt+↓ a calendar</source>
        <translation>Skriv en dato, fx 27.01.2027; ↑/↓ skifter en dag; Alt+↓ viser en kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="47"/>
        <source>Choose in a calendar</source>
        <translation>Vælg i en kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="143"/>
        <source>{text} does not exist: {month} {year} has {days} days.</source>
        <translation>{text} findes ikke: {month} {year} har {days} dage.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="149"/>
        <source>{text} does not exist: a year has 12 months.</source>
        <translation>{text} findes ikke: et år har 12 måneder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="152"/>
        <source>“{text}” is not a date. Write the date as day.month.year, for example 27.01.2027.</source>
        <translation>»{text}« er ikke en dato. Skriv datoen som dag.måned.år, fx 27.01.2027.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="160"/>
        <source>January</source>
        <translation>januar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="161"/>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="162"/>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="163"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="164"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="165"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="166"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="167"/>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="168"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="169"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="170"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="171"/>
        <source>December</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="55"/>
        <source>What management decides, in plain words</source>
        <translation>Hvad ledelsen beslutter, med almindelige ord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="57"/>
        <source>What must hold for the decision to stand</source>
        <translation>Hvad der skal være opfyldt, for at beslutningen gælder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="59"/>
        <source>Who follows the decision up</source>
        <translation>Hvem der følger op på beslutningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="61"/>
        <source>Other resources, in words</source>
        <translation>Andre ressourcer, beskrevet med ord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="85"/>
        <source>DKK</source>
        <translation>kr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="86"/>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="87"/>
        <source>FTE</source>
        <translation>årsværk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="94"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="95"/>
        <source>&amp;Decision</source>
        <translation>&amp;Beslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="96"/>
        <source>&amp;Conditions</source>
        <translation>Betin&amp;gelser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="103"/>
        <source>Other reso&amp;urces</source>
        <translation>Re&amp;ssourcer i øvrigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="104"/>
        <source>Services c&amp;overed</source>
        <translation>&amp;Dækkede ydelser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="271"/>
        <source>Type a number, e.g. 1,240,000 or 1.5</source>
        <translation>Skriv et tal, fx 1.240.000 eller 1,5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="278"/>
        <source>“%1” is not a number: type e.g. 1,240,000 or 1.5. The decision&apos;s resources were not changed.</source>
        <translation>»%1« er ikke et tal: skriv fx 1.240.000 eller 1,5. Beslutningens ressourcer er ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="99"/>
        <source>O&amp;wner</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="100"/>
        <source>&amp;Resources</source>
        <translation>Ress&amp;ourcer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="160"/>
        <source>Selected decision</source>
        <translation>Valgt beslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="162"/>
        <source>Select a decision, or add one, to see it in full</source>
        <translation>Vælg en beslutning, eller tilføj en, for at se den i sin helhed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="209"/>
        <source>No services on the delivery board yet</source>
        <translation>Ingen ydelser på leveringstavlen endnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/decision_editor.py" line="228"/>
        <source>%1/year</source>
        <translation>%1/år</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="63"/>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="268"/>
        <source>%1/yr</source>
        <translation>%1/år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="64"/>
        <source>No cost estimate</source>
        <translation>Ingen anslået udgift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="65"/>
        <source>%1 yrs</source>
        <translation>%1 år</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="66"/>
        <source>%n yrs</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="67"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="68"/>
        <source>Not scored</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="69"/>
        <source>Suggested: %1</source>
        <translation>Forslag: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="70"/>
        <source>%n needs</source>
        <translation>
            <numerusform>%n behov</numerusform>
            <numerusform>%n behov</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="71"/>
        <source>No needs</source>
        <translation>Ingen behov</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="84"/>
        <source>&amp;Add service</source>
        <translation>Tilføj &amp;ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="86"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="88"/>
        <source>Cr&amp;iteria and weights…</source>
        <translation>Krit&amp;erier og vægtning…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="92"/>
        <source>Drag the cards, or use Ctrl+Left/Right to change column and Ctrl+Up/Down to change the order.</source>
        <translation>Træk kortene, eller brug Ctrl+venstre/højre for at skifte kolonne og Ctrl+op/ned for at ændre rækkefølgen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="153"/>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="155"/>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="158"/>
        <source>Business case</source>
        <translation>Business case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="160"/>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="204"/>
        <source>%n pieces of information not given to all suppliers</source>
        <translation>
            <numerusform>%n oplysning er ikke givet til alle leverandører</numerusform>
            <numerusform>%n oplysninger er ikke givet til alle leverandører</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="270"/>
        <source>No cost estimates</source>
        <translation>Ingen anslåede udgifter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="277"/>
        <source>%n without contract length</source>
        <translation>
            <numerusform>%n uden kontraktlængde</numerusform>
            <numerusform>%n uden kontraktlængde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="284"/>
        <source>Total estimated annual cost, and total contract value (annual cost × contract length incl. options). Cards without a cost are left out of both; cards without a contract length are left out of the contract value.</source>
        <translation>Samlet anslået årlig udgift og samlet kontraktværdi (anslået årlig udgift × kontraktlængde inkl. optioner). Kort uden anslået udgift tæller ikke med i nogen af dem; kort uden kontraktlængde tæller ikke med i kontraktværdien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="279"/>
        <source>%n without business case</source>
        <translation>
            <numerusform>%n uden business case</numerusform>
            <numerusform>%n uden business case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="275"/>
        <source>%n without cost estimate</source>
        <translation>
            <numerusform>%n uden anslået udgift</numerusform>
            <numerusform>%n uden anslået udgift</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="280"/>
        <source>Contract %1</source>
        <translation>Kontrakt %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="398"/>
        <source>New service</source>
        <translation>Ny ydelse</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="54"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="55"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="59"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="60"/>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="61"/>
        <source>&amp;Area</source>
        <translation>O&amp;mråde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="62"/>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="64"/>
        <source>Fac&amp;ilitator</source>
        <translation>Fa&amp;cilitator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="65"/>
        <source>P&amp;urpose</source>
        <translation>F&amp;ormål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="66"/>
        <source>&amp;Minutes in</source>
        <translation>Referat &amp;på</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/details_form.py" line="114"/>
        <source>{reason} The workshop&apos;s date was not changed.</source>
        <translation>{reason} Workshoppens dato er ikke ændret.</translation>
    </message>
</context>
<context>
    <name>DialoguePage</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="61"/>
        <source>Choose a service on the board to log its market dialogue.</source>
        <translation>Vælg en ydelse på tavlen for at registrere dens markedsdialog.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="65"/>
        <source>Log each meeting with a supplier, and what the municipality told them. Information given to some suppliers of the service must be given to all.</source>
        <translation>Registrér hvert møde med en leverandør, og hvad kommunen fortalte. Oplysninger, som nogle af ydelsens leverandører har fået, skal gives til alle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="75"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="77"/>
        <source>Add &amp;meeting</source>
        <translation>Tilføj &amp;møde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="78"/>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="86"/>
        <source>Information given</source>
        <translation>Oplysninger givet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="88"/>
        <source>Add inf&amp;ormation</source>
        <translation>Tilføj &amp;oplysning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="89"/>
        <source>Delete information</source>
        <translation>Slet oplysning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="101"/>
        <source>Tick the meetings where the information was given (Space).</source>
        <translation>Sæt flueben ved de møder, hvor oplysningen blev givet (mellemrum).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="104"/>
        <source>Equal treatment</source>
        <translation>Ligebehandling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="108"/>
        <source>Given to all on:</source>
        <translation>Givet til alle den:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="116"/>
        <source>Every supplier has heard the same.</source>
        <translation>Alle leverandører har hørt det samme.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="147"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="148"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="149"/>
        <source>Who took part</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="150"/>
        <source>Questions asked</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="154"/>
        <source>Information</source>
        <translation>Oplysning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="170"/>
        <source>To all
on</source>
        <translation>Til alle
den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="268"/>
        <source>“%1” was given to %2, but not to %3.</source>
        <translation>»%1« er givet til %2, men ikke til %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="277"/>
        <source>&amp;Give to all</source>
        <translation>&amp;Giv til alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="277"/>
        <source>Give to all</source>
        <translation>Giv til alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="279"/>
        <source>Mark the information as given to every supplier on the day below.</source>
        <translation>Markér oplysningen som givet til alle leverandører på datoen herunder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="295"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_page.py" line="356"/>
        <source>Type the day.</source>
        <translation>Skriv datoen.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="183"/>
        <source>The term cannot be empty.</source>
        <translation>Begrebet kan ikke være tomt.</translation>
    </message>
</context>
<context>
    <name>ExerciseTimer</name>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="74"/>
        <source>{n} min</source>
        <translation>{n} min.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="78"/>
        <source>Other time…</source>
        <translation>Anden tid…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="81"/>
        <source>Name the exercise…</source>
        <translation>Navngiv øvelsen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="87"/>
        <source>+1 min</source>
        <translation>+1 min.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="89"/>
        <source>One minute more</source>
        <translation>Et minut mere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="91"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="93"/>
        <source>Stop the countdown</source>
        <translation>Stop nedtællingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="202"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="202"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="204"/>
        <source>Resume the countdown</source>
        <translation>Fortsæt nedtællingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="204"/>
        <source>Pause the countdown</source>
        <translation>Sæt nedtællingen på pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="223"/>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="226"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="228"/>
        <source>Countdown</source>
        <translation>Nedtælling</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="157"/>
        <source>Fetch from the library</source>
        <translation>Hent fra biblioteket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="160"/>
        <source>Search the library&apos;s terms</source>
        <translation>Søg i bibliotekets begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="172"/>
        <source>Add to the workshop</source>
        <translation>Tilføj til workshoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="211"/>
        <source>No copy of the library on this computer yet.</source>
        <translation>Der er endnu ingen kopi af biblioteket på denne computer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="213"/>
        <source>%n terms found.</source>
        <translation>
            <numerusform>%n begreb fundet.</numerusform>
            <numerusform>%n begreber fundet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="221"/>
        <source>The library sync failed: %1</source>
        <translation>Synkroniseringen med biblioteket mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>FrameEditor</name>
    <message>
        <location filename="../../desktop/ui/signoff_tab/frame_editor.py" line="35"/>
        <source>Fra&amp;me</source>
        <translation>Ra&amp;mme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/frame_editor.py" line="38"/>
        <source>What leadership sets aside for all the decisions together; empty: no limit</source>
        <translation>Det, ledelsen afsætter til alle beslutningerne tilsammen; et tomt felt betyder ingen grænse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/frame_editor.py" line="44"/>
        <source>DKK</source>
        <translation>kr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/frame_editor.py" line="45"/>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/frame_editor.py" line="46"/>
        <source>FTE</source>
        <translation>årsværk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/frame_editor.py" line="49"/>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/frame_editor.py" line="102"/>
        <source>Type a number, e.g. 1,240,000 or 1.5, or leave it empty</source>
        <translation>Skriv et tal, fx 1.240.000 eller 1,5, eller lad feltet stå tomt</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="58"/>
        <source>Term</source>
        <translation>Begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="59"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="61"/>
        <source>Counterpart</source>
        <translation>Modstykke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="65"/>
        <source>Procurement&apos;s terms, explained for the professionals</source>
        <translation>Indkøbernes begreber – forklaret for fagfolkene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="67"/>
        <source>The professionals&apos; terms, explained for procurement</source>
        <translation>Fagfolkenes begreber – forklaret for indkøberne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="92"/>
        <source>Search both sides (Ctrl+F)</source>
        <translation>Søg i begge sider (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="99"/>
        <source>&amp;Link as counterparts</source>
        <translation>Forbind som &amp;modstykker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="100"/>
        <source>Select a term on each side, then link (Ctrl+L)</source>
        <translation>Vælg et begreb på hver side, og forbind dem (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="108"/>
        <source>&amp;Import CSV…</source>
        <translation>Im&amp;portér CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="433"/>
        <source>%n terms added.</source>
        <translation>
            <numerusform>%n begreb er tilføjet.</numerusform>
            <numerusform>%n begreber er tilføjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="435"/>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="498"/>
        <source>%n already in the workshop, skipped.</source>
        <translation>
            <numerusform>%n fandtes allerede i workshoppen og er sprunget over.</numerusform>
            <numerusform>%n fandtes allerede i workshoppen og er sprunget over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="454"/>
        <source>%n terms exported to %1.</source>
        <translation>
            <numerusform>%n begreb er eksporteret til %1.</numerusform>
            <numerusform>%n begreber er eksporteret til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="483"/>
        <source>%n rows cannot be imported:</source>
        <translation>
            <numerusform>%n række kan ikke importeres:</numerusform>
            <numerusform>%n rækker kan ikke importeres:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="495"/>
        <source>%n terms imported.</source>
        <translation>
            <numerusform>%n begreb er importeret.</numerusform>
            <numerusform>%n begreber er importeret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="102"/>
        <source>U&amp;nlink</source>
        <translation>Fjern forbi&amp;ndelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="106"/>
        <source>Add starter voc&amp;abulary…</source>
        <translation>Tilføj start&amp;ordforråd…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="110"/>
        <source>Ex&amp;port CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="112"/>
        <source>Sh&amp;ow term by term</source>
        <translation>Vis or&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="114"/>
        <source>One term at a time in large type, from the selected term (Shift+F5)</source>
        <translation>Ét begreb ad gangen med stor skrift, fra det valgte begreb (Skift+F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="125"/>
        <source>Search:</source>
        <translation>Søg:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="259"/>
        <source>Matches: %1</source>
        <translation>Træffere: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="384"/>
        <source>New term</source>
        <translation>Nyt begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="410"/>
        <source>Select one term on each side first, then link them.</source>
        <translation>Vælg først ét begreb på hver side, og forbind dem så.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="441"/>
        <source>%1 - glossary</source>
        <translation>%1 - ordliste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="469"/>
        <source>Line %1:</source>
        <translation>Linje %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="479"/>
        <source>Nothing was imported. The file has these problems:</source>
        <translation>Intet er importeret. Filen har disse fejl:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="487"/>
        <source>Import the valid rows (%1) anyway?</source>
        <translation>Vil du importere de gyldige rækker (%1) alligevel?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="489"/>
        <source>Import terms</source>
        <translation>Importér begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="500"/>
        <source>Columns ignored: %1</source>
        <translation>Kolonner, der ikke bruges: %1</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="265"/>
        <source>Share with the library…</source>
        <translation>Del med biblioteket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="268"/>
        <source>Propose the workshop&apos;s agreed terms to the organisation library</source>
        <translation>Foreslå workshoppens aftalte begreber til organisationens bibliotek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="271"/>
        <source>Fetch from the library…</source>
        <translation>Hent fra biblioteket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="273"/>
        <source>Add terms from the organisation library</source>
        <translation>Tilføj begreber fra organisationens bibliotek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="310"/>
        <source>The workshop has no agreed terms to share. Mark terms as agreed first.</source>
        <translation>Workshoppen har ingen aftalte begreber at dele. Sæt først status »Aftalt« på de begreber, der skal deles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="314"/>
        <source>Propose %n agreed terms to the organisation library? A steward approves them before others can fetch them.</source>
        <translation>
            <numerusform>Foreslå %n aftalt begreb til organisationens bibliotek? En redaktør godkender det, før andre kan hente det.</numerusform>
            <numerusform>Foreslå %n aftalte begreber til organisationens bibliotek? En redaktør godkender dem, før andre kan hente dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="319"/>
        <source>Share with the library</source>
        <translation>Del med biblioteket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="327"/>
        <source>The outbox could not be written: %1</source>
        <translation>Udbakken kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="339"/>
        <source>Organisation library: %1</source>
        <translation>Organisationens bibliotek: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="348"/>
        <source>%n terms added.</source>
        <translation>
            <numerusform>%n begreb er tilføjet.</numerusform>
            <numerusform>%n begreber er tilføjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="350"/>
        <source>%n already in the workshop, skipped.</source>
        <translation>
            <numerusform>%n fandtes allerede i workshoppen og er sprunget over.</numerusform>
            <numerusform>%n fandtes allerede i workshoppen og er sprunget over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="373"/>
        <source>Library: sending and fetching…</source>
        <translation>Bibliotek: sender og henter…</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="84"/>
        <source>Choose the CA file</source>
        <translation>Vælg CA-filen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="86"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="102"/>
        <source>Organisation library</source>
        <translation>Organisationens bibliotek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="111"/>
        <source>Tværs can share terms, templates and decisions through your organisation&apos;s library on a server IT runs. Workshops are kept on this computer as always; without a library Tværs connects to nothing.</source>
        <translation>Tværs kan dele begreber, skabeloner og beslutninger gennem organisationens bibliotek på en server, som IT driver. Workshops gemmes som altid på denne computer; uden et bibliotek forbinder Tværs sig ikke til noget.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="118"/>
        <source>e.g. bibliotek.kommune.dk</source>
        <translation>fx bibliotek.kommune.dk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="126"/>
        <source>Password, kept in the computer&apos;s password store</source>
        <translation>Adgangskode, gemt i computerens adgangskodelager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="127"/>
        <source>The organisation&apos;s single sign-on (Kerberos)</source>
        <translation>Organisationens single sign-on (Kerberos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="132"/>
        <source>The computer&apos;s own certificates</source>
        <translation>Computerens egne certifikater</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="133"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="139"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="140"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="141"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="142"/>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="143"/>
        <source>&amp;Log in with</source>
        <translation>&amp;Log ind med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="144"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="145"/>
        <source>&amp;CA file</source>
        <translation>&amp;CA-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="149"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="151"/>
        <source>&amp;No library</source>
        <translation>&amp;Intet bibliotek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="194"/>
        <source>Kept in the computer&apos;s password store</source>
        <translation>Gemt i computerens adgangskodelager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="201"/>
        <source>Type the server&apos;s name and your user name.</source>
        <translation>Skriv serverens navn og dit brugernavn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="257"/>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1 …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="276"/>
        <source>The library at %1 answers: the connection works.</source>
        <translation>Biblioteket på %1 svarer: Forbindelsen virker.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="284"/>
        <source>The connection test failed: %1</source>
        <translation>Testen af forbindelsen mislykkedes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="321"/>
        <source>No library</source>
        <translation>Intet bibliotek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_dialog.py" line="323"/>
        <source>Remove the library from this computer? Its settings and its password are removed; workshops are not changed.</source>
        <translation>Vil du fjerne biblioteket fra denne computer? Dets indstillinger og adgangskode fjernes; workshops ændres ikke.</translation>
    </message>
</context>
<context>
    <name>LibraryStatus</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_status.py" line="79"/>
        <source>Library: no connection, %n waiting to be sent</source>
        <translation>
            <numerusform>Bibliotek: ingen forbindelse, %n venter på at blive sendt</numerusform>
            <numerusform>Bibliotek: ingen forbindelse, %n venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_status.py" line="80"/>
        <source>Library: no connection</source>
        <translation>Bibliotek: ingen forbindelse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_status.py" line="82"/>
        <source>Library: %n waiting to be sent</source>
        <translation>
            <numerusform>Bibliotek: %n venter på at blive sendt</numerusform>
            <numerusform>Bibliotek: %n venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_status.py" line="86"/>
        <source>HH:mm</source>
        <translation>HH.mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_status.py" line="87"/>
        <source>Library: connected, synced at %1</source>
        <translation>Bibliotek: forbundet, synkroniseret kl. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_status.py" line="89"/>
        <source>Library: connected</source>
        <translation>Bibliotek: forbundet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_status.py" line="90"/>
        <source>Library: not connected</source>
        <translation>Bibliotek: ikke forbundet</translation>
    </message>
</context>
<context>
    <name>LibrarySync</name>
    <message>
        <location filename="../../desktop/ui/library_sync.py" line="171"/>
        <source>The library sync failed: %1</source>
        <translation>Synkroniseringen med biblioteket mislykkedes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_sync.py" line="193"/>
        <source>Library: %n proposals sent.</source>
        <translation>
            <numerusform>Bibliotek: %n forslag sendt.</numerusform>
            <numerusform>Bibliotek: %n forslag sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_sync.py" line="195"/>
        <source>%n terms in the copy on this computer.</source>
        <translation>
            <numerusform>%n begreb i kopien på denne computer.</numerusform>
            <numerusform>%n begreber i kopien på denne computer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_sync.py" line="228"/>
        <source>Library: sending and fetching…</source>
        <translation>Bibliotek: sender og henter…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Open &amp;demo</source>
        <translation>Åbn &amp;demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>&amp;Restore backup…</source>
        <translation>Gendan backu&amp;p…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>&amp;Close workshop</source>
        <translation>&amp;Luk workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <location filename="../../desktop/ui/main_window.py" line="883"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <location filename="../../desktop/ui/main_window.py" line="888"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>&amp;About Tværs</source>
        <translation>&amp;Om Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Li&amp;brary…</source>
        <translation>&amp;Bibliotek…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>Follow the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>&amp;Library</source>
        <translation>B&amp;ibliotek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255"/>
        <source>Library &amp;settings…</source>
        <translation>&amp;Indstillinger for biblioteket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257"/>
        <source>Sync &amp;now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>Share the workshop&apos;s &amp;outcome…</source>
        <translation>&amp;Del workshoppens resultat med biblioteket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>&amp;Portfolio…</source>
        <translation>&amp;Portefølje…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Proposals and &amp;disputes…</source>
        <translation>Forslag og &amp;uenigheder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>Publish as &amp;template…</source>
        <translation>Del som &amp;skabelon…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="312"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Nedtælling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="452"/>
        <source>This computer has backups of the workshop. Restore one as a new workshop file? {name} is not changed.</source>
        <translation>Der er backups af workshoppen på denne computer. Vil du gendanne en af dem som en ny workshopfil? {name} bliver ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>Restore backup</source>
        <translation>Gendan backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>{name} (restored)</source>
        <translation>{name} (fra backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="490"/>
        <source>Another workshop is at {path} now.</source>
        <translation>Der ligger nu en anden workshop på {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="493"/>
        <source>The file {path} is not found. If it is on a USB stick or network drive that is not connected, connect it and choose the changes again.</source>
        <translation>Filen {path} findes ikke. Ligger den på en USB-nøgle eller et netværksdrev, der ikke er tilsluttet, så tilslut det, og vælg ændringerne igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="500"/>
        <source>Save the changes from {when} as a new workshop file? The file at the old place is not touched.</source>
        <translation>Vil du gemme ændringerne fra {when} som en ny workshopfil? Filen på det gamle sted bliver ikke rørt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="504"/>
        <source>Recover unsaved changes</source>
        <translation>Gendan ændringer, der ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="509"/>
        <source>{name} (recovered)</source>
        <translation>{name} (gendannet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="911"/>
        <source>Read-only: use File &gt; Save as… to go on working in a copy</source>
        <translation>Skrivebeskyttet: brug Filer &gt; Gem som… for at arbejde videre i en kopi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tab_pages.py" line="73"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tab_pages.py" line="80"/>
        <source>Shared language</source>
        <translation>Fælles sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tab_pages.py" line="87"/>
        <source>Needs and requirements</source>
        <translation>Behov og krav</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tab_pages.py" line="94"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tab_pages.py" line="101"/>
        <source>Leadership sign-off</source>
        <translation>Ledelsesforankring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="638"/>
        <source>Create service from note</source>
        <translation>Opret ydelse fra note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>&amp;Export minutes and handouts…</source>
        <translation>&amp;Eksportér referat og uddelingsark…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="757"/>
        <source>There are no backups of this workshop yet.</source>
        <translation>Der er endnu ingen backup af denne workshop.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="790"/>
        <source>Close anyway? Your changes stay in the working copy, and Tværs offers to recover them the next time you open the workshop.</source>
        <translation>Vil du lukke alligevel? Dine ændringer bliver i arbejdskopien, og Tværs tilbyder at gendanne dem, næste gang du åbner workshoppen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="796"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="881"/>
        <source>Undo: %1</source>
        <translation>Fortryd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="886"/>
        <source>Redo: %1</source>
        <translation>Gentag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="904"/>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="906"/>
        <source> (no longer saved to its file)</source>
        <translation> (gemmes ikke længere i filen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="913"/>
        <source>Not saved to the file: someone else has it. Use Save As…</source>
        <translation>Ikke gemt i filen: en anden har den nu. Brug Gem som…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="915"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="917"/>
        <source>Not saved – your work is safe in the working copy</source>
        <translation>Ikke gemt – dit arbejde er i sikkerhed i arbejdskopien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="919"/>
        <source>Changes not saved yet</source>
        <translation>Ændringer er ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="921"/>
        <source>All changes saved</source>
        <translation>Alt er gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="938"/>
        <source>Save your changes under another name now (Save As…)?</source>
        <translation>Vil du gemme dine ændringer under et andet navn nu (Gem som…)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="940"/>
        <source>Not saved to the file</source>
        <translation>Ikke gemt i filen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="948"/>
        <source>Close anyway? Your changes are then kept as a backup of this workshop (File &gt; Restore backup…), and the file keeps the other version.</source>
        <translation>Vil du lukke alligevel? Så bliver dine ændringer gemt som en backup af workshoppen (Filer &gt; Gendan backup…), og filen beholder den anden version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="959"/>
        <source>The new language is used the next time you start Tværs.</source>
        <translation>Det nye sprog bruges, næste gang du starter Tværs.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="405"/>
        <source>the demo workshop</source>
        <translation>demoworkshoppen</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="50"/>
        <source>Measure</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="51"/>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="52"/>
        <source>Target</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="53"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="57"/>
        <source>Results to follow up</source>
        <translation>Resultater der skal følges op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="59"/>
        <source>Add &amp;measure</source>
        <translation>&amp;Tilføj resultatmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="60"/>
        <source>Delete measure</source>
        <translation>Slet resultatmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="69"/>
        <source>A result to follow up, e.g. the share in a job after 6 months</source>
        <translation>Et resultat, der skal følges op, fx andelen i job efter 6 måneder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="84"/>
        <source>New measure</source>
        <translation>Nyt resultatmål</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="197"/>
        <source>Merge into a library term</source>
        <translation>Flet ind i et begreb i biblioteket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="197"/>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="203"/>
        <source>Search the library&apos;s terms</source>
        <translation>Søg i bibliotekets begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="208"/>
        <source>The proposal:</source>
        <translation>Forslaget:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="243"/>
        <source>Choose the library term to merge into.</source>
        <translation>Vælg det begreb i biblioteket, som forslaget skal flettes ind i.</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="248"/>
        <location filename="../../desktop/ui/export_dialog.py" line="385"/>
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="258"/>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="285"/>
        <source>Include participants&apos; e-mail and &amp;phone</source>
        <translation>Medtag deltagernes e-mail og &amp;telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="289"/>
        <source>Contact details are personal data. Include them only when everyone who gets the minutes may see them.</source>
        <translation>Kontaktoplysninger er persondata. Medtag dem kun, når alle, der får referatet, må se dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="298"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="304"/>
        <source>&amp;Open the PDF afterwards</source>
        <translation>Åbn &amp;PDF-filen bagefter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="308"/>
        <source>&amp;What to export</source>
        <translation>&amp;Hvad skal eksporteres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="313"/>
        <source>Terms in the &amp;glossary</source>
        <translation>Begreber i &amp;ordlisten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="316"/>
        <source>Canvas &amp;template</source>
        <translation>&amp;Skabelon for lærredet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="319"/>
        <location filename="../../desktop/ui/export_dialog.py" line="386"/>
        <source>&amp;Language of the minutes</source>
        <translation>&amp;Referatets sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="324"/>
        <source>&amp;Save as</source>
        <translation>&amp;Gem som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="332"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="388"/>
        <source>Export handout</source>
        <translation>Eksportér uddelingsark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="389"/>
        <source>&amp;Language of the handout</source>
        <translation>Uddelingsarkets sp&amp;rog</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/needs_dialog.py" line="28"/>
        <source>Link needs</source>
        <translation>Tilknyt behov</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/needs_dialog.py" line="31"/>
        <source>Tick the notes this service answers. Notes already linked are ticked.</source>
        <translation>Sæt flueben ved de noter, ydelsen dækker. Noter, der allerede er tilknyttet, har flueben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/needs_dialog.py" line="33"/>
        <source>There are no notes on the canvases yet. Add the needs there first.</source>
        <translation>Der er endnu ingen noter på lærrederne. Sæt behovene op der først.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/needs_dialog.py" line="37"/>
        <source>Search the notes</source>
        <translation>Søg i noterne</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="91"/>
        <source>The workshop was made, but the chosen template could not be used: %1</source>
        <translation>Workshoppen er oprettet, men den valgte skabelon kunne ikke bruges: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="121"/>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="127"/>
        <source>e.g. Procurement in the core business</source>
        <translation>fx Indkøb i kerneforretningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="142"/>
        <source>C&amp;hange…</source>
        <translation>S&amp;kift…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="146"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="147"/>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="148"/>
        <source>&amp;Area</source>
        <translation>O&amp;mråde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="149"/>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="151"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="156"/>
        <source>Saved as</source>
        <translation>Gemmes som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="161"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="179"/>
        <source>{reason} Correct the date, or leave it empty.</source>
        <translation>{reason} Ret datoen, eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="226"/>
        <source>Template from the library: %1</source>
        <translation>Skabelon fra biblioteket: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="232"/>
        <source>None yet (choose on the Needs and requirements tab)</source>
        <translation>Intet endnu (vælges under fanen Behov og krav)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="239"/>
        <source>Ca&amp;nvas</source>
        <translation>&amp;Lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="243"/>
        <source>The starting criteria</source>
        <translation>Startkriterierne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_workshop_dialog.py" line="246"/>
        <source>Make-or-buy cr&amp;iteria</source>
        <translation>Kr&amp;iterier for at levere selv eller købe</translation>
    </message>
</context>
<context>
    <name>NoteDetail</name>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="124"/>
        <source>Select a note to read and edit it here</source>
        <translation>Vælg en note for at læse og redigere den her</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="88"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="93"/>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="94"/>
        <source>S&amp;ide</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="96"/>
        <source>V&amp;otes</source>
        <translation>Ste&amp;mmer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="95"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="122"/>
        <source>Write the note&apos;s text here</source>
        <translation>Skriv notens tekst her</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="194"/>
        <source>Notes by votes</source>
        <translation>Noter efter stemmer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="216"/>
        <source>+ / −: votes · Enter: write · Del: delete · N: new note · T, S, P: type, side, priority</source>
        <translation>+ / −: stemmer · Enter: skriv · Del: slet · N: ny note · T, S, P: type, side, prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_panel.py" line="268"/>
        <source>Notes: %1</source>
        <translation>Noter: %1</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../desktop/ui/opening_page.py" line="42"/>
        <source>Opening %1 …</source>
        <translation>Åbner %1 …</translation>
    </message>
</context>
<context>
    <name>OutcomeSharing</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/outcome_publish.py" line="39"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n ydelse</numerusform>
            <numerusform>%n ydelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outcome_publish.py" line="40"/>
        <source>%n decisions</source>
        <translation>
            <numerusform>%n beslutning</numerusform>
            <numerusform>%n beslutninger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="43"/>
        <source>Share the workshop&apos;s outcome with the organisation library? Leadership sees it in the portfolio.</source>
        <translation>Del workshoppens resultat med organisationens bibliotek? Ledelsen ser det i porteføljen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="47"/>
        <source>Workshop: %1</source>
        <translation>Workshop: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="48"/>
        <source>Area: %1</source>
        <translation>Område: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="49"/>
        <source>Date: %1</source>
        <translation>Dato: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="53"/>
        <source>Participants&apos; e-mail and phone are not shared. Sharing the workshop again replaces what was shared before.</source>
        <translation>Deltagernes e-mail og telefonnummer deles ikke. Deler du workshoppen igen, erstatter det, hvad der blev delt før.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="68"/>
        <source>Share the workshop&apos;s outcome</source>
        <translation>Del workshoppens resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="75"/>
        <source>The outbox could not be written: %1</source>
        <translation>Udbakken kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="81"/>
        <source>Library: sending and fetching…</source>
        <translation>Bibliotek: sender og henter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="94"/>
        <source>Library: the workshop&apos;s outcome is shared.</source>
        <translation>Bibliotek: workshoppens resultat er delt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outcome_publish.py" line="100"/>
        <source>The outcome waits on this computer and is sent at the next sync with the library.</source>
        <translation>Resultatet venter på denne computer og sendes ved næste synkronisering med biblioteket.</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="106"/>
        <source>Save the portfolio as</source>
        <translation>Gem porteføljen som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="108"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-filer (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="138"/>
        <source>Portfolio – Tværs</source>
        <translation>Portefølje – Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="162"/>
        <source>&amp;Read again</source>
        <translation>Læs &amp;igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="164"/>
        <source>Save as &amp;PDF…</source>
        <translation>Gem som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="167"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="192"/>
        <source>Read %1 (the copy on this computer).</source>
        <translation>Læst %1 (kopien på denne computer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="333"/>
        <source>Reading the portfolio from the library…</source>
        <translation>Læser porteføljen fra biblioteket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="346"/>
        <source>Read %1.</source>
        <translation>Læst %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="351"/>
        <source>The library could not be read: %1</source>
        <translation>Biblioteket kunne ikke læses: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="354"/>
        <source>Shown: the portfolio as read %1.</source>
        <translation>Vist: porteføljen som læst %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="358"/>
        <source>No portfolio has been read on this computer yet.</source>
        <translation>Der er endnu ikke læst nogen portefølje på denne computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portfolio_window.py" line="382"/>
        <source>The portfolio is saved as PDF:
%1</source>
        <translation>Porteføljen er gemt som PDF:
%1</translation>
    </message>
</context>
<context>
    <name>PresentationHeader</name>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="122"/>
        <source>Ctrl+1–%1 or PgUp/PgDn: switch tab · Esc: leave</source>
        <translation>Ctrl+1–%1 eller PgUp/PgDn: skift fane · Esc: afslut</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="178"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Præsentationstilstand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="184"/>
        <source>Full screen in large type for the projector: the open tab only (F5; Esc leaves)</source>
        <translation>Fuld skærm med stor skrift til projektoren: kun den åbne fane (F5; Esc afslutter)</translation>
    </message>
</context>
<context>
    <name>PublishTemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="72"/>
        <source>Publish as template</source>
        <translation>Del som skabelon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="76"/>
        <source>Other workshops can start from the template when they are made. A template with the same name is replaced. Only a steward can publish templates.</source>
        <translation>Andre workshops kan tage udgangspunkt i skabelonen, når de oprettes. En skabelon med samme navn bliver erstattet. Kun en redaktør kan dele skabeloner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="85"/>
        <source>The canvas&apos;s &amp;zones</source>
        <translation>Lærredets &amp;zoner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/template_publish.py" line="94"/>
        <source>The make-or-buy &amp;criteria with their weights (%n)</source>
        <translation>
            <numerusform>&amp;Kriterierne for at levere selv eller købe med deres vægte (%n)</numerusform>
            <numerusform>&amp;Kriterierne for at levere selv eller købe med deres vægte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="100"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="106"/>
        <source>&amp;Publish</source>
        <translation>&amp;Del</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../desktop/ui/first_look.py" line="295"/>
        <location filename="../../desktop/ui/workshop_tab/readiness_panel.py" line="49"/>
        <location filename="../../desktop/ui/workshop_tab/readiness_panel.py" line="54"/>
        <source>Ready for the minutes?</source>
        <translation>Klar til referatet?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/readiness_panel.py" line="116"/>
        <source>Nothing is missing.</source>
        <translation>Der mangler ikke noget.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/readiness_panel.py" line="95"/>
        <location filename="../../desktop/ui/workshop_tab/readiness_panel.py" line="147"/>
        <source>(no text)</source>
        <translation>(uden tekst)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_tab/readiness_panel.py" line="133"/>
        <source>and %1 more</source>
        <translation>
            <numerusform>og %1 mere</numerusform>
            <numerusform>og %1 flere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="59"/>
        <location filename="../../desktop/ui/room_control.py" line="211"/>
        <source>Open the &amp;room to phones…</source>
        <translation>Åbn &amp;rummet for telefoner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="60"/>
        <source>Room</source>
        <translation>Rummet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="64"/>
        <source>Participants send notes to the canvas from their phones, over the room&apos;s own network (Ctrl+Shift+R)</source>
        <translation>Deltagerne sender noter til lærredet fra deres telefoner over rummets eget netværk (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="152"/>
        <source>The room could not open on %1. Choose another address, or check that the network is connected.</source>
        <translation>Rummet kunne ikke åbnes på %1. Vælg en anden adresse, eller tjek, at netværket er forbundet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="164"/>
        <source>Close the &amp;room</source>
        <translation>Luk &amp;rummet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="174"/>
        <source>Close the room</source>
        <translation>Luk rummet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="176"/>
        <source>%n notes from the room have not been taken onto the canvas. Close the room anyway? They are not kept.</source>
        <translation>
            <numerusform>%n note fra rummet er ikke taget med på lærredet. Vil du lukke rummet alligevel? Den bliver ikke gemt.</numerusform>
            <numerusform>%n noter fra rummet er ikke taget med på lærredet. Vil du lukke rummet alligevel? De bliver ikke gemt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="182"/>
        <source>Close the list</source>
        <translation>Luk listen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="184"/>
        <source>%n notes from the room have not been taken onto the canvas. Close the list anyway? They are not kept.</source>
        <translation>
            <numerusform>%n note fra rummet er ikke taget med på lærredet. Vil du lukke listen alligevel? Den bliver ikke gemt.</numerusform>
            <numerusform>%n noter fra rummet er ikke taget med på lærredet. Vil du lukke listen alligevel? De bliver ikke gemt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="271"/>
        <source>The canvas has no notes to vote on yet.</source>
        <translation>Der er endnu ingen noter på lærredet at stemme om.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="308"/>
        <source>The vote is closed: %n dots added to the notes.</source>
        <translation>
            <numerusform>Afstemningen er lukket: %n prik lagt til noternes stemmer.</numerusform>
            <numerusform>Afstemningen er lukket: %n prikker lagt til noternes stemmer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="317"/>
        <location filename="../../desktop/ui/room_control.py" line="415"/>
        <source>The vote&apos;s dots could not be added to the notes.</source>
        <translation>Afstemningens prikker kunne ikke lægges til noternes stemmer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_control.py" line="374"/>
        <source>Tværs stopped while the room was open.</source>
        <translation>Tværs stoppede, mens rummet var åbent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="378"/>
        <source>%n notes from the phones had not been taken onto the canvas; they wait here.</source>
        <translation>
            <numerusform>%n note fra telefonerne var ikke taget med på lærredet; den venter her.</numerusform>
            <numerusform>%n noter fra telefonerne var ikke taget med på lærredet; de venter her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="411"/>
        <source>A vote was open: its %n dots have been added to the notes.</source>
        <translation>
            <numerusform>En afstemning var i gang: dens %n prik er lagt til noternes stemmer.</numerusform>
            <numerusform>En afstemning var i gang: dens %n prikker er lagt til noternes stemmer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="90"/>
        <source>Open the room to phones</source>
        <translation>Åbn rummet for telefoner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="93"/>
        <source>Participants send notes from their phones over the room&apos;s own network (the laptop&apos;s hotspot or the room&apos;s Wi-Fi). Tværs listens only on the address you choose, and only until you close the room.</source>
        <translation>Deltagerne sender noter fra deres telefoner over rummets eget netværk (den bærbares hotspot eller lokalets wi-fi). Tværs lytter kun på den adresse, du vælger, og kun indtil du lukker rummet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="101"/>
        <source>&amp;Address for the phones:</source>
        <translation>Adresse til telefonerne:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="105"/>
        <source>Open the roo&amp;m</source>
        <translation>Åbn r&amp;ummet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="108"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="121"/>
        <location filename="../../desktop/ui/room_panel.py" line="260"/>
        <source>The room is open</source>
        <translation>Rummet er åbent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="154"/>
        <location filename="../../desktop/ui/room_panel.py" line="261"/>
        <source>Close the room</source>
        <translation>Luk rummet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="155"/>
        <location filename="../../desktop/ui/room_panel.py" line="262"/>
        <source>Stop taking notes from phones (Ctrl+Shift+R)</source>
        <translation>Tag ikke imod flere noter fra telefoner (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="176"/>
        <source>Wording (edit before accepting if needed):</source>
        <translation>Ordlyd (ret den, før du tager noten med, hvis det er nødvendigt):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="177"/>
        <source>&amp;Accept</source>
        <translation>Ta&amp;g med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="178"/>
        <source>Put the note on the canvas in its zone (Enter)</source>
        <translation>Sæt noten op på lærredet i dens zone (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="180"/>
        <source>Re&amp;ject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="181"/>
        <source>Leave the note out (Del)</source>
        <translation>Afvis noten: den kommer ikke op (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="183"/>
        <source>Mer&amp;ge into</source>
        <translation>Tilfø&amp;j til</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="184"/>
        <source>Add the text to the note chosen beside</source>
        <translation>Føj teksten til den note, der er valgt ved siden af</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="191"/>
        <source>The note to merge into</source>
        <translation>Noten, som teksten føjes til</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="213"/>
        <source>%1 – this computer only</source>
        <translation>%1 – kun denne computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="230"/>
        <source>QR code with the room&apos;s link</source>
        <translation>QR-kode med linket til rummet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="231"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="264"/>
        <source>Notes from the phones</source>
        <translation>Noter fra telefonerne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="265"/>
        <source>Close the list</source>
        <translation>Luk listen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="266"/>
        <source>The notes still waiting are not kept</source>
        <translation>Noter, der stadig venter, bliver ikke gemt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_panel.py" line="269"/>
        <source>%n phones have joined</source>
        <translation>
            <numerusform>%n telefon er med</numerusform>
            <numerusform>%n telefoner er med</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_panel.py" line="309"/>
        <source>Notes from the roo&amp;m (%n waiting)</source>
        <translation>
            <numerusform>Noter fra r&amp;ummet (%n venter)</numerusform>
            <numerusform>Noter fra r&amp;ummet (%n venter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_panel.py" line="310"/>
        <source>%n notes waiting</source>
        <translation>
            <numerusform>%n note venter</numerusform>
            <numerusform>%n noter venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_panel.py" line="407"/>
        <source>(empty note)</source>
        <translation>(tom note)</translation>
    </message>
</context>
<context>
    <name>RoomVoteBox</name>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="42"/>
        <source>Vote from phones</source>
        <translation>Afstemning fra telefoner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="54"/>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="57"/>
        <source>Dots per phone:</source>
        <translation>Prikker pr. telefon:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="58"/>
        <source>Most dots on one note:</source>
        <translation>Højst prikker på én note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="61"/>
        <source>The phones vote on the notes of the canvas shown; results stay hidden</source>
        <translation>Telefonerne stemmer om noterne på det viste lærred; resultatet er skjult, til du viser det</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="75"/>
        <source>Result of the vote</source>
        <translation>Afstemningens resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="78"/>
        <source>Show the dots per note here and on the phones</source>
        <translation>Vis prikkerne pr. note her og på telefonerne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="59"/>
        <source>&amp;Begin a vote</source>
        <translation>&amp;Begynd afstemningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="77"/>
        <source>Show the result</source>
        <translation>Vis resultatet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="80"/>
        <source>Close the vote</source>
        <translation>Luk afstemningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/room_vote.py" line="82"/>
        <source>Stop the vote and add its dots to the notes&apos; votes (one step to undo)</source>
        <translation>Afslut afstemningen, og læg prikkerne til noternes stemmer (ét trin at fortryde)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="110"/>
        <source>%n dots per phone</source>
        <translation>
            <numerusform>%n prik pr. telefon</numerusform>
            <numerusform>%n prikker pr. telefon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="112"/>
        <source>at most %n on one note</source>
        <translation>
            <numerusform>højst %n på én note</numerusform>
            <numerusform>højst %n på én note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="113"/>
        <source>%n notes on the ballot</source>
        <translation>
            <numerusform>%n note at stemme om</numerusform>
            <numerusform>%n noter at stemme om</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="122"/>
        <source>%n phones have voted</source>
        <translation>
            <numerusform>%n telefon har stemt</numerusform>
            <numerusform>%n telefoner har stemt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="99"/>
        <source>e.g. 2+1+1</source>
        <translation>fx 2+1+1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="105"/>
        <source>e.g. 60 %</source>
        <translation>fx 60 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="108"/>
        <source>e.g. 40 courses a year</source>
        <translation>fx 40 forløb/år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="111"/>
        <source>8 digits, e.g. 85312320</source>
        <translation>8 cifre, fx 85312320</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="112"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="113"/>
        <source>Search the CPV codes by number or word</source>
        <translation>Søg i CPV-koderne efter nummer eller ord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="133"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="134"/>
        <source>&amp;Placement</source>
        <translation>&amp;Placering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="135"/>
        <source>Target &amp;group</source>
        <translation>&amp;Målgruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="136"/>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="138"/>
        <source>&amp;Rationale</source>
        <translation>Be&amp;grundelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="140"/>
        <source>Why the service is placed where it is</source>
        <translation>Hvorfor ydelsen er placeret, hvor den er</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="143"/>
        <source>Annual &amp;cost</source>
        <translation>Anslået årlig &amp;udgift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="148"/>
        <source>Contract length (&amp;years)</source>
        <translation>&amp;Kontraktlængde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="153"/>
        <source>Contract value</source>
        <translation>Kontraktværdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="158"/>
        <source>&amp;Bought share</source>
        <translation>Købt an&amp;del</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="161"/>
        <source>On a mixed card: the per cent of the annual cost that is bought. Only that part counts towards the thresholds.</source>
        <translation>På en blandet ydelse: hvor mange procent af den anslåede årlige udgift der købes. Kun den del tæller med, når beløbet holdes op mod tærskelværdierne.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="165"/>
        <source>Vol&amp;ume</source>
        <translation>&amp;Omfang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="166"/>
        <source>Ow&amp;ner</source>
        <translation>Ansvar&amp;lig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="167"/>
        <source>CPV c&amp;ode</source>
        <translation>&amp;CPV-kode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="169"/>
        <source>Announce&amp;ment</source>
        <translation>Planlagt &amp;annoncering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="172"/>
        <source>When the tender is planned to be announced: it decides which thresholds apply. Empty: the workshop&apos;s date.</source>
        <translation>Hvornår udbuddet efter planen annonceres: datoen afgør, hvilke tærskelværdier der gælder. Tom: workshoppens dato.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="187"/>
        <source>Procurement rules</source>
        <translation>Udbudsregler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="189"/>
        <source>Make or buy: criteria (1–5)</source>
        <translation>Levere selv eller købe: kriterier (1–5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="195"/>
        <source>Needs it answers</source>
        <translation>Behov, ydelsen dækker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="201"/>
        <source>&amp;Link needs…</source>
        <translation>Tilk&amp;nyt behov…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="202"/>
        <source>Unlink</source>
        <translation>Fjern tilknytning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="266"/>
        <source>Selected service</source>
        <translation>Valgt ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="266"/>
        <source>Select a card to see it in full</source>
        <translation>Vælg et kort for at se det hele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="309"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="307"/>
        <source>The workshop&apos;s date</source>
        <translation>Workshoppens dato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="97"/>
        <source>e.g. 1,234,567</source>
        <translation>fx 1.234.567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="101"/>
        <source>Years including options: 4, 2.5 or 2+1+1 (base period plus options)</source>
        <translation>År inkl. optioner: 4, 2,5 eller 2+1+1 (grundperiode plus optioner)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="145"/>
        <source>Estimated annual cost in whole kroner, e.g. 1,234,567 or 1234567</source>
        <translation>Anslået årlig udgift i hele kroner, fx 1.234.567 eller 1234567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="155"/>
        <source>Annual cost × contract length incl. options</source>
        <translation>Anslået årlig udgift × kontraktlængde inkl. optioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="301"/>
        <source>– (needs annual cost and contract length)</source>
        <translation>– (kræver anslået årlig udgift og kontraktlængde)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="312"/>
        <source>The procurement hint is shown on external and mixed cards.</source>
        <translation>Udbudsreglerne vises kun for eksterne og blandede ydelser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="325"/>
        <source>Not a code of the CPV list (CPV 2008): check the code, or choose one with Choose….</source>
        <translation>Koden findes ikke i CPV-listen (CPV 2008): tjek koden, eller vælg en med Vælg….</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="329"/>
        <source>works</source>
        <translation>bygge- og anlægsarbejde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="331"/>
        <source>supplies</source>
        <translation>varer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="333"/>
        <source>social or other specific service (Annex XIV: the light regime)</source>
        <translation>social eller anden specifik tjenesteydelse (udbudslovens bilag 10: light-regimet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="335"/>
        <source>service (not in Annex XIV: the ordinary rules for services)</source>
        <translation>tjenesteydelse (ikke i udbudslovens bilag 10: de almindelige regler for tjenesteydelser)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="339"/>
        <source>May be reserved for certain organisations (art. 77 of the Directive).</source>
        <translation>Kan reserveres til visse organisationer (udbudsdirektivets art. 77).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="342"/>
        <source>The check digit is not verified.</source>
        <translation>Kontrolcifferet kan ikke efterprøves.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="372"/>
        <source>The criteria are made when the first card is added.</source>
        <translation>Kriterierne oprettes, når det første kort tilføjes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="383"/>
        <source>A 5 speaks for delivering it ourselves.</source>
        <translation>5 taler for, at vi leverer selv.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="384"/>
        <source>A 5 speaks for buying it.</source>
        <translation>5 taler for, at vi køber.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="408"/>
        <source>Not scored yet. No placement is suggested.</source>
        <translation>Ikke vurderet endnu, så der er intet forslag til placering.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="411"/>
        <source>Weighted score: %1 (5 = deliver internally, 1 = buy externally).</source>
        <translation>Vægtet score: %1 (5 taler for at levere selv, 1 for at købe).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="415"/>
        <source>Score more criteria to get a suggested placement.</source>
        <translation>Giv score på flere kriterier for at få et forslag til placering.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="418"/>
        <source>Suggested placement: %1. The room decides.</source>
        <translation>Forslag til placering: %1. Det er jer, der beslutter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="421"/>
        <source>Weighing most: %1.</source>
        <translation>Vejer tungest: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="423"/>
        <source>The cost score comes from the business case (Alt+3).</source>
        <translation>Scoren for omkostninger kommer fra business casen (Alt+3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/service_editor.py" line="450"/>
        <source>No needs linked yet.</source>
        <translation>Ingen behov tilknyttet endnu.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="58"/>
        <source>Sign-off</source>
        <translation>Godkendelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="66"/>
        <source>Someone else (type the name and title)</source>
        <translation>En anden (skriv navn og titel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="75"/>
        <source>&amp;Approved</source>
        <translation>&amp;Godkendt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="76"/>
        <source>&amp;Changes requested</source>
        <translation>Ændr&amp;inger ønsket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="77"/>
        <source>Re&amp;jected</source>
        <translation>Af&amp;vist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="93"/>
        <source>A&amp;pprover</source>
        <translation>God&amp;kender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="98"/>
        <source>T&amp;ime</source>
        <translation>Ti&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="94"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="95"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="96"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="97"/>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/sign_off_dialog.py" line="103"/>
        <source>Record sign-off</source>
        <translation>Registrér godkendelse</translation>
    </message>
</context>
<context>
    <name>SignOffTab</name>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="96"/>
        <source>Each sign-off keeps a fingerprint (SHA-256) of the decision and of the placement and costs of the services it covers, so the app can tell when any of it changes afterwards. It is not a digital signature: it detects change, it does not prove who signed.</source>
        <translation>Hver godkendelse gemmer et fingeraftryk (SHA-256) af beslutningen og af de dækkede ydelsers levering og udgifter, så Tværs kan se, hvis noget af det ændres bagefter. Det er ikke en digital signatur: fingeraftrykket afslører ændringer, men beviser ikke, hvem der har godkendt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="114"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="114"/>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="217"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="114"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="116"/>
        <source>A sign-off of this decision was given to content that has changed since.</source>
        <translation>En godkendelse af beslutningen blev givet til et indhold, der er ændret siden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="117"/>
        <source>Over the frame</source>
        <translation>Over rammen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="118"/>
        <source>Priority: 1 is the highest</source>
        <translation>Prioritet: 1 er højest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="140"/>
        <source>Add decisio&amp;n</source>
        <translation>Tilføj beslutni&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="141"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="144"/>
        <source>Higher priority (Alt+Up)</source>
        <translation>Højere prioritet (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="145"/>
        <source>Lower priority (Alt+Down)</source>
        <translation>Lavere prioritet (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="160"/>
        <source>Decisions in order of priority</source>
        <translation>Beslutninger i prioriteret rækkefølge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="163"/>
        <source>Leadership&apos;s ranking: priority 1 first. Move a decision with the arrows or Alt+Up and Alt+Down; the resources are added up from the top against the frame.</source>
        <translation>Ledelsens prioritering: prioritet 1 øverst. Flyt en beslutning med pilene eller Alt+Pil op og Alt+Pil ned; ressourcerne lægges sammen oppefra og holdes op mod rammen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="212"/>
        <source>Approver</source>
        <translation>Godkender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="213"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="214"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="215"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="216"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="220"/>
        <source>Current</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="222"/>
        <source>Changed since</source>
        <translation>Ændret siden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="223"/>
        <source>Superseded by a newer one</source>
        <translation>Erstattet af en nyere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="263"/>
        <source>Add si&amp;gn-off…</source>
        <translation>Tilføj god&amp;kendelse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="264"/>
        <source>Sign &amp;again…</source>
        <translation>Godk&amp;end igen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="266"/>
        <source>The same approver signs the decision as it is now; the old one stays</source>
        <translation>Samme godkender tager stilling til beslutningen, som den er nu; den gamle godkendelse bliver stående i historikken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="268"/>
        <source>Delete sign-off</source>
        <translation>Slet godkendelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="272"/>
        <source>Sign-offs</source>
        <translation>Godkendelser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="422"/>
        <source>Changed after approval by %1</source>
        <translation>Ændret efter godkendelse af %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="424"/>
        <source>Changed since the answer from %1</source>
        <translation>Ændret siden svaret fra %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="440"/>
        <source>Before:</source>
        <translation>Før:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="440"/>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/tab.py" line="531"/>
        <source>New decision</source>
        <translation>Ny beslutning</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="39"/>
        <source>Procurement and the professional side at one table: shared language, needs, delivery and leadership sign-off.</source>
        <translation>Indkøb og fagområde ved samme bord: fælles sprog, behov, levering og ledelsesforankring.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="46"/>
        <source>&amp;New workshop</source>
        <translation>&amp;Ny workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="47"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="48"/>
        <source>Open &amp;demo</source>
        <translation>Åbn &amp;demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="59"/>
        <source>Unsaved changes were found</source>
        <translation>Der er fundet ændringer, som ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="63"/>
        <source>Tværs was not closed normally. These workshops have changes that were not saved. Choose one to recover it.</source>
        <translation>Tværs blev ikke lukket normalt. Disse workshops har ændringer, som ikke nåede at blive gemt. Vælg en for at gendanne den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="76"/>
        <source>Recent workshops</source>
        <translation>Seneste workshops</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="83"/>
        <source>No workshops yet. Create one, or open the demo.</source>
        <translation>Ingen workshops endnu. Opret en, eller åbn demoen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="133"/>
        <source>(not found)</source>
        <translation>(findes ikke)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="137"/>
        <source>(cannot be read)</source>
        <translation>(kan ikke læses)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="155"/>
        <source>{name} – changed {when}</source>
        <translation>{name} – ændret {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="157"/>
        <source>(file not found: choose to save the changes as a new file)</source>
        <translation>(filen findes ikke: vælg den for at gemme ændringerne som en ny fil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="160"/>
        <source>(another workshop is at this path now: choose to save the changes as a new file)</source>
        <translation>(der ligger nu en anden workshop på samme sted: vælg den for at gemme ændringerne som en ny fil)</translation>
    </message>
</context>
<context>
    <name>StewardWindow</name>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="108"/>
        <source>Term</source>
        <translation>Begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="109"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="110"/>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="111"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="112"/>
        <source>Counterpart</source>
        <translation>Modstykke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="265"/>
        <source>Proposals and disputes</source>
        <translation>Forslag og uenigheder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="275"/>
        <source>Proposals and &amp;disputes:</source>
        <translation>Forslag og &amp;uenigheder:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="279"/>
        <source>The proposal</source>
        <translation>Forslaget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="280"/>
        <source>The library&apos;s text now</source>
        <translation>Bibliotekets tekst nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="294"/>
        <location filename="../../desktop/ui/steward_window.py" line="556"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="295"/>
        <source>&amp;Edit and approve…</source>
        <translation>R&amp;et og godkend…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="296"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Flet ind i…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="297"/>
        <source>Re&amp;ject proposal</source>
        <translation>&amp;Afvis forslaget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="299"/>
        <source>&amp;Keep the proposal&apos;s text</source>
        <translation>&amp;Behold forslagets tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="302"/>
        <source>Keep the &amp;library&apos;s text</source>
        <translation>Behold bib&amp;liotekets tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="304"/>
        <source>Edit and &amp;settle…</source>
        <translation>Re&amp;t og afgør…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="305"/>
        <source>&amp;Reload</source>
        <translation>&amp;Hent igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="306"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="368"/>
        <source>New term</source>
        <translation>Nyt begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="369"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="370"/>
        <location filename="../../desktop/ui/steward_window.py" line="523"/>
        <source>Disputed</source>
        <translation>Omstridt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="376"/>
        <source>%1: %2 – proposed by %3, %4</source>
        <translation>%1: %2 – foreslået af %3, %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="403"/>
        <source>Proposed by %1</source>
        <translation>Foreslået af %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="404"/>
        <source>From the workshop: %1</source>
        <translation>Fra workshoppen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="418"/>
        <source>A new term: the library has no text for it yet.</source>
        <translation>Et nyt begreb: Biblioteket har endnu ingen tekst til det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="423"/>
        <source>The library&apos;s term is gone.</source>
        <translation>Bibliotekets begreb findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="425"/>
        <source>When the dispute arose:</source>
        <translation>Da uenigheden opstod:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="480"/>
        <source>Asking the library…</source>
        <translation>Spørger biblioteket …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="497"/>
        <source>Only the library&apos;s stewards can approve proposals and settle disputes. Ask IT to make you a steward (the role tvaers_steward).</source>
        <translation>Kun bibliotekets redaktører kan godkende forslag og afgøre uenigheder. Bed IT om at gøre dig til redaktør (rollen tvaers_steward).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/steward_window.py" line="509"/>
        <source>%n proposals wait for a decision.</source>
        <translation>
            <numerusform>%n forslag venter på en afgørelse.</numerusform>
            <numerusform>%n forslag venter på en afgørelse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="521"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="522"/>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="524"/>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="528"/>
        <source>Nothing changed: %1 had decided it already (%2).</source>
        <translation>Intet er ændret: %1 havde allerede afgjort det (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="534"/>
        <source>The library&apos;s term changed after the proposal was made, so it is now disputed: both texts are kept until a steward settles it.</source>
        <translation>Bibliotekets begreb er ændret, siden forslaget blev lavet, så det er nu omstridt: Begge tekster gemmes, indtil en redaktør afgør det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="538"/>
        <source>The proposal is approved and in the library.</source>
        <translation>Forslaget er godkendt og ligger i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="539"/>
        <source>The proposal is rejected; the library is unchanged.</source>
        <translation>Forslaget er afvist; biblioteket er uændret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="556"/>
        <source>Edit and approve</source>
        <translation>Ret og godkend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="619"/>
        <source>Edit and settle</source>
        <translation>Ret og afgør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="619"/>
        <source>&amp;Settle</source>
        <translation>&amp;Afgør</translation>
    </message>
</context>
<context>
    <name>TemplatePublisher</name>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="192"/>
        <source>The workshop has no canvas zones or make-or-buy criteria to publish as a template yet.</source>
        <translation>Workshoppen har endnu hverken zoner på et lærred eller kriterier for at levere selv eller købe, som kan deles som skabelon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="209"/>
        <source>The template cannot be published: %1</source>
        <translation>Skabelonen kan ikke deles: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="229"/>
        <source>Library: publishing the template…</source>
        <translation>Bibliotek: deler skabelonen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="237"/>
        <source>The template could not be published: %1</source>
        <translation>Skabelonen kunne ikke deles: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/template_publish.py" line="244"/>
        <source>The template is in the library. New workshops can start from it once the library has been synced.</source>
        <translation>Skabelonen er i biblioteket. Nye workshops kan tage udgangspunkt i den, når biblioteket er synkroniseret.</translation>
    </message>
</context>
<context>
    <name>TermEditor</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="34"/>
        <source>Law and §, or where the term comes from</source>
        <translation>Lov og §, eller hvor begrebet kommer fra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="52"/>
        <source>&amp;Term</source>
        <translation>&amp;Begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="53"/>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="54"/>
        <source>Explained &amp;by</source>
        <translation>Forklaret &amp;af</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="55"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="56"/>
        <source>Counterpart</source>
        <translation>Modstykke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="64"/>
        <source>E&amp;xplanation</source>
        <translation>Forklarin&amp;g</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="64"/>
        <source>Exa&amp;mple</source>
        <translation>&amp;Eksempel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="99"/>
        <source>Selected term</source>
        <translation>Valgt begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="103"/>
        <source>The selected term is hidden by the search. Clear the search to see it.</source>
        <translation>Det valgte begreb er skjult af søgningen. Ryd søgningen for at se det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="107"/>
        <source>Select a term to see it in full</source>
        <translation>Vælg et begreb for at se det hele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_editor.py" line="126"/>
        <source>None (select one on each side and link)</source>
        <translation>Intet (vælg et begreb på hver side, og forbind dem)</translation>
    </message>
</context>
<context>
    <name>TermFields</name>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="132"/>
        <source>Term:</source>
        <translation>Begreb:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="133"/>
        <source>Explanation:</source>
        <translation>Forklaring:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/steward_window.py" line="134"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
</context>
<context>
    <name>TermPane</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="40"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="41"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="44"/>
        <source>Sort A–Å</source>
        <translation>Sortér A–Å</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="45"/>
        <source>Add a term on this side (Ins)</source>
        <translation>Tilføj et begreb på denne side (Ins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="46"/>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="47"/>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="165"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_pane.py" line="167"/>
        <source>Terms: %1</source>
        <translation>Begreber: %1</translation>
    </message>
</context>
<context>
    <name>TermShowcase</name>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="83"/>
        <source>‹ Previous</source>
        <translation>‹ Forrige</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="84"/>
        <source>Next ›</source>
        <translation>Næste ›</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="85"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="86"/>
        <source>→ or Space: next term · ←: previous · Esc: back to the lists</source>
        <translation>→ eller mellemrum: næste begreb · ←: forrige · Esc: tilbage til listerne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="166"/>
        <source>No terms match the search.</source>
        <translation>Ingen begreber passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="168"/>
        <source>There are no terms in the glossary yet.</source>
        <translation>Der er ingen begreber i den fælles ordliste endnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="176"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="179"/>
        <source>Explained by %1</source>
        <translation>Forklaret af %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="181"/>
        <source>The professionals&apos; counterpart</source>
        <translation>Fagfolkenes modstykke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="183"/>
        <source>Procurement&apos;s counterpart</source>
        <translation>Indkøbernes modstykke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/term_showcase.py" line="188"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="147"/>
        <source>Time line of contracts and tenders</source>
        <translation>Tidslinje over kontrakter og udbud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="151"/>
        <source>No service has a contract end or a delivery start yet.</source>
        <translation>Ingen ydelse har endnu et kontraktudløb eller en leveringsstart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="152"/>
        <source>Save as &amp;CSV…</source>
        <translation>Gem som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="154"/>
        <source>The tender calendar, one row per service and step, for Excel</source>
        <translation>Udbudskalenderen, én række pr. ydelse og trin, til Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="181"/>
        <source>Dark bar: the current contract; light bar: options not yet used; orange: the tender&apos;s steps; diamond: the latest announcement date; green line: delivery starts; grey line: last day to give notice; red: passed as seen from %1 (the dashed line).</source>
        <translation>Mørk bjælke: den nuværende kontrakt; lys bjælke: optioner, der ikke er brugt; orange: udbuddets trin; rombe: seneste annonceringsdato; grøn streg: levering starter; grå streg: sidste dag for opsigelse; rød: overskredet pr. %1 (den stiplede streg).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="192"/>
        <source>tender calendar.csv</source>
        <translation>udbudskalender.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="207"/>
        <source>Save the tender calendar</source>
        <translation>Gem udbudskalenderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/timeline_view.py" line="209"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>TimerDialog</name>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="58"/>
        <source>Start a countdown</source>
        <translation>Start en nedtælling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="62"/>
        <source>e.g. 5, 5:30, 90 sec or 1 h 30 min</source>
        <translation>fx 5, 5:30, 90 sek. eller 1 t 30 min.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="69"/>
        <source>&amp;Time</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="70"/>
        <source>&amp;Exercise</source>
        <translation>Øv&amp;else</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="74"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="417"/>
        <location filename="../../desktop/ui/exercise_timer.py" line="435"/>
        <source>Countdown</source>
        <translation>Nedtælling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="429"/>
        <source>Start another countdown, or name the exercise</source>
        <translation>Start en anden nedtælling, eller navngiv øvelsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer.py" line="431"/>
        <source>Start a countdown for an exercise</source>
        <translation>Start en nedtælling til en øvelse</translation>
    </message>
</context>
<context>
    <name>VotingRoundDialog</name>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="86"/>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="100"/>
        <source>Voting round: %1</source>
        <translation>Afstemningsrunde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="105"/>
        <source>Type the dots · Enter: next note · Empty: unchanged · Shift+Tab or ↑: back · Ctrl+Enter: save · Esc: cancel</source>
        <translation>Skriv antal prikker · Enter: næste note · Tomt: uændret · Shift+Tab eller ↑: tilbage · Ctrl+Enter: gem · Esc: annuller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="132"/>
        <source>&amp;Save the votes</source>
        <translation>&amp;Gem afstemningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="134"/>
        <source>Store the round&apos;s votes (Ctrl+Enter)</source>
        <translation>Gem rundens stemmer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="143"/>
        <source>Notes on the wall</source>
        <translation>Noterne på væggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="151"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="204"/>
        <source>Votes on this note</source>
        <translation>Stemmer på denne note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="207"/>
        <source>&amp;Votes now:</source>
        <translation>&amp;Stemmer nu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="303"/>
        <source>Note %1 of %2</source>
        <translation>Note %1 af %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="307"/>
        <source>Zone: %1 · From: %2</source>
        <translation>Zone: %1 · Fra: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="309"/>
        <source>Before the round: %1</source>
        <translation>Før runden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="359"/>
        <source>%1 of %n notes have votes</source>
        <translation>
            <numerusform>%1 af %n note har stemmer</numerusform>
            <numerusform>%1 af %n noter har stemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="363"/>
        <source>%n votes</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="365"/>
        <source>%1 changed</source>
        <translation>%1 ændret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="427"/>
        <source>Discard the %n votes typed in this round? The notes keep their votes.</source>
        <translation>
            <numerusform>Vil du droppe det ene stemmetal, du har skrevet i runden? Noterne beholder deres hidtidige stemmer.</numerusform>
            <numerusform>Vil du droppe de %n stemmetal, du har skrevet i runden? Noterne beholder deres hidtidige stemmer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="425"/>
        <source>Cancel the voting round</source>
        <translation>Annuller afstemningsrunden</translation>
    </message>
</context>
<context>
    <name>WhenRow</name>
    <message>
        <location filename="../../desktop/ui/when_row.py" line="19"/>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/when_row.py" line="21"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/when_row.py" line="24"/>
        <source>&amp;Date</source>
        <translation>D&amp;ato</translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="41"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="44"/>
        <source>Delete participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="55"/>
        <source>Follow-up actions</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="43"/>
        <source>Add pa&amp;rticipant</source>
        <translation>Tilføj &amp;deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="57"/>
        <source>Add follow-up a&amp;ction</source>
        <translation>Tilføj opfø&amp;lgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="58"/>
        <source>Delete action</source>
        <translation>Slet opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/layout.py" line="22"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="21"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="22"/>
        <source>Title / role</source>
        <translation>Titel/rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="23"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="25"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="27"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="29"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="40"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="41"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="42"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/columns.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="141"/>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/tab.py" line="146"/>
        <source>New action</source>
        <translation>Nyt opfølgningspunkt</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="44"/>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL version 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="45"/>
        <source>MIT licence</source>
        <translation>MIT-licens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="47"/>
        <source>windows, buttons and tables</source>
        <translation>vinduer, knapper og tabeller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="49"/>
        <source>Qt for the Python language</source>
        <translation>Qt til programmeringssproget Python</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="52"/>
        <source>the PDF minutes</source>
        <translation>referatet som PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="52"/>
        <source>BSD licence</source>
        <translation>BSD-licens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="56"/>
        <source>the fonts in the PDF minutes</source>
        <translation>skrifttyperne i referatet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="57"/>
        <source>Bitstream Vera and Arev Fonts licences</source>
        <translation>Bitstream Vera- og Arev Fonts-licenserne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="61"/>
        <source>emoji in the PDF minutes and on screen</source>
        <translation>emoji i referatet og på skærmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="62"/>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="64"/>
        <location filename="../../desktop/ui/about_dialog.py" line="65"/>
        <source>the workshop file&apos;s tables</source>
        <translation>tabellerne i workshopfilen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="66"/>
        <source>checking what is typed in</source>
        <translation>kontrol af det, der tastes ind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="67"/>
        <source>where local data is kept</source>
        <translation>hvor lokale data ligger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="68"/>
        <source>images in the PDF minutes</source>
        <translation>billeder i referatet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="69"/>
        <source>the language Tværs is written in</source>
        <translation>sproget, Tværs er skrevet i</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_model.py" line="33"/>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_model.py" line="34"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_model.py" line="35"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/notes_model.py" line="105"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="25"/>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="33"/>
        <source>Rename participant</source>
        <translation>Omdøb deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="35"/>
        <source>Edit participant</source>
        <translation>Ret deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="44"/>
        <source>Delete participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="51"/>
        <source>Add follow-up action</source>
        <translation>Tilføj opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="59"/>
        <source>Edit follow-up action</source>
        <translation>Ret opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="67"/>
        <source>Delete follow-up action</source>
        <translation>Slet opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_tab/commands.py" line="78"/>
        <source>Edit workshop details</source>
        <translation>Ret workshopoplysninger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="25"/>
        <source>Add term</source>
        <translation>Tilføj begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="32"/>
        <source>Delete term</source>
        <translation>Slet begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="43"/>
        <source>Change term status</source>
        <translation>Skift status for begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="45"/>
        <source>Edit term</source>
        <translation>Ret begreb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="61"/>
        <source>Link terms</source>
        <translation>Forbind begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="75"/>
        <source>Unlink terms</source>
        <translation>Fjern forbindelse mellem begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="116"/>
        <source>Move term up</source>
        <translation>Flyt begreb op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="118"/>
        <source>Move term down</source>
        <translation>Flyt begreb ned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="124"/>
        <source>Sort terms</source>
        <translation>Sortér begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="147"/>
        <source>Add starter vocabulary</source>
        <translation>Tilføj startordforråd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/commands.py" line="151"/>
        <source>Import terms</source>
        <translation>Importér begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="34"/>
        <source>New canvas</source>
        <translation>Nyt lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="52"/>
        <source>Rename canvas</source>
        <translation>Omdøb lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="66"/>
        <source>Delete canvas</source>
        <translation>Slet lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="83"/>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="104"/>
        <source>Accept note from the room</source>
        <translation>Tag note fra rummet med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="109"/>
        <source>Delete note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="123"/>
        <source>Change note type</source>
        <translation>Skift notens type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="125"/>
        <source>Change note side</source>
        <translation>Skift notens side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="127"/>
        <source>Change priority</source>
        <translation>Skift prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="128"/>
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="156"/>
        <source>Merge note from the room</source>
        <translation>Føj note fra rummet til en note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="179"/>
        <source>Change votes</source>
        <translation>Ret stemmer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="218"/>
        <source>Voting round</source>
        <translation>Afstemningsrunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="236"/>
        <source>Votes from the room</source>
        <translation>Stemmer fra rummet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="285"/>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="300"/>
        <source>Move note</source>
        <translation>Flyt note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="328"/>
        <source>Move note to the next zone</source>
        <translation>Flyt note til næste zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/commands.py" line="330"/>
        <source>Move note to the previous zone</source>
        <translation>Flyt note til forrige zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="27"/>
        <source>Add decision</source>
        <translation>Tilføj beslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="36"/>
        <source>Delete decision</source>
        <translation>Slet beslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="45"/>
        <source>Edit decision</source>
        <translation>Ret beslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="53"/>
        <source>Move decision up</source>
        <translation>Flyt beslutning op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="55"/>
        <source>Move decision down</source>
        <translation>Flyt beslutning ned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="82"/>
        <source>Change the frame</source>
        <translation>Ret rammen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="109"/>
        <source>Change services covered</source>
        <translation>Ret dækkede ydelser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="142"/>
        <source>Sign again</source>
        <translation>Godkend igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="144"/>
        <source>Add sign-off</source>
        <translation>Tilføj godkendelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="177"/>
        <source>Edit sign-off</source>
        <translation>Ret godkendelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signoff_tab/commands.py" line="185"/>
        <source>Delete sign-off</source>
        <translation>Slet godkendelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="35"/>
        <source>Add service</source>
        <translation>Tilføj ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="57"/>
        <source>Delete service</source>
        <translation>Slet ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="66"/>
        <source>Edit service</source>
        <translation>Ret ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="84"/>
        <source>Reorder services</source>
        <translation>Ændr rækkefølge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="86"/>
        <source>Move service</source>
        <translation>Flyt ydelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="119"/>
        <source>Score service</source>
        <translation>Giv score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="141"/>
        <source>Link needs</source>
        <translation>Tilknyt behov</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="159"/>
        <source>Unlink need</source>
        <translation>Fjern behov</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="177"/>
        <source>Create service from note</source>
        <translation>Opret ydelse fra note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="202"/>
        <source>Create criteria</source>
        <translation>Opret kriterier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="216"/>
        <source>Add criterion</source>
        <translation>Tilføj kriterium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="223"/>
        <source>Delete criterion</source>
        <translation>Slet kriterium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="237"/>
        <source>Change weight</source>
        <translation>Ret vægt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/commands.py" line="239"/>
        <source>Edit criterion</source>
        <translation>Ret kriterium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="67"/>
        <source>Change lead time</source>
        <translation>Ret gennemløbstid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="25"/>
        <source>Add dialogue meeting</source>
        <translation>Tilføj møde i markedsdialogen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="32"/>
        <source>Delete dialogue meeting</source>
        <translation>Slet møde i markedsdialogen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="39"/>
        <source>Edit dialogue meeting</source>
        <translation>Ret møde i markedsdialogen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="47"/>
        <source>Add dialogue information</source>
        <translation>Tilføj oplysning i markedsdialogen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="55"/>
        <source>Delete dialogue information</source>
        <translation>Slet oplysning i markedsdialogen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="62"/>
        <source>Edit dialogue information</source>
        <translation>Ret oplysning i markedsdialogen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="71"/>
        <source>Mark information as given</source>
        <translation>Markér oplysning som givet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="73"/>
        <source>Mark information as not given</source>
        <translation>Markér oplysning som ikke givet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/dialogue_commands.py" line="92"/>
        <source>Give information to all suppliers</source>
        <translation>Giv oplysning til alle leverandører</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="26"/>
        <source>Add measure</source>
        <translation>Tilføj resultatmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="33"/>
        <source>Edit measure</source>
        <translation>Ret resultatmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delivery_tab/measures_panel.py" line="40"/>
        <source>Delete measure</source>
        <translation>Slet resultatmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="346"/>
        <source>Add terms from the library</source>
        <translation>Tilføj begreber fra biblioteket</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="33"/>
        <source>Tværs workshops (*.tvaers);;All files (*)</source>
        <translation>Tværs-workshops (*.tvaers);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="39"/>
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="59"/>
        <source>Save workshop as</source>
        <translation>Gem workshop som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="71"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="76"/>
        <source>Import terms from CSV</source>
        <translation>Importér begreber fra CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83"/>
        <source>Export glossary as CSV</source>
        <translation>Eksportér ordlisten som CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="92"/>
        <location filename="../../desktop/ui/dialogs.py" line="96"/>
        <source>Tværs</source>
        <translation>Tværs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="105"/>
        <source>Recover unsaved changes</source>
        <translation>Gendan ændringer, der ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="110"/>
        <source>Recover changes</source>
        <translation>Gendan ændringerne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="113"/>
        <source>Open last saved version</source>
        <translation>Åbn den sidst gemte version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="127"/>
        <source>It looks as if that session has ended without closing the file. If you are sure nobody is working in it, you can take it over.</source>
        <translation>Det ser ud til, at den session er sluttet uden at lukke filen. Hvis du er sikker på, at ingen arbejder i den, kan du overtage den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="134"/>
        <source>The workshop is in use</source>
        <translation>Workshoppen er i brug</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="139"/>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="144"/>
        <source>Take over</source>
        <translation>Overtag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="168"/>
        <source>{title} ({count} terms)</source>
        <translation>{title} ({count} begreber)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="175"/>
        <source>Add starter vocabulary</source>
        <translation>Tilføj startordforråd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="176"/>
        <source>Choose an area. Its terms are added to the glossary; terms the workshop already has are skipped.</source>
        <translation>Vælg et område. Dets begreber føjes til ordlisten; begreber, workshoppen allerede har, springes over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="201"/>
        <source>Rename canvas</source>
        <translation>Omdøb lærred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="202"/>
        <source>New title of the canvas:</source>
        <translation>Lærredets nye titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="279"/>
        <source>Name the exercise</source>
        <translation>Navngiv øvelsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="280"/>
        <source>Shown with the countdown:</source>
        <translation>Vises sammen med nedtællingen:</translation>
    </message>
</context>
<context>
    <name>exercise names</name>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="33"/>
        <source>Silent brainstorm</source>
        <translation>Stille brainstorm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="34"/>
        <source>Group work</source>
        <translation>Gruppearbejde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="35"/>
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="36"/>
        <source>Round of the table</source>
        <translation>Bordet rundt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="37"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exercise_timer_dialog.py" line="50"/>
        <source>e.g. Silent brainstorm</source>
        <translation>fx Stille brainstorm</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="66"/>
        <source>Cover: title, time, place and purpose</source>
        <translation>Forside: titel, tid, sted og formål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="67"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="68"/>
        <source>Shared language</source>
        <translation>Fælles sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="69"/>
        <source>Root problems and needs (the canvases)</source>
        <translation>Rodproblemer og behov (lærrederne)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="70"/>
        <source>Delivery model</source>
        <translation>Leveringsmodel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="71"/>
        <source>Contracts and tender calendar</source>
        <translation>Kontrakter og udbudskalender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="72"/>
        <source>Business case and economic room</source>
        <translation>Business case og økonomisk råderum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="73"/>
        <source>Market dialogue</source>
        <translation>Markedsdialog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="74"/>
        <source>Decisions and sign-offs</source>
        <translation>Beslutninger og godkendelser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="75"/>
        <source>Follow-up actions</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="93"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="94"/>
        <source>Handout: the shared language (A4, two columns)</source>
        <translation>Uddelingsark: fælles sprog (A4, to spalter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>Handout: a blank worksheet (A3 landscape)</source>
        <translation>Uddelingsark: tomt arbejdsark (A3 på tværs)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="96"/>
        <source>Handout: the signature sheet (A4)</source>
        <translation>Uddelingsark: underskriftsark (A4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>Handout: the market dialogue, to publish (A4)</source>
        <translation>Uddelingsark: markedsdialog til offentliggørelse (A4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="104"/>
        <source>This workshop&apos;s terms</source>
        <translation>Begreber fra denne workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="105"/>
        <source>All terms</source>
        <translation>Alle begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="106"/>
        <source>Only agreed and disputed terms</source>
        <translation>Kun aftalte og omstridte begreber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="159"/>
        <source>Save minutes as</source>
        <translation>Gem referat som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="161"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-filer (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="178"/>
        <location filename="../../desktop/ui/export_dialog.py" line="529"/>
        <source>Export handout</source>
        <translation>Eksportér uddelingsark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="179"/>
        <source>The handout is saved, but no program on this computer opened the PDF file. It is here:</source>
        <translation>Uddelingsarket er gemt, men der er ikke noget program på computeren, der kunne åbne PDF-filen. Den ligger her:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="186"/>
        <source>The minutes are saved, but no program on this computer opened the PDF file. It is here:</source>
        <translation>Referatet er gemt, men der er ikke noget program på computeren, der kunne åbne PDF-filen. Den ligger her:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="196"/>
        <source>Open the folder to print or send the file from there, or copy its path.</source>
        <translation>Åbn mappen for at udskrive eller sende filen derfra, eller kopiér stien til den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="203"/>
        <source>Open &amp;folder</source>
        <translation>Åbn &amp;mappe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="206"/>
        <source>&amp;Copy path</source>
        <translation>&amp;Kopiér sti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="208"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="219"/>
        <source>The folder could not be opened either. The file&apos;s path is copied: paste it into the file explorer&apos;s address bar.</source>
        <translation>Mappen kunne heller ikke åbnes. Filens sti er kopieret: indsæt den i adresselinjen i Stifinder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="518"/>
        <source>Writing the minutes…</source>
        <translation>Skriver referatet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="520"/>
        <source>Writing the handout…</source>
        <translation>Skriver uddelingsarket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="521"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="566"/>
        <source>The handout could not be written. The log file has the details.</source>
        <translation>Uddelingsarket kunne ikke skrives. Du finder detaljerne i logfilen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="185"/>
        <location filename="../../desktop/ui/export_dialog.py" line="527"/>
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="561"/>
        <source>The minutes could not be written. The log file has the details.</source>
        <translation>Referatet kunne ikke skrives. Du finder detaljerne i logfilen.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>en</source>
        <translation>da</translation>
    </message>
</context>
<context>
    <name>voting_round</name>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="89"/>
        <source>(empty note)</source>
        <translation>(tom note)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="97"/>
        <source>%1. (tied)</source>
        <translation>delt %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="98"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="116"/>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="170"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="117"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="118"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="119"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="168"/>
        <source>Place</source>
        <translation>Plads</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="169"/>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/canvas_tab/voting_models.py" line="212"/>
        <source>Before the round: %1</source>
        <translation>Før runden: %1</translation>
    </message>
</context>
</TS>
