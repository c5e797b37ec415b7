<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BadgeDesignBox</name>
    <message>
        <location filename="../../ui/badge_design_box.py" line="42"/>
        <source>Badge design</source>
        <translation>Ontwerp van de badges</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="47"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="48"/>
        <source>A PNG, JPEG or SVG image, printed on every badge.</source>
        <translation>Een PNG-, JPEG- of SVG-afbeelding, op elke badge gedrukt.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="50"/>
        <source>Remove logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="54"/>
        <source>Choose colour…</source>
        <translation>Kleur kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="56"/>
        <source>Role band (from the role or ticket type column)</source>
        <translation>Rolband (uit de kolom rol of soort kaart)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="72"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="73"/>
        <source>Accent colour</source>
        <translation>Accentkleur</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="84"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="96"/>
        <source>Choose the logo</source>
        <translation>Het logo kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design_box.py" line="122"/>
        <source>%1 cannot be used as the logo: choose a PNG, JPEG or SVG image of at most 2 MB.</source>
        <translation>%1 kan niet als logo worden gebruikt: kies een PNG-, JPEG- of SVG-afbeelding van ten hoogste 2 MB.</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../ui/badges_page.py" line="81"/>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="83"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="85"/>
        <source>Door list (paper)…</source>
        <translation>Deurlijst (papier)…</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="88"/>
        <source>An alphabetical list with a tick box per guest, for when the laptop fails; type the ticks in afterwards on the Guests screen.</source>
        <translation>Een alfabetische lijst met een afvinkvakje per gast, voor als de laptop uitvalt; voer de vinkjes achteraf in op het scherm Gasten.</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="103"/>
        <source>Layout</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="124"/>
        <source>A4 sheet, 8 badges of 90 × 55 mm with cut marks</source>
        <translation>A4-vel, 8 badges van 90 × 55 mm met snijtekens</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="125"/>
        <source>Avery L4785 labels, 10 a sheet (80 × 50 mm)</source>
        <translation>Avery L4785-etiketten, 10 per vel (80 × 50 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="126"/>
        <source>A6, one badge a page (105 × 148 mm)</source>
        <translation>A6, één badge per pagina (105 × 148 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="127"/>
        <source>Brother QL 62 mm roll, one badge a label (62 × 100 mm)</source>
        <translation>Brother QL-rol 62 mm, één badge per etiket (62 × 100 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="128"/>
        <source>A card, one badge 86 × 54 mm</source>
        <translation>Een kaart, één badge van 86 × 54 mm</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="129"/>
        <source>A4 sheet, one badge of 90 × 55 mm with cut marks</source>
        <translation>A4-vel, één badge van 90 × 55 mm met snijtekens</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="172"/>
        <source>No guests yet: import a guest list first.</source>
        <translation>Nog geen gasten: importeer eerst een gastenlijst.</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="208"/>
        <source>Save badges</source>
        <translation>Badges opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="210"/>
        <location filename="../../ui/badges_page.py" line="266"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="220"/>
        <source>Writing badges…</source>
        <translation>Badges maken…</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="145"/>
        <source>%1 for the guests who are expected (cancelled guests get none), on %2.</source>
        <translation>%1 voor de verwachte gasten (afgemelde gasten krijgen er geen), op %2.</translation>
    </message>
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
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="245"/>
        <source>Saved %1 on %2 to %3.</source>
        <translation>%1 op %2 opgeslagen in %3.</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="264"/>
        <source>Save the door list</source>
        <translation>Deurlijst opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="283"/>
        <source>Saved the door list to %1.</source>
        <translation>De deurlijst is opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="291"/>
        <source>Writing the door list…</source>
        <translation>Deurlijst maken…</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="313"/>
        <source>Preparing to print…</source>
        <translation>Afdrukken voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="320"/>
        <source>There is nothing to print.</source>
        <translation>Er is niets om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../ui/badges_page.py" line="326"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges_page.py" line="354"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="108"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="111"/>
        <source>The app ran into an error it did not expect. What was saved is safe: every scan is stored the moment it is shown. You can keep working; please send the details below to whoever supports the app.</source>
        <translation>De app liep tegen een onverwachte fout aan. Wat opgeslagen is, is veilig: elke scan wordt bewaard op het moment dat hij getoond wordt. U kunt verder werken; stuur de details hieronder naar wie de app ondersteunt.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="116"/>
        <source>The details are also in %1.</source>
        <translation>De details staan ook in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="121"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <location filename="../../ui/desk/choice.py" line="40"/>
        <source>Badge printer</source>
        <translation>Badgeprinter</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="44"/>
        <source>Print a badge on arrival</source>
        <translation>Een badge afdrukken bij binnenkomst</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="51"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (niet op deze computer)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="57"/>
        <source>Print a test badge</source>
        <translation>Een proefbadge afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="64"/>
        <source>This computer has no printers. Add the badge printer in the system&apos;s printer settings first.</source>
        <translation>Deze computer heeft geen printers. Voeg de badgeprinter eerst toe in de printerinstellingen van het systeem.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="73"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="74"/>
        <source>Layout</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="105"/>
        <source>Sending a test badge…</source>
        <translation>Proefbadge wordt verstuurd…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="112"/>
        <source>A test badge was sent to %1.</source>
        <translation>Er is een proefbadge naar %1 gestuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choice.py" line="115"/>
        <source>The test badge did not print: %1</source>
        <translation>De proefbadge is niet afgedrukt: %1</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../ui/desk/panel.py" line="66"/>
        <source>Badge printer</source>
        <translation>Badgeprinter</translation>
    </message>
    <message>
        <location filename="../../ui/desk/panel.py" line="67"/>
        <source>Badge printer…</source>
        <translation>Badgeprinter…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/panel.py" line="69"/>
        <source>Print a badge on arrival: the printer and the layout</source>
        <translation>Een badge afdrukken bij binnenkomst: de printer en de opmaak</translation>
    </message>
    <message>
        <location filename="../../ui/desk/panel.py" line="79"/>
        <source>Print again</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/desk/panel.py" line="80"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/panel.py" line="82"/>
        <source>Take the badge off the list (printed by hand, or not wanted)</source>
        <translation>De badge van de lijst halen (met de hand afgedrukt, of niet meer nodig)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/panel.py" line="158"/>
        <location filename="../../ui/desk/panel.py" line="160"/>
        <source>Badges on arrival: off</source>
        <translation>Badges bij binnenkomst: uit</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="15"/>
        <source>Brother QL 62 mm roll (62 × 100 mm)</source>
        <translation>Brother QL-rol 62 mm (62 × 100 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="16"/>
        <source>A card (86 × 54 mm)</source>
        <translation>Een kaart (86 × 54 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="17"/>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="18"/>
        <source>One badge on A4, with cut marks</source>
        <translation>Eén badge op A4, met snijtekens</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="30"/>
        <source>Badge printer: none chosen</source>
        <translation>Badgeprinter: geen gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="32"/>
        <source>Badge printer %1: asking…</source>
        <translation>Badgeprinter %1: wordt nagevraagd…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="34"/>
        <source>Badge printer %1: ready</source>
        <translation>Badgeprinter %1: gereed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="36"/>
        <source>Badge printer %1: printing</source>
        <translation>Badgeprinter %1: drukt af</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="40"/>
        <source>Badge printer %1: paused; badges wait until it is resumed</source>
        <translation>Badgeprinter %1: gepauzeerd; badges wachten tot hij weer verdergaat</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="44"/>
        <source>Badge printer %1: out of paper or labels</source>
        <translation>Badgeprinter %1: papier of etiketten op</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="48"/>
        <source>Badge printer %1: stopped, a job failed</source>
        <translation>Badgeprinter %1: gestopt, een afdruk is mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="52"/>
        <source>Badge printer %1: not on this computer</source>
        <translation>Badgeprinter %1: niet op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="56"/>
        <source>Badge printer %1: does not answer</source>
        <translation>Badgeprinter %1: antwoordt niet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/panel.py" line="155"/>
        <source>%n badge(s) waiting</source>
        <translation>
            <numerusform>%n badge wacht</numerusform>
            <numerusform>%n badges wachten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="65"/>
        <source>Guest %1</source>
        <translation>Gast %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="67"/>
        <source>sent to %1</source>
        <translation>naar %1 gestuurd</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="69"/>
        <source>not printed: %1</source>
        <translation>niet afgedrukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/words.py" line="71"/>
        <source>waiting to be sent</source>
        <translation>wacht om verstuurd te worden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/panel.py" line="199"/>
        <source>%n badge(s) from before were not printed: print them again or clear them.</source>
        <translation>
            <numerusform>%n badge van eerder is niet afgedrukt: druk hem opnieuw af of wis hem.</numerusform>
            <numerusform>%n badges van eerder zijn niet afgedrukt: druk ze opnieuw af of wis ze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoorNotices</name>
    <message>
        <location filename="../../ui/door_link.py" line="152"/>
        <location filename="../../ui/door_link.py" line="176"/>
        <source>The server %1 does not answer: this door started offline on its own copy (%2 guests, %3 places at this door). Scans are sent when it is back.</source>
        <translation>De server %1 antwoordt niet: deze deur is zonder verbinding gestart op zijn eigen kopie (%2 gasten, %3 plaatsen bij deze deur). Scans worden verstuurd zodra de server terug is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="186"/>
        <source>Sending this door&apos;s journal to %1 (%n scan(s)); until then the door decides on its own copy.</source>
        <translation>
            <numerusform>Het logboek van deze deur wordt naar %1 gestuurd (%n scan); tot dan beslist de deur op zijn eigen kopie.</numerusform>
            <numerusform>Het logboek van deze deur wordt naar %1 gestuurd (%n scans); tot dan beslist de deur op zijn eigen kopie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="195"/>
        <source>The server lost %n scan(s) of this door (restored from a backup?); they are sent again.</source>
        <translation>
            <numerusform>De server is %n scan van deze deur kwijt (teruggezet uit een back-up?); die wordt opnieuw verstuurd.</numerusform>
            <numerusform>De server is %n scans van deze deur kwijt (teruggezet uit een back-up?); die worden opnieuw verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/door_link.py" line="202"/>
        <source>This door&apos;s copy is older than the server had heard it (put back from a backup or a snapshot?): its scans are counted, and the room may have gone over its cap. The server now sets this door&apos;s places.</source>
        <translation>De kopie van deze deur is ouder dan wat de server ervan had gehoord (teruggezet uit een back-up of snapshot?): de scans tellen mee, en de zaal kan boven het maximum zijn gekomen. De server bepaalt nu de plaatsen van deze deur.</translation>
    </message>
    <message>
        <location filename="../../ui/door_link.py" line="208"/>
        <source>A supervisor had released this door&apos;s places; it holds a new share now.</source>
        <translation>Een leidinggevende had de plaatsen van deze deur vrijgegeven; de deur heeft nu een nieuw aandeel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="210"/>
        <source>Back online: %n scan(s) sent to the server.</source>
        <translation>
            <numerusform>Weer verbonden: %n scan naar de server gestuurd.</numerusform>
            <numerusform>Weer verbonden: %n scans naar de server gestuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="213"/>
        <source>%n badge(s) used at two doors while apart: flagged in the log.</source>
        <translation>
            <numerusform>%n badge gebruikt bij twee deuren terwijl ze geen verbinding hadden: gemarkeerd in het logboek.</numerusform>
            <numerusform>%n badges gebruikt bij twee deuren terwijl ze geen verbinding hadden: gemarkeerd in het logboek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="216"/>
        <source>The room went %n over its cap.</source>
        <translation>
            <numerusform>De zaal ging %n persoon over de capaciteit.</numerusform>
            <numerusform>De zaal ging %n personen over de capaciteit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/door_link.py" line="220"/>
        <source>The server could not take %n scan(s); they are counted as the door said: %1</source>
        <translation>
            <numerusform>De server kon %n scan niet aannemen; die telt zoals de deur hem gaf: %1</numerusform>
            <numerusform>De server kon %n scans niet aannemen; die tellen zoals de deur ze gaf: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/door_link.py" line="238"/>
        <source>This door is called %1 from the next time the event is opened; until then its scans are logged as %2 (its offline copy and share belong to that name).</source>
        <translation>Deze deur heet %1 vanaf de volgende keer dat het evenement wordt geopend; tot dan worden de scans vastgelegd als %2 (de offline kopie en het aandeel horen bij die naam).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>there is no such file</source>
        <translation>dit bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>cannot be read</source>
        <translation>kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>this is the event&apos;s own file, not a guest list; choose the file with the guests</source>
        <translation>dit is het bestand van het evenement zelf, geen gastenlijst; kies het bestand met de gasten</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>this is not a spreadsheet; choose an .xlsx, .xls, .ods or .csv file</source>
        <translation>dit is geen spreadsheet; kies een .xlsx-, .xls-, .ods- of .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>the file is damaged or incomplete; open it in Excel and save it again as .xlsx</source>
        <translation>het bestand is beschadigd of onvolledig; open het in Excel en sla het opnieuw op als .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>this format cannot be read; open it in Excel or LibreOffice and save it as .xlsx</source>
        <translation>dit formaat kan niet worden gelezen; open het in Excel of LibreOffice en sla het op als .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>the file contains forbidden XML (an entity expansion) and was not read</source>
        <translation>het bestand bevat verboden XML (een entity-expansie) en is niet gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>the file is protected with a password; open it, remove the password and save it again</source>
        <translation>het bestand is met een wachtwoord beveiligd; open het, verwijder het wachtwoord en sla het opnieuw op</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>the file holds no guests</source>
        <translation>het bestand bevat geen gasten</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>cannot be opened</source>
        <translation>kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>another change to the guests came in while the list was imported (a code given twice); nothing was imported: import the list again</source>
        <translation>tijdens het importeren kwam er een andere wijziging van de gasten binnen (een code die twee keer werd gegeven); er is niets geïmporteerd: importeer de lijst opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>there is no event there</source>
        <translation>daar staat geen evenement</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>this is not an event file</source>
        <translation>dit is geen evenementbestand</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>an event already exists there</source>
        <translation>daar staat al een evenement</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>this event was written by a newer version of the app; update the app to open it</source>
        <translation>dit evenement is gemaakt met een nieuwere versie van de app; werk de app bij om het te openen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>not connected to the event store; nothing was recorded</source>
        <translation>geen verbinding met de evenementgegevens; er is niets vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>the event file is locked by another program; nothing was changed; close that program and try again</source>
        <translation>het evenementbestand is vergrendeld door een ander programma; er is niets gewijzigd; sluit dat programma en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>the disk is full; nothing was changed; free some space and try again</source>
        <translation>de schijf is vol; er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>the event file or its folder is read-only; nothing was changed; it can be read (guests, export), or copy it to a writable folder to record scans</source>
        <translation>het evenementbestand of de map is alleen-lezen; er is niets gewijzigd; het kan wel gelezen worden (gasten, export), of kopieer het naar een beschrijfbare map om scans vast te leggen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>the file is kept as it was (no copy fits beside it); copy it somewhere safe</source>
        <translation>het bestand is bewaard zoals het was (er past geen kopie naast); kopieer het naar een veilige plek</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>%1: the event file is damaged (%2); %3; do not delete it, the scans in it can be recovered.</source>
        <translation>%1: het evenementbestand is beschadigd (%2); %3; verwijder het niet, de scans erin kunnen worden teruggehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>A PIN is digits only; nothing was changed.</source>
        <translation>Een pincode bestaat alleen uit cijfers; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>This PIN is among the first anyone tries (one digit repeated, a row or a repeated pattern); choose another; nothing was changed.</source>
        <translation>Deze pincode is een van de eerste die iemand probeert (één cijfer herhaald, een reeks of een herhaald patroon); kies een andere; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>A PIN is 6 to 12 digits; nothing was changed.</source>
        <translation>Een pincode heeft 6 tot 12 cijfers; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>it needed more memory than a guest list may take</source>
        <translation>het had meer geheugen nodig dan een gastenlijst mag gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>it did not finish in time</source>
        <translation>het was niet op tijd klaar</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>it ended with %1</source>
        <translation>het stopte met %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>%1 could not be read: the reader stopped (%2); nothing was changed.</source>
        <translation>%1 kon niet worden gelezen: de lezer is gestopt (%2); er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="135"/>
        <source>this door&apos;s %1 waiting scans were sent and counted; </source>
        <translation>de %1 wachtende scans van deze deur zijn verstuurd en geteld; </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>Another computer is door %1 right now; %2start this one under another door name.</source>
        <translation>Een andere computer is nu deur %1; %2start deze onder een andere deurnaam.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>Door %1 is another computer&apos;s, which may be admitting offline on its %2 places; %3start this one under another door name, or release that door first.</source>
        <translation>Deur %1 is van een andere computer, die misschien offline binnenlaat op zijn %2 plaatsen; %3start deze onder een andere deurnaam, of geef die deur eerst vrij.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>Changing the capacity</source>
        <translation>De capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>A new badge</source>
        <translation>Een nieuwe badge</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>%1 needs the server, and this door cannot reach it now; nothing was changed.</source>
        <translation>%1 kan alleen via de server, en deze deur bereikt die nu niet; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>Too many wrong PINs: wait %1, then try again. Nothing was changed.</source>
        <translation>Te vaak een verkeerde pincode: wacht %1 en probeer het dan opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>Wrong PIN: nothing was changed. Try again or press Cancel.</source>
        <translation>Verkeerde pincode: er is niets gewijzigd. Probeer het opnieuw of kies Annuleren.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>This needs the supervisor PIN; nothing was changed.</source>
        <translation>Hiervoor is de pincode van de leidinggevende nodig; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>The supervisor PIN stopped this; nothing was changed.</source>
        <translation>De pincode van de leidinggevende hield dit tegen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="196"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>%1: there is no sheet &quot;%2&quot;; the sheets are %3.</source>
        <translation>%1: er is geen werkblad &quot;%2&quot;; de werkbladen zijn %3.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>%1: no column with names was found; the columns are %2.</source>
        <translation>%1: er is geen kolom met namen gevonden; de kolommen zijn %2.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="222"/>
        <source>%1: the sheet &quot;%2&quot; reaches cell %3 (%4 rows by %5 columns), far beyond any guest list; the file was not read and nothing was changed.</source>
        <translation>%1: het blad &quot;%2&quot; loopt tot cel %3 (%4 rijen bij %5 kolommen), ver voorbij elke gastenlijst; het bestand is niet gelezen en er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="238"/>
        <source>No guest %1 in this event.</source>
        <translation>Geen gast %1 in dit evenement.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="242"/>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: kan niet worden geschreven (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="25"/>
        <source>is empty; a guest needs a name</source>
        <translation>is leeg; een gast heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="29"/>
        <source>is empty; a walk-in needs a name</source>
        <translation>is leeg; iemand zonder aanmelding heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="33"/>
        <source>is empty; an undo needs a reason</source>
        <translation>is leeg; terugdraaien heeft een reden nodig</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="37"/>
        <source>is empty; an override needs a reason</source>
        <translation>is leeg; toch binnenlaten heeft een reden nodig</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="41"/>
        <source>is empty; give the event a name</source>
        <translation>is leeg; geef het evenement een naam</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="43"/>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="46"/>
        <source>belongs to another guest already</source>
        <translation>hoort al bij een andere gast</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="50"/>
        <source>was another guest&apos;s badge and is revoked</source>
        <translation>was de badge van een andere gast en is ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="54"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een heel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="58"/>
        <source>must be between %1 and %2 for this guest</source>
        <translation>moet voor deze gast tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="60"/>
        <source>must be 4 to 12 digits</source>
        <translation>moet 4 tot 12 cijfers zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="63"/>
        <source>must be a .png, .jpg or .svg file</source>
        <translation>moet een .png-, .jpg- of .svg-bestand zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="67"/>
        <source>is larger than 2 MB; save it smaller</source>
        <translation>is groter dan 2 MB; sla het kleiner op</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="71"/>
        <source>is not an SVG image that can be drawn</source>
        <translation>is geen SVG-afbeelding die getekend kan worden</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="75"/>
        <source>is not a PNG or JPEG image that can be drawn</source>
        <translation>is geen PNG- of JPEG-afbeelding die getekend kan worden</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="80"/>
        <source>is not a server name like smtp.example.nl</source>
        <translation>is geen servernaam zoals smtp.example.nl</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="84"/>
        <source>must be a number from 1 to 65535</source>
        <translation>moet een getal van 1 tot 65535 zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="88"/>
        <source>must be starttls, ssl or none</source>
        <translation>moet starttls, ssl of none zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="92"/>
        <source>is not an e-mail address</source>
        <translation>is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="96"/>
        <source>is not like &quot;Bureau Nieuw-West &lt;info@example.nl&gt;&quot;</source>
        <translation>lijkt niet op &quot;Bureau Nieuw-West &lt;info@example.nl&gt;&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="100"/>
        <source>must be an address with an ASCII name before the @</source>
        <translation>moet een adres zijn met een ASCII-naam vóór de @</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="104"/>
        <source>has a brace that is not a field; write {{ for a brace</source>
        <translation>heeft een accolade die geen veld is; schrijf {{ voor een accolade</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="108"/>
        <source>has the field %1; the fields are %2</source>
        <translation>heeft het veld %1; de velden zijn %2</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="112"/>
        <source>is not a time like 19:30</source>
        <translation>is geen tijd zoals 19:30</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="116"/>
        <source>must be a whole number of messages a minute from 1 to %1</source>
        <translation>moet een heel aantal berichten per minuut van 1 tot %1 zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="118"/>
        <source>must be one line</source>
        <translation>moet één regel zijn</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="119"/>
        <source>needs a start time too</source>
        <translation>heeft ook een begintijd nodig</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="123"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="124"/>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="125"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="126"/>
        <source>capacity</source>
        <translation>capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="127"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="128"/>
        <source>PIN</source>
        <translation>pincode</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="129"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="130"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="131"/>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="132"/>
        <source>from</source>
        <translation>afzender</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="133"/>
        <source>reply-to</source>
        <translation>antwoordadres</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="134"/>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="135"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="136"/>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="137"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="138"/>
        <source>rate</source>
        <translation>tempo</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="153"/>
        <source>%1: %2 is not accepted (%3); nothing was changed.</source>
        <translation>%1: %2 wordt niet geaccepteerd (%3); er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="249"/>
        <source>This door&apos;s offline copy %1 is damaged; the door does not start on it and the file is kept for someone to look at.</source>
        <translation>De offline kopie %1 van deze deur is beschadigd; de deur start er niet mee en het bestand wordt bewaard zodat iemand ernaar kan kijken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>This door&apos;s offline copy %1 belongs to %2, not to %3; the door does not start on it and the file is kept.</source>
        <translation>De offline kopie %1 van deze deur hoort bij %2, niet bij %3; de deur start er niet mee en het bestand wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="267"/>
        <source>The server %1 does not answer and this door has never been connected to it, so it has no guest list to work offline with. Connect once, then it can work offline.</source>
        <translation>De server %1 antwoordt niet en deze deur is er nooit mee verbonden geweest, dus heeft hij geen gastenlijst om zonder verbinding mee te werken. Maak één keer verbinding, daarna kan de deur ook zonder verbinding werken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="276"/>
        <source>This door&apos;s offline copy %1 cannot be used; the file is kept.</source>
        <translation>De offline kopie %1 van deze deur kan niet worden gebruikt; het bestand wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="282"/>
        <source>There is no printer %1 on this computer.</source>
        <translation>Er is geen printer %1 op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="285"/>
        <source>This computer has no print system the app can print badges with.</source>
        <translation>Deze computer heeft geen afdruksysteem waarmee de app badges kan afdrukken.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="289"/>
        <source>The printer %1 did not take the badge (%2).</source>
        <translation>De printer %1 heeft de badge niet aangenomen (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="294"/>
        <source>The badge could not be sent to the printer %1.</source>
        <translation>De badge kon niet naar de printer %1 worden gestuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="298"/>
        <source>The app&apos;s own file %1 is missing; reinstall the app to get it back.</source>
        <translation>Het bestand %1 van de app zelf ontbreekt; installeer de app opnieuw om het terug te krijgen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="313"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="315"/>
        <source>%1 seconds</source>
        <translation>%1 seconden</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="319"/>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="322"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="324"/>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="354"/>
        <source>Door check-in</source>
        <translation>Deur check-in</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>a copy of the file is kept as %1</source>
        <translation>een kopie van het bestand is bewaard als %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>damaged pages</source>
        <translation>beschadigde pagina&apos;s</translation>
    </message>
</context>
<context>
    <name>EventTabs</name>
    <message>
        <location filename="../../ui/event_tabs.py" line="101"/>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <location filename="../../ui/event_tabs.py" line="102"/>
        <source>Door</source>
        <translation>Deur</translation>
    </message>
    <message>
        <location filename="../../ui/event_tabs.py" line="103"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../ui/event_tabs.py" line="104"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/event_tabs.py" line="105"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/export_page.py" line="71"/>
        <source>The Excel workbook holds one row per guest (arrival, departure, entries), every scan, and a summary with the headcount over time. The CSV file holds the attendance only.</source>
        <translation>De Excel-werkmap bevat één regel per gast (aankomst, vertrek, aantal keer binnen), elke scan, en een samenvatting met het aantal aanwezigen door de tijd. Het CSV-bestand bevat alleen de aanwezigheid.</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="77"/>
        <source>Save as Excel (.xlsx)…</source>
        <translation>Opslaan als Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="79"/>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="106"/>
        <source>Everyone who was inside at any moment between these two times, with their contact details, one row per visit; an undone scan does not count. Times are the event&apos;s local time (%1).</source>
        <translation>Iedereen die op enig moment tussen deze twee tijden binnen was, met contactgegevens, één regel per bezoek; een ongedaan gemaakte scan telt niet mee. De tijden zijn de plaatselijke tijd van het evenement (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="116"/>
        <source>Save list of people present…</source>
        <translation>Lijst van aanwezigen opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="121"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="122"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="127"/>
        <source>Contact tracing</source>
        <translation>Bron- en contactonderzoek</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="150"/>
        <source>Save the list of people present</source>
        <translation>Lijst van aanwezigen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="152"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="178"/>
        <source>Saved %1 present to %2.</source>
        <translation>Lijst met %1 opgeslagen in %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="178"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="253"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gast</numerusform>
            <numerusform>%n gasten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="252"/>
        <source>Saved %1 and %2 to %3.</source>
        <translation>%1 en %2 opgeslagen in %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_page.py" line="254"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="215"/>
        <source>Save the attendance</source>
        <translation>Aanwezigheid opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="195"/>
        <source>Invited: %1 (attended %2, no-shows %3, cancelled %4, pending %5). Walk-ins: %6. Inside now: %7 (most at once: %8, capacity %9).</source>
        <translation>Uitgenodigd: %1 (aanwezig %2, niet gekomen %3, afgemeld %4, onbevestigd %5). Inloop: %6. Nu binnen: %7 (meeste tegelijk: %8, capaciteit %9).</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="217"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="217"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.py" line="246"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/kit/form.py" line="98"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="51"/>
        <source>Edit guest</source>
        <translation>Gast bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="51"/>
        <source>Add guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="52"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="57"/>
        <source>van, de, van den…</source>
        <translation>van, de, van den…</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="62"/>
        <source>empty: a new code is made</source>
        <translation>leeg: er wordt een nieuwe code gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="68"/>
        <source>Not confirmed yet (pending): only a supervisor can let this guest in</source>
        <translation>Nog niet bevestigd: alleen een leidinggevende kan deze gast binnenlaten</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="72"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="73"/>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="74"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="76"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="77"/>
        <source>Badge code</source>
        <translation>Badgecode</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="78"/>
        <source>Ticket type</source>
        <translation>Tickettype</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="79"/>
        <source>Seat or table</source>
        <translation>Stoel of tafel</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="80"/>
        <source>Companions</source>
        <translation>Introducés</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="82"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="93"/>
        <source>name missing in the guest list</source>
        <translation>naam ontbreekt in de gastenlijst</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <location filename="../../ui/guests/model.py" line="73"/>
        <source>pending (not confirmed)</source>
        <translation>onbevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="76"/>
        <source>(name missing)</source>
        <translation>(naam ontbreekt)</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="167"/>
        <source>The guest list gave a code or an email but no name.</source>
        <translation>De gastenlijst gaf een code of e-mailadres maar geen naam.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="186"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="187"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="188"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="189"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="191"/>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="192"/>
        <source>Seat</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="193"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="194"/>
        <source>Ticket</source>
        <translation>Toegangsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="75"/>
        <source>(walk-in)</source>
        <translation>(zonder aanmelding)</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="69"/>
        <source>not arrived</source>
        <translation>niet binnen geweest</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="70"/>
        <source>inside</source>
        <translation>binnen</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="71"/>
        <source>left</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/guests/model.py" line="72"/>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
</context>
<context>
    <name>GuestTickets</name>
    <message>
        <location filename="../../ui/mail/guest_tickets.py" line="40"/>
        <source>Send ticket</source>
        <translation>Toegangsbewijs mailen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/guest_tickets.py" line="42"/>
        <source>Mail this guest their ticket now, again if it was sent before.</source>
        <translation>Mail deze gast nu het toegangsbewijs, opnieuw als het al eerder is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/guest_tickets.py" line="106"/>
        <source>Sending the ticket of %1…</source>
        <translation>Toegangsbewijs van %1 versturen…</translation>
    </message>
    <message>
        <location filename="../../ui/mail/guest_tickets.py" line="123"/>
        <source>The server refused the ticket of %1: %2</source>
        <translation>De server weigerde het toegangsbewijs van %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mail/guest_tickets.py" line="126"/>
        <source>%1 has no valid address; no ticket was sent.</source>
        <translation>%1 heeft geen geldig e-mailadres; er is geen toegangsbewijs verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/guest_tickets.py" line="129"/>
        <source>The ticket was sent.</source>
        <translation>Het toegangsbewijs is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/guest_tickets.py" line="131"/>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <location filename="../../ui/guests/page.py" line="64"/>
        <source>Search by name, organisation, email or code</source>
        <translation>Zoek op naam, organisatie, e-mail of code</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="91"/>
        <source>Add guest…</source>
        <translation>Gast toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="93"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="95"/>
        <location filename="../../ui/guests/page.py" line="255"/>
        <source>Mark cancelled</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="97"/>
        <source>Reprint badge…</source>
        <translation>Badge opnieuw afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="99"/>
        <source>Check in from paper list…</source>
        <translation>Inchecken van papieren lijst…</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="102"/>
        <source>For a guest ticked on the paper door list while the laptop was down: logged at the time it really happened.</source>
        <translation>Voor een gast die op de papieren deurlijst is afgevinkt terwijl de laptop uit was: vastgelegd op het tijdstip waarop het echt gebeurde.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="107"/>
        <location filename="../../ui/guests/page.py" line="376"/>
        <location filename="../../ui/guests/page.py" line="384"/>
        <source>New badge</source>
        <translation>Nieuwe badge</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="110"/>
        <source>A lost or copied badge: the guest gets a new code, and the old badge is turned away at the door as replaced.</source>
        <translation>Een verloren of gekopieerde badge: de gast krijgt een nieuwe code en de oude badge wordt aan de deur geweigerd als vervangen.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="171"/>
        <source>Loading the guests…</source>
        <translation>Gasten laden…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="220"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n gast</numerusform>
            <numerusform>%n gasten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="222"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="226"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n onbevestigd</numerusform>
            <numerusform>%n onbevestigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/guests/page.py" line="228"/>
        <source>%n without a name</source>
        <translation>
            <numerusform>%n zonder naam</numerusform>
            <numerusform>%n zonder naam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="253"/>
        <source>Restore (coming after all)</source>
        <translation>Terugzetten (komt toch)</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="277"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="300"/>
        <source>%1 is marked cancelled and will be turned away at the door.</source>
        <translation>%1 is afgemeld en wordt aan de deur tegengehouden.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="302"/>
        <source>%1 is expected again.</source>
        <translation>%1 wordt weer verwacht.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="336"/>
        <source>%1 is checked in from the paper list at %2; %3 inside now.</source>
        <translation>%1 is ingecheckt van de papieren lijst om %2; nu %3 binnen.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="344"/>
        <source>%1 was already inside (since %2); nothing changed.</source>
        <translation>%1 was al binnen (sinds %2); er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="350"/>
        <source>Not checked in: the room is full (%1 of %2 inside).</source>
        <translation>Niet ingecheckt: de zaal is vol (%1 van %2 binnen).</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="355"/>
        <source>Not checked in: %1 is marked cancelled.</source>
        <translation>Niet ingecheckt: %1 staat als afgemeld.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="359"/>
        <source>Not checked in: %1 is not confirmed (pending); a supervisor can let them in at the door.</source>
        <translation>Niet aangemeld: %1 is niet bevestigd; een leidinggevende kan de gast aan de deur binnenlaten.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="364"/>
        <source>Not checked in (%1).</source>
        <translation>Niet ingecheckt (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="377"/>
        <source>Give %1 a new badge code?</source>
        <translation>%1 een nieuwe badgecode geven?</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="380"/>
        <source>The old badge is turned away at the door from now on, as replaced. Print the new badge afterwards with Reprint badge.</source>
        <translation>De oude badge wordt vanaf nu aan de deur geweigerd als vervangen. Druk daarna de nieuwe badge af met Badge opnieuw afdrukken.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="410"/>
        <source>Not connected to the event store; no new badge was made. Try again.</source>
        <translation>Geen verbinding met de opslag van het evenement; er is geen nieuwe badge gemaakt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="417"/>
        <source>%1 has a new badge code, %2; the old badge is no longer let in. Reprint the badge now.</source>
        <translation>%1 heeft een nieuwe badgecode, %2; de oude badge komt niet meer binnen. Druk de badge nu opnieuw af.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="434"/>
        <source>Save badge</source>
        <translation>Badge opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="436"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="454"/>
        <source>Badge saved to %1.</source>
        <translation>Badge opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/page.py" line="458"/>
        <source>Writing the badge…</source>
        <translation>Badge maken…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>Import a guest list</source>
        <translation>Gastenlijst importeren</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="141"/>
        <source>an .xlsx, .xls, .ods or .csv file</source>
        <translation>een .xlsx-, .xls-, .ods- of .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="142"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>What each column holds</source>
        <translation>Wat elke kolom bevat</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="180"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="184"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>The first rows</source>
        <translation>De eerste regels</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="207"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="208"/>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="209"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="210"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="211"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="212"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="213"/>
        <source>Badge or ticket code</source>
        <translation>Badge- of ticketcode</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="214"/>
        <source>Coming? (status)</source>
        <translation>Komt u? (status)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="215"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="216"/>
        <source>Ticket type or role</source>
        <translation>Tickettype of rol</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="217"/>
        <source>Seat or table</source>
        <translation>Stoel of tafel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="218"/>
        <source>Companions</source>
        <translation>Introducés</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="221"/>
        <source>(keep as an extra column)</source>
        <translation>(bewaren als extra kolom)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="229"/>
        <source>Choose the guest list</source>
        <translation>Kies de gastenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>Guest lists (%1)</source>
        <translation>Gastenlijsten (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="396"/>
        <source>%n guest(s) of this event not in this list (they were kept; mark them cancelled on the Guests screen if they will not come)</source>
        <translation>
            <numerusform>%n gast van dit evenement staat niet in deze lijst (bewaard; markeer als afgemeld in het scherm Gasten als die niet komt)</numerusform>
            <numerusform>%n gasten van dit evenement staan niet in deze lijst (bewaard; markeer ze als afgemeld in het scherm Gasten als ze niet komen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="418"/>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="419"/>
        <source>name missing; imported as %1</source>
        <translation>naam ontbreekt; geïmporteerd als %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="420"/>
        <source>companions %1 is not a number; imported without companions</source>
        <translation>begeleiders %1 is geen getal; geïmporteerd zonder begeleiders</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421"/>
        <source>same code as row %1</source>
        <translation>dezelfde code als rij %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="422"/>
        <source>same email address as row %1</source>
        <translation>hetzelfde e-mailadres als rij %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="423"/>
        <source>same code as row %1, which is not cancelled and was kept</source>
        <translation>dezelfde code als rij %1, die niet is afgemeld en is bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="425"/>
        <source>same email address as row %1, which is not cancelled and was kept</source>
        <translation>hetzelfde e-mailadres als rij %1, die niet is afgemeld en is bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="268"/>
        <source>Column headers found in row %1. Change a column&apos;s meaning if it was guessed wrong; columns not recognised are kept as extra fields.</source>
        <translation>Kolomkoppen gevonden in regel %1. Verander de betekenis van een kolom als die verkeerd geraden is; onbekende kolommen worden als extra velden bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="277"/>
        <source>(no header)</source>
        <translation>(geen kop)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="362"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="373"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="378"/>
        <source>%1: the guest list is imported.</source>
        <translation>%1: de gastenlijst is geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="380"/>
        <source>New guests: %1</source>
        <translation>Nieuwe gasten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="381"/>
        <source>Updated guests: %1</source>
        <translation>Bijgewerkte gasten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="382"/>
        <source>Not coming (imported as cancelled): %1</source>
        <translation>Komen niet (als afgemeld geïmporteerd): %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="384"/>
        <source>Not confirmed (imported as pending: unpaid, waiting list): %1</source>
        <translation>Niet bevestigd (ingelezen als onbevestigd: onbetaald, wachtlijst): %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="387"/>
        <source>Name missing (imported under their code or email): %1</source>
        <translation>Naam ontbreekt (ingelezen onder hun code of e-mailadres): %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="390"/>
        <source>Duplicates (imported once): %1</source>
        <translation>Dubbelen (één keer geïmporteerd): %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="391"/>
        <source>Rows skipped: %1</source>
        <translation>Overgeslagen regels: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="403"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="404"/>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="405"/>
        <source>Name missing</source>
        <translation>Naam ontbreekt</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="406"/>
        <source>Note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="409"/>
        <source>%1, row %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="49"/>
        <location filename="../../ui/mail/settings_box.py" line="86"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="54"/>
        <source>e.g. smtp.office365.com</source>
        <translation>bijv. smtp.office365.com</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="58"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="59"/>
        <source>SSL (port 465)</source>
        <translation>SSL (poort 465)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="60"/>
        <source>None (not encrypted)</source>
        <translation>Geen (niet versleuteld)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="66"/>
        <source>e.g. Bureau Nieuw-West &lt;info@example.nl&gt;</source>
        <translation>bijv. Bureau Nieuw-West &lt;info@example.nl&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="69"/>
        <source>your own address</source>
        <translation>je eigen adres</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="70"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="72"/>
        <source>Send a test to me</source>
        <translation>Stuur mij een test</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="74"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="87"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="88"/>
        <source>Password (kept in the keychain)</source>
        <translation>Wachtwoord (bewaard in de sleutelhanger)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="89"/>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="90"/>
        <source>Reply-to</source>
        <translation>Antwoordadres</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="94"/>
        <source>Test address</source>
        <translation>Testadres</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="117"/>
        <source>kept in the keychain; type to change</source>
        <translation>bewaard in de sleutelhanger; typ om te wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="144"/>
        <source>This computer has no keychain to keep the password in; the other settings are saved.</source>
        <translation>Deze computer heeft geen sleutelhanger om het wachtwoord in te bewaren; de andere instellingen zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="151"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="160"/>
        <source>Sending a test to %1…</source>
        <translation>Test versturen naar %1…</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="174"/>
        <source>The test was sent; the server said: %1</source>
        <translation>De test is verstuurd; de server zei: %1</translation>
    </message>
</context>
<context>
    <name>MailSettingsBox</name>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="188"/>
        <source>E-mail (tickets)</source>
        <translation>E-mail (toegangsbewijzen)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="195"/>
        <source>Mail server…</source>
        <translation>Mailserver…</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="197"/>
        <source>Ticket mail…</source>
        <translation>Mail met toegangsbewijs…</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="199"/>
        <source>Send tickets</source>
        <translation>Toegangsbewijzen versturen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="219"/>
        <location filename="../../ui/mail/settings_box.py" line="243"/>
        <source>Not set up: the mail server comes first.</source>
        <translation>Nog niet ingesteld: eerst de mailserver.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_box.py" line="222"/>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <location filename="../../ui/mail/words.py" line="30"/>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="31"/>
        <source>not sent (stopped while sending)</source>
        <translation>niet verstuurd (gestopt tijdens het versturen)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="32"/>
        <source>sent at %1</source>
        <translation>verstuurd op %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="33"/>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="34"/>
        <source>not sent yet: %1</source>
        <translation>nog niet verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="35"/>
        <source>no address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="36"/>
        <source>invalid address</source>
        <translation>ongeldig e-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="37"/>
        <source>not for cancelled or pending guests</source>
        <translation>niet voor afgemelde of onbevestigde gasten</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="40"/>
        <source>All tickets</source>
        <translation>Alle toegangsbewijzen</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="41"/>
        <source>Ticket not sent</source>
        <translation>Toegangsbewijs niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="42"/>
        <source>Ticket sent</source>
        <translation>Toegangsbewijs verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="43"/>
        <source>Ticket refused</source>
        <translation>Toegangsbewijs geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="44"/>
        <source>No valid address</source>
        <translation>Geen geldig e-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="58"/>
        <source>The mail server %1 refused the user name or password (authentication: %2).</source>
        <translation>De mailserver %1 weigerde de gebruikersnaam of het wachtwoord (aanmelden: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="66"/>
        <source>The secure connection (TLS) with %1 failed: %2. Check the port and the TLS setting.</source>
        <translation>De beveiligde verbinding (TLS) met %1 mislukte: %2. Controleer de poort en de TLS-instelling.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="74"/>
        <source>The mail server %1 could not be reached (%2).</source>
        <translation>De mailserver %1 is niet bereikbaar (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="79"/>
        <source>No password for %1 in the keychain: type it in Settings, E-mail, and save.</source>
        <translation>Geen wachtwoord voor %1 in de sleutelhanger: vul het in bij Instellingen, E-mail, en sla op.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/words.py" line="85"/>
        <source>The mail server refused the mail to %1: %2</source>
        <translation>De mailserver weigerde de mail aan %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>the demo event</source>
        <translation>het demo-evenement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="100"/>
        <location filename="../../ui/app.py" line="143"/>
        <location filename="../../ui/main_window.py" line="301"/>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Door check-in</source>
        <translation>Deur check-in</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>Missing from this installation: %1. The app works without them; reinstall it to get them back.</source>
        <translation>Ontbreekt in deze installatie: %1. De app werkt zonder; installeer de app opnieuw om ze terug te krijgen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Closing the door in kiosk mode needs the supervisor PIN.</source>
        <translation>De deur sluiten in kioskmodus vraagt de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="35"/>
        <source>About Door check-in</source>
        <translation>Over Deur check-in</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="38"/>
        <source>Imports the guest list, prints QR badges, keeps the room to its capacity at the door and exports who came.</source>
        <translation>Leest de gastenlijst in, drukt badges met QR-code af, bewaakt aan de deur de capaciteit van de zaal en exporteert wie er kwam.</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="98"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="110"/>
        <source>You can remove it in Settings, under Personal data. The counts, scan times and the peak stay.</source>
        <translation>U kunt ze verwijderen bij Instellingen, onder Persoonsgegevens. De aantallen, scantijden en de piek blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="117"/>
        <source>Go to Settings</source>
        <translation>Naar Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="121"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="217"/>
        <source>&amp;Event</source>
        <translation>&amp;Evenement</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="36"/>
        <source>Door check-in %1</source>
        <translation>Deur check-in %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="101"/>
        <source>The retention period of this event ended on %1. The guest list still holds names, email addresses and other personal data, which should now be removed.</source>
        <translation>De bewaartermijn van dit evenement is verstreken op %1. De gastenlijst bevat nog namen, e-mailadressen en andere persoonsgegevens; die horen nu verwijderd te worden.</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="195"/>
        <source>&amp;Import guest list…</source>
        <translation>Gastenlijst &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="199"/>
        <source>&amp;Close event</source>
        <translation>Evenement &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="201"/>
        <source>Close &amp;window</source>
        <translation>&amp;Venster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="211"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="215"/>
        <source>&amp;About Door check-in</source>
        <translation>&amp;Over Deur check-in</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="223"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="224"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window_parts.py" line="65"/>
        <source>The server does not answer, so this page is not available. The Door keeps scanning on its own copy; open the event again once the server is back.</source>
        <translation>De server antwoordt niet, dus deze pagina is niet beschikbaar. De deur blijft scannen op zijn eigen kopie; open het evenement opnieuw zodra de server terug is.</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../ui/new_pin_dialog.py" line="35"/>
        <source>Supervisor PIN</source>
        <translation>Pincode leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/new_pin_dialog.py" line="35"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/new_pin_dialog.py" line="43"/>
        <source>The PIN guards the event settings, removing personal data and the door&apos;s supervisor actions. Choose %1 to %2 digits: a longer PIN takes far longer to guess from a copy of the event file. It is stored only as a hash: nobody can read it back, so keep it somewhere safe.</source>
        <translation>De pincode beschermt de instellingen van het evenement, het verwijderen van persoonsgegevens en de handelingen van de leidinggevende aan de deur. Kies %1 tot %2 cijfers: een langere pincode is met een kopie van het evenementbestand veel moeilijker te raden. Hij wordt alleen als hash bewaard: niemand kan hem teruglezen, dus bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../ui/new_pin_dialog.py" line="52"/>
        <source>%1 digits or more</source>
        <translation>%1 cijfers of meer</translation>
    </message>
    <message>
        <location filename="../../ui/new_pin_dialog.py" line="55"/>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <location filename="../../ui/new_pin_dialog.py" line="56"/>
        <source>The same PIN again</source>
        <translation>Dezelfde pincode nogmaals</translation>
    </message>
    <message>
        <location filename="../../ui/new_pin_dialog.py" line="66"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>De twee pincodes verschillen; typ twee keer dezelfde pincode.</translation>
    </message>
</context>
<context>
    <name>PaperCheckInDialog</name>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="157"/>
        <source>Check in from the paper list</source>
        <translation>Inchecken van de papieren lijst</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="159"/>
        <source>%1 was ticked on the paper door list.</source>
        <translation>%1 is afgevinkt op de papieren deurlijst.</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="172"/>
        <source>When it happened (%1)</source>
        <translation>Wanneer het gebeurde (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="176"/>
        <source>Asked at the door: %1</source>
        <translation>Aan de deur gevraagd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="158"/>
        <source>Check in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <location filename="../../ui/guests/dialogs.py" line="201"/>
        <source>Tick the door question first: it was asked at the door.</source>
        <translation>Vink eerst de deurvraag aan: die is aan de deur gesteld.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/badge_preview.py" line="61"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/badge_preview.py" line="67"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/badge_preview.py" line="69"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../ui/badge_preview.py" line="92"/>
        <location filename="../../ui/badge_preview.py" line="103"/>
        <source>The preview could not be drawn.</source>
        <translation>Het voorbeeld kon niet worden getekend.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_preview.py" line="129"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/tasks.py" line="163"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="192"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../ui/display/__init__.py" line="24"/>
        <source>&amp;Room display</source>
        <translation>&amp;Zaalscherm</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="61"/>
        <source>Room display</source>
        <translation>Zaalscherm</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="195"/>
        <source>Closing the room display needs the supervisor PIN.</source>
        <translation>Het zaalscherm sluiten vraagt de pincode van de leidinggevende.</translation>
    </message>
</context>
<context>
    <name>SelfCheckin</name>
    <message>
        <location filename="../../ui/selfcheckin.py" line="66"/>
        <source>Self check-in</source>
        <translation>Zelf aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheckin.py" line="231"/>
        <source>Closing self check-in needs the supervisor PIN.</source>
        <translation>Zelf aanmelden sluiten vraagt de pincode van de leidinggevende.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../ui/mail/sending.py" line="69"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/mail/sending.py" line="90"/>
        <source>Connecting to the mail server…</source>
        <translation>Verbinden met de mailserver…</translation>
    </message>
    <message>
        <location filename="../../ui/mail/sending.py" line="109"/>
        <source>%1 of %2 sent · %3 a minute</source>
        <translation>%1 van %2 verstuurd · %3 per minuut</translation>
    </message>
    <message>
        <location filename="../../ui/mail/sending.py" line="116"/>
        <source>Stopping after the message being sent…</source>
        <translation>Stoppen na het bericht dat nu wordt verstuurd…</translation>
    </message>
    <message>
        <location filename="../../ui/mail/sending.py" line="123"/>
        <source>Every guest with a valid address has their ticket.</source>
        <translation>Elke gast met een geldig e-mailadres heeft het toegangsbewijs al.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail/sending.py" line="125"/>
        <source>%n ticket(s) sent.</source>
        <translation>
            <numerusform>%n toegangsbewijs verstuurd.</numerusform>
            <numerusform>%n toegangsbewijzen verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mail/sending.py" line="128"/>
        <source>Refused: %1.</source>
        <translation>Geweigerd: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail/sending.py" line="132"/>
        <source>%n guest(s) without a valid address.</source>
        <translation>
            <numerusform>%n gast zonder geldig e-mailadres.</numerusform>
            <numerusform>%n gasten zonder geldig e-mailadres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mail/sending.py" line="135"/>
        <source>The mail server stopped answering (%1); %2 not sent, send again later.</source>
        <translation>De mailserver antwoordde niet meer (%1); %2 niet verstuurd, verstuur later opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail/sending.py" line="140"/>
        <source>Stopped: %n ticket(s) not sent yet.</source>
        <translation>
            <numerusform>Gestopt: %n toegangsbewijs nog niet verstuurd.</numerusform>
            <numerusform>Gestopt: %n toegangsbewijzen nog niet verstuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="74"/>
        <source>Play a sound with every verdict</source>
        <translation>Geluid bij elke uitslag</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="78"/>
        <source>e.g. Main entrance</source>
        <translation>bijv. Hoofdingang</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="81"/>
        <source>Keyboard scanner (USB)</source>
        <translation>Toetsenbordscanner (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="87"/>
        <source>Sounds</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Door name</source>
        <translation>Naam van deze deur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="89"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>This laptop</source>
        <translation>Deze laptop</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="112"/>
        <source>The language of the badges, the export, the door list and the other lists made for this event.</source>
        <translation>De taal van de badges, de export, de deurlijst en de andere lijsten voor dit evenement.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="118"/>
        <source>empty: none; e.g. the COVID-19 health check: no symptoms, no positive test</source>
        <translation>leeg: geen; bijv. de COVID-19-gezondheidscheck: geen klachten, niet positief getest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Asked at the door before each guest is let in; the door screen shows it and waits for a yes.</source>
        <translation>Wordt aan de deur gevraagd voordat een gast naar binnen mag; het deurscherm toont de vraag en wacht op een ja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="128"/>
        <location filename="../../ui/settings_page.py" line="266"/>
        <source>day(s) after the event</source>
        <translation>
            <numerusform>dag na het evenement</numerusform>
            <numerusform>dagen na het evenement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="134"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="145"/>
        <source>Remove PIN</source>
        <translation>Pincode verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155"/>
        <source>Event name</source>
        <translation>Naam van het evenement</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <source>Capacity (most people inside at once)</source>
        <translation>Capaciteit (meeste mensen tegelijk binnen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Door question</source>
        <translation>Deurvraag</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="158"/>
        <source>Language of the documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="159"/>
        <source>Keep personal data</source>
        <translation>Persoonsgegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Supervisor PIN</source>
        <translation>Pincode leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="164"/>
        <source>These settings hold for every door and are locked with the supervisor PIN.</source>
        <translation>Deze instellingen gelden voor elke deur en zijn vergrendeld met de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="167"/>
        <source>Unlock…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="175"/>
        <source>This event (for every door)</source>
        <translation>Dit evenement (voor elke deur)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="184"/>
        <source>Remove personal data now…</source>
        <translation>Persoonsgegevens nu verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="192"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="231"/>
        <source>Set: the event settings and removing personal data ask for it.</source>
        <translation>Ingesteld: de instellingen van het evenement en het verwijderen van persoonsgegevens vragen erom.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="233"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="235"/>
        <source>Change PIN…</source>
        <translation>Pincode wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="235"/>
        <source>Set PIN…</source>
        <translation>Pincode instellen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="244"/>
        <source>The personal data was removed on %1; the counts, scan times and the peak are kept.</source>
        <translation>De persoonsgegevens zijn verwijderd op %1; de aantallen, scantijden en de piek zijn bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="254"/>
        <source>Names and contact details are kept until %1 (%n day(s) after the event), for contact tracing.</source>
        <translation>
            <numerusform>Namen en contactgegevens worden bewaard tot %1 (%n dag na het evenement), voor bron- en contactonderzoek.</numerusform>
            <numerusform>Namen en contactgegevens worden bewaard tot %1 (%n dagen na het evenement), voor bron- en contactonderzoek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="274"/>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="286"/>
        <source>The event settings need the supervisor PIN.</source>
        <translation>Voor de instellingen van het evenement is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="304"/>
        <source>Unlock with the supervisor PIN first.</source>
        <translation>Ontgrendel eerst met de pincode van de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="308"/>
        <source>The event needs a name.</source>
        <translation>Het evenement heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="330"/>
        <source>Saved. %1 inside now, capacity %2.</source>
        <translation>Opgeslagen. Nu %1 binnen, capaciteit %2.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="348"/>
        <source>The supervisor PIN is set.</source>
        <translation>De pincode van de leidinggevende is ingesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="360"/>
        <source>The PIN is removed: anyone at any door can now change these settings.</source>
        <translation>De pincode is verwijderd: iedereen aan elke deur kan deze instellingen nu wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="370"/>
        <source>Remove personal data</source>
        <translation>Persoonsgegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="371"/>
        <source>Remove the personal data of this event for good?</source>
        <translation>De persoonsgegevens van dit evenement definitief verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="374"/>
        <source>Removed: names, organisations, email addresses, notes, seats, extra columns, imported ticket codes and the raw text of every scan. Guests become &quot;Guest 17&quot;, and their badges no longer open the door.

Kept: the counts, the scan times, the verdicts, the doors and the peak, so the attendance figures still add up.

This cannot be undone.</source>
        <translation>Verwijderd worden: namen, organisaties, e-mailadressen, opmerkingen, plaatsen, extra kolommen, geïmporteerde ticketcodes en de ruwe tekst van elke scan. Gasten heten daarna &quot;Guest 17&quot;, en hun badges openen de deur niet meer.

Bewaard blijven: de aantallen, de scantijden, de uitkomsten, de deuren en de piek, zodat de aanwezigheidscijfers blijven kloppen.

Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="382"/>
        <source>Remove for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="403"/>
        <source>Removing personal data needs the supervisor PIN.</source>
        <translation>Voor het verwijderen van persoonsgegevens is de pincode van de leidinggevende nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="410"/>
        <source>Removing personal data…</source>
        <translation>Persoonsgegevens verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="421"/>
        <source>Removed the personal data of %1 and %2.</source>
        <translation>De persoonsgegevens van %1 en %2 zijn verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_page.py" line="422"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gast</numerusform>
            <numerusform>%n gasten</numerusform>
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
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start.py" line="54"/>
        <source>Door check-in</source>
        <translation>Deur check-in</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="57"/>
        <source>Import the guest list, print QR badges, and keep the room to its capacity at the door. Every change is saved the moment it is made.</source>
        <translation>Importeer de gastenlijst, druk QR-badges af en houd aan de deur de zaal binnen haar capaciteit. Elke wijziging wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="65"/>
        <source>e.g. Inspiration session Nieuw-West</source>
        <translation>bijv. Inspiratiesessie Nieuw-West</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="72"/>
        <source>people at once</source>
        <translation>mensen tegelijk</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="74"/>
        <source>where the event file is kept</source>
        <translation>waar het evenementbestand bewaard wordt</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="75"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="80"/>
        <source>Create event</source>
        <translation>Evenement maken</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="83"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="84"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="85"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="86"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="88"/>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="94"/>
        <source>an event file, or postgresql://user@server/database</source>
        <translation>een evenementbestand, of postgresql://gebruiker@server/database</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="97"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="99"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="107"/>
        <source>Try the demo event</source>
        <translation>Probeer het demo-evenement</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="111"/>
        <source>Recent events</source>
        <translation>Recente evenementen</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="114"/>
        <location filename="../../ui/start.py" line="170"/>
        <source>Open an event</source>
        <translation>Een evenement openen</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="151"/>
        <source>Events (*%1)</source>
        <translation>Evenementen (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="162"/>
        <source>Where to keep the event</source>
        <translation>Waar het evenement bewaard wordt</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="183"/>
        <source>Choose where to keep the event file first.</source>
        <translation>Kies eerst waar het evenementbestand bewaard wordt.</translation>
    </message>
    <message>
        <location filename="../../ui/start.py" line="210"/>
        <source>Type the path of an event file or a postgresql:// address.</source>
        <translation>Typ het pad van een evenementbestand of een postgresql://-adres.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="62"/>
        <source>Ticket mail</source>
        <translation>Mail met toegangsbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="72"/>
        <source>e.g. Tolhuistuin, IJpromenade 2, Amsterdam</source>
        <translation>bijv. Tolhuistuin, IJpromenade 2, Amsterdam</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="80"/>
        <source>a minute</source>
        <translation>per minuut</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="82"/>
        <source>Fields: %1</source>
        <translation>Velden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="94"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="95"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="97"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="98"/>
        <source>Time (for the calendar)</source>
        <translation>Tijd (voor de agenda)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="99"/>
        <source>At most</source>
        <translation>Hoogstens</translation>
    </message>
    <message>
        <location filename="../../ui/mail/template_dialog.py" line="146"/>
        <source>Ticket mail: %1</source>
        <translation>Mail met toegangsbewijs: %1</translation>
    </message>
</context>
</TS>
