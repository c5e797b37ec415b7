<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/webcam.py" line="212"/>
        <source>Camera scanning is not available on this computer.</source>
        <translation>Scannen met de camera is op deze computer niet mogelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="216"/>
        <source>No camera found. Connect one, or use the badge scanner.</source>
        <translation>Geen camera gevonden. Sluit er een aan, of gebruik de badgescanner.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="224"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>Wachten op toestemming om de camera te gebruiken…</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="227"/>
        <location filename="../../ui/webcam.py" line="272"/>
        <source>The app may not use the camera. Allow it in the system&apos;s privacy settings.</source>
        <translation>De app mag de camera niet gebruiken. Sta dat toe in de privacy-instellingen van het systeem.</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="281"/>
        <source>The camera stopped: %1</source>
        <translation>De camera is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>CompanionsPanel</name>
    <message>
        <location filename="../../ui/door_dialogs.py" line="144"/>
        <source>↑ ↓ choose  ·  Enter (scan field empty): let in  ·  Esc: cancel</source>
        <translation>↑ ↓ kiezen  ·  Enter (scanveld leeg): binnenlaten  ·  Esc: annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="165"/>
        <source>How many came with %1?</source>
        <translation>Hoeveel mensen zijn er met %1 meegekomen?</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../ui/door_screen.py" line="134"/>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="136"/>
        <source>inside</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="138"/>
        <source>left</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="276"/>
        <source>Door</source>
        <translation>Deur</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="278"/>
        <source>Name of this door</source>
        <translation>Naam van deze deur</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="281"/>
        <source>Exit mode (F4)</source>
        <translation>Uitgang (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="282"/>
        <source>Scan guests out instead of in</source>
        <translation>Gasten uitscannen in plaats van inscannen</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="284"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="287"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="289"/>
        <source>Full screen (F11)</source>
        <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="291"/>
        <source>Who is inside (F6)</source>
        <translation>Wie is er binnen (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="292"/>
        <source>Everyone inside now, to save or print</source>
        <translation>Iedereen die nu binnen is, om op te slaan of af te drukken</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="306"/>
        <source>⇦ EXIT MODE: scans check guests out</source>
        <translation>⇦ UITGANG: scannen meldt gasten af</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="334"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="335"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="347"/>
        <source>The latest scans at the other doors</source>
        <translation>De laatste scans bij de andere deuren</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="380"/>
        <location filename="../../ui/door_screen.py" line="508"/>
        <source>Scan a badge (or type its code and Enter)</source>
        <translation>Scan een badge (of typ de code en Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="386"/>
        <source>Find by name (F2)</source>
        <translation>Zoek op naam (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="387"/>
        <source>Walk-in (F3)</source>
        <translation>Zonder aanmelding (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="388"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Laatste ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="390"/>
        <source>One person without a badge left</source>
        <translation>Eén persoon zonder badge is vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="392"/>
        <source>One person without a badge came in</source>
        <translation>Eén persoon zonder badge is binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="396"/>
        <source>Capacity </source>
        <translation>Capaciteit </translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="397"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="408"/>
        <source>Name, organisation or email; Enter lets the selected guest in, Esc goes back</source>
        <translation>Naam, organisatie of e-mail; Enter laat de gekozen gast binnen, Esc gaat terug</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="507"/>
        <source>Scan a badge to let the guest out</source>
        <translation>Scan een badge om de gast uit te laten</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="637"/>
        <source>Not let in</source>
        <translation>Niet binnengelaten</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="638"/>
        <source>The answer to the door question was no; nothing was recorded.</source>
        <translation>Het antwoord op de deurvraag was nee; er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="794"/>
        <source>Nothing to undo yet: scan or find a guest first.</source>
        <translation>Nog niets ongedaan te maken: scan of zoek eerst een gast.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="801"/>
        <source>Undoing the last scan needs the supervisor PIN.</source>
        <translation>Voor het ongedaan maken van de laatste scan is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="836"/>
        <source>Changing the capacity to %1 needs the supervisor PIN.</source>
        <translation>Voor het wijzigen van de capaciteit naar %1 is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="841"/>
        <source>The capacity was not changed.</source>
        <translation>De capaciteit is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="855"/>
        <source>Capacity is now %1.</source>
        <translation>De capaciteit is nu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="950"/>
        <source>Leaving kiosk mode needs the supervisor PIN.</source>
        <translation>Voor het verlaten van de kioskmodus is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="951"/>
        <source>Leave kiosk mode?</source>
        <translation>Kioskmodus verlaten?</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="952"/>
        <source>Leave full-screen kiosk mode? The door keeps working.</source>
        <translation>De kioskmodus op volledig scherm verlaten? De deur blijft werken.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1010"/>
        <source>NOT CONNECTED to the event store: nothing is being recorded. Keep scanning; it is tried again with every scan.</source>
        <translation>GEEN VERBINDING met de evenementgegevens: er wordt niets vastgelegd. Blijf scannen; bij elke scan wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1016"/>
        <source>%1 / %2 inside</source>
        <translation>%1 / %2 binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1021"/>
        <source>Room full</source>
        <translation>Zaal vol</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1022"/>
        <source>room for %1 more</source>
        <translation>nog plaats voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1058"/>
        <source>counter</source>
        <translation>teller</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1060"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1062"/>
        <source>Other doors</source>
        <translation>Andere deuren</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1093"/>
        <source>%1 turned away since the room filled</source>
        <translation>%1 weggestuurd sinds de zaal vol is</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1096"/>
        <source>➜ ROOM FOR %1: let the next one in</source>
        <translation>➜ PLAATS VOOR %1: laat de volgende binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="1098"/>
        <source>%1 turned away while full</source>
        <translation>%1 weggestuurd toen het vol was</translation>
    </message>
</context>
<context>
    <name>HeadcountChart</name>
    <message>
        <location filename="../../ui/headcount_chart.py" line="32"/>
        <source>People inside over the last hours</source>
        <translation>Aantal mensen binnen in de afgelopen uren</translation>
    </message>
    <message>
        <location filename="../../ui/headcount_chart.py" line="71"/>
        <source>No one in yet</source>
        <translation>Nog niemand binnen</translation>
    </message>
</context>
<context>
    <name>InsideModel</name>
    <message>
        <location filename="../../ui/door_dialogs.py" line="236"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="236"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="236"/>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="237"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <location filename="../../ui/door_dialogs.py" line="249"/>
        <source>Who is inside</source>
        <translation>Wie is er binnen</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="265"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="266"/>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="267"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="268"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="296"/>
        <source>%1 people inside: %2 guests (%3 with companions), %4 counted in without a name.</source>
        <translation>%1 mensen binnen: %2 gasten (%3 met introducés), %4 zonder naam binnengeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="299"/>
        <source>%1 people inside: %2 guests, %4 counted in without a name.</source>
        <translation>%1 mensen binnen: %2 gasten, %4 zonder naam binnengeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="307"/>
        <source>Save who is inside</source>
        <translation>Opslaan wie er binnen is</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="308"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="312"/>
        <source>Inside now.pdf</source>
        <translation>Nu binnen.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="326"/>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="346"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="356"/>
        <source>Who is inside: %1</source>
        <translation>Wie is er binnen: %1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="43"/>
        <source>Supervisor PIN</source>
        <translation>Pincode leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="45"/>
        <source>This needs the supervisor PIN.</source>
        <translation>Hiervoor is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="51"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Pincode (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="62"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="84"/>
        <source>Wrong PIN: nothing was changed. Try again or press Cancel.</source>
        <translation>Verkeerde pincode: er is niets gewijzigd. Probeer het opnieuw of kies Annuleren.</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../../ui/door_dialogs.py" line="99"/>
        <source>✓ Yes, let in</source>
        <translation>✓ Ja, binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="100"/>
        <source>✗ No</source>
        <translation>✗ Nee</translation>
    </message>
    <message>
        <location filename="../../ui/door_dialogs.py" line="104"/>
        <source>Enter (scan field empty): yes  ·  Esc: no  ·  a new scan: no, next guest</source>
        <translation>Enter (scanveld leeg): ja  ·  Esc: nee  ·  een nieuwe scan: nee, volgende gast</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../ui/verdict_view.py" line="83"/>
        <source>Table %1</source>
        <translation>Tafel %1</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="98"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="104"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="105"/>
        <source>out</source>
        <translation>uit</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="106"/>
        <source>already inside</source>
        <translation>al binnen</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="107"/>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="108"/>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="109"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="110"/>
        <source>other event</source>
        <translation>ander evenement</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="111"/>
        <source>not inside</source>
        <translation>niet binnen</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="112"/>
        <source>undone</source>
        <translation>ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="113"/>
        <source>nothing to undo</source>
        <translation>niets ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="114"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="138"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="140"/>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="142"/>
        <source>One person in</source>
        <translation>Eén persoon binnen</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="144"/>
        <source>Goodbye</source>
        <translation>Tot ziens</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="146"/>
        <source>One person out</source>
        <translation>Eén persoon naar buiten</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="148"/>
        <source>Already inside</source>
        <translation>Al binnen</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="151"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="154"/>
        <source>Room full (%1 / %2)</source>
        <translation>Zaal vol (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="157"/>
        <source>Not enough room (%1 / %2)</source>
        <translation>Te weinig plaats (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="159"/>
        <source>Room for %1, this group is %2</source>
        <translation>Plaats voor %1, deze groep is %2</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="162"/>
        <source>Wait until someone leaves</source>
        <translation>Wacht tot er iemand vertrekt</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="164"/>
        <source>Cancelled</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="165"/>
        <source>This guest is marked as not coming</source>
        <translation>Deze gast heeft zich afgemeld</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="167"/>
        <source>Unknown badge</source>
        <translation>Onbekende badge</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="169"/>
        <source>Code %1 is not on the guest list</source>
        <translation>Code %1 staat niet op de gastenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="172"/>
        <source>Badge of another event</source>
        <translation>Badge van een ander evenement</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="174"/>
        <source>Not inside</source>
        <translation>Niet binnen</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="176"/>
        <source>Nobody counted in with +1 to count out</source>
        <translation>Niemand met +1 binnengeteld om weer af te tellen</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="178"/>
        <source>Nobody to let out: this guest was not checked in</source>
        <translation>Niemand uit te laten: deze gast was niet binnen gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="181"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="182"/>
        <source>The last scan was taken back</source>
        <translation>De laatste scan is teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="184"/>
        <source>Ask the door question first</source>
        <translation>Stel eerst de deurvraag</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="186"/>
        <source>Nothing to undo</source>
        <translation>Niets ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="192"/>
        <source>Scan a badge to let someone out</source>
        <translation>Scan een badge om iemand uit te laten</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_view.py" line="194"/>
        <source>Ready to scan</source>
        <translation>Klaar om te scannen</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/door_screen.py" line="181"/>
        <source>Walk-in</source>
        <translation>Gast zonder aanmelding</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="190"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="191"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="192"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/door_screen.py" line="196"/>
        <source>Add and let in</source>
        <translation>Toevoegen en binnenlaten</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../../ui/webcam.py" line="351"/>
        <source>Which camera to scan with</source>
        <translation>Met welke camera scannen</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="352"/>
        <source>Mirror</source>
        <translation>Spiegelen</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="432"/>
        <source>Just scanned; this badge is ignored for %1 s</source>
        <translation>Net gescand; deze badge wordt %1 s genegeerd</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="439"/>
        <source>Hold a badge in front of the camera</source>
        <translation>Houd een badge voor de camera</translation>
    </message>
    <message>
        <location filename="../../ui/webcam.py" line="441"/>
        <source>Camera off</source>
        <translation>Camera uit</translation>
    </message>
</context>
</TS>
