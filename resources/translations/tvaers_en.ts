<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CpvDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="139"/>
        <source>%n codes in Annex XIV (light regime) – type to search all CPV codes</source>
        <translation>
            <numerusform>%n code in Annex XIV (light regime) – type to search all CPV codes</numerusform>
            <numerusform>%n codes in Annex XIV (light regime) – type to search all CPV codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="144"/>
        <source>Showing %1 of %n codes – type more to narrow the search</source>
        <translation>
            <numerusform>Showing %1 of %n code – type more to narrow the search</numerusform>
            <numerusform>Showing %1 of %n codes – type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/cpv_dialog.py" line="148"/>
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
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="63"/>
        <source>%n yrs</source>
        <translation>
            <numerusform>%n yr</numerusform>
            <numerusform>%n yrs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="67"/>
        <source>%n needs</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="195"/>
        <source>%n without cost</source>
        <translation>
            <numerusform>%n without cost</numerusform>
            <numerusform>%n without cost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/delivery_tab/tab.py" line="197"/>
        <source>%n without contract years</source>
        <translation>
            <numerusform>%n without contract years</numerusform>
            <numerusform>%n without contract years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="401"/>
        <source>%n terms added.</source>
        <translation>
            <numerusform>%n term added.</numerusform>
            <numerusform>%n terms added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="403"/>
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="466"/>
        <source>%n already in the workshop, skipped.</source>
        <translation>
            <numerusform>%n was already in the workshop and was skipped.</numerusform>
            <numerusform>%n were already in the workshop and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="422"/>
        <source>%n terms exported to %1.</source>
        <translation>
            <numerusform>%n term exported to %1.</numerusform>
            <numerusform>%n terms exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="451"/>
        <source>%n rows cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/glossary_tab/tab.py" line="463"/>
        <source>%n terms imported.</source>
        <translation>
            <numerusform>%n term imported.</numerusform>
            <numerusform>%n terms imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
