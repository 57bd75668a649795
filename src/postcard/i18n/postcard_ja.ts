<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
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
      <source>&amp;Flip Card</source>
      <translation>はがきを裏返す(&amp;F)</translation>
    </message>
    <message>
      <source>Show the other side of the card</source>
      <translation>はがきの反対の面を表示します</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>拡大(&amp;I)</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>縮小(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Fit Card in View</source>
      <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;About postcard</source>
      <translation>postcard について(&amp;A)</translation>
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
      <source>Choose an event</source>
      <translation>イベントを選んでください</translation>
    </message>
    <message>
      <source>Pick an event in the sidebar to mark its printed cards as sent.</source>
      <translation>サイドバーでイベントを選ぶと、印刷済みのはがきを投函済みにできます。</translation>
    </message>
    <message>
      <source>Nobody selected</source>
      <translation>だれも選ばれていません</translation>
    </message>
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
    <message>
      <source>&amp;Template:</source>
      <translation>テンプレート(&amp;T)：</translation>
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
      <source>Saved as you type</source>
      <translation>入力するとすぐに保存されます</translation>
    </message>
    <message>
      <source>&amp;Reprint this card…</source>
      <translation>このはがきを再印刷(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Write a new card</source>
      <translation>新しいはがきを書く(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>履歴(&amp;H)</translation>
    </message>
    <message>
      <source>Personal line</source>
      <translation>ひと言</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>テンプレート</translation>
    </message>
    <message>
      <source>Printed on %1 (handwriting seed %2). This is the card exactly as it was printed.</source>
      <translation>%1 に印刷（筆跡シード %2）。印刷したときのはがきそのままです。</translation>
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
      <source>—</source>
      <translation>—</translation>
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
      <translation>（読みがありません）</translation>
    </message>
  </context>
  <context>
    <name>ContactsPane</name>
    <message>
      <source>%1 of %2 written</source>
      <translation>%2人中%1人 記入済み</translation>
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
      <translation>記録するはがきがありません</translation>
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
      <source>%n card(s) marked</source>
      <translation>
        <numerusform>%n枚を記録しました</numerusform>
      </translation>
    </message>
    <message>
      <source>About postcard</source>
      <translation>postcard について</translation>
    </message>
    <message>
      <source>postcard: short, personal, handwritten-looking thank-you postcards after events, printed in one batch, with a log of who got what.</source>
      <translation>postcard：イベントのあとに、手書き風の短いお礼はがきを一人ひとりに書いてまとめて印刷し、だれに何を送ったかを記録します。</translation>
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
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
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
    <name>PreviewPane</name>
    <message>
      <source>No card to show</source>
      <translation>表示するはがきがありません</translation>
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
      <source>Reverse the second pass (printers that stack face up)</source>
      <translation>2回目を逆順にする（印刷面を上にして排出するプリンター）</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>参照…</translation>
    </message>
    <message>
      <source>&amp;Write PDF and log</source>
      <translation>PDF を作成して記録(&amp;W)</translation>
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
      <source>Duplex: message and address side alternate</source>
      <translation>両面：文面と宛名面を交互に</translation>
    </message>
    <message>
      <source>Two passes: all message sides, then all address sides</source>
      <translation>2回に分けて：先に全員の文面、次に全員の宛名面</translation>
    </message>
    <message>
      <source>Several cards per sheet, with crop marks</source>
      <translation>1枚の用紙に複数枚（トンボ付き）</translation>
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
      <source>(no sender: add one with “postcard sender --add”)</source>
      <translation>（差出人がありません。「postcard sender --add」で追加してください）</translation>
    </message>
    <message>
      <source>Save the cards as</source>
      <translation>はがきの保存先</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <source>Checking the cards…</source>
      <translation>はがきを確認しています…</translation>
    </message>
    <message>
      <source>Double-click or press Enter to open this card</source>
      <translation>ダブルクリックまたは Enter キーでこのはがきを開きます</translation>
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
      <source>one PDF per card stock (はがき and A6 are printed apart)</source>
      <translation>用紙ごとに別の PDF（はがきと A6 は分けて印刷）</translation>
    </message>
    <message>
      <source>Thank them twice?</source>
      <translation>2回目のお礼を送りますか？</translation>
    </message>
    <message numerus="yes">
      <source>%n of them already got a card for this event: %1</source>
      <translation>
        <numerusform>このうち%n人には、このイベントのはがきをすでに送っています：%1</numerusform>
      </translation>
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
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written and nothing was logged.</source>
      <translation>キャンセルしました。ファイルも記録も作成されていません。</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n card(s); they are in the log as printed:</source>
      <translation>
        <numerusform>%n枚を作成し、印刷済みとして記録しました：</numerusform>
      </translation>
    </message>
    <message>
      <source>How to feed the cards:</source>
      <translation>はがきのセットのしかた：</translation>
    </message>
  </context>
  <context>
    <name>ReprintDialog</name>
    <message>
      <source>Reprint cards</source>
      <translation>はがきの再印刷</translation>
    </message>
    <message>
      <source>Duplex</source>
      <translation>両面</translation>
    </message>
    <message>
      <source>Two passes</source>
      <translation>2回に分けて</translation>
    </message>
    <message>
      <source>Several per sheet</source>
      <translation>1枚の用紙に複数枚</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>参照…</translation>
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
    <message>
      <source>Save the cards as</source>
      <translation>はがきの保存先</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <source>Wrote %1 page(s) to %2 (not logged again).</source>
      <translation>%1ページを %2 に書き出しました（記録は増えません）。</translation>
    </message>
  </context>
  <context>
    <name>SidebarPane</name>
    <message>
      <source>Events</source>
      <translation>イベント</translation>
    </message>
    <message>
      <source>Events, all contacts and the log (arrow keys to move)</source>
      <translation>イベント、すべての連絡先、送付記録（矢印キーで移動）</translation>
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
      <source>New printer or new stock? Print one card on plain paper first and hold it against a postcard (or print the calibration page and save the offsets with “postcard calibrate”).</source>
      <translation>初めてのプリンターや用紙の場合は、まず普通紙に1枚印刷してはがきに重ねて確かめてください（または調整ページを印刷し、「postcard calibrate」でずれを保存します）。</translation>
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
      <source>%n met</source>
      <translation>%n人と出会い</translation>
    </message>
    <message>
      <source>%1 written · %2 printed · %3 sent</source>
      <translation>%1人 記入済み · %2人 印刷済み · %3人 投函済み</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>No font has the character “%1” (%2); replace it with another.</source>
      <translation>「%1」（%2）はどのフォントにもない文字です。別の文字に置き換えてください。</translation>
    </message>
    <message>
      <source>The card has %n lines; a postcard takes at most three. Shorten the text or remove a line break.</source>
      <translation>このはがきは%n行あります。はがきは3行までです。文を短くするか、改行を取ってください。</translation>
    </message>
    <message>
      <source>A line is too long to fit on the card, even in small writing; shorten it.</source>
      <translation>小さな字にしてもはがきに収まらない行があります。短くしてください。</translation>
    </message>
    <message>
      <source>The card has no text.</source>
      <translation>はがきに文面がありません。</translation>
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
  </context>
</TS>