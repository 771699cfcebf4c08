<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CanvasTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="606"/>
        <source>Delete the canvas “%1” and its %n notes? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete the canvas “%1” and its %n note? You can undo it with Ctrl+Z.</numerusform>
            <numerusform>Delete the canvas “%1” and its %n notes? You can undo it with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/tab.py" line="635"/>
        <source>A voting round on this canvas was not finished: %n votes were typed. Continue where it stopped? (No: start again with the notes&apos; votes.)</source>
        <translation>
            <numerusform>A voting round on this canvas was not finished: %n vote was typed. Continue where it stopped? (No: start again with the notes&apos; votes.)</numerusform>
            <numerusform>A voting round on this canvas was not finished: %n votes were typed. Continue where it stopped? (No: start again with the notes&apos; votes.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="311"/>
        <source>%n options remain</source>
        <translation>
            <numerusform>%n option remains</numerusform>
            <numerusform>%n options remain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="357"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/contract_page.py" line="379"/>
        <source>%n steps should already have started (shown in red).</source>
        <translation>
            <numerusform>%n step should already have started (shown in red).</numerusform>
            <numerusform>%n steps should already have started (shown in red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CpvDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="141"/>
        <source>%n codes in Annex XIV (light regime) – type to search all CPV codes</source>
        <translation>
            <numerusform>%n code in Annex XIV (light regime) – type to search all CPV codes</numerusform>
            <numerusform>%n codes in Annex XIV (light regime) – type to search all CPV codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="146"/>
        <source>Showing %1 of %n codes – type more to narrow the search</source>
        <translation>
            <numerusform>Showing %1 of %n code – type more to narrow the search</numerusform>
            <numerusform>Showing %1 of %n codes – type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="151"/>
        <source>%n codes</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="66"/>
        <source>%n yrs</source>
        <translation>
            <numerusform>%n yr</numerusform>
            <numerusform>%n yrs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="70"/>
        <source>%n needs</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="204"/>
        <source>%n pieces of information not given to all suppliers</source>
        <translation>
            <numerusform>%n piece of information not given to all suppliers</numerusform>
            <numerusform>%n pieces of information not given to all suppliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="275"/>
        <source>%n without cost estimate</source>
        <translation>
            <numerusform>%n without cost estimate</numerusform>
            <numerusform>%n without cost estimates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="277"/>
        <source>%n without contract length</source>
        <translation>
            <numerusform>%n without contract length</numerusform>
            <numerusform>%n without contract length</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="279"/>
        <source>%n without business case</source>
        <translation>
            <numerusform>%n without business case</numerusform>
            <numerusform>%n without business case</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="213"/>
        <source>%n terms found.</source>
        <translation>
            <numerusform>%n term found.</numerusform>
            <numerusform>%n terms found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="433"/>
        <source>%n terms added.</source>
        <translation>
            <numerusform>%n term added.</numerusform>
            <numerusform>%n terms added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="435"/>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="498"/>
        <source>%n already in the workshop, skipped.</source>
        <translation>
            <numerusform>%n already in the workshop, skipped.</numerusform>
            <numerusform>%n already in the workshop, skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="454"/>
        <source>%n terms exported to %1.</source>
        <translation>
            <numerusform>%n term exported to %1.</numerusform>
            <numerusform>%n terms exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="483"/>
        <source>%n rows cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="495"/>
        <source>%n terms imported.</source>
        <translation>
            <numerusform>%n term imported.</numerusform>
            <numerusform>%n terms imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="314"/>
        <source>Propose %n agreed terms to the organisation library? A steward approves them before others can fetch them.</source>
        <translation>
            <numerusform>Propose %n agreed term to the organisation library? A steward approves it before others can fetch it.</numerusform>
            <numerusform>Propose %n agreed terms to the organisation library? A steward approves them before others can fetch them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="348"/>
        <source>%n terms added.</source>
        <translation>
            <numerusform>%n term added.</numerusform>
            <numerusform>%n terms added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/library_actions.py" line="350"/>
        <source>%n already in the workshop, skipped.</source>
        <translation>
            <numerusform>%n already in the workshop, skipped.</numerusform>
            <numerusform>%n already in the workshop, skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryStatus</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_status.py" line="79"/>
        <source>Library: no connection, %n waiting to be sent</source>
        <translation>
            <numerusform>Library: no connection, %n waiting to be sent</numerusform>
            <numerusform>Library: no connection, %n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_status.py" line="82"/>
        <source>Library: %n waiting to be sent</source>
        <translation>
            <numerusform>Library: %n waiting to be sent</numerusform>
            <numerusform>Library: %n waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySync</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_sync.py" line="193"/>
        <source>Library: %n proposals sent.</source>
        <translation>
            <numerusform>Library: %n proposal sent.</numerusform>
            <numerusform>Library: %n proposals sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_sync.py" line="195"/>
        <source>%n terms in the copy on this computer.</source>
        <translation>
            <numerusform>%n term in the copy on this computer.</numerusform>
            <numerusform>%n terms in the copy on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeSharing</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/outcome_publish.py" line="39"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/outcome_publish.py" line="40"/>
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishTemplateDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/template_publish.py" line="94"/>
        <source>The make-or-buy &amp;criteria with their weights (%n)</source>
        <translation>
            <numerusform>The make-or-buy &amp;criteria with their weights (%n)</numerusform>
            <numerusform>The make-or-buy &amp;criteria with their weights (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_tab/readiness_panel.py" line="133"/>
        <source>and %1 more</source>
        <translation>
            <numerusform>and %1 more</numerusform>
            <numerusform>and %1 more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="176"/>
        <source>%n notes from the room have not been taken onto the canvas. Close the room anyway? They are not kept.</source>
        <translation>
            <numerusform>%n note from the room has not been taken onto the canvas. Close the room anyway? It is not kept.</numerusform>
            <numerusform>%n notes from the room have not been taken onto the canvas. Close the room anyway? They are not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="184"/>
        <source>%n notes from the room have not been taken onto the canvas. Close the list anyway? They are not kept.</source>
        <translation>
            <numerusform>%n note from the room has not been taken onto the canvas. Close the list anyway? It is not kept.</numerusform>
            <numerusform>%n notes from the room have not been taken onto the canvas. Close the list anyway? They are not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="308"/>
        <source>The vote is closed: %n dots added to the notes.</source>
        <translation>
            <numerusform>The vote is closed: %n dot added to the notes.</numerusform>
            <numerusform>The vote is closed: %n dots added to the notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="378"/>
        <source>%n notes from the phones had not been taken onto the canvas; they wait here.</source>
        <translation>
            <numerusform>%n note from the phones had not been taken onto the canvas; it waits here.</numerusform>
            <numerusform>%n notes from the phones had not been taken onto the canvas; they wait here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_control.py" line="411"/>
        <source>A vote was open: its %n dots have been added to the notes.</source>
        <translation>
            <numerusform>A vote was open: its %n dot has been added to the notes.</numerusform>
            <numerusform>A vote was open: its %n dots have been added to the notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_panel.py" line="269"/>
        <source>%n phones have joined</source>
        <translation>
            <numerusform>%n phone has joined</numerusform>
            <numerusform>%n phones have joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_panel.py" line="309"/>
        <source>Notes from the roo&amp;m (%n waiting)</source>
        <translation>
            <numerusform>Notes from the roo&amp;m (%n waiting)</numerusform>
            <numerusform>Notes from the roo&amp;m (%n waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_panel.py" line="310"/>
        <source>%n notes waiting</source>
        <translation>
            <numerusform>%n note waiting</numerusform>
            <numerusform>%n notes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomVoteBox</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="110"/>
        <source>%n dots per phone</source>
        <translation>
            <numerusform>%n dot per phone</numerusform>
            <numerusform>%n dots per phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="112"/>
        <source>at most %n on one note</source>
        <translation>
            <numerusform>at most %n on one note</numerusform>
            <numerusform>at most %n on one note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="113"/>
        <source>%n notes on the ballot</source>
        <translation>
            <numerusform>%n note on the ballot</numerusform>
            <numerusform>%n notes on the ballot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/room_vote.py" line="122"/>
        <source>%n phones have voted</source>
        <translation>
            <numerusform>%n phone has voted</numerusform>
            <numerusform>%n phones have voted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StewardWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/steward_window.py" line="509"/>
        <source>%n proposals wait for a decision.</source>
        <translation>
            <numerusform>%n proposal waits for a decision.</numerusform>
            <numerusform>%n proposals wait for a decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingRoundDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="359"/>
        <source>%1 of %n notes have votes</source>
        <translation>
            <numerusform>%1 of %n note has votes</numerusform>
            <numerusform>%1 of %n notes have votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="363"/>
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/canvas_tab/voting_round.py" line="427"/>
        <source>Discard the %n votes typed in this round? The notes keep their votes.</source>
        <translation>
            <numerusform>Discard the vote typed in this round? The note keeps its votes.</numerusform>
            <numerusform>Discard the %n votes typed in this round? The notes keep their votes.</numerusform>
        </translation>
    </message>
</context>
</TS>
