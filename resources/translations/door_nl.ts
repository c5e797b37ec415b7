<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/door/steps.py" line="111"/>
        <source>Undo the last scan</source>
        <translation>De laatste scan terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="112"/>
        <source>This door&apos;s last entry, exit or count is taken back. Why?</source>
        <translation>De laatste binnenkomst, uitgang of telling van deze deur wordt teruggedraaid. Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="113"/>
        <source>Undo</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="113"/>
        <source>the undo</source>
        <translation>het terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="116"/>
        <source>Undoing a scan after the undo window needs the supervisor PIN.</source>
        <translation>Een scan terugdraaien na de terugdraaitijd vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="128"/>
        <source>Override</source>
        <translation>Toch binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="129"/>
        <source>Let %1 in anyway (never past the capacity). It is logged as an override. Why?</source>
        <translation>%1 toch binnenlaten (nooit boven de capaciteit). Dit wordt vastgelegd als uitzondering. Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="130"/>
        <source>Let in</source>
        <translation>Binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="130"/>
        <source>the override</source>
        <translation>het toch binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="133"/>
        <source>An override needs the supervisor PIN.</source>
        <translation>Toch binnenlaten vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="142"/>
        <source>Changing the capacity to %1 needs the supervisor PIN.</source>
        <translation>Voor het wijzigen van de capaciteit naar %1 is de pincode van de leidinggevende nodig.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/webcam.py" line="168"/>
        <source>Camera scanning is not available on this computer.</source>
        <translation>Scannen met de camera is op deze computer niet mogelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="172"/>
        <source>No camera found. Connect one, or use the badge scanner.</source>
        <translation>Geen camera gevonden. Sluit er een aan, of gebruik de badgescanner.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="180"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>Wachten op toestemming om de camera te gebruiken…</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="183"/>
        <location filename="../../ui/webcam.py" line="228"/>
        <source>The app may not use the camera. Allow it in the system&apos;s privacy settings.</source>
        <translation>De app mag de camera niet gebruiken. Sta dat toe in de privacy-instellingen van het systeem.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="237"/>
        <source>The camera stopped: %1</source>
        <translation>De camera is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="88"/>
        <source>Change the capacity</source>
        <translation>De capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="89"/>
        <source>The most people inside at once. The change is logged with this door&apos;s name.</source>
        <translation>Het grootste aantal mensen tegelijk binnen. De wijziging wordt vastgelegd met de naam van deze deur.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="91"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="91"/>
        <source>the capacity change</source>
        <translation>het wijzigen van de capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="99"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="100"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="105"/>
        <source>Type the new capacity as a whole number.</source>
        <translation>Typ de nieuwe capaciteit als heel getal.</translation>
    </message>
</context>
<context>
    <name>CompanionsPanel</name>
    <message>
        <location filename="../../ui/door/prompts.py" line="119"/>
        <source>↑ ↓ choose  ·  Enter (scan field empty): let in  ·  Esc: cancel</source>
        <translation>↑ ↓ kiezen  ·  Enter (scanveld leeg): binnenlaten  ·  Esc: annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/door/prompts.py" line="121"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/door/prompts.py" line="143"/>
        <source>How many came with %1?</source>
        <translation>Hoeveel mensen zijn er met %1 meegekomen?</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/door/status.py" line="123"/>
        <source>NOT CONNECTED to the event store: nothing is being recorded. Keep scanning; it is tried again with every scan.</source>
        <translation>GEEN VERBINDING met de evenementgegevens: er wordt niets vastgelegd. Blijf scannen; bij elke scan wordt het opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>DoorNameDialog</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="113"/>
        <source>Name this door</source>
        <translation>Deze deur een naam geven</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="114"/>
        <source>Every scan is logged with it; the other doors show it.</source>
        <translation>Elke scan wordt ermee vastgelegd; de andere deuren tonen hem.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="115"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="115"/>
        <source>naming the door</source>
        <translation>het benoemen van de deur</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="116"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="120"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="121"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="126"/>
        <source>Give the door a name, such as Main entrance.</source>
        <translation>Geef de deur een naam, zoals Hoofdingang.</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../ui/door/search.py" line="65"/>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/search.py" line="67"/>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/search.py" line="69"/>
        <source>inside</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/search.py" line="71"/>
        <source>left</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="108"/>
        <source>⇦ EXIT MODE: scans check guests out</source>
        <translation>⇦ UITGANG: scannen meldt gasten af</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="117"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="118"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="122"/>
        <source>Override… (supervisor)</source>
        <translation>Toch binnenlaten… (leidinggevende)</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="123"/>
        <source>Let this guest in anyway, with a reason</source>
        <translation>Deze gast toch binnenlaten, met een reden</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="267"/>
        <source>finish %1 first</source>
        <translation>rond eerst %1 af</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="422"/>
        <source>Answer the door question for the waiting guest first.</source>
        <translation>Beantwoord eerst de deurvraag voor de wachtende gast.</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="133"/>
        <location filename="../../ui/door/screen.py" line="377"/>
        <source>Scan a badge (or type its code and Enter)</source>
        <translation>Scan een badge (of typ de code en Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="376"/>
        <source>Scan a badge to let the guest out</source>
        <translation>Scan een badge om de gast uit te laten</translation>
    </message>
</context>
<context>
    <name>DoorTools</name>
    <message>
        <location filename="../../ui/door/tools.py" line="38"/>
        <location filename="../../ui/door/tools.py" line="89"/>
        <source>Door: %1</source>
        <translation>Deur: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="39"/>
        <source>This laptop&apos;s door name: change it</source>
        <translation>De deurnaam van deze laptop: wijzig hem</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="40"/>
        <source>Who is inside (F6)</source>
        <translation>Wie is er binnen (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="41"/>
        <source>Everyone inside now, to save or print</source>
        <translation>Iedereen die nu binnen is, om op te slaan of af te drukken</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="42"/>
        <source>Exit mode (F4)</source>
        <translation>Uitgang (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="43"/>
        <source>Scan guests out instead of in</source>
        <translation>Gasten uitscannen in plaats van inscannen</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="45"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="48"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="51"/>
        <source>Full screen (F11)</source>
        <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="52"/>
        <source>Scanner…</source>
        <translation>Scanner…</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="53"/>
        <source>A prefix key, and how long exit mode stays on</source>
        <translation>Een voorvoegseltoets, en hoe lang de uitgangsmodus aan blijft</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="54"/>
        <source>Find by name (F2)</source>
        <translation>Zoek op naam (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="55"/>
        <source>Walk-in (F3)</source>
        <translation>Zonder aanmelding (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="56"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Laatste ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="58"/>
        <source>One person without a badge left</source>
        <translation>Eén persoon zonder badge is vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="60"/>
        <source>One person without a badge came in</source>
        <translation>Eén persoon zonder badge is binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="61"/>
        <source>Capacity…</source>
        <translation>Capaciteit…</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="62"/>
        <source>Change the capacity (the old and new value are shown)</source>
        <translation>De capaciteit wijzigen (de oude en nieuwe waarde worden getoond)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="89"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="92"/>
        <source>Capacity %1…</source>
        <translation>Capaciteit %1…</translation>
    </message>
</context>
<context>
    <name>Headcount</name>
    <message>
        <location filename="../../ui/door/headcount.py" line="71"/>
        <source>The latest scans at the other doors</source>
        <translation>De laatste scans bij de andere deuren</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="84"/>
        <source>%1 / %2 inside</source>
        <translation>%1 / %2 binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="89"/>
        <source>Room full</source>
        <translation>Zaal vol</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="90"/>
        <source>room for %1 more</source>
        <translation>nog plaats voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="97"/>
        <source>%1 turned away since the room filled</source>
        <translation>%1 weggestuurd sinds de zaal vol is</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="109"/>
        <source>counter</source>
        <translation>teller</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="114"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="116"/>
        <source>Other doors</source>
        <translation>Andere deuren</translation>
    </message>
</context>
<context>
    <name>HeadcountChart</name>
    <message>
        <location filename="../../ui/door/chart.py" line="34"/>
        <source>People inside over the last hours</source>
        <translation>Aantal mensen binnen in de afgelopen uren</translation>
    </message>
    <message>
        <location filename="../../ui/door/chart.py" line="73"/>
        <source>No one in yet</source>
        <translation>Nog niemand binnen</translation>
    </message>
</context>
<context>
    <name>InsideModel</name>
    <message>
        <location filename="../../ui/door/inside.py" line="93"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="93"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="93"/>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="94"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <location filename="../../ui/door/inside.py" line="110"/>
        <source>Who is inside</source>
        <translation>Wie is er binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="126"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="127"/>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="128"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="129"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="173"/>
        <source>%1 people inside: %2 guests (%3 with companions), %4 counted in without a name.</source>
        <translation>%1 mensen binnen: %2 gasten (%3 met introducés), %4 zonder naam binnengeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="176"/>
        <source>%1 people inside: %2 guests, %4 counted in without a name.</source>
        <translation>%1 mensen binnen: %2 gasten, %4 zonder naam binnengeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="183"/>
        <source>Save who is inside</source>
        <translation>Opslaan wie er binnen is</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="184"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="184"/>
        <source>Inside now.pdf</source>
        <translation>Nu binnen.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="199"/>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="218"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="228"/>
        <source>Who is inside: %1</source>
        <translation>Wie is er binnen: %1</translation>
    </message>
</context>
<context>
    <name>LinkStrip</name>
    <message>
        <location filename="../../ui/door/status.py" line="74"/>
        <source>● connected</source>
        <translation>● verbonden</translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="74"/>
        <source>○ OFFLINE</source>
        <translation>○ GEEN VERBINDING</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="76"/>
        <source>this door&apos;s share: %n place(s)</source>
        <translation>
            <numerusform>aandeel van deze deur: %n plaats</numerusform>
            <numerusform>aandeel van deze deur: %n plaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="78"/>
        <source>%n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>%n scan wacht op verzenden</numerusform>
            <numerusform>%n scans wachten op verzenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="80"/>
        <source>server last heard %1</source>
        <translation>server voor het laatst gehoord %1</translation>
    </message>
</context>
<context>
    <name>PinAsk</name>
    <message>
        <location filename="../../ui/window_lock.py" line="44"/>
        <source>Supervisor PIN</source>
        <translation>Pincode leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="45"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/window_lock.py" line="52"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Pincode (4 tot 12 cijfers)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="80"/>
        <source>Supervisor PIN</source>
        <translation>Pincode leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="82"/>
        <source>This needs the supervisor PIN.</source>
        <translation>Hiervoor is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="88"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Pincode (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="95"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="126"/>
        <source>Type the supervisor PIN, or press Cancel.</source>
        <translation>Typ de pincode van de leidinggevende, of druk op Annuleren.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="176"/>
        <source>Supervisor PIN</source>
        <translation>Pincode leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="177"/>
        <source>This needs the supervisor PIN.</source>
        <translation>Hiervoor is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="178"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="178"/>
        <source>the supervisor PIN</source>
        <translation>de pincode van de leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="183"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Pincode (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="192"/>
        <source>Too many wrong PINs: wait %1 s, then try again. Nothing was changed.</source>
        <translation>Te vaak een verkeerde pincode: wacht %1 s en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="195"/>
        <source>Wrong PIN: nothing was changed. Try again or press Cancel.</source>
        <translation>Verkeerde pincode: er is niets gewijzigd. Probeer het opnieuw of kies Annuleren.</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../../ui/door/prompts.py" line="72"/>
        <source>✓ Yes, let in</source>
        <translation>✓ Ja, binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/prompts.py" line="73"/>
        <source>✗ No</source>
        <translation>✗ Nee</translation>
    </message>
    <message>
        <location filename="../../ui/door/prompts.py" line="77"/>
        <source>Enter (scan field empty): yes  ·  Esc: no  ·  the next badges wait in line</source>
        <translation>Enter (scanveld leeg): ja  ·  Esc: nee  ·  de volgende badges wachten op hun beurt</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="138"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>RoomBanner</name>
    <message>
        <location filename="../../ui/door/headcount.py" line="42"/>
        <source>➜ ROOM FOR %1: let the next one in</source>
        <translation>➜ PLAATS VOOR %1: laat de volgende binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="43"/>
        <source>%1 turned away while full</source>
        <translation>%1 weggestuurd toen het vol was</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="148"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="149"/>
        <source>A scan is recognised by its speed: a whole code and Enter in a few milliseconds. If this laptop&apos;s timing is unreliable (a remote desktop, a virtual machine), set the scanner to send a prefix key before each code and press that key here.</source>
        <translation>Een scan wordt herkend aan zijn snelheid: een hele code en Enter binnen enkele milliseconden. Is de timing van deze laptop onbetrouwbaar (een extern bureaublad, een virtuele machine), stel de scanner dan in om voor elke code een voorvoegseltoets te sturen en druk die toets hier in.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="152"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="152"/>
        <source>the scanner settings</source>
        <translation>de scannerinstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="155"/>
        <source>No prefix</source>
        <translation>Geen voorvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="160"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="161"/>
        <source>Prefix key</source>
        <translation>Voorvoegseltoets</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="163"/>
        <source>Exit mode ends after</source>
        <translation>Uitgangsmodus stopt na</translation>
    </message>
</context>
<context>
    <name>ScannerLight</name>
    <message>
        <location filename="../../ui/door/status.py" line="33"/>
        <source>finish %1 first</source>
        <translation>rond eerst %1 af</translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="35"/>
        <source>another program has the keyboard; click this window</source>
        <translation>een ander programma heeft het toetsenbord; klik in dit venster</translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="37"/>
        <source>the door is closed</source>
        <translation>de deur is gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="43"/>
        <source>Scanner ready</source>
        <translation>Scanner klaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="45"/>
        <source>%n badge(s) waiting in line</source>
        <translation>
            <numerusform>%n badge wacht op zijn beurt</numerusform>
            <numerusform>%n badges wachten op hun beurt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="52"/>
        <source>Scanner paused: %1</source>
        <translation>Scanner gepauzeerd: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/door/search.py" line="110"/>
        <source>Name, organisation or email; Enter lets the selected guest in, Esc goes back</source>
        <translation>Naam, organisatie of e-mail; Enter laat de gekozen gast binnen, Esc gaat terug</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../ui/door/words.py" line="58"/>
        <source>Table %1</source>
        <translation>Tafel %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="73"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="79"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="80"/>
        <source>out</source>
        <translation>uit</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="81"/>
        <source>already inside</source>
        <translation>al binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="82"/>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="83"/>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="84"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="85"/>
        <source>other event</source>
        <translation>ander evenement</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="86"/>
        <source>not inside</source>
        <translation>niet binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="87"/>
        <source>undone</source>
        <translation>ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="88"/>
        <source>nothing to undo</source>
        <translation>niets ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="89"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="90"/>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="91"/>
        <source>old badge</source>
        <translation>oude badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="92"/>
        <source>capacity</source>
        <translation>capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="116"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="118"/>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="120"/>
        <source>One person in</source>
        <translation>Eén persoon binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="122"/>
        <source>Goodbye</source>
        <translation>Tot ziens</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="124"/>
        <source>One person out</source>
        <translation>Eén persoon naar buiten</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="126"/>
        <source>Already inside</source>
        <translation>Al binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="129"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="132"/>
        <source>Room full (%1 / %2)</source>
        <translation>Zaal vol (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="135"/>
        <source>Not enough room (%1 / %2)</source>
        <translation>Te weinig plaats (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="137"/>
        <source>Room for %1, this group is %2</source>
        <translation>Plaats voor %1, deze groep is %2</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="140"/>
        <source>Wait until someone leaves</source>
        <translation>Wacht tot er iemand vertrekt</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="142"/>
        <source>Cancelled</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="143"/>
        <source>This guest is marked as not coming</source>
        <translation>Deze gast heeft zich afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="145"/>
        <source>Unknown badge</source>
        <translation>Onbekende badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="147"/>
        <source>Code %1 is not on the guest list</source>
        <translation>Code %1 staat niet op de gastenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="150"/>
        <source>Badge of another event</source>
        <translation>Badge van een ander evenement</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="152"/>
        <source>Not inside</source>
        <translation>Niet binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="154"/>
        <source>Nobody counted in with +1 to count out</source>
        <translation>Niemand met +1 binnengeteld om weer af te tellen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="156"/>
        <source>Nobody to let out: this guest was not checked in</source>
        <translation>Niemand uit te laten: deze gast was niet binnen gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="159"/>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="160"/>
        <source>Not paid, on the waiting list or expired: ask a supervisor</source>
        <translation>Niet betaald, op de wachtlijst of verlopen: vraag een leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="163"/>
        <source>Old badge</source>
        <translation>Oude badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="165"/>
        <source>This badge was replaced on %1; the guest has a newer one</source>
        <translation>Deze badge is op %1 vervangen; de gast heeft een nieuwere</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="169"/>
        <source>This badge was replaced by a newer one</source>
        <translation>Deze badge is vervangen door een nieuwere</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="171"/>
        <source>Not connected</source>
        <translation>Geen verbinding</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="172"/>
        <source>The event store did not answer: nothing was recorded. Scan again.</source>
        <translation>De opslag van het evenement antwoordde niet: er is niets vastgelegd. Scan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="175"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="176"/>
        <source>The last scan was taken back</source>
        <translation>De laatste scan is teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="178"/>
        <source>Ask the door question first</source>
        <translation>Stel eerst de deurvraag</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="180"/>
        <source>On the guest list</source>
        <translation>Op de gastenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="182"/>
        <source>Needs the supervisor PIN</source>
        <translation>Vraagt de pincode van de leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="183"/>
        <source>Nothing was changed</source>
        <translation>Er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="186"/>
        <source>Capacity is now %1</source>
        <translation>De capaciteit is nu %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="188"/>
        <source>Not decided</source>
        <translation>Niet beslist</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="192"/>
        <source>Nothing to undo</source>
        <translation>Niets ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="194"/>
        <source>Override: %1</source>
        <translation>Toch binnengelaten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="196"/>
        <source>Decided offline, sent when connected</source>
        <translation>Zonder verbinding beslist, verzonden zodra er verbinding is</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="203"/>
        <source>Ready: scan a badge to let someone out</source>
        <translation>Klaar: scan een badge om iemand uit te laten</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="205"/>
        <source>Ready for the next badge</source>
        <translation>Klaar voor de volgende badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="210"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="216"/>
        <source>Scan not taken: %1</source>
        <translation>Scan niet verwerkt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="217"/>
        <source>Scan the badge again when it is done</source>
        <translation>Scan de badge opnieuw als dat klaar is</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="222"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="227"/>
        <source>Not let in</source>
        <translation>Niet binnengelaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="228"/>
        <source>The answer to the door question was no; nothing was recorded.</source>
        <translation>Het antwoord op de deurvraag was nee; er is niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/door/walkin.py" line="26"/>
        <source>Walk-in</source>
        <translation>Gast zonder aanmelding</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="26"/>
        <source>Someone not on the guest list.</source>
        <translation>Iemand die niet op de gastenlijst staat.</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="27"/>
        <source>the walk-in</source>
        <translation>de inloper</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="31"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="32"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="33"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="37"/>
        <source>No, someone else: add as new</source>
        <translation>Nee, iemand anders: als nieuw toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="59"/>
        <source>Is this %1? They are on the guest list.</source>
        <translation>Is dit %1? Deze persoon staat op de gastenlijst.</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="60"/>
        <source>Yes, let %1 in</source>
        <translation>Ja, laat %1 binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="27"/>
        <source>Add and let in</source>
        <translation>Toevoegen en binnenlaten</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../../ui/webcam.py" line="308"/>
        <source>Which camera to scan with</source>
        <translation>Met welke camera scannen</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="309"/>
        <source>Mirror</source>
        <translation>Spiegelen</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="389"/>
        <source>Scanned. To scan this badge again, take it out of view for a second.</source>
        <translation>Gescand. Om deze badge opnieuw te scannen: haal hem even uit beeld.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="395"/>
        <source>Hold a badge in front of the camera</source>
        <translation>Houd een badge voor de camera</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="397"/>
        <source>Camera off</source>
        <translation>Camera uit</translation>
    </message>
</context>
<context>
    <name>self.screen</name>
    <message>
        <location filename="../../ui/door/kiosk.py" line="52"/>
        <source>Finding a guest by name in kiosk mode needs the supervisor PIN.</source>
        <translation>Een gast op naam zoeken in kioskmodus vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="60"/>
        <source>The list of who is inside needs the supervisor PIN in kiosk mode.</source>
        <translation>De lijst van wie er binnen is vraagt in kioskmodus de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="79"/>
        <source>Leaving kiosk mode needs the supervisor PIN.</source>
        <translation>Voor het verlaten van de kioskmodus is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="81"/>
        <source>Leave kiosk mode?</source>
        <translation>Kioskmodus verlaten?</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="82"/>
        <source>Leave full-screen kiosk mode? The door keeps working.</source>
        <translation>De kioskmodus op volledig scherm verlaten? De deur blijft werken.</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="157"/>
        <source>Renaming this door needs the supervisor PIN.</source>
        <translation>Deze deur hernoemen vraagt de pincode van de leidinggevende.</translation>
    </message>
</context>
</TS>
