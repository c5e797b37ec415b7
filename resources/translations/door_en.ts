<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LinkStrip</name>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="84"/>
        <source>this door&apos;s share: %n place(s)</source>
        <translation>
            <numerusform>this door&apos;s share: %n place</numerusform>
            <numerusform>this door&apos;s share: %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="86"/>
        <source>%n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>%n scan waiting to be sent</numerusform>
            <numerusform>%n scans waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerLight</name>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="45"/>
        <source>%n badge(s) waiting in line</source>
        <translation>
            <numerusform>%n badge waiting in line</numerusform>
            <numerusform>%n badges waiting in line</numerusform>
        </translation>
    </message>
</context>
</TS>
