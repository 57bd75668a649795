<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About postcard</source>
      <extracomment>(font, author, licence file in fonts/)</extracomment>
      <translation>postcard について</translation>
    </message>
    <message>
      <source>Short, personal, handwritten-looking thank-you postcards after events, printed in one batch, with a log of who got what and a list of who is due a word.</source>
      <translation>イベントのあとに、手書き風の短いお礼状をまとめて印刷。誰に何を送ったかを記録し、そろそろ連絡したい人の一覧も表示します。</translation>
    </message>
    <message>
      <source>Licence: %1.</source>
      <translation>ライセンス: %1</translation>
    </message>
    <message>
      <source>The handwriting fonts that come with postcard:</source>
      <translation>postcard に同梱の手書きフォント:</translation>
    </message>
    <message>
      <source>The fonts are optimised for printing (hinting removed); every character is kept.</source>
      <translation>フォントは印刷向けに最適化しています（ヒンティングを除去。文字はすべて残しています）。</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Print Batch…</source>
      <translation>まとめて印刷(&amp;P)…</translation>
    </message>
    <message>
      <source>Print the cards of this event (or the checked people)</source>
      <translation>このイベント（またはチェックした人）のはがきを印刷します</translation>
    </message>
    <message>
      <source>Save and &amp;Next Person</source>
      <translation>保存して次の人へ(&amp;N)</translation>
    </message>
    <message>
      <source>Save this card and go to the next person without a line</source>
      <translation>このはがきを保存し、まだひと言のない次の人へ移ります</translation>
    </message>
    <message>
      <source>&amp;Reprint Card…</source>
      <translation>はがきを再印刷(&amp;R)…</translation>
    </message>
    <message>
      <source>Print a logged card again, exactly as it was printed</source>
      <translation>記録済みのはがきを、印刷したときと同じように再印刷します</translation>
    </message>
    <message>
      <source>Mark as &amp;Sent</source>
      <translation>投函済みにする(&amp;S)</translation>
    </message>
    <message>
      <source>Mark the printed cards as posted</source>
      <translation>印刷したはがきを投函済みにします</translation>
    </message>
    <message>
      <source>Mark as Re&amp;plied</source>
      <translation>返信ありにする(&amp;P)</translation>
    </message>
    <message>
      <source>Mark the selected cards as answered</source>
      <translation>選んだはがきに返信があったことを記録します</translation>
    </message>
    <message>
      <source>&amp;Write a New Card</source>
      <translation>新しいはがきを書く(&amp;W)</translation>
    </message>
    <message>
      <source>Start a new card for this person and event</source>
      <translation>この人とイベントの新しいはがきを書き始めます</translation>
    </message>
    <message>
      <source>&amp;Find People</source>
      <translation>人を探す(&amp;F)</translation>
    </message>
    <message>
      <source>Show the &amp;Log</source>
      <translation>送付記録を表示(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Export Log as CSV…</source>
      <translation>送付記録を CSV に書き出す(&amp;E)…</translation>
    </message>
    <message>
      <source>Show the other side of the card</source>
      <translation>はがきの反対の面を表示します</translation>
    </message>
    <message>
      <source>Flip</source>
      <translation>裏返す</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>拡大(&amp;I)</translation>
    </message>
    <message>
      <source>Flip &amp;Card</source>
      <translation>はがきを裏返す(&amp;C)</translation>
    </message>
    <message>
      <source>Zoom Ou&amp;t</source>
      <translation>縮小(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Both Sides in View</source>
      <translation>両面を表示(&amp;B)</translation>
    </message>
    <message>
      <source>Zoom so that both sides of the card are in view</source>
      <translation>はがきの両面が収まるように表示します</translation>
    </message>
    <message>
      <source>Both sides</source>
      <translation>両面</translation>
    </message>
    <message>
      <source>Show the F&amp;ollow-ups</source>
      <translation>フォローアップを表示(&amp;O)</translation>
    </message>
    <message>
      <source>Who is due a word: log a call or lunch, or send a short note</source>
      <translation>そろそろ連絡したい人: 電話やランチを記録、または短いメモを送る</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>設定(&amp;S)…</translation>
    </message>
    <message>
      <source>Ink, pen, card and print settings</source>
      <translation>インク・ペン・はがき・印刷の設定</translation>
    </message>
    <message>
      <source>&amp;Calibrate the Printer…</source>
      <translation>プリンターの位置合わせ(&amp;C)…</translation>
    </message>
    <message>
      <source>Print a test page, measure it and save the printer's offsets</source>
      <translation>テストページを印刷して測り、プリンターのずれを保存します</translation>
    </message>
    <message>
      <source>Edit &amp;Templates…</source>
      <translation>テンプレートを編集(&amp;T)…</translation>
    </message>
    <message>
      <source>Change the card templates or write your own</source>
      <translation>文面のテンプレートを変更、または自作します</translation>
    </message>
    <message>
      <source>&amp;Import Contacts…</source>
      <translation>連絡先を取り込む(&amp;I)…</translation>
    </message>
    <message>
      <source>Bring people in from a business-card CSV or a vCard file (or drop the files here)</source>
      <translation>名刺アプリの CSV や vCard ファイルから人を取り込みます（ファイルをここにドロップしても取り込めます）</translation>
    </message>
    <message>
      <source>New &amp;Contact…</source>
      <translation>新しい連絡先(&amp;C)…</translation>
    </message>
    <message>
      <source>Add a person to the book</source>
      <translation>連絡帳に人を追加します</translation>
    </message>
    <message>
      <source>&amp;Edit Contact…</source>
      <translation>連絡先を編集(&amp;E)…</translation>
    </message>
    <message>
      <source>Change this person's name, address, readings, tags and notes</source>
      <translation>この人の氏名・住所・よみ・タグ・メモを変更します</translation>
    </message>
    <message>
      <source>&amp;Archive Contact</source>
      <translation>連絡先をアーカイブ(&amp;A)</translation>
    </message>
    <message>
      <source>Move the selected people to the archive (nothing is deleted)</source>
      <translation>選んだ人をアーカイブに移します（削除はされません）</translation>
    </message>
    <message>
      <source>&amp;Restore Contact</source>
      <translation>連絡先を元に戻す(&amp;R)</translation>
    </message>
    <message>
      <source>Bring the selected archived people back into the book</source>
      <translation>アーカイブした人を連絡帳に戻します</translation>
    </message>
    <message>
      <source>Con&amp;firm Suggested Readings</source>
      <translation>候補の読みを確定(&amp;F)</translation>
    </message>
    <message>
      <source>Keep the readings postcard suggested for the selected people (marked “suggested”)</source>
      <translation>選んだ人の「候補」の読みを、そのまま正しい読みとして確定します</translation>
    </message>
    <message>
      <source>New E&amp;vent…</source>
      <translation>新しいイベント(&amp;V)…</translation>
    </message>
    <message>
      <source>Add an event (a seminar, a meetup) and the people met there</source>
      <translation>イベント（セミナー、交流会など）とそこで会った人を追加します</translation>
    </message>
    <message>
      <source>Edit Eve&amp;nt…</source>
      <translation>イベントを編集(&amp;N)…</translation>
    </message>
    <message>
      <source>Change the event's name, date, place and notes, and who was met there</source>
      <translation>イベントの名前・日付・場所・メモと、そこで会った人を変更します</translation>
    </message>
    <message>
      <source>Sen&amp;der Profiles…</source>
      <translation>差出人(&amp;D)…</translation>
    </message>
    <message>
      <source>Who the cards are from: your name and address, one profile or several</source>
      <translation>はがきの差出人（あなたの氏名と住所）。複数登録できます</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>Add postcard to the Applications &amp;Menu</source>
      <translation>アプリケーションメニューに postcard を追加(&amp;M)</translation>
    </message>
    <message>
      <source>Put postcard's launcher and icon in your desktop's menu</source>
      <translation>postcard の起動項目とアイコンをデスクトップのメニューに追加します</translation>
    </message>
    <message>
      <source>&amp;About postcard</source>
      <translation>postcard について(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>AddressFields</name>
    <message>
      <source>Prefecture, &amp;city, town:</source>
      <translation>都道府県・市区町村・町域(&amp;C)：</translation>
    </message>
    <message>
      <source>&amp;Building, floor, room:</source>
      <translation>建物名・階・部屋番号(&amp;B)：</translation>
    </message>
    <message>
      <source>Posta&amp;l code:</source>
      <translation>郵便番号(&amp;L)：</translation>
    </message>
    <message>
      <source>Street n&amp;umber:</source>
      <translation>番地(&amp;U)：</translation>
    </message>
    <message>
      <source>Countr&amp;y:</source>
      <translation>国(&amp;Y)：</translation>
    </message>
    <message>
      <source>filled in from the postal code</source>
      <translation>郵便番号から自動で入力されます</translation>
    </message>
    <message>
      <source>e.g. 1-2-3</source>
      <translation>例：1-2-3</translation>
    </message>
    <message>
      <source>empty for Japan</source>
      <translation>日本なら空欄</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>postcard is already open on this contact book (process %1). This window works on the same book; nothing is lost, but each window shows the other's changes only when reloaded.</source>
      <translation>この連絡帳はすでに postcard で開かれています（プロセス %1）。このウィンドウも同じ連絡帳で作業できます。内容が失われることはありませんが、もう一方の変更は読み込み直すまで表示されません。</translation>
    </message>
  </context>
  <context>
    <name>BookCommands</name>
    <message>
      <source>Saved %1.</source>
      <translation>%1 を保存しました。</translation>
    </message>
    <message>
      <source>Archived %1. Nothing is deleted: “Archived contacts” brings them back.</source>
      <translation>%1 をアーカイブしました。削除はされていません。「アーカイブした連絡先」から元に戻せます。</translation>
    </message>
    <message>
      <source>Restored %1 to the book.</source>
      <translation>%1 を連絡帳に戻しました。</translation>
    </message>
    <message numerus="yes">
      <source>Kept the suggested reading of %n person(s): %1</source>
      <translation>
        <numerusform>%n人の読みを確定しました：%1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CardCommands</name>
    <message numerus="yes">
      <source>%n card(s) marked as sent</source>
      <translation>
        <numerusform>%n枚を投函済みにしました</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) marked as replied</source>
      <translation>
        <numerusform>%n枚を返信ありにしました</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose an event</source>
      <translation>イベントを選んでください</translation>
    </message>
    <message>
      <source>Pick an event in the sidebar to mark its printed cards as sent, or select cards in the log.</source>
      <translation>投函済みにするには、サイドバーでイベントを選ぶか、送付記録ではがきを選んでください。</translation>
    </message>
    <message>
      <source>Nothing to mark</source>
      <translation>対象のはがきがありません</translation>
    </message>
    <message>
      <source>No card of “%1” is waiting to be posted: print the batch first.</source>
      <translation>「%1」には投函待ちのはがきがありません。先にまとめて印刷してください。</translation>
    </message>
    <message>
      <source>Mark as sent?</source>
      <translation>投函済みにしますか？</translation>
    </message>
    <message numerus="yes">
      <source>Mark the %n printed card(s) of “%1” as sent (posted)?</source>
      <translation>
        <numerusform>「%1」の印刷済みのはがき%n枚を投函済みにしますか？</numerusform>
      </translation>
    </message>
    <message>
      <source>This person has no printed card for this event yet.</source>
      <translation>この人には、このイベントで印刷したはがきがまだありません。</translation>
    </message>
  </context>
  <context>
    <name>CardLines</name>
    <message>
      <source>The last lines that made a card; as typed now, it cannot be made.</source>
      <translation>最後に作れたはがきの文面です。いまの入力では、はがきを作れません。</translation>
    </message>
    <message>
      <source>Three lines: the most a card takes.</source>
      <translation>3行：はがきに書ける行数いっぱいです。</translation>
    </message>
    <message numerus="yes">
      <source>%n line(s) of the three a card takes.</source>
      <translation>
        <numerusform>はがきに書ける3行のうち%n行です。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Line %1 is long: the card writes it over %2 columns, broken at “%3” (%n columns in all). It is still one line of the three.</source>
      <translation>
        <numerusform>%1行目は長いので、「%3」の所で折り返して%2列に分けて書きます（全部で%n列）。3行のうちの1行として数えます。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Line %1 is long: the card writes it over %2 rows, broken at “%3” (%n rows in all). It is still one line of the three.</source>
      <translation>
        <numerusform>%1行目は長いので、「%3」の所で折り返して%2段に分けて書きます（全部で%n段）。3行のうちの1行として数えます。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Lines %1 are long: the card writes each over more than one column, broken at “%3” (%n columns in all). They are still lines of the three.</source>
      <translation>
        <numerusform>%1行目は長いので、それぞれ「%3」の所で折り返して書きます（全部で%n列）。どれも3行のうちの1行として数えます。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Lines %1 are long: the card writes each over more than one row, broken at “%3” (%n rows in all). They are still lines of the three.</source>
      <translation>
        <numerusform>%1行目は長いので、それぞれ「%3」の所で折り返して書きます（全部で%n段）。どれも3行のうちの1行として数えます。</numerusform>
      </translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
  </context>
  <context>
    <name>CardLogModel</name>
    <message>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>相手</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>イベント</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文面</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>下書き</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>印刷済み</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>投函済み</translation>
    </message>
    <message>
      <source>replied</source>
      <translation>返信あり</translation>
    </message>
  </context>
  <context>
    <name>ColourEditor</name>
    <message>
      <source>Choose…</source>
      <translation>選択…</translation>
    </message>
  </context>
  <context>
    <name>ColumnMapping</name>
    <message>
      <source>Field</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>ファイルの列</translation>
    </message>
    <message>
      <source>First row</source>
      <translation>1行目の値</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— 取り込まない —</translation>
    </message>
    <message>
      <source>One of the fields marked * is needed: a name, a company or an e-mail.</source>
      <translation>* の付いた項目（氏名・会社・メールのいずれか）が一つは必要です。</translation>
    </message>
  </context>
  <context>
    <name>ComposePanel</name>
    <message>
      <source>Write a new card?</source>
      <translation>新しいはがきを書きますか？</translation>
    </message>
    <message>
      <source>%1 already got a card for this event. Write another one?</source>
      <translation>%1 さんにはこのイベントのはがきをすでに送っています。もう1枚書きますか？</translation>
    </message>
    <message>
      <source>Nobody selected</source>
      <translation>だれも選ばれていません</translation>
    </message>
    <message>
      <source>%1: your own template, which replaces the bundled one of the same name (%2)</source>
      <translation>%1：付属の同名テンプレートの代わりに使われる、自作のテンプレートです（%2）</translation>
    </message>
    <message>
      <source>%1 (yours)</source>
      <translation>%1（自作）</translation>
    </message>
    <message>
      <source>%1: your own template (%2)</source>
      <translation>%1：自作のテンプレートです（%2）</translation>
    </message>
    <message>
      <source>%1: a template that comes with postcard</source>
      <translation>%1：postcard に付属のテンプレートです</translation>
    </message>
    <message>
      <source>&amp;Personal line:</source>
      <translation>ひと言(&amp;P)：</translation>
    </message>
    <message>
      <source>The card says:</source>
      <translation>はがきの文面：</translation>
    </message>
    <message>
      <source>N&amp;otes about this person (what you talked about, their good points):</source>
      <translation>この人についてのメモ（話したこと、良いところ）(&amp;O)：</translation>
    </message>
    <message>
      <source>One line for this person, e.g. what you talked about…</source>
      <translation>この人へのひと言（話した内容など）…</translation>
    </message>
    <message>
      <source>Saved as you type. Ctrl+Enter: save and go to the next person without a line.</source>
      <translation>入力すると自動で保存されます。Ctrl+Enter で保存して、ひと言がまだの次の人へ移ります。</translation>
    </message>
    <message>
      <source>Only for you; saved as you type</source>
      <translation>自分用のメモです（入力すると自動で保存されます）</translation>
    </message>
    <message>
      <source>The card says</source>
      <translation>はがきの文面</translation>
    </message>
    <message>
      <source>Personal line</source>
      <translation>ひと言</translation>
    </message>
    <message>
      <source>%1 (your version)</source>
      <translation>%1（変更版）</translation>
    </message>
    <message>
      <source>Te&amp;mplate:</source>
      <translation>テンプレート(&amp;M)：</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>テンプレート</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Edit contact</source>
      <translation>連絡先の編集</translation>
    </message>
    <message>
      <source>New contact</source>
      <translation>新しい連絡先</translation>
    </message>
    <message>
      <source>family name in kana</source>
      <translation>姓のよみがな</translation>
    </message>
    <message>
      <source>given name in kana</source>
      <translation>名のよみがな</translation>
    </message>
    <message>
      <source>&amp;Key person (one of the handful that matter)</source>
      <translation>キーパーソン（特に大切な数人）(&amp;K)</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 日</translation>
    </message>
    <message>
      <source>default (every %1 days)</source>
      <translation>標準（%1日ごと）</translation>
    </message>
    <message>
      <source>Tags are separated by commas, semicolons or 、, in half or full width.</source>
      <translation>タグは「、」・カンマ・セミコロン（半角・全角どちらでも）で区切ります。</translation>
    </message>
    <message>
      <source>What you talked about, their good points…</source>
      <translation>話したこと、その人の良いところ…</translation>
    </message>
    <message>
      <source>Add &amp;anyway</source>
      <translation>それでも追加する(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>氏名(&amp;N)：</translation>
    </message>
    <message>
      <source>Rea&amp;ding:</source>
      <translation>よみ(&amp;D)：</translation>
    </message>
    <message>
      <source>Con&amp;firm</source>
      <translation>これにする(&amp;F)</translation>
    </message>
    <message>
      <source>e.g. seminar, client (also ; or 、)</source>
      <translation>例：セミナー、取引先（, や ; でも可）</translation>
    </message>
    <message>
      <source>Sho&amp;w the one in the book</source>
      <translation>登録済みの方を開く(&amp;W)</translation>
    </message>
    <message>
      <source>Honor&amp;ific:</source>
      <translation>敬称(&amp;I)：</translation>
    </message>
    <message>
      <source>family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>given name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人</translation>
    </message>
    <message>
      <source>Co&amp;mpany:</source>
      <translation>会社(&amp;M)：</translation>
    </message>
    <message>
      <source>Company reading:</source>
      <translation>会社のよみ：</translation>
    </message>
    <message>
      <source>De&amp;partment:</source>
      <translation>部署(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>役職(&amp;T)：</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>勤務先</translation>
    </message>
    <message>
      <source>Save the changes?</source>
      <translation>変更を保存しますか？</translation>
    </message>
    <message>
      <source>Save your changes to %1 before showing the event?</source>
      <translation>イベントを表示する前に、%1さんの変更を保存しますか？</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住所</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>メール(&amp;E)：</translation>
    </message>
    <message>
      <source>P&amp;hone:</source>
      <translation>電話(&amp;H)：</translation>
    </message>
    <message>
      <source>Keep in touch e&amp;very:</source>
      <translation>連絡の間隔(&amp;V)：</translation>
    </message>
    <message>
      <source>A&amp;rchive</source>
      <translation>アーカイブ(&amp;R)</translation>
    </message>
    <message>
      <source>Ta&amp;gs:</source>
      <translation>タグ(&amp;G)：</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>メモ(&amp;O)：</translation>
    </message>
    <message>
      <source>Met at:</source>
      <translation>出会ったイベント：</translation>
    </message>
    <message>
      <source>Keeping in touch</source>
      <translation>つながりを保つ</translation>
    </message>
    <message>
      <source>Met at %1</source>
      <translation>%1 で会った</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
      <source>Suggested reading: %1 (a guess: check it)</source>
      <translation>よみの候補：%1（推測です。確認してください）</translation>
    </message>
    <message>
      <source>%1 is already in the book%2.</source>
      <translation>%1 はすでに連絡帳にあります%2。</translation>
    </message>
    <message>
      <source>(archived)</source>
      <translation>（アーカイブ済み）</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>よみ</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>タグ</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住所</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>未記入</translation>
    </message>
    <message>
      <source>line written</source>
      <translation>記入済み</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>印刷済み</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>投函済み</translation>
    </message>
    <message>
      <source>replied</source>
      <translation>返信あり</translation>
    </message>
    <message>
      <source>(reading missing)</source>
      <translation>（読みなし）</translation>
    </message>
    <message>
      <source>(no reading: add it in the editor)</source>
      <translation>（読みなし：編集画面で入力）</translation>
    </message>
    <message>
      <source>⚠ The card may not arrive: %1</source>
      <translation>⚠ はがきが届かないおそれがあります：%1</translation>
    </message>
    <message>
      <source>A reading postcard guessed from the name. If it is right, keep it with Book ▸ Confirm Suggested Readings; if not, type the right one in the contact editor (double-click).</source>
      <translation>名前から postcard が推測した読みです。正しければ「連絡帳 ▸ 候補の読みを確定」で確定してください。違っていれば、連絡先の編集画面（ダブルクリック）で正しい読みを入力してください。</translation>
    </message>
    <message>
      <source>No reading for this name yet. Double-click the person and type it in kana: the book sorts by it and the search finds the person by it.</source>
      <translation>この名前にはまだ読みがありません。ダブルクリックして、かなで入力してください。読みは並べ替えと検索に使われます。</translation>
    </message>
  </context>
  <context>
    <name>ContactsPane</name>
    <message>
      <source>%1 of %2 written</source>
      <translation>%2人中%1人 記入済み</translation>
    </message>
    <message numerus="yes">
      <source>%n archived contact(s)</source>
      <translation>
        <numerusform>アーカイブした連絡先 %n件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contact(s)</source>
      <translation>
        <numerusform>%n件の連絡先</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n shown</source>
      <translation>
        <numerusform>%n件を表示</numerusform>
      </translation>
    </message>
    <message>
      <source>Search names, readings, company, tags…</source>
      <translation>氏名・よみ・会社・タグで検索…</translation>
    </message>
    <message>
      <source>Search people</source>
      <translation>人を検索</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人</translation>
    </message>
    <message>
      <source>Enter or double-click: this person's details. Tick people to print just them. Right-click the header for more columns.</source>
      <translation>Enter キーまたはダブルクリックでこの人の詳細を開きます。チェックを付けると、その人だけを印刷できます。見出しを右クリックすると表示する列を選べます。</translation>
    </message>
  </context>
  <context>
    <name>DesignEditor</name>
    <message>
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>Plum blossom (梅)</source>
      <translation>梅の花</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Your contact book is empty</source>
      <translation>連絡帳はまだ空です</translation>
    </message>
    <message>
      <source>Bring in the people you met: import the CSV your business-card app exports (Eight and others) or a vCard file — or drop the files on this window. You can also add a person by hand.</source>
      <translation>出会った方々を取り込みましょう。名刺管理アプリ（Eight など）が書き出す CSV や vCard ファイルを取り込むか、ファイルをこの画面にドロップしてください。手で一人ずつ追加することもできます。</translation>
    </message>
    <message>
      <source>Nobody is linked to this event yet</source>
      <translation>このイベントにはまだ誰も登録されていません</translation>
    </message>
    <message>
      <source>Import the business cards you got there (and choose this event in the import), or check the people you met in the event's editor.</source>
      <translation>そこで受け取った名刺を取り込む（取り込みの画面でこのイベントを選ぶ）か、イベントの編集画面で会った人にチェックを入れてください。</translation>
    </message>
    <message>
      <source>Nobody is archived</source>
      <translation>アーカイブした連絡先はありません</translation>
    </message>
    <message>
      <source>Archived people are kept here, out of the lists; nothing is ever deleted.</source>
      <translation>アーカイブした人は一覧から外れてここに残ります。削除されることはありません。</translation>
    </message>
  </context>
  <context>
    <name>EventChoice</name>
    <message>
      <source>Where you met them</source>
      <translation>会った場所</translation>
    </message>
    <message>
      <source>&amp;Not linked to an event</source>
      <translation>イベントに結び付けない(&amp;N)</translation>
    </message>
    <message>
      <source>Met at &amp;this event:</source>
      <translation>このイベントで会った(&amp;T)：</translation>
    </message>
    <message>
      <source>Met at a ne&amp;w event:</source>
      <translation>新しいイベントで会った(&amp;W)：</translation>
    </message>
    <message>
      <source>e.g. 地域DXセミナー2026</source>
      <translation>例：地域DXセミナー2026</translation>
    </message>
    <message>
      <source>Also an event per &amp;exchange date (名刺交換日, from Eight)</source>
      <translation>名刺交換日ごとにもイベントを作る（Eight）(&amp;E)</translation>
    </message>
    <message>
      <source>Give the new event a name.</source>
      <translation>新しいイベントの名前を入力してください。</translation>
    </message>
    <message>
      <source>“%1” is already an event, on %2: choose it above, or give this one another name.</source>
      <translation>「%1」は %2 のイベントとしてすでにあります。上で選ぶか、別の名前を付けてください。</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <source>Edit event</source>
      <translation>イベントの編集</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>新しいイベント</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日付(&amp;D)：</translation>
    </message>
    <message>
      <source>Search names, readings, company, tags…</source>
      <translation>氏名・よみ・会社・タグで検索…</translation>
    </message>
    <message>
      <source>Only the people &amp;met here</source>
      <translation>ここで会った人だけ(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>名前(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>場所(&amp;P)：</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>メモ(&amp;O)：</translation>
    </message>
    <message>
      <source>People met here (check to add, uncheck to remove)</source>
      <translation>ここで会った人（チェックで追加、外すと除外）</translation>
    </message>
    <message>
      <source>Reading the people…</source>
      <translation>連絡先を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
      <source>%n person(s) met here</source>
      <translation>
        <numerusform>ここで会った人 %n人</numerusform>
      </translation>
    </message>
    <message>
      <source>no date</source>
      <translation>日付なし</translation>
    </message>
    <message>
      <source>An event named “%1” exists already (%2): give this one another name.</source>
      <translation>「%1」という名前のイベントがすでにあります（%2）。別の名前を付けてください。</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsModel</name>
    <message>
      <source>Person</source>
      <translation>相手</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>最後の連絡</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>card sent</source>
      <translation>はがき送付</translation>
    </message>
    <message>
      <source>met</source>
      <translation>面会</translation>
    </message>
    <message>
      <source>call</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>lunch</source>
      <translation>食事</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <source>note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>まだなし</translation>
    </message>
    <message>
      <source>Key person</source>
      <translation>大切な人</translation>
    </message>
    <message>
      <source>never in touch</source>
      <translation>連絡の記録なし</translation>
    </message>
    <message>
      <source>in %n day(s)</source>
      <translation>あと %n 日</translation>
    </message>
    <message>
      <source>today</source>
      <translation>今日</translation>
    </message>
    <message>
      <source>%n day(s) overdue</source>
      <translation>%n 日超過</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsPane</name>
    <message>
      <source>No e-mail address for this person</source>
      <translation>この人のメールアドレスがありません</translation>
    </message>
    <message>
      <source>Opens your mail client with a short note to this person</source>
      <translation>この人あての短いメールをメールソフトで開きます</translation>
    </message>
    <message>
      <source>Not logged</source>
      <translation>記録できませんでした</translation>
    </message>
    <message>
      <source>Logged: %1 with %2.</source>
      <translation>記録しました: %2 さんと%1</translation>
    </message>
    <message>
      <source>%1 has no usable e-mail address (“%2”); add one in the contact editor.</source>
      <translation>%1さんのメールアドレス（「%2」）は使えません。連絡先の編集画面で入力してください。</translation>
    </message>
    <message>
      <source>No e-mail address</source>
      <translation>メールアドレスがありません</translation>
    </message>
    <message>
      <source>No mail client</source>
      <translation>メールソフトがありません</translation>
    </message>
    <message>
      <source>No mail client could be opened. Write to %1 from your mail program; nothing was logged.</source>
      <translation>メールソフトを開けませんでした。お使いのメールソフトから %1 へ送ってください（記録はしていません）。</translation>
    </message>
    <message numerus="yes">
      <source>%n person(s) due a word</source>
      <translation>
        <numerusform>連絡したい人 %n 人</numerusform>
      </translation>
    </message>
    <message>
      <source>Nobody is due: everyone heard from you within their interval</source>
      <translation>いま連絡が必要な人はいません。全員、間隔内に連絡済みです</translation>
    </message>
    <message>
      <source>Most overdue first; ★ marks your key people. A card sent, a logged call or lunch, or an event where you met counts as a contact. A short line now and then keeps a connection alive.</source>
      <translation>期限を過ぎた順に並びます。★は大切な人です。送ったはがき、記録した電話や食事、会ったイベントが「連絡」になります。ときどきの短い一言が、つながりを保ちます。</translation>
    </message>
    <message>
      <source>Show &amp;everyone</source>
      <translation>全員を表示(&amp;E)</translation>
    </message>
    <message>
      <source>Kind of contact</source>
      <translation>連絡の種類</translation>
    </message>
    <message>
      <source>What about (optional), e.g. coffee at the station</source>
      <translation>内容（任意）例: 駅前でコーヒー</translation>
    </message>
    <message>
      <source>&amp;Log contact</source>
      <translation>連絡を記録(&amp;L)</translation>
    </message>
    <message>
      <source>Send a one-line &amp;note…</source>
      <translation>ひとことメールを送る(&amp;N)…</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>vCard</source>
      <translation>vCard</translation>
    </message>
    <message>
      <source>Google Contacts (CSV)</source>
      <translation>Google コンタクト（CSV）</translation>
    </message>
    <message>
      <source>Google Contacts, older export (CSV)</source>
      <translation>Google コンタクト・旧形式（CSV）</translation>
    </message>
    <message>
      <source>Outlook (CSV)</source>
      <translation>Outlook（CSV）</translation>
    </message>
    <message>
      <source>Eight business cards (CSV)</source>
      <translation>Eight 名刺（CSV）</translation>
    </message>
    <message>
      <source>Eight business cards, older export (CSV)</source>
      <translation>Eight 名刺・旧形式（CSV）</translation>
    </message>
    <message>
      <source>はがきデザインキット (CSV)</source>
      <translation>はがきデザインキット（CSV）</translation>
    </message>
    <message>
      <source>宛名職人 (CSV)</source>
      <translation>宛名職人（CSV）</translation>
    </message>
    <message>
      <source>postcard's own export (CSV)</source>
      <translation>postcard の書き出し（CSV）</translation>
    </message>
    <message>
      <source>CSV read with your column mapping</source>
      <translation>列の対応を指定した CSV</translation>
    </message>
    <message>
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <source>UTF-8 (with BOM)</source>
      <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
      <source>UTF-16 (Excel Unicode text)</source>
      <translation>UTF-16（Excel の Unicode テキスト）</translation>
    </message>
    <message>
      <source>Shift_JIS (CP932)</source>
      <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
      <source>Shift_JIS</source>
      <translation>Shift_JIS</translation>
    </message>
    <message>
      <source>Western European (Windows-1252)</source>
      <translation>西欧（Windows-1252）</translation>
    </message>
    <message>
      <source>Full name (split at the space)</source>
      <translation>氏名（空白で姓と名に分割）</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Reading of the full name (furigana)</source>
      <translation>氏名のよみ（ふりがな）</translation>
    </message>
    <message>
      <source>Reading of the family name</source>
      <translation>姓のよみ</translation>
    </message>
    <message>
      <source>Reading of the given name</source>
      <translation>名のよみ</translation>
    </message>
    <message>
      <source>Honorific (様, 御中…)</source>
      <translation>敬称（様、御中…）</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <source>Reading of the company</source>
      <translation>会社のよみ</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部署</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>役職</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>郵便番号</translation>
    </message>
    <message>
      <source>Address (prefecture, city, town…)</source>
      <translation>住所（都道府県・市区町村・町域…）</translation>
    </message>
    <message>
      <source>Address: street number</source>
      <translation>住所：番地</translation>
    </message>
    <message>
      <source>Address: building, floor, room</source>
      <translation>住所：建物名・階・部屋番号</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Tags (separated by commas, semicolons or 、)</source>
      <translation>タグ（「、」・カンマ・セミコロン区切り）</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Date met</source>
      <translation>会った日</translation>
    </message>
    <message>
      <source>Key person (1, yes, x)</source>
      <translation>キーパーソン（1、yes、x）</translation>
    </message>
    <message>
      <source>Keep-in-touch interval (days)</source>
      <translation>連絡の間隔（日）</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>%1 行目: %2</translation>
    </message>
    <message>
      <source>Characters the file's encoding cannot read (in %1): the row is left out.</source>
      <translation>ファイルの文字コードで読めない文字があります（%1）。この行は取り込みません。</translation>
    </message>
    <message>
      <source>Characters the file's encoding cannot read in %1: imported without them.</source>
      <translation>%1 にファイルの文字コードで読めない文字がありました。その部分を除いて取り込みます。</translation>
    </message>
    <message>
      <source>This row cannot be read as CSV (%1): left out.</source>
      <translation>この行は CSV として読めません（%1）。取り込みません。</translation>
    </message>
    <message>
      <source>A line that is not part of a card (“%1”): ignored.</source>
      <translation>カードの一部ではない行（「%1」）です。無視します。</translation>
    </message>
    <message>
      <source>This card does not end (no END:VCARD; the file may be cut short): imported as far as it goes.</source>
      <translation>このカードには終わり（END:VCARD）がありません（ファイルが途中で切れているかもしれません）。読めたところまで取り込みます。</translation>
    </message>
    <message>
      <source>“%1” is written in Latin letters and names no country: it is read as an address in Japan. If it is abroad, give its country.</source>
      <translation>「%1」はローマ字で書かれていて国名がないため、日本の住所として読み込みます。海外の住所なら国を入力してください。</translation>
    </message>
    <message>
      <source>No name or company, only %1: kept as a contact without a name.</source>
      <translation>氏名も会社名もなく %1 だけです。名前のない連絡先として取り込みました。</translation>
    </message>
    <message>
      <source>No name, company or e-mail: the row is left out.</source>
      <translation>氏名・会社・メールのどれもありません。この行は取り込みません。</translation>
    </message>
    <message>
      <source>The name is written in %1 script, which the cards cannot print yet: left out.</source>
      <translation>名前が %1 の文字で書かれていて、はがきにはまだ印刷できません。取り込みません。</translation>
    </message>
    <message>
      <source>This row has %1 fields, the header %2: left out.</source>
      <translation>この行は項目が %1 個あり、見出しは %2 個です。取り込みません。</translation>
    </message>
    <message>
      <source>This row has only %1 of the header's %2 fields: left out.</source>
      <translation>この行には見出しの %2 項目のうち %1 項目しかありません。取り込みません。</translation>
    </message>
    <message>
      <source>“%1” in %2 is not a date: imported without it.</source>
      <translation>%2の「%1」は日付ではありません。この項目を除いて取り込みました。</translation>
    </message>
    <message>
      <source>Cannot be read: %1</source>
      <translation>読み込めません：%1</translation>
    </message>
    <message>
      <source>Cannot be imported: %1</source>
      <translation>取り込めません：%1</translation>
    </message>
    <message>
      <source>No people in this file</source>
      <translation>このファイルには人が含まれていません</translation>
    </message>
    <message>
      <source>CSV of unknown layout</source>
      <translation>形式の分からない CSV</translation>
    </message>
    <message>
      <source>say which column holds what</source>
      <translation>どの列が何かを指定してください</translation>
    </message>
    <message>
      <source>%n person(s)</source>
      <translation>%n人</translation>
    </message>
    <message>
      <source>%n problem(s)</source>
      <translation>問題 %n件</translation>
    </message>
    <message>
      <source>%n new person(s) added to the book.</source>
      <translation>%n人を新しく連絡帳に追加しました。</translation>
    </message>
    <message>
      <source>%n already in the book: their empty fields were filled in.</source>
      <translation>%n人はすでに連絡帳にあり、空いていた項目を補いました。</translation>
    </message>
    <message>
      <source>%n already in the book with nothing new: left as they were.</source>
      <translation>%n人はすでに連絡帳にあり、新しい情報がないためそのままにしました。</translation>
    </message>
    <message>
      <source>%n address(es) completed from the postal code.</source>
      <translation>%n件の住所を郵便番号から補いました。</translation>
    </message>
    <message>
      <source>%n reading(s) suggested for names without furigana: marked “(suggested)” until you confirm them (Book ▸ Confirm Suggested Readings, or the contact editor).</source>
      <translation>ふりがなのない%n人によみの候補を付けました。確かめるまで「（候補）」と表示されます（「連絡帳 ▸ 候補の読みを確定」か、連絡先の編集で確定できます）。</translation>
    </message>
    <message>
      <source>%n kept without a name (only an e-mail or phone): no card goes to them until they have a name and an address.</source>
      <translation>%n件は名前なし（メールか電話だけ）で取り込みました。名前と住所が入るまではがきは送られません。</translation>
    </message>
    <message>
      <source>Linked to: %1</source>
      <translation>イベント：%1</translation>
    </message>
    <message>
      <source>%n address(es) may not deliver: double-click one below to fix it.</source>
      <translation>%n件の住所は届かないおそれがあります。下の一覧でダブルクリックすると直せます。</translation>
    </message>
    <message>
      <source>%n row(s) left out (below).</source>
      <translation>%n行は取り込みませんでした（下記）。</translation>
    </message>
    <message>
      <source>line %1</source>
      <translation>%1 行目</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import contacts</source>
      <translation>連絡先の取り込み</translation>
    </message>
    <message>
      <source>reading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
      <source>Add the files to import.</source>
      <translation>取り込むファイルを追加してください。</translation>
    </message>
    <message numerus="yes">
      <source>The first %n row(s) as they will be imported</source>
      <translation>
        <numerusform>取り込まれる内容（最初の %n行）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(of %n)</source>
      <translation>
        <numerusform>（全 %n件）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with a problem</source>
      <translation>
        <numerusform>問題のある行 %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose the column with the name (or the company, or the e-mail) to see the rows.</source>
      <translation>氏名（または会社、メール）の列を選ぶと、ここに内容が表示されます。</translation>
    </message>
    <message>
      <source>The columns as you mapped them for a file with the same header last time. Change any choice; the preview follows.</source>
      <translation>前回、同じ見出しのファイルで指定した列の対応です。変更するとプレビューにすぐ反映されます。</translation>
    </message>
    <message>
      <source>postcard does not know this file's layout. It guessed from the column names; check each choice (fields marked * give the name), the preview follows.</source>
      <translation>このファイルの形式は postcard が知らないものです。列の名前から推測しました。一つずつ確認してください（* の項目が名前になります）。変更するとプレビューにすぐ反映されます。</translation>
    </message>
    <message>
      <source>Read this file with your own choice of columns; the preview follows.</source>
      <translation>列の対応を自分で指定して読み込みます。変更するとプレビューにすぐ反映されます。</translation>
    </message>
    <message numerus="yes">
      <source>%n person(s) will be imported.</source>
      <translation>
        <numerusform>%n人を取り込みます。</numerusform>
      </translation>
    </message>
    <message>
      <source>Left out (cannot be imported as they are): %1</source>
      <translation>取り込まないファイル（このままでは取り込めません）：%1</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>取り込んでいます…</translation>
    </message>
    <message>
      <source>Importing… %1 of %2</source>
      <translation>取り込んでいます… %2件中 %1件</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Cancelled: nothing was imported (the import is kept whole or not at all).</source>
      <translation>キャンセルしました。何も取り込まれていません（取り込みはすべて行うか、まったく行わないかのどちらかです）。</translation>
    </message>
    <message>
      <source>Double-click or press Enter to fix this address</source>
      <translation>ダブルクリックまたは Enter キーでこの住所を直します</translation>
    </message>
    <message>
      <source>Double-click or press Enter to open this person</source>
      <translation>ダブルクリックまたは Enter でこの人を開きます</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more not listed</source>
      <translation>
        <numerusform>… ほかに %n件（表示していません）</numerusform>
      </translation>
    </message>
    <message>
      <source>Contact files (%1);;All files (*)</source>
      <translation>連絡先ファイル (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Import contacts from</source>
      <translation>取り込むファイル</translation>
    </message>
    <message>
      <source>&amp;Add files…</source>
      <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>外す(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Map the columns myself</source>
      <translation>列の対応を自分で指定する(&amp;M)</translation>
    </message>
    <message>
      <source>Which column holds what</source>
      <translation>列の対応</translation>
    </message>
    <message>
      <source>Only rows with a &amp;problem</source>
      <translation>問題のある行だけ(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ファイル</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>%1 (suggested)</source>
      <translation>%1（候補）</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>よみ</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住所</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>確認</translation>
    </message>
    <message>
      <source>Address completed from the postal code.</source>
      <translation>郵便番号から住所を補いました。</translation>
    </message>
  </context>
  <context>
    <name>JointNamesBox</name>
    <message>
      <source>Joint names (連名), printed beside the name</source>
      <translation>連名（宛名の横に並べて印刷）</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>よみ</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <source>same family name</source>
      <translation>同じ姓なら空欄</translation>
    </message>
  </context>
  <context>
    <name>LineStatus</name>
    <message>
      <source>Printed: exactly this text and handwriting.</source>
      <translation>印刷済み：この文面と筆跡で印刷されました。</translation>
    </message>
    <message numerus="yes">
      <source>%n character(s) left on this line</source>
      <translation>
        <numerusform>この行にはあと%n文字書けます</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n character(s) too many for this line</source>
      <translation>
        <numerusform>この行は%n文字多すぎます</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The card writes this line over %1 columns; %n character(s) fewer keep it in one</source>
      <translation>
        <numerusform>この行は、はがきでは%1列に分けて書かれます。あと%n文字減らすと1列に収まります</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The card writes this line over %1 rows; %n character(s) fewer keep it on one</source>
      <translation>
        <numerusform>この行は、はがきでは%1段に分けて書かれます。あと%n文字減らすと1段に収まります</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogPane</name>
    <message>
      <source>All events</source>
      <translation>すべてのイベント</translation>
    </message>
    <message>
      <source>All people</source>
      <translation>すべての人</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n枚</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to mark</source>
      <translation>対象のはがきがありません</translation>
    </message>
    <message>
      <source>Select printed cards in the log first (drafts cannot be marked).</source>
      <translation>先に送付記録で印刷済みのはがきを選んでください（下書きは記録できません）。</translation>
    </message>
    <message>
      <source>Nothing to reprint</source>
      <translation>再印刷するはがきがありません</translation>
    </message>
    <message>
      <source>Select printed cards in the log first.</source>
      <translation>先に送付記録で印刷済みのはがきを選んでください。</translation>
    </message>
    <message>
      <source>Export the log</source>
      <translation>送付記録の書き出し</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>状態(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Event:</source>
      <translation>イベント(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Person:</source>
      <translation>相手(&amp;P)：</translation>
    </message>
    <message>
      <source>Search names and card text…</source>
      <translation>氏名と文面で検索…</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>送付記録</translation>
    </message>
    <message>
      <source>All</source>
      <translation>すべて</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Everyone here has a line. Print the batch when you are ready.</source>
      <translation>全員にひと言が書けました。準備ができたらまとめて印刷してください。</translation>
    </message>
    <message numerus="yes">
      <source>%n person(s) due a word</source>
      <translation>
        <numerusform>連絡したい人 %n 人</numerusform>
      </translation>
    </message>
    <message>
      <source>postcard</source>
      <translation>postcard</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Card</source>
      <translation>はがき(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Book</source>
      <translation>連絡帳(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>ツール(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>Lan&amp;guage</source>
      <translation>言語 - Language(&amp;G)</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>メインツールバー</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>システムの言語</translation>
    </message>
  </context>
  <context>
    <name>MetAtLabel</name>
    <message>
      <source>No event yet (link the person in Book ▸ Edit Event)</source>
      <translation>まだイベントがありません（「連絡帳 ▸ イベントを編集」で追加できます）</translation>
    </message>
    <message>
      <source>Click an event to show its people and their cards</source>
      <translation>イベントをクリックすると、その参加者とはがきを表示します</translation>
    </message>
  </context>
  <context>
    <name>PdfPathRow</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>参照(&amp;B)…</translation>
    </message>
    <message>
      <source>Save the cards as</source>
      <translation>はがきの保存先</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PreferenceChoices</name>
    <message>
      <source>Kanji, digit by digit (二五)</source>
      <extracomment>(preference name or "*" for any, value) → label</extracomment>
      <translation>漢数字・一桁ずつ（二五）</translation>
    </message>
    <message>
      <source>Kanji with 十 (二十五)</source>
      <translation>漢数字・十を使う（二十五）</translation>
    </message>
    <message>
      <source>Arabic numerals (25)</source>
      <translation>算用数字（25）</translation>
    </message>
    <message>
      <source>Ordinary postcard (通常はがき)</source>
      <translation>通常はがき</translation>
    </message>
    <message>
      <source>New Year postcard (年賀はがき)</source>
      <translation>年賀はがき</translation>
    </message>
    <message>
      <source>Thick pen (Klee One SemiBold)</source>
      <translation>太いペン（Klee One SemiBold）</translation>
    </message>
    <message>
      <source>Fine pen (Klee One Regular)</source>
      <translation>細いペン（Klee One Regular）</translation>
    </message>
    <message>
      <source>Two-sided printer (sides alternate)</source>
      <translation>両面印刷（表裏を交互に）</translation>
    </message>
    <message>
      <source>Two passes (all fronts, then all backs)</source>
      <translation>2 回に分けて（先に全部の表、次に裏）</translation>
    </message>
    <message>
      <source>Several cards on a sheet (cut out)</source>
      <translation>1 枚の用紙に複数（切り取り）</translation>
    </message>
    <message>
      <source>Both sides</source>
      <translation>両面</translation>
    </message>
    <message>
      <source>Message side only</source>
      <translation>文面のみ</translation>
    </message>
    <message>
      <source>Address side only</source>
      <translation>宛名面のみ</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>US レター</translation>
    </message>
  </context>
  <context>
    <name>PreferenceGroups</name>
    <message>
      <source>Handwriting</source>
      <translation>手書き</translation>
    </message>
    <message>
      <source>Message side</source>
      <translation>文面</translation>
    </message>
    <message>
      <source>Address side</source>
      <translation>宛名面</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>印刷</translation>
    </message>
    <message>
      <source>Printer offsets</source>
      <translation>プリンターのずれ補正</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <source>Shown: the last version that fitted; the card as typed now cannot print.</source>
      <translation>表示しているのは最後に収まったときのはがきです。今の文面のままでは印刷できません。</translation>
    </message>
    <message>
      <source>This card cannot be drawn as typed: see the problem beside it.</source>
      <translation>今の文面でははがきを作れません。左に表示している問題を確認してください。</translation>
    </message>
    <message>
      <source>No card to show</source>
      <translation>表示するはがきがありません</translation>
    </message>
    <message>
      <source>One side</source>
      <translation>片面</translation>
    </message>
    <message>
      <source>Top: message side · bottom: address side</source>
      <translation>上：文面　下：宛名面</translation>
    </message>
    <message>
      <source>Message side</source>
      <translation>文面</translation>
    </message>
    <message>
      <source>Address side</source>
      <translation>宛名面</translation>
    </message>
  </context>
  <context>
    <name>PrintDialog</name>
    <message>
      <source>Print batch</source>
      <translation>まとめて印刷</translation>
    </message>
    <message>
      <source>&amp;Open PDF</source>
      <translation>PDF を開く(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
      <source>Mark as &amp;sent</source>
      <translation>投函済みにする(&amp;S)</translation>
    </message>
    <message>
      <source>After posting them: mark these cards as sent in the log</source>
      <translation>投函したら、これらのはがきを送付記録で投函済みにします</translation>
    </message>
    <message>
      <source>Checking the cards…</source>
      <translation>はがきを確認しています…</translation>
    </message>
    <message>
      <source>Book ▸ Sender Profiles</source>
      <translation>連絡帳 ▸ 差出人</translation>
    </message>
    <message>
      <source>W&amp;rite PDF and log</source>
      <translation>PDF を作成して記録(&amp;R)</translation>
    </message>
    <message>
      <source>No sender profile yet: the cards print without your name and address. Add one in %1.</source>
      <translation>差出人がまだ登録されていません。このままでは、はがきにあなたの名前と住所が入りません。%1 で追加してください。</translation>
    </message>
    <message>
      <source>Nothing to print: nobody here has a line yet. Write a line first, or choose “Everyone in the list” to print the template's text alone.</source>
      <translation>印刷するはがきがありません。まだだれにもひと言が書かれていません。先にひと言を書くか、「一覧の全員」を選ぶとテンプレートの文面だけで印刷できます。</translation>
    </message>
    <message>
      <source>No card can be printed: each has a problem listed below.</source>
      <translation>印刷できるはがきがありません。下の一覧の問題を直してください。</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) will be printed</source>
      <translation>
        <numerusform>%n枚を印刷します</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%nページ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) cannot be printed (below)</source>
      <translation>
        <numerusform>%n枚は印刷できません（下記）</numerusform>
      </translation>
    </message>
    <message>
      <source>One PDF per card stock: はがき and A6 cards are printed apart.</source>
      <translation>用紙ごとに別の PDF になります（はがきと A6 は分けて印刷します）。</translation>
    </message>
    <message numerus="yes">
      <source>The address of %n card(s) looks wrong or incomplete: %1</source>
      <translation>
        <numerusform>%n枚のはがきの住所に誤りや不足があるようです：%1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n card(s); they are in the log as printed.</source>
      <translation>
        <numerusform>%n枚を作成し、送付記録に印刷済みとして記録しました。</numerusform>
      </translation>
    </message>
    <message>
      <source>%1  (%2, %3)</source>
      <translation>%1（%2・%3）</translation>
    </message>
    <message>
      <source>%1 (%2):</source>
      <translation>%1（%2）：</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) marked as sent.</source>
      <translation>
        <numerusform>%n枚を投函済みにしました。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of them already got a card for this event: %1</source>
      <translation>
        <numerusform>このうち%n人には、このイベントのはがきをすでに送っています：%1</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Writing the PDF…</source>
      <translation>PDF を作成しています…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written and nothing was logged.</source>
      <translation>キャンセルしました。ファイルも記録も作成されていません。</translation>
    </message>
    <message>
      <source>How to feed the cards:</source>
      <translation>はがきのセットのしかた：</translation>
    </message>
    <message>
      <source>Thank them twice?</source>
      <translation>2回目のお礼を送りますか？</translation>
    </message>
    <message>
      <source>Skip them</source>
      <translation>その人たちを除く</translation>
    </message>
    <message>
      <source>Print again</source>
      <translation>もう一度印刷する</translation>
    </message>
    <message>
      <source>Cards that may not arrive</source>
      <translation>届かないおそれのあるはがき</translation>
    </message>
    <message>
      <source>The list in this window says what is wrong with each address.</source>
      <translation>それぞれの住所の問題は、この画面の一覧に表示しています。</translation>
    </message>
    <message>
      <source>Leave them out</source>
      <translation>これらを除いて印刷</translation>
    </message>
    <message>
      <source>Print them anyway</source>
      <translation>そのまま印刷する</translation>
    </message>
  </context>
  <context>
    <name>PrintOptions</name>
    <message>
      <source>Reverse the second pass (printers that stack face up)</source>
      <translation>2回目を逆順にする（印刷面を上にして排出するプリンター）</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>対象(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>はがきの種類(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Layout:</source>
      <translation>レイアウト(&amp;L)：</translation>
    </message>
    <message>
      <source>S&amp;heet (n-up):</source>
      <translation>用紙（面付け）(&amp;H)：</translation>
    </message>
    <message>
      <source>Si&amp;des:</source>
      <translation>印刷面(&amp;D)：</translation>
    </message>
    <message>
      <source>Se&amp;nder:</source>
      <translation>差出人(&amp;N)：</translation>
    </message>
    <message>
      <source>Save &amp;to:</source>
      <translation>保存先(&amp;T)：</translation>
    </message>
    <message numerus="yes">
      <source>Cards with a line for this event (%n)</source>
      <translation>
        <numerusform>このイベントでひと言を書いたはがき（%n枚）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The checked people (%n)</source>
      <translation>
        <numerusform>チェックした人（%n人）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Everyone in the list (%n)</source>
      <translation>
        <numerusform>一覧の全員（%n人）</numerusform>
      </translation>
    </message>
    <message>
      <source>As the address asks (はがき in Japan, A6 abroad)</source>
      <translation>住所に合わせる（国内ははがき、海外は A6）</translation>
    </message>
    <message>
      <source>All on: %1</source>
      <translation>すべて %1 で</translation>
    </message>
    <message>
      <source>(no sender yet: add one in Book ▸ Sender Profiles)</source>
      <translation>（差出人がまだありません。「連絡帳 ▸ 差出人」で追加してください）</translation>
    </message>
  </context>
  <context>
    <name>PrintedBanner</name>
    <message>
      <source>&amp;Reprint this card…</source>
      <translation>このはがきを再印刷(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Write a new card</source>
      <translation>新しいはがきを書く(&amp;W)</translation>
    </message>
    <message>
      <source>Hi&amp;story</source>
      <translation>履歴(&amp;S)</translation>
    </message>
    <message>
      <source>Printed on %1 (handwriting pattern %2). This is the card exactly as it was printed.</source>
      <translation>%1 に印刷しました（筆跡パターン %2）。印刷したときのはがきをそのまま表示しています。</translation>
    </message>
  </context>
  <context>
    <name>ProblemList</name>
    <message>
      <source>Double-click or press Enter to open this card</source>
      <translation>ダブルクリックまたは Enter キーでこのはがきを開きます</translation>
    </message>
    <message>
      <source>Laying out every card to find what does not fit… %1 of %2</source>
      <translation>すべてのはがきを組版して、収まらないものを探しています… %1／%2</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Look at these before printing (%n); double-click one to open the card:</source>
      <translation>
        <numerusform>印刷前に確認してください（%n件）。ダブルクリックするとそのはがきを開きます(&amp;L)：</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems found: every card fits and every address looks complete.</source>
      <translation>問題は見つかりませんでした。どのはがきも文面が収まり、住所もそろっています。</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Not printed (%n): fix them, then print them again; double-click one to open it:</source>
      <translation>
        <numerusform>印刷しなかったはがき（%n件）：直してからもう一度印刷してください。ダブルクリックで開きます(&amp;N)：</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReprintDialog</name>
    <message>
      <source>Reprint cards</source>
      <translation>はがきの再印刷</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s), exactly as printed (same text and handwriting)</source>
      <translation>
        <numerusform>%n枚を、印刷したときと同じ文面と筆跡で</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Write PDF</source>
      <translation>PDF を作成(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Open PDF</source>
      <translation>PDF を開く(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Layout:</source>
      <translation>レイアウト(&amp;L)：</translation>
    </message>
    <message>
      <source>Save &amp;to:</source>
      <translation>保存先(&amp;T)：</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n page(s) to %1 (not logged again).</source>
      <translation>
        <numerusform>%1 に%nページを書き出しました（送付記録には追加していません）。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SenderDialog</name>
    <message>
      <source>Sender profiles</source>
      <translation>差出人</translation>
    </message>
    <message>
      <source>Ne&amp;w profile</source>
      <translation>新しい差出人(&amp;W)</translation>
    </message>
    <message>
      <source>e.g. work, private</source>
      <translation>例：仕事用、個人用</translation>
    </message>
    <message>
      <source>&amp;Default sender (the print dialog starts with it)</source>
      <translation>標準の差出人にする（印刷のときに最初から選ばれます）(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Save profile</source>
      <translation>差出人を保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Profile name:</source>
      <translation>呼び名(&amp;P)：</translation>
    </message>
    <message>
      <source>family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>given name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>氏名(&amp;N)：</translation>
    </message>
    <message>
      <source>Co&amp;mpany:</source>
      <translation>会社(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>メール(&amp;E)：</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>“%1” cannot take this value: %2</source>
      <extracomment>The handwriting sample's card in a Japanese window and in any other: (family name, given name, postal code, the address's two lines, country), the card's three lines, the writing.</extracomment>
      <translation>「%1」にこの値は使えません: %2</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Calibrate the printer…</source>
      <translation>プリンターの位置合わせ…</translation>
    </message>
    <message>
      <source>Handwriting sample</source>
      <translation>手書きの見本</translation>
    </message>
    <message>
      <source>The sample follows the ink, pen and variation as you change them.</source>
      <translation>インク・ペン・揺らぎを変えると、見本がすぐに変わります。</translation>
    </message>
  </context>
  <context>
    <name>SidebarPane</name>
    <message>
      <source>Events</source>
      <translation>イベント</translation>
    </message>
    <message>
      <source>Events, all contacts, follow-ups and the log (arrow keys to move)</source>
      <translation>イベント、すべての連絡先、フォローアップ、履歴（矢印キーで移動）</translation>
    </message>
  </context>
  <context>
    <name>TemplatesModel</name>
    <message>
      <source>a symbolic link, which postcard never follows</source>
      <translation>シンボリックリンク（postcard はたどりません）</translation>
    </message>
    <message>
      <source>the file cannot be read</source>
      <translation>ファイルを読めません</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
      <source>This file is not used: %1</source>
      <translation>このファイルは使われません: %1</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>使用不可</translation>
    </message>
    <message>
      <source>yours, replaces the bundled one</source>
      <translation>自作（付属のものを置き換え）</translation>
    </message>
    <message>
      <source>yours</source>
      <translation>自作</translation>
    </message>
    <message>
      <source>bundled</source>
      <translation>付属</translation>
    </message>
    <message>
      <source>Your own copy; the bundled template of this name is not used while it exists.</source>
      <translation>自分用のコピーです。これがある間は同じ名前の付属テンプレートは使われません。</translation>
    </message>
    <message>
      <source>Bundled with postcard; it is copied to your folder when you change it.</source>
      <translation>postcard 付属のテンプレートです。変更すると自分のフォルダーにコピーされます。</translation>
    </message>
    <message>
      <source>Your own template</source>
      <translation>自作のテンプレート</translation>
    </message>
  </context>
  <context>
    <name>ToolCommands</name>
    <message>
      <source>Not added</source>
      <translation>追加できませんでした</translation>
    </message>
    <message>
      <source>Added to the applications menu</source>
      <translation>アプリケーションメニューに追加しました</translation>
    </message>
    <message>
      <source>postcard is now in your applications menu (files in %1).</source>
      <translation>postcard をアプリケーションメニューに追加しました（ファイルの場所: %1）。</translation>
    </message>
  </context>
  <context>
    <name>Calibration</name>
    <message>
      <source>Print at 100 % (actual size) on a card of this size.</source>
      <translation>この大きさのはがきに 100%（実寸）で印刷してください。</translation>
    </message>
    <message>
      <source>The red boxes should sit on the card's own postal-code boxes.</source>
      <translation>赤い枠が、はがきの郵便番号枠に重なれば正しい位置です。</translation>
    </message>
    <message>
      <source>Measure from the card's left and top edges to the long ticks marked 10.</source>
      <translation>はがきの左端と上端から、「10」の長い目盛りまでを測ります。</translation>
    </message>
    <message>
      <source>Enter the two distances in postcard; it works out the offset.</source>
      <translation>測った 2 つの長さを postcard に入力すると、ずれを計算します。</translation>
    </message>
    <message>
      <source>Then print this page again to check.</source>
      <translation>最後にもう一度印刷して確かめます。</translation>
    </message>
    <message>
      <source>This side's offset will be %1 mm right and %2 mm down (negative: left, up).</source>
      <translation>この面の補正: 右へ %1 mm、下へ %2 mm（マイナスは左・上）。</translation>
    </message>
    <message>
      <source>Save the calibration page</source>
      <translation>位置合わせページを保存</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <source>Saved to %1. Print it at actual size (100 %).</source>
      <translation>%1 に保存しました。実寸（100%）で印刷してください。</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>プリンターに送りました。</translation>
    </message>
    <message>
      <source>Calibrate the printer</source>
      <translation>プリンターの位置合わせ</translation>
    </message>
    <message>
      <source>1. Print the calibration page</source>
      <translation>1. 位置合わせページを印刷</translation>
    </message>
    <message>
      <source>2. Measure</source>
      <translation>2. 測る</translation>
    </message>
    <message>
      <source>3. The offsets</source>
      <translation>3. ずれの補正</translation>
    </message>
    <message>
      <source>4. Print again to check</source>
      <translation>4. もう一度印刷して確認</translation>
    </message>
    <message>
      <source>Card:</source>
      <translation>用紙:</translation>
    </message>
    <message>
      <source>Side:</source>
      <translation>面:</translation>
    </message>
    <message>
      <source>Message side</source>
      <translation>文面</translation>
    </message>
    <message>
      <source>Address side</source>
      <translation>宛名面</translation>
    </message>
    <message>
      <source>Put a card (or plain paper cut to the card's size) in the printer as you would for the cards, with the side you calibrate facing the way your printer prints. postcard prints a page with millimetre scales along the top and left edges, at actual size.</source>
      <translation>はがき（またははがき大に切った普通紙）を、本番と同じようにプリンターにセットします。合わせたい面を、プリンターが印刷する向きにしてください。postcard は上端と左端にミリ目盛りの付いたページを実寸で印刷します。</translation>
    </message>
    <message>
      <source>&amp;Print the calibration page…</source>
      <translation>位置合わせページを印刷(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>PDF で保存(&amp;S)…</translation>
    </message>
    <message>
      <source>On the printed card, measure with a ruler from the card's left edge to the long tick marked 10 of the top scale (A), and from the card's top edge to the long tick marked 10 of the left scale (B). A printer that prints exactly in place gives 10.0 mm for both.</source>
      <translation>印刷したはがきで、定規を使って、はがきの左端から上の目盛りの「10」の長い線まで（A）と、上端から左の目盛りの「10」の長い線まで（B）を測ります。ずれのないプリンターなら、どちらも 10.0 mm です。</translation>
    </message>
    <message>
      <source>A, from the left edge:</source>
      <translation>A（左端から）:</translation>
    </message>
    <message>
      <source>B, from the top edge:</source>
      <translation>B（上端から）:</translation>
    </message>
    <message>
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <source>How far postcard moves each side of every card to undo the printer's shift (mm; right and down are positive, at most 10 mm). The side you measured is filled in; the other keeps its saved offset.</source>
      <translation>プリンターのずれを打ち消すため、各面をどれだけ動かすか（mm。右と下がプラス、最大 10 mm）。測った面は計算済みの値が入っています。もう一方の面は保存済みの値のままです。</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>右へ</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <source>The offsets are saved. Print the page again with them: the long ticks marked 10 should now be exactly 10 mm from the card's edges. If they are not, go back, measure the new page and adjust.</source>
      <translation>補正を保存しました。補正付きでもう一度印刷してください。「10」の長い目盛りが、はがきの端からちょうど 10 mm になっていれば完了です。ずれていれば前に戻り、新しいページを測って調整してください。</translation>
    </message>
    <message>
      <source>Print &amp;again…</source>
      <translation>もう一度印刷(&amp;A)…</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>postcard</source>
      <translation>postcard</translation>
    </message>
    <message>
      <source>Something went wrong inside postcard. Your cards and drafts are saved.</source>
      <translation>postcard の内部で問題が発生しました。はがきと下書きは保存されています。</translation>
    </message>
    <message>
      <source>Please report this with the details below.</source>
      <translation>お手数ですが、下の詳細を添えてご報告ください。</translation>
    </message>
  </context>
  <context>
    <name>Feeding</name>
    <message>
      <source>Print at actual size (100 %): turn off “fit to page” and any scaling; the pages are already the size of the card.</source>
      <translation>実寸（100%）で印刷してください。「用紙に合わせる」などの拡大・縮小はオフにします。ページはすでにはがきの大きさです。</translation>
    </message>
    <message>
      <source>Load plain A4 or Letter paper. Print two-sided, flipping on the long edge, so that each address side lands behind its message side.</source>
      <translation>A4 またはレターの普通紙をセットし、長辺とじの両面印刷にしてください。各はがきの宛名面が文面の裏に来ます。</translation>
    </message>
    <message>
      <source>Cut the cards out along the crop marks.</source>
      <translation>トンボに沿って切り取ってください。</translation>
    </message>
    <message>
      <source>Pass 1: load the blank postcards top edge first, with the side to print facing the way your printer prints (usually up in a rear tray, down in a front cassette). Print pages 1–%1 (the message sides).</source>
      <translation>1回目：白紙のはがきを上端から差し込むようにセットします。印刷する面の向きはプリンターに合わせてください（多くは背面トレイなら上向き、前面カセットなら下向き）。1～%1ページ（文面）を印刷します。</translation>
    </message>
    <message>
      <source>Between the passes: take the printed stack out, turn it over without shuffling it, keep the top edge first, and put it back in the tray.</source>
      <translation>1回目と2回目の間：印刷したはがきの束を取り出し、順番を崩さずに裏返して、上端から入るようにトレイに戻します。</translation>
    </message>
    <message>
      <source>The second pass runs in reverse order, for printers that stack the printed cards face up.</source>
      <translation>印刷面を上にして排出するプリンター向けに、2回目は逆順で印刷されます。</translation>
    </message>
    <message>
      <source>Pass 2: print pages %1–%2 (the address sides).</source>
      <translation>2回目：%1～%2ページ（宛名面）を印刷します。</translation>
    </message>
    <message>
      <source>Load the postcards top edge first. Turn on two-sided printing and flip on the long edge; each message side is followed by its address side.</source>
      <translation>はがきを上端から差し込むようにセットし、長辺とじの両面印刷をオンにしてください。文面の次にその宛名面が印刷されます。</translation>
    </message>
    <message>
      <source>Load the postcards top edge first, with the side to print facing the way your printer prints.</source>
      <translation>はがきを上端から差し込むようにセットし、印刷する面の向きはプリンターに合わせてください。</translation>
    </message>
    <message>
      <source>New printer or new stock? Print one card on plain paper first and hold it against a postcard, or let Tools ▸ Calibrate the Printer measure and correct where your printer puts the card.</source>
      <translation>初めてのプリンターや用紙の場合は、まず普通紙に1枚印刷してはがきに重ねて確かめてください。「ツール ▸ プリンターの位置合わせ」で、印刷位置のずれを測って直すこともできます。</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <source>This file is not used: %1</source>
      <translation>このファイルは使われません: %1</translation>
    </message>
    <message>
      <source>Bundled template: your changes go into a copy in your own folder; the original stays.</source>
      <translation>付属のテンプレートです。変更は自分のフォルダーのコピーに保存され、元のファイルはそのまま残ります。</translation>
    </message>
    <message>
      <source>Your own copy of a bundled template (delete it to use the bundled one again).</source>
      <translation>付属テンプレートの自分用コピーです（削除すると付属のものに戻ります）。</translation>
    </message>
    <message>
      <source>Your own template.</source>
      <translation>自作のテンプレートです。</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>テンプレート</translation>
    </message>
    <message>
      <source>The bundled template was copied into your folder; you are editing your copy.</source>
      <translation>付属のテンプレートを自分のフォルダーにコピーしました。コピーを編集しています。</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>保存しました。</translation>
    </message>
    <message>
      <source>It still has problems: the cards that use it will not print.</source>
      <translation>まだ問題があります。このテンプレートを使うはがきは印刷されません。</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>未保存の変更</translation>
    </message>
    <message>
      <source>Save the changes to “%1”?</source>
      <translation>「%1」の変更を保存しますか？</translation>
    </message>
    <message>
      <source>New template</source>
      <translation>新しいテンプレート</translation>
    </message>
    <message>
      <source>Name of the new template (letters, digits, - and _):</source>
      <translation>新しいテンプレートの名前（英数字・「-」・「_」）:</translation>
    </message>
    <message>
      <source>Duplicate template</source>
      <translation>テンプレートを複製</translation>
    </message>
    <message>
      <source>Name of the copy:</source>
      <translation>コピーの名前:</translation>
    </message>
    <message>
      <source>Rename template</source>
      <translation>テンプレートの名前を変更</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>新しい名前:</translation>
    </message>
    <message>
      <source>Rename “%1” to “%2”? Drafts that use the old name will need the template chosen again.</source>
      <translation>「%1」を「%2」に変更しますか？ 古い名前を使っている下書きでは、テンプレートを選び直す必要があります。</translation>
    </message>
    <message>
      <source>Delete your copy of “%1”? The bundled template of that name is used again.</source>
      <translation>「%1」の自分用コピーを削除しますか？ 同じ名前の付属テンプレートが再び使われます。</translation>
    </message>
    <message>
      <source>Delete your template “%1”? This cannot be undone.</source>
      <translation>テンプレート「%1」を削除しますか？ 元に戻せません。</translation>
    </message>
    <message>
      <source>Delete template</source>
      <translation>テンプレートを削除</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>新規(&amp;N)…</translation>
    </message>
    <message>
      <source>D&amp;uplicate…</source>
      <translation>複製(&amp;U)…</translation>
    </message>
    <message>
      <source>&amp;Rename…</source>
      <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>削除(&amp;D)…</translation>
    </message>
  </context>
  <context>
    <name>TemplateForm</name>
    <message>
      <source>A card would have more than three lines; a postcard takes at most three.</source>
      <translation>3 行を超えてしまいます。はがきは 3 行までです。</translation>
    </message>
    <message>
      <source>Too long to fit on the card, even in small writing; shorten it.</source>
      <translation>小さな字にしてもはがきに収まりません。短くしてください。</translation>
    </message>
    <message>
      <source>The card has no text.</source>
      <translation>文面がありません。</translation>
    </message>
    <message>
      <source>No font has the character “%1”; replace it with another.</source>
      <translation>「%1」の字はどのフォントにもありません。別の字に置き換えてください。</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>%1 行目: %2</translation>
    </message>
    <message>
      <source>No problems: the template is ready to use.</source>
      <translation>問題はありません。このテンプレートはそのまま使えます。</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>題名(&amp;T):</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>言語(&amp;L):</translation>
    </message>
    <message>
      <source>&amp;Card:</source>
      <translation>用紙(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Writing:</source>
      <translation>書き方(&amp;W):</translation>
    </message>
    <message>
      <source>The card's lines (at most three when filled in):</source>
      <translation>はがきの文面（差し込み後 3 行まで）:</translation>
    </message>
    <message>
      <source>Preview &amp;for:</source>
      <translation>プレビューの相手(&amp;F):</translation>
    </message>
    <message>
      <source>&amp;Personal line:</source>
      <translation>ひと言(&amp;P)：</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>問題:</translation>
    </message>
    <message>
      <source>Japanese</source>
      <translation>日本語</translation>
    </message>
    <message>
      <source>English</source>
      <translation>英語</translation>
    </message>
    <message>
      <source>Any card</source>
      <translation>どの用紙でも</translation>
    </message>
    <message>
      <source>Vertical (縦書き)</source>
      <translation>縦書き</translation>
    </message>
    <message>
      <source>Horizontal</source>
      <translation>横書き</translation>
    </message>
    <message>
      <source>Empty: the template's own words</source>
      <translation>空欄ならテンプレートの文言</translation>
    </message>
    <message>
      <source>Flip card</source>
      <translation>裏返す</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>拡大</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>縮小</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>全体</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>The card has no text.</source>
      <translation>文面がありません。</translation>
    </message>
    <message>
      <source>Line %1 is too long to fit on the card, even in small writing; shorten it.</source>
      <translation>%1行目は小さく書いてもはがきに収まりません。短くしてください。</translation>
    </message>
    <message>
      <source>The name is too long for the address side; shorten it in the contact editor.</source>
      <translation>名前が長すぎて宛名面に収まりません。連絡先の編集画面で短くしてください。</translation>
    </message>
    <message>
      <source>The company, department and title leave no room for the name on the address side; shorten them in the contact editor.</source>
      <translation>会社名・部署・役職が長く、宛名面に名前を書く場所がありません。連絡先の編集画面で短くしてください。</translation>
    </message>
    <message>
      <source>The address leaves no room for the name and its joint names (連名); remove a joint name or shorten the address.</source>
      <translation>住所が長く、名前と連名を書く場所がありません。連名を減らすか、住所を短くしてください。</translation>
    </message>
    <message>
      <source>The address leaves no room for the name; shorten the address in the contact editor.</source>
      <translation>住所が長く、名前を書く場所がありません。連絡先の編集画面で住所を短くしてください。</translation>
    </message>
    <message>
      <source>The address is too long for the card; shorten it in the contact editor.</source>
      <translation>住所が長すぎてはがきに収まりません。連絡先の編集画面で短くしてください。</translation>
    </message>
    <message>
      <source>The address has too many lines for the card; join or shorten them in the contact editor.</source>
      <translation>住所の行数が多すぎてはがきに収まりません。連絡先の編集画面で行をまとめるか短くしてください。</translation>
    </message>
    <message>
      <source>The building name is too long for the card; shorten it in the contact editor.</source>
      <translation>建物名が長すぎてはがきに収まりません。連絡先の編集画面で短くしてください。</translation>
    </message>
    <message>
      <source>The company, department or title is too long for the card; shorten it in the contact editor.</source>
      <translation>会社名・部署・役職が長すぎてはがきに収まりません。連絡先の編集画面で短くしてください。</translation>
    </message>
    <message>
      <source>Your address (the sender's) is too long for the card; shorten it in Book ▸ Sender Profiles.</source>
      <translation>差出人（あなた）の住所が長すぎてはがきに収まりません。「連絡帳 ▸ 差出人」で短くしてください。</translation>
    </message>
    <message>
      <source>Your company name (the sender's) is too long for the card; shorten it in Book ▸ Sender Profiles.</source>
      <translation>差出人（あなた）の会社名が長すぎてはがきに収まりません。「連絡帳 ▸ 差出人」で短くしてください。</translation>
    </message>
    <message>
      <source>Your name (the sender's) is too long for the card; shorten it in Book ▸ Sender Profiles.</source>
      <translation>差出人（あなた）の名前が長すぎてはがきに収まりません。「連絡帳 ▸ 差出人」で短くしてください。</translation>
    </message>
    <message>
      <source>A line is too long to fit on the card, even in small writing; shorten it.</source>
      <translation>小さく書いてもはがきに収まらない行があります。短くしてください。</translation>
    </message>
    <message>
      <source> Did you mean “%1”?</source>
      <translation>「%1」のことですか？</translation>
    </message>
    <message>
      <source>There is no template named “%1”.</source>
      <translation>「%1」という名前のテンプレートはありません。</translation>
    </message>
    <message>
      <source>The template is not written correctly: %1</source>
      <translation>テンプレートの書き方に誤りがあります：%1</translation>
    </message>
    <message>
      <source> They have %1.</source>
      <translation>使えるのは %1 です。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Templates have no “%1”.</source>
      <translation>テンプレートでは「%1」は使えません。</translation>
    </message>
    <message>
      <source>“%1” has no “%2”.</source>
      <translation>「%1」には「%2」がありません。</translation>
    </message>
    <message>
      <source>A card template may not do this: %1</source>
      <translation>はがきのテンプレートではこの操作はできません：%1</translation>
    </message>
    <message>
      <source>The header has no setting “%1” (it takes %2).</source>
      <translation>見出しに「%1」という設定はありません（使えるのは %2 です）。</translation>
    </message>
    <message>
      <source>“%1” cannot be “%2”; choose one of %3.</source>
      <translation>「%1」に「%2」は指定できません。%3 のどれかにしてください。</translation>
    </message>
    <message>
      <source>The template is too large for a card template.</source>
      <translation>はがきのテンプレートとしては大きすぎます。</translation>
    </message>
    <message>
      <source>“%1” cannot be a template name: use letters, digits, “-” and “_” (up to 64).</source>
      <translation>「%1」はテンプレート名に使えません。英字・数字・「-」「_」で64文字までにしてください。</translation>
    </message>
    <message>
      <source>There is already a template named “%1”.</source>
      <translation>「%1」という名前のテンプレートはすでにあります。</translation>
    </message>
    <message>
      <source>“%1” comes with postcard: only your own templates are renamed or deleted.</source>
      <translation>「%1」は postcard に付属のテンプレートです。名前の変更や削除ができるのは自作のテンプレートだけです。</translation>
    </message>
    <message>
      <source>There is no folder for your own templates.</source>
      <translation>自作テンプレート用のフォルダーがありません。</translation>
    </message>
    <message>
      <source>“%1” in your template folder is not a regular file; it was not overwritten.</source>
      <translation>テンプレートフォルダーの「%1」は通常のファイルではないため、上書きしませんでした。</translation>
    </message>
    <message>
      <source>The template was stopped: filling it in took too long.</source>
      <translation>テンプレートを止めました：文面を作るのに時間がかかりすぎました。</translation>
    </message>
    <message>
      <source>The template was stopped: it made a text or list far too long for a card.</source>
      <translation>テンプレートを止めました：はがきには長すぎる文字列や一覧を作ろうとしました。</translation>
    </message>
    <message>
      <source>The template was stopped: it used a number far too large for a card.</source>
      <translation>テンプレートを止めました：はがきには大きすぎる数を使おうとしました。</translation>
    </message>
    <message>
      <source>The template was stopped: its loops ran too many times.</source>
      <translation>テンプレートを止めました：繰り返しの回数が多すぎます。</translation>
    </message>
    <message>
      <source>%1, line %2</source>
      <translation>%1 の%2行目</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>The contact book is busy in another postcard window; try again.</source>
      <translation>別の postcard の画面が連絡帳を使用中です。もう一度お試しください。</translation>
    </message>
    <message>
      <source>The disk is full: nothing was saved in %1. Make room and try again.</source>
      <translation>ディスクがいっぱいのため、%1 には何も保存されませんでした。空きを作ってからもう一度お試しください。</translation>
    </message>
    <message>
      <source>postcard cannot write to %1 (the file or its folder is read-only).</source>
      <translation>%1 に書き込めません（ファイルかフォルダーが読み取り専用です）。</translation>
    </message>
    <message>
      <source>Nothing of this step was saved.</source>
      <translation>この操作の内容は保存されていません。</translation>
    </message>
    <message>
      <source>%1 is damaged or not a postcard contact book; it was left untouched.</source>
      <translation>%1 は壊れているか、postcard の連絡帳ではありません。ファイルには手を付けていません。</translation>
    </message>
    <message>
      <source>The last backup is %1.</source>
      <translation>最新のバックアップは %1 です。</translation>
    </message>
    <message>
      <source>No backup was found.</source>
      <translation>バックアップは見つかりませんでした。</translation>
    </message>
    <message>
      <source>%1 was written by a newer postcard; update postcard to open it.</source>
      <translation>%1 は新しいバージョンの postcard で作られています。開くには postcard を更新してください。</translation>
    </message>
    <message>
      <source>%1 could not be brought up to date (%2); the original is in %3.</source>
      <translation>%1 を新しい形式に更新できませんでした（%2）。元のファイルは %3 にあります。</translation>
    </message>
    <message>
      <source>postcard cannot read or write %1 (%2).</source>
      <translation>%1 を読み書きできません（%2）。</translation>
    </message>
    <message>
      <source>The contact book %1 reported an error: %2</source>
      <translation>連絡帳 %1 でエラーが起きました：%2</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>フォルダー</translation>
    </message>
    <message>
      <source>a named pipe</source>
      <translation>名前付きパイプ</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>デバイス</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>ソケット</translation>
    </message>
    <message>
      <source>The PDF cannot be saved as %1: its folder does not exist or is not a folder.</source>
      <translation>PDF を %1 に保存できません：保存先のフォルダーがありません。</translation>
    </message>
    <message>
      <source>The PDF cannot be saved as %1: it is a link to a file that does not exist.</source>
      <translation>PDF を %1 に保存できません：存在しないファイルへのリンクです。</translation>
    </message>
    <message>
      <source>The PDF cannot be saved as %1: that is %2, not a file; choose another name.</source>
      <translation>PDF を %1 に保存できません：そこはファイルではなく%2です。別の名前を選んでください。</translation>
    </message>
    <message>
      <source>not a regular file</source>
      <translation>通常のファイル以外のもの</translation>
    </message>
    <message>
      <source>The PDF was not saved as %1: the file was replaced while it was being written.</source>
      <translation>PDF を %1 に保存しませんでした：書き込み中にファイルが置き換えられました。</translation>
    </message>
    <message>
      <source>The PDF cannot be saved as %1: the disk is full.</source>
      <translation>PDF を %1 に保存できません：ディスクがいっぱいです。</translation>
    </message>
    <message>
      <source>The PDF cannot be saved as %1: you have no permission to write there.</source>
      <translation>PDF を %1 に保存できません：そこに書き込む権限がありません。</translation>
    </message>
    <message>
      <source>The PDF cannot be saved as %1: the disk is read-only.</source>
      <translation>PDF を %1 に保存できません：ディスクが読み取り専用です。</translation>
    </message>
    <message>
      <source>The PDF cannot be saved as %1 (%2).</source>
      <translation>PDF を %1 に保存できません（%2）。</translation>
    </message>
    <message>
      <source>The PDF could not be saved: %1</source>
      <translation>PDF を保存できませんでした：%1</translation>
    </message>
    <message>
      <source>The file cannot be read (%1).</source>
      <translation>ファイルを読めません（%1）。</translation>
    </message>
    <message>
      <source>This is a folder, not a contact file.</source>
      <translation>これはフォルダーです。連絡先のファイルではありません。</translation>
    </message>
    <message>
      <source>This is not a contact file: neither vCard nor CSV text.</source>
      <translation>連絡先のファイルではありません（vCard でも CSV でもありません）。</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>ファイルが空です。</translation>
    </message>
    <message>
      <source>This is not a contact table: its first line (“%1”) is not a row of column names.</source>
      <translation>連絡先の表ではありません：1行目（「%1」）が列名の行になっていません。</translation>
    </message>
    <message>
      <source>postcard does not know this CSV's layout (columns: %1); say which column holds what.</source>
      <translation>この CSV の形式は postcard にはわかりません（列：%1）。どの列に何が入っているかを指定してください。</translation>
    </message>
    <message>
      <source>This is not a vCard file (no BEGIN:VCARD line).</source>
      <translation>vCard ファイルではありません（BEGIN:VCARD の行がありません）。</translation>
    </message>
    <message>
      <source>The column mapping names fields postcard does not have: %1</source>
      <translation>列の対応に postcard にない項目があります：%1</translation>
    </message>
    <message>
      <source>The column mapping names columns this file does not have: %1</source>
      <translation>列の対応に、このファイルにない列があります：%1</translation>
    </message>
    <message>
      <source>postcard does not know the import format “%1”.</source>
      <translation>取り込みの形式「%1」は postcard にはわかりません。</translation>
    </message>
    <message>
      <source>A measurement is between 0 and %1 mm.</source>
      <translation>測った値は 0〜%1 mm の範囲で入力してください。</translation>
    </message>
    <message>
      <source>postcard has no such setting.</source>
      <translation>そのような設定はありません。</translation>
    </message>
    <message>
      <source>Choose yes or no.</source>
      <translation>「はい」か「いいえ」を選んでください。</translation>
    </message>
    <message>
      <source>Give a number.</source>
      <translation>数値を入力してください。</translation>
    </message>
    <message>
      <source>Give a number between %1 and %2.</source>
      <translation>%1〜%2 の数値を入力してください。</translation>
    </message>
    <message>
      <source>Choose one of %1.</source>
      <translation>%1 のどれかを選んでください。</translation>
    </message>
    <message>
      <source>This value is not allowed here.</source>
      <translation>この値は使えません。</translation>
    </message>
    <message>
      <source>No font has the character “%1” (%2); replace it with another.</source>
      <translation>「%1」（%2）の字はどのフォントにもありません。別の字に置き換えてください。</translation>
    </message>
    <message>
      <source>The card has %n lines; a postcard takes at most three.</source>
      <translation>このはがきは%n行あります。はがきは3行までです。</translation>
    </message>
    <message>
      <source>postcard cannot keep its files in %1: it is a file, not a folder.</source>
      <translation>%1 にはデータを置けません：フォルダーではなくファイルです。</translation>
    </message>
    <message>
      <source>postcard cannot create the folder %1 (%2).</source>
      <translation>フォルダー %1 を作れません（%2）。</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
      <source>Nothing to print: nobody is selected.</source>
      <translation>印刷するものがありません：誰も選ばれていません。</translation>
    </message>
    <message>
      <source>The sender profile chosen no longer exists; choose another.</source>
      <translation>選んだ差出人はもうありません。別の差出人を選んでください。</translation>
    </message>
    <message>
      <source>That person is no longer in the book.</source>
      <translation>その人はもう連絡帳にいません。</translation>
    </message>
    <message>
      <source>That card is no longer in the log.</source>
      <translation>そのはがきはもう送付記録にありません。</translation>
    </message>
    <message>
      <source>The person this card was for is no longer in the book.</source>
      <translation>このはがきの宛先の人はもう連絡帳にいません。</translation>
    </message>
    <message>
      <source>These cards were printed with different sides; reprint them separately.</source>
      <translation>これらのはがきは印刷した面が異なります。別々に再印刷してください。</translation>
    </message>
    <message>
      <source>No printed card is waiting to be marked.</source>
      <translation>送付済みにする印刷済みのはがきはありません。</translation>
    </message>
    <message>
      <source>No card could be printed: each has a problem listed below.</source>
      <translation>印刷できるはがきがありません。どれも下の一覧の問題があります。</translation>
    </message>
    <message>
      <source>%n of them already got a card for this event.</source>
      <translation>このうち%n人には、このイベントのはがきをすでに送っています。</translation>
    </message>
    <message>
      <source>%n card(s) may not arrive: fix their addresses, or print them anyway.</source>
      <translation>%n枚のはがきが届かないおそれがあります。住所を直すか、そのまま印刷するかを選んでください。</translation>
    </message>
    <message>
      <source>There is already an event named “%1”.</source>
      <translation>「%1」という名前のイベントはすでにあります。</translation>
    </message>
    <message>
      <source>%1 is already in the book.</source>
      <translation>%1さんはすでに連絡帳にいます。</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>The card has no text.</source>
      <translation>文面がありません。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>No font has the character “%1” (%2); replace it with another.</source>
      <translation>「%1」（%2）の字はどのフォントにもありません。別の字に置き換えてください。</translation>
    </message>
    <message>
      <source>The card has %n lines; a postcard takes at most three. Shorten the text or remove a line break.</source>
      <translation>このはがきは%n行あります。はがきは3行までです。文を短くするか、改行を取ってください。</translation>
    </message>
    <message>
      <source>No address: the card prints without one.</source>
      <translation>住所がありません。宛名面は住所なしで印刷されます。</translation>
    </message>
    <message>
      <source>No postal code: the boxes on the address side stay empty.</source>
      <translation>郵便番号がありません。宛名面の郵便番号枠は空欄になります。</translation>
    </message>
    <message>
      <source>The template cannot be used: %1</source>
      <translation>テンプレートを使えません：%1</translation>
    </message>
    <message>
      <source>This card cannot be made: %1</source>
      <translation>このはがきは作れません：%1</translation>
    </message>
    <message>
      <source>No address.</source>
      <translation>住所がありません。</translation>
    </message>
    <message>
      <source>No postal code.</source>
      <translation>郵便番号がありません。</translation>
    </message>
    <message>
      <source>The postal code “%1” is not seven digits.</source>
      <translation>郵便番号「%1」が7桁ではありません。</translation>
    </message>
    <message>
      <source>Japan Post does not know the postal code %1.</source>
      <translation>郵便番号 %1 は日本郵便のデータにありません。</translation>
    </message>
    <message>
      <source>The postal code is in %1, the address in %2.</source>
      <translation>郵便番号は%1、住所は%2です。</translation>
    </message>
    <message>
      <source>The postal code is in %1.</source>
      <translation>郵便番号は%1のものです。</translation>
    </message>
    <message>
      <source>No street number (番地).</source>
      <translation>番地がありません。</translation>
    </message>
    <message>
      <source>Give a name, a company or an e-mail address: someone to write to.</source>
      <translation>氏名・会社・メールアドレスのいずれかを入力してください（宛先になる人が必要です）。</translation>
    </message>
    <message>
      <source>The e-mail address is not one (name@example.com).</source>
      <translation>メールアドレスの形式ではありません（name@example.com）。</translation>
    </message>
    <message>
      <source>The keep-in-touch interval must be at least one day.</source>
      <translation>連絡の間隔は1日以上にしてください。</translation>
    </message>
    <message>
      <source>A card takes at most three joint names.</source>
      <translation>連名は3人までです。</translation>
    </message>
    <message>
      <source>Joint name %1 has no name.</source>
      <translation>連名 %1 に名前がありません。</translation>
    </message>
    <message>
      <source>Give the event a name.</source>
      <translation>イベントの名前を入力してください。</translation>
    </message>
    <message>
      <source>Give the sender a name or a company.</source>
      <translation>差出人の氏名または会社名を入力してください。</translation>
    </message>
    <message>
      <source>Japanese postcard (はがき), 100 × 148 mm</source>
      <translation>はがき 100 × 148 mm</translation>
    </message>
    <message>
      <source>A6 card, 105 × 148 mm</source>
      <translation>A6 カード 105 × 148 mm</translation>
    </message>
    <message>
      <source>US postcard, 4 × 6 in</source>
      <translation>米国ポストカード 4 × 6 インチ</translation>
    </message>
  </context>
  <context>
    <name>EventsModel</name>
    <message>
      <source>All contacts</source>
      <translation>すべての連絡先</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>送付記録</translation>
    </message>
    <message>
      <source>%n due</source>
      <translation>%n 人</translation>
    </message>
    <message>
      <source>Follow-ups</source>
      <translation>フォローアップ</translation>
    </message>
    <message>
      <source>Archived contacts</source>
      <translation>アーカイブした連絡先</translation>
    </message>
    <message>
      <source>%1 met · %2 written · %3 printed · %4 sent</source>
      <translation>%1人（記入 %2・印刷 %3・投函 %4）</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <source>Numbers in addresses</source>
      <translation>住所の数字</translation>
    </message>
    <message>
      <source>Print the postal-code frames (blank card stock)</source>
      <translation>郵便番号枠を印刷する（枠のない用紙用）</translation>
    </message>
    <message>
      <source>Sender's postal-code boxes</source>
      <translation>差出人の郵便番号枠</translation>
    </message>
    <message>
      <source>Handwriting variation (0 = off)</source>
      <translation>手書きの揺らぎ（0 で無し）</translation>
    </message>
    <message>
      <source>Ink colour</source>
      <translation>インクの色</translation>
    </message>
    <message>
      <source>Pen</source>
      <translation>ペン</translation>
    </message>
    <message>
      <source>Red seal with the sender's family name</source>
      <translation>差出人の姓の赤い印を押す</translation>
    </message>
    <message>
      <source>Write the date on the card</source>
      <translation>日付を入れる</translation>
    </message>
    <message>
      <source>Date text (empty: today's date)</source>
      <translation>日付の文字（空欄なら今日）</translation>
    </message>
    <message>
      <source>Illustration on the message side</source>
      <translation>文面のイラスト</translation>
    </message>
    <message>
      <source>Card for addresses outside Japan</source>
      <translation>海外あての用紙</translation>
    </message>
    <message>
      <source>Print order</source>
      <translation>印刷の順番</translation>
    </message>
    <message>
      <source>Sides to print</source>
      <translation>印刷する面</translation>
    </message>
    <message>
      <source>Sheet for several cards a page</source>
      <translation>面付け印刷の用紙</translation>
    </message>
    <message>
      <source>Message side: move right (mm)</source>
      <translation>文面: 右へ (mm)</translation>
    </message>
    <message>
      <source>Message side: move down (mm)</source>
      <translation>文面: 下へ (mm)</translation>
    </message>
    <message>
      <source>Address side: move right (mm)</source>
      <translation>宛名面: 右へ (mm)</translation>
    </message>
    <message>
      <source>Address side: move down (mm)</source>
      <translation>宛名面: 下へ (mm)</translation>
    </message>
  </context>
</TS>