<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/webcam.py" line="180"/>
        <source>Camera scanning is not available on this computer.</source>
        <translation>Scannen met de camera is op deze computer niet mogelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="184"/>
        <source>No camera found. Connect one, or use the badge scanner.</source>
        <translation>Geen camera gevonden. Sluit er een aan, of gebruik de badgescanner.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="193"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>Wachten op toestemming om de camera te gebruiken…</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="197"/>
        <location filename="../../ui/webcam.py" line="246"/>
        <source>The app may not use the camera. Allow it in the system&apos;s privacy settings.</source>
        <translation>De app mag de camera niet gebruiken. Sta dat toe in de privacy-instellingen van het systeem.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="257"/>
        <source>The camera stopped: %1</source>
        <translation>De camera is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="41"/>
        <source>Change the capacity</source>
        <translation>De capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="44"/>
        <source>The most people inside at once. The change is logged with this door&apos;s name.</source>
        <translation>Het grootste aantal mensen tegelijk binnen. De wijziging wordt vastgelegd met de naam van deze deur.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="46"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="47"/>
        <source>the capacity change</source>
        <translation>het wijzigen van de capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="58"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="59"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="64"/>
        <source>Type the new capacity as a whole number.</source>
        <translation>Typ de nieuwe capaciteit als heel getal.</translation>
    </message>
</context>
<context>
    <name>CompanionsPanel</name>
    <message>
        <location filename="../../ui/door/prompts.py" line="122"/>
        <source>↑ ↓ choose  ·  Enter (scan field empty): let in  ·  Esc: cancel</source>
        <translation>↑ ↓ kiezen  ·  Enter (scanveld leeg): binnenlaten  ·  Esc: annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/door/prompts.py" line="127"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/door/prompts.py" line="149"/>
        <source>How many came with %1?</source>
        <translation>Hoeveel mensen zijn er met %1 meegekomen?</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../ui/door/status.py" line="135"/>
        <source>NOT CONNECTED to the event store: nothing is being recorded. Keep scanning; it is tried again with every scan.</source>
        <translation>GEEN VERBINDING met de evenementgegevens: er wordt niets vastgelegd. Blijf scannen; bij elke scan wordt het opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>DoorNameDialog</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="73"/>
        <source>Name this door</source>
        <translation>Deze deur een naam geven</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="75"/>
        <source>Every scan is logged with it; the other doors show it.</source>
        <translation>Elke scan wordt ermee vastgelegd; de andere deuren tonen hem.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="76"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="77"/>
        <source>naming the door</source>
        <translation>het benoemen van de deur</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="80"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="84"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="85"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="90"/>
        <source>Give the door a name, such as Main entrance.</source>
        <translation>Geef de deur een naam, zoals Hoofdingang.</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../ui/door/search.py" line="69"/>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/search.py" line="71"/>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/search.py" line="73"/>
        <source>inside</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/search.py" line="75"/>
        <source>left</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/door/build.py" line="46"/>
        <source>⇦ EXIT MODE: scans check guests out</source>
        <translation>⇦ UITGANG: scannen meldt gasten af</translation>
    </message>
    <message>
        <location filename="../../ui/door/build.py" line="57"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/build.py" line="59"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/build.py" line="70"/>
        <source>Override… (supervisor)</source>
        <translation>Toch binnenlaten… (leidinggevende)</translation>
    </message>
    <message>
        <location filename="../../ui/door/build.py" line="73"/>
        <source>Let this guest in anyway, with a reason</source>
        <translation>Deze gast toch binnenlaten, met een reden</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="197"/>
        <source>finish %1 first</source>
        <translation>rond eerst %1 af</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="360"/>
        <source>Answer the door question for the waiting guest first.</source>
        <translation>Beantwoord eerst de deurvraag voor de wachtende gast.</translation>
    </message>
    <message>
        <location filename="../../ui/door/build.py" line="85"/>
        <location filename="../../ui/door/screen.py" line="311"/>
        <source>Scan a badge (or type its code and Enter)</source>
        <translation>Scan een badge (of typ de code en Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/screen.py" line="309"/>
        <source>Scan a badge to let the guest out</source>
        <translation>Scan een badge om de gast uit te laten</translation>
    </message>
</context>
<context>
    <name>DoorSteps</name>
    <message>
        <location filename="../../ui/door/steps.py" line="147"/>
        <source>An override needs the supervisor PIN.</source>
        <translation>Toch binnenlaten vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="151"/>
        <source>Override</source>
        <translation>Toch binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="154"/>
        <source>Let %1 in anyway (never past the capacity). It is logged as an override. Why?</source>
        <translation>%1 toch binnenlaten (nooit boven de capaciteit). Dit wordt vastgelegd als uitzondering. Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="158"/>
        <source>Let in</source>
        <translation>Binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="159"/>
        <source>the override</source>
        <translation>het toch binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="174"/>
        <source>Changing the capacity to %1 needs the supervisor PIN.</source>
        <translation>Voor het wijzigen van de capaciteit naar %1 is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/door/steps.py" line="189"/>
        <source>Renaming this door needs the supervisor PIN.</source>
        <translation>Deze deur hernoemen vraagt de pincode van de leidinggevende.</translation>
    </message>
</context>
<context>
    <name>DoorTools</name>
    <message>
        <location filename="../../ui/door/tools.py" line="39"/>
        <location filename="../../ui/door/tools.py" line="116"/>
        <source>Door: %1</source>
        <translation>Deur: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="39"/>
        <source>This laptop&apos;s door name: change it</source>
        <translation>De deurnaam van deze laptop: wijzig hem</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="42"/>
        <source>Who is inside (F6)</source>
        <translation>Wie is er binnen (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="44"/>
        <source>Everyone inside now, to save or print</source>
        <translation>Iedereen die nu binnen is, om op te slaan of af te drukken</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="47"/>
        <source>Exit mode (F4)</source>
        <translation>Uitgang (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="49"/>
        <source>Scan guests out instead of in</source>
        <translation>Gasten uitscannen in plaats van inscannen</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="53"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="57"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="60"/>
        <source>Full screen (F11)</source>
        <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="62"/>
        <source>Scanner…</source>
        <translation>Scanner…</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="64"/>
        <source>A prefix key, and how long exit mode stays on</source>
        <translation>Een voorvoegseltoets, en hoe lang de uitgangsmodus aan blijft</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="66"/>
        <source>Find by name (F2)</source>
        <translation>Zoek op naam (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="67"/>
        <source>Walk-in (F3)</source>
        <translation>Zonder aanmelding (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="69"/>
        <source>Undo… (Ctrl+Z)</source>
        <translation>Terugdraaien… (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="71"/>
        <source>Take back one of this door&apos;s recent scans, named first</source>
        <translation>Een van de recente scans van deze deur terugdraaien; eerst wordt gezegd welke</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="74"/>
        <source>One person without a badge left</source>
        <translation>Eén persoon zonder badge is vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="77"/>
        <source>One person without a badge came in</source>
        <translation>Eén persoon zonder badge is binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="80"/>
        <source>Capacity…</source>
        <translation>Capaciteit…</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="82"/>
        <source>Change the capacity (the old and new value are shown)</source>
        <translation>De capaciteit wijzigen (de oude en nieuwe waarde worden getoond)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="116"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/door/tools.py" line="119"/>
        <source>Capacity %1…</source>
        <translation>Capaciteit %1…</translation>
    </message>
</context>
<context>
    <name>Headcount</name>
    <message>
        <location filename="../../ui/door/headcount.py" line="72"/>
        <source>The latest scans at the other doors</source>
        <translation>De laatste scans bij de andere deuren</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="85"/>
        <source>%1 / %2 inside</source>
        <translation>%1 / %2 binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="92"/>
        <source>Room full</source>
        <translation>Zaal vol</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="92"/>
        <source>room for %1 more</source>
        <translation>nog plaats voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="100"/>
        <source>%1 turned away since the room filled</source>
        <translation>%1 weggestuurd sinds de zaal vol is</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="113"/>
        <source>counter</source>
        <translation>teller</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="122"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/door/headcount.py" line="129"/>
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
        <location filename="../../ui/door/inside.py" line="101"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="101"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="101"/>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="101"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <location filename="../../ui/door/inside.py" line="119"/>
        <source>Who is inside</source>
        <translation>Wie is er binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="135"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="136"/>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="137"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="138"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="179"/>
        <source>%1 people inside: %2 guests (%3 with companions), %4 counted in without a name.</source>
        <translation>%1 mensen binnen: %2 gasten (%3 met introducés), %4 zonder naam binnengeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="182"/>
        <source>%1 people inside: %2 guests, %4 counted in without a name.</source>
        <translation>%1 mensen binnen: %2 gasten, %4 zonder naam binnengeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="186"/>
        <source>Read from this door&apos;s own copy: the server does not answer, so who went in or out at other doors since may be missing.</source>
        <translation>Gelezen uit de eigen kopie van deze deur: de server antwoordt niet, dus wie sindsdien bij andere deuren in- of uitging, kan ontbreken.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="196"/>
        <source>Save who is inside</source>
        <translation>Opslaan wie er binnen is</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="198"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="221"/>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="240"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/door/inside.py" line="258"/>
        <source>Who is inside: %1</source>
        <translation>Wie is er binnen: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ui/door/kiosk.py" line="60"/>
        <source>Finding a guest by name in kiosk mode needs the supervisor PIN.</source>
        <translation>Een gast op naam zoeken in kioskmodus vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="69"/>
        <source>The list of who is inside needs the supervisor PIN in kiosk mode.</source>
        <translation>De lijst van wie er binnen is vraagt in kioskmodus de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="78"/>
        <source>A walk-in in kiosk mode needs the supervisor PIN.</source>
        <translation>Een walk-in in kioskmodus vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="87"/>
        <source>Counting a person in or out in kiosk mode needs the supervisor PIN.</source>
        <translation>Iemand in- of uittellen in kioskmodus vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="96"/>
        <source>The scanner settings in kiosk mode need the supervisor PIN.</source>
        <translation>De scannerinstellingen in kioskmodus vragen de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="119"/>
        <source>Leaving kiosk mode needs the supervisor PIN.</source>
        <translation>Voor het verlaten van de kioskmodus is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="129"/>
        <source>Leave kiosk mode?</source>
        <translation>Kioskmodus verlaten?</translation>
    </message>
    <message>
        <location filename="../../ui/door/kiosk.py" line="130"/>
        <source>Leave full-screen kiosk mode? The door keeps working.</source>
        <translation>De kioskmodus op volledig scherm verlaten? De deur blijft werken.</translation>
    </message>
</context>
<context>
    <name>LinkStrip</name>
    <message>
        <location filename="../../ui/door/status.py" line="82"/>
        <source>● connected</source>
        <translation>● verbonden</translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="82"/>
        <source>○ OFFLINE</source>
        <translation>○ GEEN VERBINDING</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="84"/>
        <source>this door&apos;s share: %n place(s)</source>
        <translation>
            <numerusform>aandeel van deze deur: %n plaats</numerusform>
            <numerusform>aandeel van deze deur: %n plaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door/status.py" line="86"/>
        <source>%n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>%n scan wacht op verzenden</numerusform>
            <numerusform>%n scans wachten op verzenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/door/status.py" line="89"/>
        <source>server last heard %1</source>
        <translation>server voor het laatst gehoord %1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="84"/>
        <source>Supervisor PIN</source>
        <translation>Pincode leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="87"/>
        <source>This needs the supervisor PIN.</source>
        <translation>Hiervoor is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="86"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="88"/>
        <source>the supervisor PIN</source>
        <translation>de pincode van de leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="94"/>
        <source>PIN (digits only)</source>
        <translation>Pincode (alleen cijfers)</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="104"/>
        <source>Type the supervisor PIN, or press Cancel.</source>
        <translation>Typ de pincode van de leidinggevende, of druk op Annuleren.</translation>
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
        <location filename="../../ui/door/dialogs.py" line="109"/>
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
        <location filename="../../ui/door/dialogs.py" line="209"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="212"/>
        <source>A scan is recognised by its speed: a whole code and Enter in a few milliseconds. If this laptop&apos;s timing is unreliable (a remote desktop, a virtual machine), set the scanner to send a prefix key before each code and press that key here.</source>
        <translation>Een scan wordt herkend aan zijn snelheid: een hele code en Enter binnen enkele milliseconden. Is de timing van deze laptop onbetrouwbaar (een extern bureaublad, een virtuele machine), stel de scanner dan in om voor elke code een voorvoegseltoets te sturen en druk die toets hier in.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="216"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="217"/>
        <source>the scanner settings</source>
        <translation>de scannerinstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="222"/>
        <source>No prefix</source>
        <translation>Geen voorvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="227"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="228"/>
        <source>Prefix key</source>
        <translation>Voorvoegseltoets</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="230"/>
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
        <location filename="../../ui/door/search.py" line="116"/>
        <source>Name, organisation or email; Enter lets the selected guest in, Esc goes back</source>
        <translation>Naam, organisatie of e-mail; Enter laat de gekozen gast binnen, Esc gaat terug</translation>
    </message>
    <message>
        <location filename="../../ui/door/search.py" line="127"/>
        <source>Found in this door&apos;s own copy: the server does not answer, so what other doors did since may be missing.</source>
        <translation>Gevonden in de eigen kopie van deze deur: de server antwoordt niet, dus wat andere deuren sindsdien deden, kan ontbreken.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../ui/door/dialogs.py" line="122"/>
        <source>Undo a scan</source>
        <translation>Een scan terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="123"/>
        <source>Pick the scan to take back; it is named before anything changes. Why?</source>
        <translation>Kies de scan die wordt teruggedraaid; die wordt genoemd voordat er iets verandert. Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="124"/>
        <source>Undo</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="125"/>
        <source>the undo</source>
        <translation>het terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="136"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="138"/>
        <source>Looking up this door&apos;s scans…</source>
        <translation>De scans van deze deur worden opgezocht…</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="150"/>
        <source>This door has no entry, exit or count to take back.</source>
        <translation>Deze deur heeft geen binnenkomst, vertrek of telling om terug te draaien.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="158"/>
        <source>in</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="158"/>
        <source>out</source>
        <translation>buiten</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="160"/>
        <source>Counter</source>
        <translation>Teller</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="162"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="168"/>
        <source>Takes back: %1.</source>
        <translation>Draait terug: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="170"/>
        <source>it is older than the undo window</source>
        <translation>de scan is ouder dan de termijn voor terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="171"/>
        <source>this door has used its undo within the window</source>
        <translation>deze deur heeft binnen de termijn al eens teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="172"/>
        <source>this guest was taken back before</source>
        <translation>deze gast is al eens teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="173"/>
        <source>another door scanned it</source>
        <translation>een andere deur heeft gescand</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="178"/>
        <source>%1 Needs the supervisor PIN: %2.</source>
        <translation>%1 Vraagt de pincode van de leidinggevende: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="183"/>
        <source>%1 Only a supervisor may take it back (%2), and this event has no PIN: set one in Settings.</source>
        <translation>%1 Alleen een leidinggevende mag dit terugdraaien (%2), en dit evenement heeft geen pincode: stel er een in bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/door/dialogs.py" line="194"/>
        <source>Undoing this scan needs the supervisor PIN.</source>
        <translation>Deze scan terugdraaien vraagt de pincode van de leidinggevende.</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../ui/door/words.py" line="63"/>
        <source>Table %1</source>
        <translation>Tafel %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="78"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="84"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="85"/>
        <source>out</source>
        <translation>uit</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="86"/>
        <source>already inside</source>
        <translation>al binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="87"/>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="88"/>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="89"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="90"/>
        <source>other event</source>
        <translation>ander evenement</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="91"/>
        <source>not inside</source>
        <translation>niet binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="92"/>
        <source>undone</source>
        <translation>ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="93"/>
        <source>nothing to undo</source>
        <translation>niets ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="94"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="95"/>
        <source>waits for the PIN</source>
        <translation>wacht op pincode</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="96"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="97"/>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="98"/>
        <source>old badge</source>
        <translation>oude badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="99"/>
        <source>capacity</source>
        <translation>capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="122"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="124"/>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="126"/>
        <source>One person in</source>
        <translation>Eén persoon binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="128"/>
        <source>Goodbye</source>
        <translation>Tot ziens</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="130"/>
        <source>One person out</source>
        <translation>Eén persoon naar buiten</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="132"/>
        <source>Already inside</source>
        <translation>Al binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="135"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="139"/>
        <source>Room full (%1 / %2)</source>
        <translation>Zaal vol (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="143"/>
        <source>Not enough room (%1 / %2)</source>
        <translation>Te weinig plaats (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="149"/>
        <source>Room for %1, this group is %2</source>
        <translation>Plaats voor %1, deze groep is %2</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="155"/>
        <source>Wait until someone leaves</source>
        <translation>Wacht tot er iemand vertrekt</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="157"/>
        <source>Cancelled</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="158"/>
        <source>This guest is marked as not coming</source>
        <translation>Deze gast heeft zich afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="160"/>
        <source>Unknown badge</source>
        <translation>Onbekende badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="163"/>
        <source>Code %1 is not on the guest list</source>
        <translation>Code %1 staat niet op de gastenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="166"/>
        <source>Badge of another event</source>
        <translation>Badge van een ander evenement</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="168"/>
        <source>Not inside</source>
        <translation>Niet binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="170"/>
        <source>Nobody counted in with +1 to count out</source>
        <translation>Niemand met +1 binnengeteld om weer af te tellen</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="173"/>
        <source>Nobody to let out: this guest was not checked in</source>
        <translation>Niemand uit te laten: deze gast was niet binnen gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="176"/>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="178"/>
        <source>Not paid, on the waiting list or expired: ask a supervisor</source>
        <translation>Niet betaald, op de wachtlijst of verlopen: vraag een leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="183"/>
        <source>Old badge</source>
        <translation>Oude badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="187"/>
        <source>This badge was replaced on %1; the guest has a newer one</source>
        <translation>Deze badge is op %1 vervangen; de gast heeft een nieuwere</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="194"/>
        <source>This badge was replaced by a newer one</source>
        <translation>Deze badge is vervangen door een nieuwere</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="196"/>
        <source>Not connected</source>
        <translation>Geen verbinding</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="198"/>
        <source>The event store did not answer: nothing was recorded. Scan again.</source>
        <translation>De opslag van het evenement antwoordde niet: er is niets vastgelegd. Scan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="203"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="204"/>
        <source>The last scan was taken back</source>
        <translation>De laatste scan is teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="206"/>
        <source>Ask the door question first</source>
        <translation>Stel eerst de deurvraag</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="208"/>
        <source>On the guest list</source>
        <translation>Op de gastenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="210"/>
        <source>Needs the supervisor PIN</source>
        <translation>Vraagt de pincode van de leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="211"/>
        <source>Nothing was changed</source>
        <translation>Er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="213"/>
        <source>Only a supervisor may</source>
        <translation>Alleen een leidinggevende mag dit</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="215"/>
        <source>This event has no supervisor PIN: set one in Settings. Nothing was changed</source>
        <translation>Dit evenement heeft geen pincode voor leidinggevenden: stel er een in bij Instellingen. Er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="223"/>
        <source>Capacity is now %1</source>
        <translation>De capaciteit is nu %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="226"/>
        <source>Not decided</source>
        <translation>Niet beslist</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="230"/>
        <source>Nothing to undo</source>
        <translation>Niets ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="232"/>
        <source>Override: %1</source>
        <translation>Toch binnengelaten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="234"/>
        <source>Decided offline, sent when connected</source>
        <translation>Zonder verbinding beslist, verzonden zodra er verbinding is</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="241"/>
        <source>Ready: scan a badge to let someone out</source>
        <translation>Klaar: scan een badge om iemand uit te laten</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="243"/>
        <source>Ready for the next badge</source>
        <translation>Klaar voor de volgende badge</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="248"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="256"/>
        <source>Scan not taken: %1</source>
        <translation>Scan niet verwerkt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="258"/>
        <source>Scan the badge again when it is done</source>
        <translation>Scan de badge opnieuw als dat klaar is</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="265"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="273"/>
        <source>Not let in</source>
        <translation>Niet binnengelaten</translation>
    </message>
    <message>
        <location filename="../../ui/door/words.py" line="276"/>
        <source>The answer to the door question was no; nothing was recorded.</source>
        <translation>Het antwoord op de deurvraag was nee; er is niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/door/walkin.py" line="30"/>
        <source>Walk-in</source>
        <translation>Gast zonder aanmelding</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="32"/>
        <source>Someone not on the guest list.</source>
        <translation>Iemand die niet op de gastenlijst staat.</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="34"/>
        <source>the walk-in</source>
        <translation>de inloper</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="40"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="42"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="46"/>
        <source>No, someone else: add as new</source>
        <translation>Nee, iemand anders: als nieuw toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="68"/>
        <source>Is this %1? They are on the guest list.</source>
        <translation>Is dit %1? Deze persoon staat op de gastenlijst.</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="69"/>
        <source>Yes, let %1 in</source>
        <translation>Ja, laat %1 binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door/walkin.py" line="33"/>
        <source>Add and let in</source>
        <translation>Toevoegen en binnenlaten</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../../ui/webcam.py" line="334"/>
        <source>Which camera to scan with</source>
        <translation>Met welke camera scannen</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="335"/>
        <source>Mirror</source>
        <translation>Spiegelen</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="415"/>
        <source>Scanned. To scan this badge again, take it out of view for a second.</source>
        <translation>Gescand. Om deze badge opnieuw te scannen: haal hem even uit beeld.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="422"/>
        <source>Hold a badge in front of the camera</source>
        <translation>Houd een badge voor de camera</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="424"/>
        <source>Camera off</source>
        <translation>Camera uit</translation>
    </message>
</context>
</TS>
