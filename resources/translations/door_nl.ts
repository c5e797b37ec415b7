<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>CameraScanner</name>
    <message>
      <location filename="../../ui/webcam.py" line="212" />
      <source>Camera scanning is not available on this computer.</source>
      <translation>Scannen met de camera is op deze computer niet mogelijk.</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="216" />
      <source>No camera found. Connect one, or use the badge scanner.</source>
      <translation>Geen camera gevonden. Sluit er een aan, of gebruik de badgescanner.</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="224" />
      <source>Waiting for permission to use the camera…</source>
      <translation>Wachten op toestemming om de camera te gebruiken…</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="227" />
      <location filename="../../ui/webcam.py" line="272" />
      <source>The app may not use the camera. Allow it in the system's privacy settings.</source>
      <translation>De app mag de camera niet gebruiken. Sta dat toe in de privacy-instellingen van het systeem.</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="281" />
      <source>The camera stopped: %1</source>
      <translation>De camera is gestopt: %1</translation>
    </message>
  </context>
  <context>
    <name>DoorScreen</name>
    <message>
      <location filename="../../ui/door_screen.py" line="94" />
      <source>cancelled</source>
      <translation>afgemeld</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="96" />
      <source>inside</source>
      <translation>binnen</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="98" />
      <source>left</source>
      <translation>vertrokken</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="226" />
      <source>Door</source>
      <translation>Deur</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="228" />
      <source>Name of this door</source>
      <translation>Naam van deze deur</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="231" />
      <source>Exit mode (F4)</source>
      <translation>Uitgang (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="232" />
      <source>Scan guests out instead of in</source>
      <translation>Gasten uitscannen in plaats van inscannen</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="234" />
      <source>Sound</source>
      <translation>Geluid</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="237" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="239" />
      <source>Full screen (F11)</source>
      <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="254" />
      <source>⇦ EXIT MODE: scans check guests out</source>
      <translation>⇦ UITGANG: scannen meldt gasten af</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="287" />
      <location filename="../../ui/door_screen.py" line="406" />
      <source>Scan a badge (or type its code and Enter)</source>
      <translation>Scan een badge (of typ de code en Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="293" />
      <source>Find by name (F2)</source>
      <translation>Zoek op naam (F2)</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="294" />
      <source>Walk-in (F3)</source>
      <translation>Zonder aanmelding (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="295" />
      <source>Undo last (Ctrl+Z)</source>
      <translation>Laatste ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="297" />
      <source>One person without a badge left</source>
      <translation>Eén persoon zonder badge is vertrokken</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="299" />
      <source>One person without a badge came in</source>
      <translation>Eén persoon zonder badge is binnengekomen</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="303" />
      <source>Capacity </source>
      <translation>Capaciteit </translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="304" />
      <source>Apply</source>
      <translation>Toepassen</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="315" />
      <source>Name, organisation or email; Enter lets the selected guest in, Esc goes back</source>
      <translation>Naam, organisatie of e-mail; Enter laat de gekozen gast binnen, Esc gaat terug</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="405" />
      <source>Scan a badge to let the guest out</source>
      <translation>Scan een badge om de gast uit te laten</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="554" />
      <source>Nothing to undo yet: scan or find a guest first.</source>
      <translation>Nog niets ongedaan te maken: scan of zoek eerst een gast.</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="574" />
      <source>Capacity is now %1.</source>
      <translation>De capaciteit is nu %1.</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="652" />
      <source>Leave kiosk mode?</source>
      <translation>Kioskmodus verlaten?</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="653" />
      <source>Leave full-screen kiosk mode? The door keeps working.</source>
      <translation>De kioskmodus op volledig scherm verlaten? De deur blijft werken.</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="684" />
      <source>NOT CONNECTED to the event store: nothing is being recorded. Keep scanning; it is tried again with every scan.</source>
      <translation>GEEN VERBINDING met de evenementgegevens: er wordt niets vastgelegd. Blijf scannen; bij elke scan wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="690" />
      <source>%1 / %2 inside</source>
      <translation>%1 / %2 binnen</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="695" />
      <source>Room full</source>
      <translation>Zaal vol</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="696" />
      <source>room for %1 more</source>
      <translation>nog plaats voor %1</translation>
    </message>
  </context>
  <context>
    <name>HeadcountChart</name>
    <message>
      <location filename="../../ui/headcount_chart.py" line="32" />
      <source>People inside over the last hours</source>
      <translation>Aantal mensen binnen in de afgelopen uren</translation>
    </message>
    <message>
      <location filename="../../ui/headcount_chart.py" line="71" />
      <source>No one in yet</source>
      <translation>Nog niemand binnen</translation>
    </message>
  </context>
  <context>
    <name>VerdictView</name>
    <message>
      <location filename="../../ui/verdict_view.py" line="82" />
      <source>Table %1</source>
      <translation>Tafel %1</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="106" />
      <source>Welcome</source>
      <translation>Welkom</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="108" />
      <source>%1 people</source>
      <translation>%1 personen</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="110" />
      <source>One person in</source>
      <translation>Eén persoon binnen</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="112" />
      <source>Goodbye</source>
      <translation>Tot ziens</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="114" />
      <source>One person out</source>
      <translation>Eén persoon naar buiten</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="116" />
      <source>Already inside</source>
      <translation>Al binnen</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="119" />
      <source>since %1</source>
      <translation>sinds %1</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="122" />
      <source>Room full (%1 / %2)</source>
      <translation>Zaal vol (%1 / %2)</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="124" />
      <source>Wait until someone leaves</source>
      <translation>Wacht tot er iemand vertrekt</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="126" />
      <source>Cancelled</source>
      <translation>Afgemeld</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="127" />
      <source>This guest is marked as not coming</source>
      <translation>Deze gast heeft zich afgemeld</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="129" />
      <source>Unknown badge</source>
      <translation>Onbekende badge</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="131" />
      <source>Code %1 is not on the guest list</source>
      <translation>Code %1 staat niet op de gastenlijst</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="134" />
      <source>Badge of another event</source>
      <translation>Badge van een ander evenement</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="136" />
      <source>Not inside</source>
      <translation>Niet binnen</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="138" />
      <source>Nobody counted in with +1 to count out</source>
      <translation>Niemand met +1 binnengeteld om weer af te tellen</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="140" />
      <source>Nobody to let out: this guest was not checked in</source>
      <translation>Niemand uit te laten: deze gast was niet binnen gemeld</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="143" />
      <source>Undone</source>
      <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="144" />
      <source>The last scan was taken back</source>
      <translation>De laatste scan is teruggedraaid</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="146" />
      <source>Nothing to undo</source>
      <translation>Niets ongedaan te maken</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="152" />
      <source>Scan a badge to let someone out</source>
      <translation>Scan een badge om iemand uit te laten</translation>
    </message>
    <message>
      <location filename="../../ui/verdict_view.py" line="154" />
      <source>Ready to scan</source>
      <translation>Klaar om te scannen</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <location filename="../../ui/door_screen.py" line="141" />
      <source>Walk-in</source>
      <translation>Gast zonder aanmelding</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="150" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="151" />
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="152" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../ui/door_screen.py" line="156" />
      <source>Add and let in</source>
      <translation>Toevoegen en binnenlaten</translation>
    </message>
  </context>
  <context>
    <name>WebcamPanel</name>
    <message>
      <location filename="../../ui/webcam.py" line="351" />
      <source>Which camera to scan with</source>
      <translation>Met welke camera scannen</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="352" />
      <source>Mirror</source>
      <translation>Spiegelen</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="432" />
      <source>Just scanned; this badge is ignored for %1 s</source>
      <translation>Net gescand; deze badge wordt %1 s genegeerd</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="439" />
      <source>Hold a badge in front of the camera</source>
      <translation>Houd een badge voor de camera</translation>
    </message>
    <message>
      <location filename="../../ui/webcam.py" line="441" />
      <source>Camera off</source>
      <translation>Camera uit</translation>
    </message>
  </context>
</TS>