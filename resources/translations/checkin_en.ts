<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BadgesPage</name>
    <message numerus="yes">
        <location filename="../../ui/badges_page.py" line="141"/>
        <location filename="../../ui/badges_page.py" line="224"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges_page.py" line="141"/>
        <location filename="../../ui/badges_page.py" line="225"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges_page.py" line="318"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message numerus="yes">
        <location filename="../../ui/desk/panel.py" line="136"/>
        <source>%n badge(s) waiting</source>
        <translation>
            <numerusform>%n badge waiting</numerusform>
            <numerusform>%n badges waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/panel.py" line="174"/>
        <source>%n badge(s) from before were not printed: print them again or clear them.</source>
        <translation>
            <numerusform>%n badge from before was not printed: print it again or clear it.</numerusform>
            <numerusform>%n badges from before were not printed: print them again or clear them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoorNotices</name>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="167"/>
        <source>Sending this door&apos;s journal to %1 (%n scan(s)); until then the door decides on its own copy.</source>
        <translation>
            <numerusform>Sending this door&apos;s journal to %1 (%n scan); until then the door decides on its own copy.</numerusform>
            <numerusform>Sending this door&apos;s journal to %1 (%n scans); until then the door decides on its own copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="171"/>
        <source>The server lost %n scan(s) of this door (restored from a backup?); they are sent again.</source>
        <translation>
            <numerusform>The server lost %n scan of this door (restored from a backup?); they are sent again.</numerusform>
            <numerusform>The server lost %n scans of this door (restored from a backup?); they are sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="176"/>
        <source>Back online: %n scan(s) sent to the server.</source>
        <translation>
            <numerusform>Back online: %n scan sent to the server.</numerusform>
            <numerusform>Back online: %n scans sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="178"/>
        <source>%n badge(s) used at two doors while apart: flagged in the log.</source>
        <translation>
            <numerusform>%n badge used at two doors while apart: flagged in the log.</numerusform>
            <numerusform>%n badges used at two doors while apart: flagged in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="181"/>
        <source>The room went %n over its cap.</source>
        <translation>
            <numerusform>The room went %n over its cap.</numerusform>
            <numerusform>The room went %n over its cap.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="165"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="178"/>
        <location filename="../../ui/export_page.py" line="210"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="211"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="194"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="198"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="200"/>
        <source>%n without a name</source>
        <translation>
            <numerusform>%n without a name</numerusform>
            <numerusform>%n without a name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="367"/>
        <source>%n guest(s) of this event not in this list (they were kept; mark them cancelled on the Guests screen if they will not come)</source>
        <translation>
            <numerusform>%n guest of this event not in this list (they were kept; mark them cancelled on the Guests screen if they will not come)</numerusform>
            <numerusform>%n guests of this event not in this list (they were kept; mark them cancelled on the Guests screen if they will not come)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="376"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="116"/>
        <location filename="../../ui/settings_page.py" line="239"/>
        <source>day(s) after the event</source>
        <translation>
            <numerusform>day after the event</numerusform>
            <numerusform>days after the event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="232"/>
        <source>Names and contact details are kept until %1 (%n day(s) after the event), for contact tracing.</source>
        <translation>
            <numerusform>Names and contact details are kept until %1 (%n day after the event), for contact tracing.</numerusform>
            <numerusform>Names and contact details are kept until %1 (%n days after the event), for contact tracing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="375"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="376"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
</context>
</TS>
