<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BadgesPage</name>
    <message numerus="yes">
        <location filename="../../ui/badges_page.py" line="146"/>
        <location filename="../../ui/badges_page.py" line="246"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges_page.py" line="147"/>
        <location filename="../../ui/badges_page.py" line="247"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges_page.py" line="354"/>
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
        <location filename="../../ui/desk/panel.py" line="155"/>
        <source>%n badge(s) waiting</source>
        <translation>
            <numerusform>%n badge waiting</numerusform>
            <numerusform>%n badges waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/panel.py" line="199"/>
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
        <location filename="../../ui/door_link.py" line="186"/>
        <source>Sending this door&apos;s journal to %1 (%n scan(s)); until then the door decides on its own copy.</source>
        <translation>
            <numerusform>Sending this door&apos;s journal to %1 (%n scan); until then the door decides on its own copy.</numerusform>
            <numerusform>Sending this door&apos;s journal to %1 (%n scans); until then the door decides on its own copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="195"/>
        <source>The server lost %n scan(s) of this door (restored from a backup?); they are sent again.</source>
        <translation>
            <numerusform>The server lost %n scan of this door (restored from a backup?); they are sent again.</numerusform>
            <numerusform>The server lost %n scans of this door (restored from a backup?); they are sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="210"/>
        <source>Back online: %n scan(s) sent to the server.</source>
        <translation>
            <numerusform>Back online: %n scan sent to the server.</numerusform>
            <numerusform>Back online: %n scans sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="213"/>
        <source>%n badge(s) used at two doors while apart: flagged in the log.</source>
        <translation>
            <numerusform>%n badge used at two doors while apart: flagged in the log.</numerusform>
            <numerusform>%n badges used at two doors while apart: flagged in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="216"/>
        <source>The room went %n over its cap.</source>
        <translation>
            <numerusform>The room went %n over its cap.</numerusform>
            <numerusform>The room went %n over its cap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="220"/>
        <source>The server could not take %n scan(s); they are counted as the door said: %1</source>
        <translation>
            <numerusform>The server could not take %n scan; it is counted as the door said: %1</numerusform>
            <numerusform>The server could not take %n scans; they are counted as the door said: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="178"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="253"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="254"/>
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
        <location filename="../../ui/guests/page.py" line="220"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="226"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="228"/>
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
        <location filename="../../ui/import_dialog.py" line="396"/>
        <source>%n guest(s) of this event not in this list (they were kept; mark them cancelled on the Guests screen if they will not come)</source>
        <translation>
            <numerusform>%n guest of this event not in this list (they were kept; mark them cancelled on the Guests screen if they will not come)</numerusform>
            <numerusform>%n guests of this event not in this list (they were kept; mark them cancelled on the Guests screen if they will not come)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message numerus="yes">
        <location filename="../../ui/mail/sending.py" line="125"/>
        <source>%n ticket(s) sent.</source>
        <translation>
            <numerusform>%n ticket sent.</numerusform>
            <numerusform>%n tickets sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail/sending.py" line="132"/>
        <source>%n guest(s) without a valid address.</source>
        <translation>
            <numerusform>%n guest without a valid address.</numerusform>
            <numerusform>%n guests without a valid address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail/sending.py" line="140"/>
        <source>Stopped: %n ticket(s) not sent yet.</source>
        <translation>
            <numerusform>Stopped: %n ticket not sent yet.</numerusform>
            <numerusform>Stopped: %n tickets not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="128"/>
        <location filename="../../ui/settings_page.py" line="266"/>
        <source>day(s) after the event</source>
        <translation>
            <numerusform>day after the event</numerusform>
            <numerusform>days after the event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="254"/>
        <source>Names and contact details are kept until %1 (%n day(s) after the event), for contact tracing.</source>
        <translation>
            <numerusform>Names and contact details are kept until %1 (%n day after the event), for contact tracing.</numerusform>
            <numerusform>Names and contact details are kept until %1 (%n days after the event), for contact tracing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="422"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="423"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
</context>
</TS>
