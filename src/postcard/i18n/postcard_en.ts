<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>BookCommands</name>
    <message numerus="yes">
      <source>Kept the suggested reading of %n person(s): %1</source>
      <translation>
        <numerusform>Kept the suggested reading of %n person: %1</numerusform>
        <numerusform>Kept the suggested reading of %n people: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CardCommands</name>
    <message numerus="yes">
      <source>%n card(s) marked as sent</source>
      <translation>
        <numerusform>%n card marked as sent</numerusform>
        <numerusform>%n cards marked as sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) marked as replied</source>
      <translation>
        <numerusform>%n card marked as replied</numerusform>
        <numerusform>%n cards marked as replied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mark the %n printed card(s) of “%1” as sent (posted)?</source>
      <translation>
        <numerusform>Mark the %n printed card of “%1” as sent (posted)?</numerusform>
        <numerusform>Mark the %n printed cards of “%1” as sent (posted)?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CardLines</name>
    <message numerus="yes">
      <source>%n line(s) of the three a card takes.</source>
      <translation>
        <numerusform>%n line of the three a card takes.</numerusform>
        <numerusform>%n lines of the three a card takes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Line %1 is long: the card writes it over %2 columns, broken at “%3” (%n columns in all). It is still one line of the three.</source>
      <translation>
        <numerusform>Line %1 is long: the card writes it over %2 columns, broken at “%3” (%n columns in all). It is still one line of the three.</numerusform>
        <numerusform>Line %1 is long: the card writes it over %2 columns, broken at “%3” (%n columns in all). It is still one line of the three.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Line %1 is long: the card writes it over %2 rows, broken at “%3” (%n rows in all). It is still one line of the three.</source>
      <translation>
        <numerusform>Line %1 is long: the card writes it over %2 rows, broken at “%3” (%n rows in all). It is still one line of the three.</numerusform>
        <numerusform>Line %1 is long: the card writes it over %2 rows, broken at “%3” (%n rows in all). It is still one line of the three.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Lines %1 are long: the card writes each over more than one column, broken at “%3” (%n columns in all). They are still lines of the three.</source>
      <translation>
        <numerusform>Lines %1 are long: the card writes each over more than one column, broken at “%3” (%n columns in all). They are still lines of the three.</numerusform>
        <numerusform>Lines %1 are long: the card writes each over more than one column, broken at “%3” (%n columns in all). They are still lines of the three.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Lines %1 are long: the card writes each over more than one row, broken at “%3” (%n rows in all). They are still lines of the three.</source>
      <translation>
        <numerusform>Lines %1 are long: the card writes each over more than one row, broken at “%3” (%n rows in all). They are still lines of the three.</numerusform>
        <numerusform>Lines %1 are long: the card writes each over more than one row, broken at “%3” (%n rows in all). They are still lines of the three.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ContactsPane</name>
    <message numerus="yes">
      <source>%n archived contact(s)</source>
      <translation>
        <numerusform>%n archived contact</numerusform>
        <numerusform>%n archived contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contact(s)</source>
      <translation>
        <numerusform>%n contact</numerusform>
        <numerusform>%n contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n shown</source>
      <translation>
        <numerusform>%n shown</numerusform>
        <numerusform>%n shown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message numerus="yes">
      <source>%n person(s) met here</source>
      <translation>
        <numerusform>%n person met here</numerusform>
        <numerusform>%n people met here</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FollowUpsModel</name>
    <message numerus="yes">
      <source>in %n day(s)</source>
      <translation>
        <numerusform>in %n day</numerusform>
        <numerusform>in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n day overdue</numerusform>
        <numerusform>%n days overdue</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FollowUpsPane</name>
    <message numerus="yes">
      <source>%n person(s) due a word</source>
      <translation>
        <numerusform>%n person due a word</numerusform>
        <numerusform>%n people due a word</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message numerus="yes">
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n problem</numerusform>
        <numerusform>%n problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new person(s) added to the book.</source>
      <translation>
        <numerusform>%n new person added to the book.</numerusform>
        <numerusform>%n new people added to the book.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n address(es) completed from the postal code.</source>
      <translation>
        <numerusform>%n address completed from the postal code.</numerusform>
        <numerusform>%n addresses completed from the postal code.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reading(s) suggested for names without furigana: marked “(suggested)” until you confirm them (Book ▸ Confirm Suggested Readings, or the contact editor).</source>
      <translation>
        <numerusform>%n reading suggested for names without furigana: marked “(suggested)” until you confirm them (Book ▸ Confirm Suggested Readings, or the contact editor).</numerusform>
        <numerusform>%n readings suggested for names without furigana: marked “(suggested)” until you confirm them (Book ▸ Confirm Suggested Readings, or the contact editor).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n address(es) may not deliver: double-click one below to fix it.</source>
      <translation>
        <numerusform>%n address may not deliver: double-click one below to fix it.</numerusform>
        <numerusform>%n addresses may not deliver: double-click one below to fix it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) left out (below).</source>
      <translation>
        <numerusform>%n row left out (below).</numerusform>
        <numerusform>%n rows left out (below).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <source>The first %n row(s) as they will be imported</source>
      <translation>
        <numerusform>The first %n row as they will be imported</numerusform>
        <numerusform>The first %n rows as they will be imported</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(of %n)</source>
      <translation>
        <numerusform>(of %n)</numerusform>
        <numerusform>(of %n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with a problem</source>
      <translation>
        <numerusform>%n with a problem</numerusform>
        <numerusform>%n with a problem</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person(s) will be imported.</source>
      <translation>
        <numerusform>%n person will be imported.</numerusform>
        <numerusform>%n people will be imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more not listed</source>
      <translation>
        <numerusform>… and %n more not listed</numerusform>
        <numerusform>… and %n more not listed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LineStatus</name>
    <message numerus="yes">
      <source>%n character(s) left on this line</source>
      <translation>
        <numerusform>%n character left on this line</numerusform>
        <numerusform>%n characters left on this line</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n character(s) too many for this line</source>
      <translation>
        <numerusform>%n character too many for this line</numerusform>
        <numerusform>%n characters too many for this line</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The card writes this line over %1 columns; %n character(s) fewer keep it in one</source>
      <translation>
        <numerusform>The card writes this line over %1 columns; %n character fewer keep it in one</numerusform>
        <numerusform>The card writes this line over %1 columns; %n characters fewer keep it in one</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The card writes this line over %1 rows; %n character(s) fewer keep it on one</source>
      <translation>
        <numerusform>The card writes this line over %1 rows; %n character fewer keep it on one</numerusform>
        <numerusform>The card writes this line over %1 rows; %n characters fewer keep it on one</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogPane</name>
    <message numerus="yes">
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n card</numerusform>
        <numerusform>%n cards</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n person(s) due a word</source>
      <translation>
        <numerusform>%n person due a word</numerusform>
        <numerusform>%n people due a word</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PrintDialog</name>
    <message numerus="yes">
      <source>%n card(s) will be printed</source>
      <translation>
        <numerusform>%n card will be printed</numerusform>
        <numerusform>%n cards will be printed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) cannot be printed (below)</source>
      <translation>
        <numerusform>%n card cannot be printed (below)</numerusform>
        <numerusform>%n cards cannot be printed (below)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n card(s); they are in the log as printed.</source>
      <translation>
        <numerusform>Wrote %n card; they are in the log as printed.</numerusform>
        <numerusform>Wrote %n cards; they are in the log as printed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) marked as sent.</source>
      <translation>
        <numerusform>%n card marked as sent.</numerusform>
        <numerusform>%n cards marked as sent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of them already got a card for this event: %1</source>
      <translation>
        <numerusform>%n of them already got a card for this event: %1</numerusform>
        <numerusform>%n of them already got a card for this event: %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The address of %n card(s) looks wrong or incomplete: %1</source>
      <translation>
        <numerusform>The address of %n card looks wrong or incomplete: %1</numerusform>
        <numerusform>The address of %n cards looks wrong or incomplete: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PrintOptions</name>
    <message numerus="yes">
      <source>Cards with a line for this event (%n)</source>
      <translation>
        <numerusform>Cards with a line for this event (%n)</numerusform>
        <numerusform>Cards with a line for this event (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The checked people (%n)</source>
      <translation>
        <numerusform>The checked people (%n)</numerusform>
        <numerusform>The checked people (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Everyone in the list (%n)</source>
      <translation>
        <numerusform>Everyone in the list (%n)</numerusform>
        <numerusform>Everyone in the list (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemList</name>
    <message numerus="yes">
      <source>&amp;Look at these before printing (%n); double-click one to open the card:</source>
      <translation>
        <numerusform>&amp;Look at these before printing (%n); double-click one to open the card:</numerusform>
        <numerusform>&amp;Look at these before printing (%n); double-click one to open the card:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&amp;Not printed (%n): fix them, then print them again; double-click one to open it:</source>
      <translation>
        <numerusform>&amp;Not printed (%n): fix them, then print them again; double-click one to open it:</numerusform>
        <numerusform>&amp;Not printed (%n): fix them, then print them again; double-click one to open it:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReprintDialog</name>
    <message numerus="yes">
      <source>%n card(s), exactly as printed (same text and handwriting)</source>
      <translation>
        <numerusform>%n card, exactly as printed (same text and handwriting)</numerusform>
        <numerusform>%n cards, exactly as printed (same text and handwriting)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n page(s) to %1 (not logged again).</source>
      <translation>
        <numerusform>Wrote %n page to %1 (not logged again).</numerusform>
        <numerusform>Wrote %n pages to %1 (not logged again).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message numerus="yes">
      <source>%n card(s) may not arrive: fix their addresses, or print them anyway.</source>
      <translation>
        <numerusform>%n card may not arrive: fix their addresses, or print them anyway.</numerusform>
        <numerusform>%n cards may not arrive: fix their addresses, or print them anyway.</numerusform>
      </translation>
    </message>
  </context>
</TS>