<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../reader/app.py" line="+45"/>
        <source>Reader: an offline news archive reader</source>
        <translation>Reader：離線新聞存檔閱讀器</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>library folder to open</source>
        <translation>要開啟的文章庫資料夾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open, render, save a PNG, exit</source>
        <translation>開啟、繪製、儲存為 PNG 後結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start with this search</source>
        <translation>啟動時搜尋此內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本並結束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details are in {path}</source>
        <translation>詳細資訊請見 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader could not start: {why}</source>
        <translation>Reader 無法啟動：{why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reader could not start</source>
        <translation>Reader 無法啟動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the data folder is not writable ({reason})</source>
        <translation>Reader 的資料夾無法寫入（{reason}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{error} Nothing was changed or moved.</source>
        <translation>{error}沒有變更或移動任何檔案。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{folder}: not found; opened the bundled seeds</source>
        <translation>{folder}：找不到，已開啟內建範例</translation>
    </message>
    <message>
        <location filename="../../reader/cli/check.py" line="+21"/>
        <source>parse every file in a folder and report problems</source>
        <translation>解析資料夾中的每個檔案並回報問題</translation>
    </message>
    <message>
        <location filename="../../reader/cli/show.py" line="+15"/>
        <source>print one article&apos;s sanitized HTML or indexed text</source>
        <translation>輸出一篇文章淨化後的 HTML 或索引用的純文字</translation>
    </message>
    <message>
        <location filename="../../reader/cli/index.py" line="+17"/>
        <source>build or update the search index of a library</source>
        <translation>建立或更新文章庫的搜尋索引</translation>
    </message>
    <message>
        <location filename="../../reader/cli/search.py" line="+21"/>
        <source>search a library&apos;s index</source>
        <translation>搜尋文章庫的索引</translation>
    </message>
    <message>
        <location filename="../../reader/cli/related.py" line="+12"/>
        <source>articles related to one article (more like this)</source>
        <translation>與某篇文章相關的文章（更多類似內容）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/bookmarks.py" line="+20"/>
        <source>list, add, remove, export or import bookmarks</source>
        <translation>列出、新增、移除、匯出或匯入書籤</translation>
    </message>
    <message>
        <location filename="../../reader/cli/stories.py" line="+11"/>
        <source>stories: the same event from every outlet, newest first</source>
        <translation>新聞事件：各家媒體對同一事件的報導，最新的在前</translation>
    </message>
    <message>
        <location filename="../../reader/cli/check.py" line="+9"/>
        <location filename="../../reader/cli/common.py" line="+63"/>
        <location filename="../../reader/cli/index.py" line="+9"/>
        <source>{path} is not a folder</source>
        <translation>{path} 不是資料夾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>checking {done}/{total}</source>
        <translation>正在檢查 {done}/{total}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{files}: {parsed} parsed, {skipped} skipped in {s:.1f} s ({rate:.0f} files/s)</source>
        <translation>{files}：已解析 {parsed} 個，略過 {skipped} 個，耗時 {s:.1f} 秒（每秒 {rate:.0f} 個檔案）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../reader/cli/index.py" line="+32"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/show.py" line="+28"/>
        <source>no article {id} in {library} (index it first: reader index)</source>
        <translation>{library} 中沒有文章 {id}（請先建立索引：reader index）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/index.py" line="-29"/>
        <source>indexing {done}/{total}</source>
        <translation>正在建立索引 {done}/{total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rebuilt: {why}</source>
        <translation>已重建：{why}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>repaired: %n index entry(-ies) made to match the catalog (an earlier update was interrupted)</source>
        <translation>
            <numerusform>已修復：%n 筆索引項目已與編目資料一致（先前的一次更新曾被中斷）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{files}: {articles}, {duplicates}, {skipped} skipped; this run: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged in {s:.1f} s</source>
        <extracomment>{files}, {articles}, {duplicates}: “12 files”, “10 articles”, “2 duplicate copies”</extracomment>
        <translation>{files}：{articles}，{duplicates}，略過 {skipped} 個；本次：新增 {added}，更新 {updated}，移除 {removed}，未變 {unchanged}，耗時 {s:.1f} 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/histogram.py" line="+40"/>
        <location filename="../../reader/cli/index.py" line="+3"/>
        <location filename="../../reader/cli/list.py" line="+43"/>
        <location filename="../../reader/cli/stories.py" line="+42"/>
        <location filename="../../reader/cli/story.py" line="+37"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/index.py" line="+1"/>
        <source>%n duplicate copy(-ies)</source>
        <translation>
            <numerusform>%n 個重複副本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/common.py" line="+16"/>
        <location filename="../../reader/ui/status_bar.py" line="+107"/>
        <source>Index rebuilt: {why}</source>
        <translation>索引已重建：{why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/search.py" line="+45"/>
        <source>about %n result(s)</source>
        <translation>
            <numerusform>約 %n 筆結果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+34"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 筆結果</numerusform>
        </translation>
    </message>
    <message>
        <location line="-31"/>
        <source>({ms} ms)</source>
        <translation>（{ms} 毫秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reader/ui/search_pane.py" line="+354"/>
        <source>Query syntax not understood: searched as plain words</source>
        <translation>無法辨識查詢語法：已當作一般詞語搜尋</translation>
    </message>
    <message>
        <location filename="../../reader/cli/related.py" line="+6"/>
        <source>no article {id}</source>
        <translation>沒有文章 {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no related articles</source>
        <translation>沒有相關文章</translation>
    </message>
    <message>
        <location filename="../../reader/cli/bookmarks.py" line="+23"/>
        <source>no bookmarks match</source>
        <translation>沒有符合條件的書籤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no bookmarks yet</source>
        <translation>還沒有書籤</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reader/cli/highlights.py" line="+34"/>
        <source>no article {id} in {library}</source>
        <translation>{library} 中沒有文章 {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bookmarked {id}: {title}</source>
        <translation>已加入書籤 {id}：{title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removed the bookmark {id}</source>
        <translation>已移除書籤 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no bookmark {id}</source>
        <translation>沒有書籤 {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 個書籤匯出至 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n new bookmark(s); {merged} already here were merged</source>
        <translation>
            <numerusform>已匯入 %n 個新書籤；{merged} 個既有書籤已合併</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/stories.py" line="-23"/>
        <location line="+6"/>
        <location filename="../../reader/core/archive/days.py" line="+45"/>
        <location line="+4"/>
        <location line="+49"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>不是日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../reader/cli/story.py" line="-15"/>
        <source>the library has no stories yet (run reader index)</source>
        <translation>文章庫還沒有新聞事件（請執行 reader index）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../reader/cli/story.py" line="+15"/>
        <source>{articles}, {outlets}</source>
        <translation>{articles}，{outlets}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n story(-ies) of two or more articles</source>
        <translation>
            <numerusform>%n 個新聞事件（每個至少兩篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/run.py" line="+73"/>
        <source>commands (python -m reader COMMAND --help):</source>
        <translation>指令（python -m reader 指令 --help）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reader command line</source>
        <translation>Reader 命令列</translation>
    </message>
    <message>
        <location filename="../../reader/cli/check.py" line="+11"/>
        <source>JSON lines: problems, then a summary</source>
        <translation>JSON Lines：先列出問題，再列出摘要</translation>
    </message>
    <message>
        <location filename="../../reader/cli/show.py" line="+35"/>
        <source>an article file, or an article id as search prints it</source>
        <translation>文章檔案，或搜尋結果中顯示的文章 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to look an id up (default: the bundled seeds)</source>
        <translation>在哪個文章庫中查找 ID（預設：內建範例）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sanitized body HTML (default)</source>
        <translation>淨化後的內文 HTML（預設）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text as indexed</source>
        <translation>索引用的純文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metadata as JSON</source>
        <translation>以 JSON 輸出中繼資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the text in this script: Simplified, or Traditional with Taiwan or Hong Kong wording (default: as written)</source>
        <translation>以指定的文字顯示：簡體，或採用台灣、香港用語的繁體（預設：依原文）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/cite.py" line="+80"/>
        <location filename="../../reader/cli/dossier.py" line="+73"/>
        <location filename="../../reader/cli/histogram.py" line="+7"/>
        <location filename="../../reader/cli/index.py" line="+8"/>
        <location filename="../../reader/cli/list.py" line="+6"/>
        <location filename="../../reader/cli/saved.py" line="+91"/>
        <location filename="../../reader/cli/stories.py" line="+6"/>
        <location filename="../../reader/cli/story.py" line="+21"/>
        <source>library folder (default: the bundled seeds)</source>
        <translation>文章庫資料夾（預設：內建範例）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/index.py" line="+1"/>
        <source>rebuild from scratch</source>
        <translation>從頭重建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds to wait for a busy index</source>
        <translation>索引忙碌時等待的秒數</translation>
    </message>
    <message>
        <location filename="../../reader/cli/histogram.py" line="+4"/>
        <location filename="../../reader/cli/list.py" line="+3"/>
        <location filename="../../reader/cli/search.py" line="+42"/>
        <source>JSON lines</source>
        <translation>JSON Lines 格式</translation>
    </message>
    <message>
        <location filename="../../reader/cli/bookmarks.py" line="+24"/>
        <source>article ID (add/remove) or FILE (export/import)</source>
        <translation>文章 ID（新增/移除）或檔案（匯出/匯入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>library to look the article up in (add)</source>
        <translation>在哪個文章庫中尋找文章（新增時）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: only titles/notes containing this</source>
        <translation>列出：僅限標題或備註包含此內容的書籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/cli/highlights.py" line="+117"/>
        <source>list: only this tag</source>
        <translation>列出：僅限此標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/cli/highlights.py" line="-2"/>
        <source>add: a tag</source>
        <translation>新增：一個標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: a short note</source>
        <translation>新增：一段簡短備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/cli/highlights.py" line="+4"/>
        <location filename="../../reader/cli/marks.py" line="+69"/>
        <location filename="../../reader/cli/saved.py" line="+2"/>
        <source>list: JSON lines</source>
        <translation>列出：JSON Lines 格式</translation>
    </message>
    <message>
        <location filename="../../reader/cli/stories.py" line="+1"/>
        <source>one JSON object per story</source>
        <translation>每個新聞事件一個 JSON 物件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stories still reported on or after this date (UTC)</source>
        <translation>在此日期（UTC）當天或之後仍有報導的新聞事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stories first reported on or before this date (UTC)</source>
        <translation>在此日期（UTC）當天或之前首次報導的新聞事件</translation>
    </message>
    <message>
        <location filename="../../reader/cli/bookmarks.py" line="+7"/>
        <source>bookmarks {action} needs an ID or FILE</source>
        <translation>bookmarks {action} 需要一個 ID 或檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="+35"/>
        <source>&amp;Open Library…</source>
        <translation>開啟文章庫(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Bundled &amp;Seeds</source>
        <translation>開啟內建範例(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as PDF…</source>
        <translation>匯出為 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Search Library</source>
        <translation>搜尋文章庫(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中尋找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Previous</source>
        <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>偏好設定(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by Story</source>
        <translation>依新聞事件分組(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ocus Mode</source>
        <translation>專注模式(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As Written</source>
        <translation>依原文(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simplified Chinese</source>
        <translation>簡體中文(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese (&amp;Taiwan)</source>
        <translation>繁體中文（台灣）(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese (&amp;Hong Kong)</source>
        <translation>繁體中文（香港）(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主題(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious Article</source>
        <translation>上一篇(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Unread</source>
        <translation>下一篇未讀(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Original</source>
        <translation>開啟原文(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Link</source>
        <translation>複製連結(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>&amp;Bookmark</source>
        <translation>書籤(&amp;B)</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Mark &amp;Read/Unread</source>
        <translation>標示為已讀/未讀(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;All Read</source>
        <translation>全部標示為已讀(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;pdate Index</source>
        <translation>更新索引(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;index Library</source>
        <translation>重建索引(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts and Search Syntax</source>
        <translation>快速鍵與搜尋語法(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reader/ui/help_dialog.py" line="+116"/>
        <source>&amp;About Reader</source>
        <translation>關於 Reader(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Text As</source>
        <translation>文字顯示為(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>復原「{what}」(&amp;U)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{action} (shortcut: {key})</source>
        <translation>{action}（快速鍵 {key}）</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <location filename="../../reader/ui/appearance.py" line="+172"/>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_html.py" line="+63"/>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load this image</source>
        <translation>載入這張圖片</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>First reported by {source}, {when}.</source>
        <translation>最早由{source}報導，{when}。</translation>
    </message>
    <message>
        <location filename="../../reader/cli/story.py" line="-47"/>
        <source>story: one story&apos;s timeline, what each report adds</source>
        <translation>story：一則故事的時間軸，每篇報導新增了什麼</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no story {id}</source>
        <translation>沒有故事 {id}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reader/ui/article_html.py" line="+16"/>
        <source>Nothing the earlier reports did not say.</source>
        <translation>沒有先前報導以外的新內容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a story&apos;s id, or the id of one of its articles</source>
        <translation>故事的 ID，或其中一篇文章的 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeline as one JSON object</source>
        <translation>以一個 JSON 物件輸出時間軸</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/stories.py" line="-15"/>
        <location filename="../../reader/cli/story.py" line="-21"/>
        <location filename="../../reader/core/dossier/words.py" line="+21"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n 家媒體</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+51"/>
        <location line="+43"/>
        <location filename="../../reader/ui/list_model.py" line="+484"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reader/ui/list_model.py" line="+0"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="-42"/>
        <location filename="../../reader/ui/list_model.py" line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/list_model.py" line="+2"/>
        <source>Local time ({zone})</source>
        <translation>本地時間（{zone}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_list.py" line="+158"/>
        <source>Filter titles…</source>
        <translation>篩選標題…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article in the list matches</source>
        <translation>清單中沒有符合條件的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="-1"/>
        <source>Newest bookmark</source>
        <translation>最新書籤</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../reader/ui/navigation_pane.py" line="+25"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Article file missing</source>
        <translation>文章檔案已不存在</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="+64"/>
        <source>Tags and Note</source>
        <translation>標籤與備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reader/ui/note_dialog.py" line="+59"/>
        <source>Tags, separated by spaces</source>
        <translation>標籤，以空格分隔</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../reader/ui/note_dialog.py" line="+5"/>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/note_dialog.py" line="-2"/>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+132"/>
        <source>Search bookmarks…</source>
        <translation>搜尋書籤…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags and Note…</source>
        <translation>標籤與備註…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/preferences.py" line="+156"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/notes_pane.py" line="+270"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+142"/>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>No bookmark matches.</source>
        <translation>沒有符合條件的書籤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookmarks yet: Ctrl+D bookmarks the article you are reading.</source>
        <translation>還沒有書籤：按 Ctrl+D 可將正在閱讀的文章加入書籤。</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+16"/>
        <source>Export bookmarks</source>
        <translation>匯出書籤</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+34"/>
        <source>Import bookmarks</source>
        <translation>匯入書籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="-96"/>
        <source>Next / previous article</source>
        <translation>下一篇 / 上一篇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread article</source>
        <translation>下一篇未讀文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>空白鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page down, then the next article</source>
        <translation>向下捲動一頁，到底後開啟下一篇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read / unread</source>
        <translation>標示為已讀 / 未讀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every article in the list read (asks first)</source>
        <translation>將清單中的所有文章標為已讀（會先詢問）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the list by story; → and ← open and close a story</source>
        <translation>依新聞事件分組清單；→ 和 ← 展開和收合事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the article</source>
        <translation>將文章加入書籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>搜尋文章庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓, Enter (in the search box)</source>
        <translation>↓、Enter（在搜尋框中）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the results, open one</source>
        <translation>移至結果清單並開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous match in the article</source>
        <translation>文章中的下一個 / 上一個符合項目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="+61"/>
        <location filename="../../reader/ui/help_dialog.py" line="+1"/>
        <source>Find in the article</source>
        <translation>在文章中尋找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="+1"/>
        <source>Open the original in the browser</source>
        <translation>在瀏覽器中開啟原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the article&apos;s link</source>
        <translation>複製文章連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/preferences.py" line="-39"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the index now (also after Cancel)</source>
        <translation>立即更新索引（取消之後也可用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus mode: the article only</source>
        <translation>專注模式：只顯示文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo marking articles read, or a bookmark&apos;s removal</source>
        <translation>復原標為已讀，或復原移除書籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, Export as PDF</source>
        <translation>列印，匯出為 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a library folder</source>
        <translation>開啟文章庫資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/preferences.py" line="+24"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both words</source>
        <translation>同時包含兩個詞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either word</source>
        <translation>包含任一詞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without this word</source>
        <translation>不包含這個詞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact phrase</source>
        <translation>完整詞組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the title</source>
        <translation>在標題中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a source</source>
        <translation>來自某個來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a category of the feed</source>
        <translation>在訂閱來源的某個分類中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a month, or between two days</source>
        <translation>某個月內，或兩個日期之間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional and Simplified Chinese find each other</source>
        <translation>繁體與簡體可以互相搜尋到</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keyboard shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reader/ui/search_pane.py" line="-299"/>
        <source>Search syntax</source>
        <translation>搜尋語法</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard Shortcuts and Search Syntax</source>
        <translation>快速鍵與搜尋語法</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reader is an offline reader for a local archive of saved news articles.</source>
        <translation>Reader 是離線閱讀本機新聞存檔的工具。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_controller.py" line="+132"/>
        <location line="+312"/>
        <source>The search process</source>
        <translation>搜尋處理程序</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+49"/>
        <location line="+23"/>
        <source>Listing the articles</source>
        <translation>列出文章</translation>
    </message>
    <message>
        <location line="+191"/>
        <location filename="../../reader/ui/related_box.py" line="+111"/>
        <source>Related coverage</source>
        <translation>相關報導</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="+172"/>
        <location line="+164"/>
        <source>{library} — Reader</source>
        <translation>{library} — Reader</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Reader — offline news archive</source>
        <translation>Reader — 離線新聞文章庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_controller.py" line="-205"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="+269"/>
        <location filename="../../reader/ui/research_files.py" line="+246"/>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmarks.py" line="+28"/>
        <source>the bookmarks file</source>
        <translation>書籤檔案</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+264"/>
        <source>the file is empty (0 bytes)</source>
        <translation>檔案是空的（0 位元組）</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmarks.py" line="+38"/>
        <source>the file holds no bookmarks table</source>
        <translation>檔案中沒有書籤資料表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bookmarks file {path} was empty (0 bytes) and no backup was found: bookmarks start empty.</source>
        <translation>書籤檔案 {path} 是空的（0 位元組），也找不到備份：書籤從空白開始。</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+81"/>
        <source>it is damaged ({damage}) and the backup {backup} cannot be copied back ({reason}); nothing was changed</source>
        <translation>檔案已損壞（{damage}），而備份 {backup} 無法複製回來（{reason}）；沒有做任何變更</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/bookmarks.py" line="+17"/>
        <source>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmark(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>書籤檔案 {path} 已損壞（{reason}）；已保留為 {aside}，並從備份 {backup} 還原了 %n 個書籤。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and no backup was found: bookmarks start empty.</source>
        <translation>書籤檔案 {path} 已損壞（{reason}）；已保留為 {aside}，但找不到備份：書籤從空白開始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup of the bookmarks could be written in {folder} ({reason}).</source>
        <translation>無法在 {folder} 中寫入書籤備份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmark_files.py" line="+186"/>
        <source>{path} is not a Reader bookmarks export</source>
        <translation>{path} 不是 Reader 匯出的書籤</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+28"/>
        <location filename="../../reader/ui/bookmarks_pane.py" line="-124"/>
        <location filename="../../reader/ui/main_window.py" line="-267"/>
        <location filename="../../reader/ui/research_files.py" line="-97"/>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="+140"/>
        <location line="+22"/>
        <source>Open Library</source>
        <translation>開啟文章庫</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Not a folder: {path}</source>
        <translation>不是資料夾：{path}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="-109"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font</source>
        <translation>字型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column width</source>
        <translation>欄寬</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data folder</source>
        <translation>資料儲存位置</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also Ctrl +, Ctrl − and Ctrl 0 in the article</source>
        <translation>在文章中也可使用 Ctrl +、Ctrl − 與 Ctrl 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no host yet</source>
        <translation>尚無主機</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remote images are blocked. They load without asking from these hosts:</source>
        <translation>遠端圖片預設會被封鎖。來自以下主機的圖片不需詢問即可載入：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_commands.py" line="+28"/>
        <location line="+98"/>
        <source>Mark All Read</source>
        <translation>全部標示為已讀</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This article has no original link</source>
        <translation>這篇文章沒有原文連結</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No web browser could open {url}</source>
        <translation>沒有瀏覽器能開啟 {url}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link copied</source>
        <translation>已複製連結</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+73"/>
        <source>Every article in the list is read</source>
        <translation>清單中的文章都已讀</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Mark Story Read</source>
        <translation>將事件標為已讀</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reader/ui/session.py" line="+266"/>
        <source>Mark as Unread</source>
        <translation>標示為未讀</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <location filename="../../reader/ui/session.py" line="+0"/>
        <source>Mark as Read</source>
        <translation>標示為已讀</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reindex Library</source>
        <translation>重建索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build this library&apos;s index again from its files? It takes a few minutes on a large library; the list fills again as it goes.</source>
        <translation>要依據檔案重新建立這個文章庫的索引嗎？大型文章庫需要幾分鐘，清單會邊建立邊填入。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit › Undo takes it back.</source>
        <translation>可用「編輯 › 復原」還原。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_pane.py" line="-15"/>
        <source>Relevance</source>
        <translation>相關性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newest first</source>
        <translation>最新優先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Search (Ctrl+K): words, &quot;phrase&quot;, -exclude, title:, source:, date:2021-01</source>
        <translation>搜尋（Ctrl+K）：詞語、&quot;詞組&quot;、-排除、title:、source:、date:2021-01</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sources_pane.py" line="+75"/>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_pane.py" line="+16"/>
        <source>Recent searches</source>
        <translation>最近的搜尋</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>No results for “{q}”</source>
        <translation>找不到「{q}」</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="-14"/>
        <location filename="../../reader/ui/session.py" line="-201"/>
        <source>Remove Bookmark</source>
        <translation>移除書籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/related_box.py" line="+18"/>
        <location filename="../../reader/ui/research_files.py" line="-117"/>
        <location filename="../../reader/ui/session.py" line="+141"/>
        <source>This story</source>
        <translation>本事件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="+13"/>
        <source>Story</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+118"/>
        <location line="+33"/>
        <source>Marking articles</source>
        <translation>標示文章</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Bookmark removed (Edit › Undo brings it back)</source>
        <translation>書籤已移除（編輯 › 復原 可以復原）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sources_pane.py" line="+11"/>
        <source>{name}: {unread} unread of {total}</source>
        <translation>{name}：{total} 篇中有 {unread} 篇未讀</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unread only</source>
        <translation>只顯示未讀</translation>
    </message>
    <message>
        <location filename="../../reader/ui/status_bar.py" line="-68"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop indexing (what is done so far is kept)</source>
        <translation>停止建立索引（已完成的部分會保留）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopping: saving {done} indexed…</source>
        <translation>正在停止：儲存已索引的 {done} 篇…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indexing {done}/{total}…</source>
        <translation>正在建立索引 {done}/{total}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Indexing stopped with {articles} indexed; Update Index (F5) goes on from here</source>
        <translation>索引已停止，已索引{articles}；「更新索引」（F5）會從這裡繼續</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{articles} from {files} ({duplicates}, {skipped} could not be read), indexed in {s:.1f} s</source>
        <extracomment>{articles}, {files}, {duplicates}: “12 articles”, “14 files”, “2 duplicate copies”</extracomment>
        <translation>共 {articles}，來自 {files}（{duplicates}，{skipped} 個無法讀取），索引耗時 {s:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../reader/ui/viewer.py" line="+70"/>
        <source>The article file is no longer in the library; this is the saved bookmark.</source>
        <translation>文章檔案已不在文章庫中；以下是書籤中儲存的資訊。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="-1"/>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一個符合項目（Shift+F3）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match (F3)</source>
        <translation>下一個符合項目（F3）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{i} of {n}</source>
        <translation>第 {i} / {n} 處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/viewer.py" line="+82"/>
        <source>Blocked link: {url}</source>
        <translation>已封鎖的連結：{url}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No installed font covers Chinese. Install one, e.g. `sudo apt install fonts-noto-cjk`.</source>
        <translation>沒有可顯示中文的字型。請安裝一個，例如 `sudo apt install fonts-noto-cjk`。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select an article on the left, or search with Ctrl+K.</source>
        <translation>請在左側選擇文章，或按 Ctrl+K 搜尋。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article selected</source>
        <translation>尚未選擇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_html.py" line="-49"/>
        <location filename="../../reader/ui/viewer.py" line="+7"/>
        <source>Open original</source>
        <translation>開啟原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/viewer.py" line="+17"/>
        <source>This article could not be shown: {e}</source>
        <translation>無法顯示這篇文章：{e}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/related_box.py" line="+2"/>
        <source>▸ The story&apos;s timeline</source>
        <translation>▸ 事件時間軸</translation>
    </message>
    <message>
        <location filename="../../reader/cli/story.py" line="+12"/>
        <location filename="../../reader/ui/related_box.py" line="+5"/>
        <location line="+3"/>
        <source>Related stories</source>
        <translation>相關事件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/image_bar.py" line="+49"/>
        <source>Loading images…</source>
        <translation>正在載入圖片…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load for this article</source>
        <translation>載入本文圖片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always for {source}</source>
        <translation>一律載入「{source}」的圖片</translation>
    </message>
    <message>
        <location filename="../../reader/core/decode.py" line="+86"/>
        <source>invalid {encoding} text after its byte order mark (at byte offset {offset})</source>
        <translation>位元組順序標記（BOM）之後不是有效的 {encoding} 文字（位於位元組偏移 {offset}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data, not a text article</source>
        <translation>二進位資料，不是文字文章</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not UTF-8, GB18030 or Big5 text</source>
        <translation>不是 UTF-8、GB18030 或 Big5 文字</translation>
    </message>
    <message>
        <location filename="../../reader/core/parser.py" line="+45"/>
        <source>the &lt;!--epoch--&gt; line</source>
        <translation>&lt;!--epoch--&gt; 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 日期 line</source>
        <translation>「日期」行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the front matter date</source>
        <translation>前置資料（front matter）的 date 欄位</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>line {line}, column {column}: {words}</source>
        <translation>第 {line} 行，第 {column} 欄：{words}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>front matter ignored ({reason})</source>
        <translation>已忽略前置資料（{reason}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>front matter is not a mapping</source>
        <translation>前置資料不是鍵值對應</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{where} {value} is not a usable date; it was ignored</source>
        <translation>{where}的值 {value} 不是可用的日期，已忽略</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>no usable date in the file</source>
        <translation>檔案中沒有可用的日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no title and no article text</source>
        <translation>沒有標題，也沒有內文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the body is empty; only the title is known</source>
        <translation>內文是空的，只有標題</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not a regular file</source>
        <translation>不是一般檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size:,} bytes is over the {limit:,}-byte limit</source>
        <translation>{size:,} 位元組，超過了 {limit:,} 位元組的上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read it: {reason}</source>
        <translation>無法讀取：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grew past the {limit:,}-byte limit while reading</source>
        <translation>讀取時檔案變大，超過了 {limit:,} 位元組的上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open it: {reason}</source>
        <translation>無法開啟：{reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>decoded as {encoding}</source>
        <translation>以 {encoding} 解碼</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n undecodable byte(s) replaced</source>
        <translation>
            <numerusform>已取代 %n 個無法解碼的位元組</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/core/readstate.py" line="+31"/>
        <source>the read-state file</source>
        <translation>已讀狀態檔案</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The read-state file {path} was empty (0 bytes): which articles were read is lost, and read marks start fresh.</source>
        <translation>已讀狀態檔案 {path} 是空的（0 位元組）：哪些文章已讀的紀錄已遺失，已讀標記將重新開始。</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read mark(s) could be saved from it.</source>
        <translation>
            <numerusform>已讀狀態檔案 {path} 已損壞（{reason}）；已保留為 {aside}，並從中救回了 %n 個已讀標記。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and read marks start fresh.</source>
        <translation>已讀狀態檔案 {path} 已損壞（{reason}）；已保留為 {aside}，已讀標記將重新開始。</translation>
    </message>
    <message>
        <location filename="../../reader/core/scan.py" line="+79"/>
        <source>cannot open the folder: {reason}</source>
        <translation>無法開啟資料夾：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>folder already visited (a link loop)</source>
        <translation>資料夾已走訪過（連結形成迴圈）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot list the folder: {reason}</source>
        <translation>無法列出資料夾內容：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/locking.py" line="+46"/>
        <source>another process is updating the index ({path})</source>
        <translation>另一個處理程序正在更新索引（{path}）</translation>
    </message>
    <message>
        <location filename="../../reader/core/settings.py" line="+26"/>
        <source>the settings file</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Settings could not be read from {path} ({reason}); defaults are used.</source>
        <translation>無法從 {path} 讀取設定（{reason}）；將使用預設值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 物件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Settings in {path} could not be read ({why}); defaults are used. The file was left in place ({reason}).</source>
        <translation>無法讀取 {path} 中的設定（{why}）；將使用預設值。該檔案保留在原處（{reason}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings in {path} could not be read ({why}); defaults are used. The file was kept as {backup}.</source>
        <translation>無法讀取 {path} 中的設定（{why}）；將使用預設值。該檔案已保留為 {backup}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>它不是有效的 JSON（第 {line} 行，第 {column} 欄）</translation>
    </message>
    <message>
        <location filename="../../reader/core/storage.py" line="+25"/>
        <source>the database is malformed</source>
        <translation>資料庫格式已損壞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a database</source>
        <translation>它不是資料庫</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the file or its folder is read-only</source>
        <translation>檔案或其所在資料夾是唯讀的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened (missing folder, no permission or a read-only disk)</source>
        <translation>無法開啟檔案（資料夾不存在、沒有權限或磁碟為唯讀）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>the disk reported an input/output error</source>
        <translation>磁碟回報了輸入/輸出錯誤</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+1"/>
        <location line="+20"/>
        <source>another process is using the file</source>
        <translation>另一個處理程序正在使用該檔案</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>out of memory</source>
        <translation>記憶體不足</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk quota is used up</source>
        <translation>磁碟配額已用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large for this disk or account</source>
        <translation>檔案對這個磁碟或帳號來說太大</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such file or folder</source>
        <translation>沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of its path is not a folder</source>
        <translation>其路徑中的某一部分不是資料夾</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="-228"/>
        <location filename="../../reader/core/storage.py" line="+1"/>
        <source>it is a folder</source>
        <translation>它是一個資料夾</translation>
    </message>
    <message>
        <location filename="../../reader/core/storage.py" line="+1"/>
        <source>too many symbolic links (a link loop)</source>
        <translation>符號連結過多（連結形成迴圈）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name is too long</source>
        <translation>名稱太長</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>too many files are open</source>
        <translation>開啟的檔案太多</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot use {what} {path}: {reason}.</source>
        <translation>無法使用{what} {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>it is damaged and cannot be set aside ({reason})</source>
        <translation>檔案已損壞，且無法重新命名保留（{reason}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the integrity check failed: {found}</source>
        <translation>完整性檢查失敗：{found}</translation>
    </message>
    <message>
        <location filename="../../reader/core/stories/store.py" line="+369"/>
        <source>stories could not be updated ({why})</source>
        <translation>無法更新新聞事件（{why}）</translation>
    </message>
    <message>
        <location filename="../../reader/argparse_words.py" line="+25"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置引數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>顯示此說明訊息並結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的引數：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的引數：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>需要一個引數值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>不能與引數 %s 一起使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>此選項不接受值 %r</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/background.py" line="+135"/>
        <source>the update was stopped: the app is quitting</source>
        <translation>更新已停止：應用程式正在結束</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the indexer stopped (exit code {code})</source>
        <translation>索引程序已停止（結束代碼 {code}）</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/catalog.py" line="+144"/>
        <source>a stored text does not decompress ({why})</source>
        <translation>一段已儲存的文字無法解壓縮（{why}）</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/engine.py" line="+97"/>
        <location line="+203"/>
        <location line="+9"/>
        <source>found while searching: {why}</source>
        <translation>搜尋時發現：{why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search catalog {path} is damaged ({why}); the next index update rebuilds it from the library.</source>
        <translation>搜尋目錄 {path} 已損壞（{why}）；下次更新索引時會依據文庫重建它。</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/indexer.py" line="+55"/>
        <source>the search catalog</source>
        <translation>搜尋目錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the search index in</source>
        <translation>搜尋索引</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+12"/>
        <location line="+129"/>
        <source>the catalog is damaged ({why})</source>
        <translation>目錄已損壞（{why}）</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>the index was never completed</source>
        <translation>索引從未完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the index format changed ({old} -&gt; {new})</source>
        <translation>索引格式已變更（{old} → {new}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the search index is missing</source>
        <translation>搜尋索引不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>the index is damaged ({why})</source>
        <translation>索引已損壞（{why}）</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a rebuild was asked for</source>
        <translation>已要求重建</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/service.py" line="+177"/>
        <source>the search process stopped (exit code {code})</source>
        <translation>搜尋程序已停止（結束代碼 {code}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the search service is closed</source>
        <translation>搜尋服務已關閉</translation>
    </message>
    <message>
        <location filename="../../reader/cli/cite.py" line="-66"/>
        <source>cite articles, a tag, a story or the bookmarks (RIS, BibTeX, CSL-JSON)</source>
        <translation>引用文章、標籤、新聞事件或書籤（RIS、BibTeX、CSL-JSON）</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../reader/cli/dossier.py" line="-36"/>
        <source>no story {story} in {library}</source>
        <translation>{library} 中沒有新聞事件 {story}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n article(s) not found in {library}</source>
        <translation>
            <numerusform>{library} 中找不到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location filename="../../reader/ui/research_files.py" line="+161"/>
        <source>Wrote %n reference(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 筆參考文獻寫入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>article ids</source>
        <translation>文章 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ris, bibtex or csl-json for reference managers; chicago or apa for a formatted reference (default: ris)</source>
        <translation>ris、bibtex 或 csl-json 供書目管理軟體使用；chicago 或 apa 輸出排好格式的參考文獻（預設：ris）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the articles bookmarked or highlighted with this tag</source>
        <translation>帶有此標籤的書籤或畫線所屬的文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the articles of this story (its id, or one of its articles&apos; ids)</source>
        <translation>此新聞事件的文章（事件 ID，或其中一篇文章的 ID）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every bookmarked article</source>
        <translation>所有加了書籤的文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write to this file instead of the output</source>
        <translation>寫入此檔案，而不是輸出到螢幕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cite needs article ids, --tag, --story or --bookmarks</source>
        <translation>cite 需要文章 ID、--tag、--story 或 --bookmarks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="-138"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/research_files.py" line="-167"/>
        <source>RIS (Zotero, EndNote, Mendeley)</source>
        <translation>RIS（Zotero、EndNote、Mendeley）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX (JabRef, LaTeX)</source>
        <translation>BibTeX（JabRef、LaTeX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSL-JSON (Zotero, Pandoc)</source>
        <translation>CSL-JSON（Zotero、Pandoc）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All bookmarks</source>
        <translation>全部書籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="-32"/>
        <location filename="../../reader/ui/research_files.py" line="+6"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../reader/ui/research_files.py" line="+10"/>
        <source>Export Highlights</source>
        <translation>匯出畫線</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Highlights</source>
        <translation>匯入畫線</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+71"/>
        <source>Export Citations</source>
        <translation>匯出引用</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Tagged #{tag}</source>
        <translation>標籤 #{tag}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cite:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Open a story&apos;s timeline or an article of a story first.</source>
        <translation>請先開啟一個新聞事件的時間軸，或事件中的一篇文章。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Story as Dossier</source>
        <translation>將新聞事件匯出為資料彙編</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the library has no index yet</source>
        <translation>文章庫還沒有索引</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the story is no longer in the library</source>
        <translation>這個新聞事件已不在文章庫中</translation>
    </message>
    <message>
        <location filename="../../reader/cli/dossier.py" line="-23"/>
        <source>a story or a tag as a dossier in Markdown or PDF</source>
        <translation>將新聞事件或標籤整理為 Markdown 或 PDF 資料彙編</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nothing is bookmarked or highlighted with the tag {tag}</source>
        <translation>沒有帶標籤 {tag} 的書籤或畫線</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote the dossier of {title} to {path}</source>
        <translation>已將「{title}」的資料彙編寫入 {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a story id as `reader stories` prints it, or one of its articles&apos; ids</source>
        <translation>`reader stories` 顯示的新聞事件 ID，或其中一篇文章的 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>instead of a story: the articles bookmarked or highlighted with this tag</source>
        <translation>不用新聞事件，改用帶有此標籤的書籤或畫線所屬的文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown or PDF (default: md)</source>
        <translation>Markdown 或 PDF（預設：md）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dossier needs a STORY or --tag TAG (one of them)</source>
        <translation>dossier 需要 STORY 或 --tag TAG（二選一）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/highlights.py" line="-134"/>
        <source>add, list, remove, export or import highlights and their notes</source>
        <translation>新增、列出、移除、匯出或匯入畫線及其筆記</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the quote is not in the text of {id}: {quote}</source>
        <translation>文章 {id} 的內文中沒有這段引文：{quote}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>highlighted {hid} in {id}: “{quote}”</source>
        <translation>已在 {id} 中新增畫線 {hid}：「{quote}」</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no highlights match</source>
        <translation>沒有符合條件的畫線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no highlights yet</source>
        <translation>還沒有畫線</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the article is not in {library}</source>
        <translation>文章不在 {library} 中</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>removed the highlight {hid}</source>
        <translation>已移除畫線 {hid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no highlight {hid}</source>
        <translation>沒有畫線 {hid}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location filename="../../reader/ui/research_files.py" line="-164"/>
        <source>Exported %n highlight(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 筆畫線匯出至 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../reader/ui/research_files.py" line="+16"/>
        <source>Imported %n new highlight(s); {updated} already here were updated</source>
        <translation>
            <numerusform>已匯入 %n 筆新畫線；{updated} 筆既有畫線已更新</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>article ID (add), highlight ID (remove) or FILE (export/import)</source>
        <translation>文章 ID（add）、畫線 ID（remove）或檔案（export/import）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>library the articles are in (default: the bundled seeds)</source>
        <translation>文章所在的文章庫（預設：內建範例）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the words to highlight, as the article has them (either script)</source>
        <translation>新增：要畫線的文字，與文章中的一致（簡體或繁體皆可）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: a note</source>
        <translation>新增：一則筆記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: its colour</source>
        <translation>新增：畫線顏色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: only quotes, notes or titles containing this</source>
        <translation>列出：僅限引文、筆記或標題中含有此文字的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: only this article&apos;s</source>
        <translation>列出：僅限此文章的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>highlights {action} needs an ID or FILE</source>
        <translation>highlights {action} 需要 ID 或檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>highlights add needs --quote TEXT</source>
        <translation>highlights add 需要 --quote 文字</translation>
    </message>
    <message>
        <location filename="../../reader/core/annotations/export.py" line="+16"/>
        <location filename="../../reader/ui/research_desk.py" line="+156"/>
        <location filename="../../reader/ui/research_files.py" line="-31"/>
        <source>Highlights</source>
        <translation>畫線</translation>
    </message>
    <message>
        <location filename="../../reader/core/annotations/store.py" line="+63"/>
        <source>the highlights file</source>
        <translation>畫線檔案</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the file holds no highlights table</source>
        <translation>檔案中沒有畫線資料表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The highlights file {path} was empty (0 bytes) and no backup was found: highlights start empty.</source>
        <translation>畫線檔案 {path} 是空的（0 位元組），也找不到備份：畫線從空白開始。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlight(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>畫線檔案 {path} 已損壞（{reason}）；已保留為 {aside}，並從備份 {backup} 還原了 %n 筆畫線。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and no backup was found: highlights start empty.</source>
        <translation>畫線檔案 {path} 已損壞（{reason}）；已保留為 {aside}，但找不到備份：畫線從空白開始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup of the highlights could be written in {folder} ({reason}).</source>
        <translation>無法在 {folder} 中寫入畫線備份（{reason}）。</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>{path} is not a Reader highlights export</source>
        <translation>{path} 不是 Reader 匯出的畫線</translation>
    </message>
    <message>
        <location filename="../../reader/core/dossier/as_html.py" line="+94"/>
        <location filename="../../reader/core/dossier/as_markdown.py" line="+46"/>
        <source>What it adds:</source>
        <translation>新增的內容：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reader/core/dossier/as_markdown.py" line="+0"/>
        <source>What it reported:</source>
        <translation>報導的內容：</translation>
    </message>
    <message>
        <location filename="../../reader/core/dossier/words.py" line="-1"/>
        <source>{reports} from {outlets}</source>
        <translation>{outlets}的{reports}</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 篇報導</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First reported by {outlet} at {time}.</source>
        <translation>{outlet}最先報導，時間為 {time}。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n sentence(s) an earlier report already had</source>
        <translation>
            <numerusform>%n 句先前的報導已有</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../reader/ui/notes_pane.py" line="-219"/>
        <source>not found in the text</source>
        <translation>在內文中找不到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>你的筆記</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>報導</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>References</source>
        <translation>參考文獻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/highlight_layer.py" line="+210"/>
        <source>Highlight</source>
        <translation>畫線</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlight with Note…</source>
        <translation>畫線並寫筆記…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Highlight and Note…</source>
        <translation>編輯畫線和筆記…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Highlight</source>
        <translation>移除畫線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_dialog.py" line="-39"/>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Highlight and Note</source>
        <translation>畫線和筆記</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this passage shows, where to use it…</source>
        <translation>這段文字說明了什麼、打算用在哪裡…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quote:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>顏色：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_pane.py" line="-4"/>
        <source>By article</source>
        <translation>依文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By tag</source>
        <translation>依標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By story</source>
        <translation>依新聞事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the article is not in this library</source>
        <translation>文章不在這個文章庫中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no tag)</source>
        <translation>（無標籤）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(in no story)</source>
        <translation>（不屬於任何新聞事件）</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Search highlights and notes</source>
        <translation>搜尋畫線和筆記</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Highlights (JSON)…</source>
        <translation>匯出畫線（JSON）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Highlights (Markdown)…</source>
        <translation>匯出畫線（Markdown）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Highlights…</source>
        <translation>匯入畫線…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/research_desk.py" line="-116"/>
        <source>&amp;Research</source>
        <translation>研究(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Highlight Selection</source>
        <translation>為選取文字畫線(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight with &amp;Note…</source>
        <translation>畫線並寫筆記(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore Removed Highlight</source>
        <translation>還原剛移除的畫線(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation (&amp;Chicago)</source>
        <translation>複製引用（芝加哥格式）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation (&amp;APA)</source>
        <translation>複製引用（APA 格式）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Citations…</source>
        <translation>匯出引用(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Story as &amp;Dossier…</source>
        <translation>將新聞事件匯出為資料彙編(&amp;D)…</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Select words of the article&apos;s text to highlight them.</source>
        <translation>請先選取文章內文中的文字，再畫線。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Highlight removed (Research › Restore Removed Highlight).</source>
        <translation>畫線已移除（可用 研究 › 還原剛移除的畫線）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Placing highlights</source>
        <translation>定位畫線</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The article of this highlight is not in the open library.</source>
        <translation>這筆畫線所屬的文章不在目前開啟的文章庫中。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open an article to cite it.</source>
        <translation>請先開啟要引用的文章。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied: {citation}</source>
        <translation>已複製：{citation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formatting the citation</source>
        <translation>排版引用</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="+18"/>
        <source>Enter saves · Shift+Enter starts a new line</source>
        <translation>Enter 儲存 · Shift+Enter 換行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="-11"/>
        <source>Automatic (by the article&apos;s script)</source>
        <translation>自動（依文章的文字選擇）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="-25"/>
        <source>Right click on selected words</source>
        <translation>在選取的文字上按右鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight them in a colour, or with a note</source>
        <translation>以某種顏色畫線，或畫線並寫筆記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right click on a highlight</source>
        <translation>在畫線處按右鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit its note, colour and tags, or remove it</source>
        <translation>編輯它的筆記、顏色和標籤，或刪除它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pointer on a highlight</source>
        <translation>指標停在畫線處</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its note</source>
        <translation>顯示它的筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="-28"/>
        <location filename="../../reader/ui/sync_folder_row.py" line="+61"/>
        <source>Sync folder</source>
        <translation>同步資料夾</translation>
    </message>
    <message>
        <location filename="../../reader/core/sync/engine.py" line="+174"/>
        <source>A change could not be written to the sync state ({reason}); it is kept and goes out at the next sync.</source>
        <translation>一項變更未能寫入同步狀態（{reason}）；它已保留，下次同步時送出。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Cannot write to the sync folder {path}: {reason}. The change is kept on this machine and goes to the sync folder at the next sync.</source>
        <translation>無法寫入同步資料夾 {path}：{reason}。這項變更已保存在本機，下次同步時會寫入同步資料夾。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{path} was written by a newer Reader: it is left as it is.</source>
        <translation>{path} 由較新版本的 Reader 寫入：保持原樣，不做處理。</translation>
    </message>
    <message>
        <location filename="../../reader/core/sync/replica.py" line="+33"/>
        <source>the sync state file</source>
        <translation>同步狀態檔</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The sync state file {path} was damaged ({reason}); it was kept as {aside} and is made again from the sync folder and this machine&apos;s data.</source>
        <translation>同步狀態檔 {path} 已損壞（{reason}）；已保留為 {aside}，並將根據同步資料夾和本機資料重新產生。</translation>
    </message>
    <message>
        <location filename="../../reader/core/sync/setup.py" line="+89"/>
        <source>The sync folder {path} is not there (a disk not mounted, or moved?).</source>
        <translation>同步資料夾 {path} 不存在（磁碟未掛載，或已移動？）。</translation>
    </message>
    <message>
        <location filename="../../reader/cli/marks.py" line="-55"/>
        <source>mark articles read or unread, or list the read ones</source>
        <translation>將文章標記為已讀或未讀，或列出已讀文章</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>已將 %n 篇文章標記為已讀。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Marked %n article(s) unread.</source>
        <translation>
            <numerusform>已將 %n 篇文章標記為未讀。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>article IDs (read/unread)</source>
        <translation>文章 ID（read/unread）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: only articles of this library</source>
        <translation>list：只列出此文庫中的文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>marks list takes no IDs</source>
        <translation>marks list 不接受 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marks {action} needs at least one ID</source>
        <translation>marks {action} 至少需要一個 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an article ID: {ids}</source>
        <translation>不是文章 ID：{ids}</translation>
    </message>
    <message>
        <location filename="../../reader/cli/sync.py" line="+22"/>
        <source>merge the sync folder now and say from which machines</source>
        <translation>立即合併同步資料夾，並說明來自哪些裝置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sync folder is set: choose one in Preferences, or set READER_SYNC_DIR=DIR.</source>
        <translation>尚未設定同步資料夾：請在「偏好設定」中選擇，或設定 READER_SYNC_DIR=DIR。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sync folder {path} is not there: the change is kept here and goes out at the next sync.</source>
        <translation>同步資料夾 {path} 不存在：變更已保存在本機，下次同步時送出。</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Merged %n change(s) from {machines}.</source>
        <translation>
            <numerusform>已合併來自 {machines} 的 %n 項變更。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new to merge.</source>
        <translation>沒有需要合併的新內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine</source>
        <translation>本機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last change {when}</source>
        <translation>最近變更於 {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no changes yet</source>
        <translation>尚無變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/sync_status.py" line="+84"/>
        <source>its folder is gone; what it did is kept</source>
        <translation>其資料夾已不存在；它所做的變更均已保留</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) were not complete yet (still being synced?); they are read again at the next sync.</source>
        <translation>
            <numerusform>有 %n 個檔案尚不完整（仍在同步中？）；下次同步時會重新讀取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one JSON object</source>
        <translation>輸出一個 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sync_controller.py" line="+181"/>
        <source>Sync failed: {reason}</source>
        <translation>同步失敗：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sync_folder_row.py" line="-18"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} (set by {variable})</source>
        <translation>{path}（由 {variable} 設定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: this machine&apos;s reading stays here</source>
        <translation>關閉：本機的閱讀紀錄只留在本機</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder your sync tool (Syncthing, Nextcloud, Dropbox…) keeps in step on every machine. Read marks, bookmarks and highlights with their tags and notes, reading positions, trusted image hosts and these preferences follow you; each machine writes only its own files there.</source>
        <translation>由你的同步工具（Syncthing、Nextcloud、Dropbox…）在每台裝置間保持一致的資料夾。已讀標記、書籤和畫線及其標籤和筆記、閱讀位置、信任的圖片主機以及這些偏好設定都會隨你同步；每台裝置只在其中寫入自己的檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sync_status.py" line="-36"/>
        <source>Sync: a problem</source>
        <translation>同步：發生問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced {time} with {machines}</source>
        <translation>{time} 已與 {machines} 同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced {time} (no other machine yet)</source>
        <translation>{time} 已同步（尚無其他裝置）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync folder: {path}</source>
        <translation>同步資料夾：{path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last merge {time}: nothing new</source>
        <translation>最近一次合併 {time}：沒有新內容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{machine}: this machine</source>
        <translation>{machine}：本機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{machine}: last change {time}</source>
        <translation>{machine}：最近變更於 {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click to merge now</source>
        <translation>按一下即可立即合併</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/bookmarks.py" line="-34"/>
        <source>%n entry(-ies) skipped:</source>
        <translation>
            <numerusform>略過了 %n 個項目：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/run.py" line="+47"/>
        <source>{text} is not text in this terminal&apos;s encoding ({encoding}): set the terminal to {encoding}, or type it in the window</source>
        <translation>{text} 不是此終端機編碼（{encoding}）的文字：請將終端機設為 {encoding}，或在視窗中輸入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+73"/>
        <source>Bookmark exports (*.json *.md *.markdown *.html *.htm)</source>
        <translation>書籤匯出檔 (*.json *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmarks.py" line="-6"/>
        <source>The bookmarks in {path} are shown but cannot be changed now: {why}.</source>
        <translation>{path} 中的書籤可以檢視，但現在無法變更：{why}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bookmarks in {path} cannot be read or changed now: {why}. The file is left as it is.</source>
        <translation>{path} 中的書籤現在無法讀取或變更：{why}。該檔案保持原樣。</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+149"/>
        <source>it was missing</source>
        <translation>檔案不見了</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>it holds tables of another program</source>
        <translation>其中是另一個程式的資料表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/bookmarks.py" line="+13"/>
        <source>The bookmarks file {path} was missing; %n bookmark(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>書籤檔案 {path} 不見了；已從備份 {backup} 還原 %n 個書籤。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>it is not a Reader bookmarks file</source>
        <translation>它不是 Reader 的書籤檔案</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+1"/>
        <source>they were written by a newer Reader (schema {version}) and are left untouched</source>
        <translation>它們由較新版本的 Reader 寫入（結構描述 {version}），保持原樣不動</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmark_files.py" line="-87"/>
        <source>entry {n} ({label}): {reason}</source>
        <translation>第 {n} 個項目（{label}）：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry {n}: {reason}</source>
        <translation>第 {n} 個項目：{reason}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{path} is not a regular file</source>
        <translation>{path} 不是一般檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is too large for a bookmarks export ({mb} MB)</source>
        <translation>{path} 太大，不可能是書籤匯出檔（{mb} MB）</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>not a bookmark entry</source>
        <translation>不是書籤項目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no article id</source>
        <translation>缺少文章 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its title is not text</source>
        <translation>其標題不是文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>its {field} is not text</source>
        <translation>其 {field} 欄位不是文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its date is not a date: {text}</source>
        <translation>其日期不是有效日期：{text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its tags are not a list of text</source>
        <translation>其標籤不是文字清單</translation>
    </message>
    <message>
        <location filename="../../reader/core/readstate.py" line="-56"/>
        <source>The read-state file {path} cannot be written ({reason}): read marks are kept only until Reader closes.</source>
        <translation>無法寫入閱讀狀態檔 {path}（{reason}）：已讀標記只保留到 Reader 關閉為止。</translation>
    </message>
    <message>
        <location filename="../../reader/core/settings.py" line="-26"/>
        <source>Some settings in {path} were not of a usable type or range and are back to their defaults: {names}.</source>
        <translation>{path} 中的部分設定類型或取值範圍無法使用，已恢復為預設值：{names}。</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/engine.py" line="-9"/>
        <source>The search index {path} is damaged ({why}); the next index update rebuilds it from the library.</source>
        <translation>搜尋索引 {path} 已損壞（{why}）；下次更新索引時會從文庫重建。</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/index_state.py" line="+34"/>
        <source>the index is being updated now: results may be incomplete until it ends</source>
        <translation>索引正在更新：更新結束前結果可能不完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last index update did not finish (it was stopped, or the disk was full): results may be incomplete until the index is updated</source>
        <translation>上次索引更新沒有完成（被中止，或磁碟已滿）：更新索引之前結果可能不完整</translation>
    </message>
    <message>
        <location filename="../../reader/cli/histogram.py" line="-37"/>
        <source>articles per day, week or month (of a search, or of the list)</source>
        <translation>按日、週或月統計文章數（某次搜尋或清單）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a search (default: every article)</source>
        <translation>一次搜尋（預設：全部文章）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split each bucket by outlet</source>
        <translation>每個區間按媒體分開</translation>
    </message>
    <message>
        <location filename="../../reader/cli/search.py" line="+2"/>
        <source>print the exact number of matches</source>
        <translation>輸出精確的符合數</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="-141"/>
        <source>Date &amp;Histogram</source>
        <translation>日期直方圖(&amp;H)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Views and Saved Searches</source>
        <translation>檢視和已存搜尋(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmarks</source>
        <translation>書籤(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="-3"/>
        <location filename="../../reader/ui/navigation_pane.py" line="+0"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_commands.py" line="-71"/>
        <source>List Only This Story</source>
        <translation>只列出這個事件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_pane.py" line="-301"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>按週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>2021-01-05 – 2021-01-20</source>
        <translation>2021-01-05 – 2021-01-20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the first and last day (YYYY-MM-DD), then Enter; or drag across the histogram</source>
        <translation>輸入第一天和最後一天（如 2021-01-05）後按輸入鍵；或在直方圖上拖選</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Search…</source>
        <translation>儲存搜尋…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this search and its filters in the sidebar</source>
        <translation>把這次搜尋及其篩選條件儲存在側欄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By outlet</source>
        <translation>按媒體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the range chosen on the histogram</source>
        <translation>清除在直方圖上選定的範圍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across days to list only those</source>
        <translation>拖過若干天，只列出這些天的文章</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{preset} ({day})</source>
        <translation>{preset}（{day}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{preset} (to {day})</source>
        <translation>{preset}（至 {day}）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/filters.py" line="+23"/>
        <source>only this outlet (repeatable)</source>
        <translation>只看這家媒體（可重複）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from this local day (YYYY-MM-DD), included</source>
        <translation>從這一天起（本地日期 YYYY-MM-DD，含當天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to this local day (YYYY-MM-DD), included</source>
        <translation>到這一天止（本地日期 YYYY-MM-DD，含當天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last 7, 30 or 365 days of the archive (ending on its last active day)</source>
        <translation>存檔的最近 7、30 或 365 天（截至其最後活躍日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only unread articles</source>
        <translation>只看未讀文章</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last 不能與 --since 或 --until 同用</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>last {n} days: {first} – {last} (the archive&apos;s last active day)</source>
        <translation>最近 {n} 天：{first} – {last}（存檔的最後活躍日）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days: {range}</source>
        <translation>日期：{range}</translation>
    </message>
    <message>
        <location filename="../../reader/cli/list.py" line="-37"/>
        <source>list the articles, filtered by outlet, days or unread</source>
        <translation>列出文章，可按媒體、日期或未讀篩選</translation>
    </message>
    <message>
        <location filename="../../reader/cli/saved.py" line="-50"/>
        <source>no saved searches yet</source>
        <translation>還沒有已存搜尋</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} new</source>
        <translation>{n} 篇新的</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>saved “{name}”: %n match(es)</source>
        <translation>
            <numerusform>已儲存「{name}」：%n 個符合</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no saved search “{name}”</source>
        <translation>沒有名為「{name}」的已存搜尋</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“{name}”: %n match(es), none new</source>
        <translation>
            <numerusform>「{name}」：%n 個符合，沒有新的</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>removed the saved search “{name}”</source>
        <translation>已刪除已存搜尋「{name}」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the saved search&apos;s name</source>
        <translation>已存搜尋的名稱</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saved {action} needs a NAME</source>
        <translation>saved {action} 需要一個名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved add needs a NAME and a QUERY</source>
        <translation>saved add 需要名稱和搜尋內容</translation>
    </message>
    <message>
        <location filename="../../reader/core/saved/store.py" line="+29"/>
        <source>the saved searches file</source>
        <translation>已存搜尋檔案</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the file holds no saved searches table</source>
        <translation>檔案中沒有已存搜尋資料表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved searches file {path} was empty (0 bytes) and no backup was found: saved searches start empty.</source>
        <translation>已存搜尋檔案 {path} 是空的（0 位元組），且找不到備份：已存搜尋從空白開始。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and %n saved search(es) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>已存搜尋檔案 {path} 已損壞（{reason}）；已保留為 {aside}，並從備份 {backup} 還原了 %n 個已存搜尋。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and no backup was found: saved searches start empty.</source>
        <translation>已存搜尋檔案 {path} 已損壞（{reason}）；已保留為 {aside}，且找不到備份：已存搜尋從空白開始。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup of the saved searches could be written in {folder} ({reason}).</source>
        <translation>無法在 {folder} 中寫入已存搜尋的備份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/histogram_strip.py" line="+120"/>
        <source>No dated articles</source>
        <translation>沒有帶日期的文章</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{n} earlier</source>
        <translation>更早 {n} 篇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} later</source>
        <translation>更晚 {n} 篇</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{n} per {bucket} at most</source>
        <translation>每{bucket}最多 {n} 篇</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation_pane.py" line="-5"/>
        <source>All Articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarked</source>
        <translation>已加書籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/search_pane.py" line="-147"/>
        <source>Today in the Archive</source>
        <translation>存檔中的今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved Searches</source>
        <translation>已存搜尋</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove Saved Search</source>
        <translation>刪除已存搜尋</translation>
    </message>
    <message>
        <location filename="../../reader/ui/saved_searches.py" line="+58"/>
        <source>My search</source>
        <translation>我的搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Search</source>
        <translation>儲存搜尋</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Saved the search “{name}”</source>
        <translation>已儲存搜尋「{name}」</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved searches</source>
        <translation>已存搜尋</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="-19"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kept when you close it (Enter or Esc) · Shift+Enter starts a new line</source>
        <translation>關閉時保留所填內容（Enter 或 Esc）· Shift+Enter 換行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="-70"/>
        <source>Bookmark restored</source>
        <translation>書籤已復原</translation>
    </message>
    <message>
        <location filename="../../reader/ui/script_bar.py" line="+15"/>
        <location line="+5"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Traditional Chinese (Taiwan)</source>
        <translation>繁體中文（台灣）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese (Hong Kong)</source>
        <translation>繁體中文（香港）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show as Written</source>
        <translation>依原文顯示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in {shown} by conversion; the article is written in {written}.</source>
        <translation>此處以{shown}轉換顯示；原文為{written}。</translation>
    </message>
    <message>
        <location filename="../../reader/core/parser.py" line="-352"/>
        <source>front matter {keys} ignored: aliases make it more than {limit:,} values</source>
        <translation>前置資料 {keys} 已忽略：別名使其超過 {limit:,} 個值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aliases make it more than {limit:,} values</source>
        <translation>別名使其超過 {limit:,} 個值</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{n:,} categories and tags: the first {limit} are kept, each cut to {chars} characters</source>
        <translation>{n:,} 個分類和標籤：保留前 {limit} 個，每個截至 {chars} 個字元</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the title has {n:,} characters: the first {limit:,} are shown</source>
        <translation>標題有 {n:,} 個字元：只顯示前 {limit:,} 個</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>parsing it took more than {s:g} s of processor time; it was skipped</source>
        <translation>解析它用了超過 {s:g} 秒的處理器時間；已略過</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parsing it needed more than {mb:,} MB of memory; it was skipped</source>
        <translation>解析它需要超過 {mb:,} MB 記憶體；已略過</translation>
    </message>
    <message>
        <location filename="../../reader/core/scan.py" line="+49"/>
        <source>a link to the folder {target}, outside the library: not followed</source>
        <translation>指向文章庫之外的資料夾 {target} 的連結：未跟隨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a link to {target}, outside the library: not read</source>
        <translation>指向文章庫之外的 {target} 的連結：未讀取</translation>
    </message>
    <message>
        <location filename="../../reader/core/sanitize.py" line="+407"/>
        <source>{tags} never closed: what follows is kept as article text</source>
        <translation>{tags} 沒有結束標記：其後的內容作為內文保留</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) past the first {limit:,} shown as their descriptions</source>
        <translation>
            <numerusform>前 {limit:,} 張之後的 %n 張圖片以其說明文字顯示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n table(s) past the first {limit:,} cells shown as lines of text</source>
        <translation>
            <numerusform>超出前 {limit:,} 個儲存格的 %n 個表格以文字列顯示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n tag(s) with more than {limit} attributes: the surplus was left out</source>
        <translation>
            <numerusform>%n 個標籤的屬性超過 {limit} 個：多餘的已省略</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/search/api.py" line="+26"/>
        <source>query cut: %n term(s) left out or shortened (a search looks for at most {terms} terms of up to {chars} characters)</source>
        <translation>
            <numerusform>查詢已截短：%n 個詞被省略或縮短（一次搜尋最多尋找 {terms} 個詞，每個最多 {chars} 個字元）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="-17"/>
        <source>Parentheses group; OR binds before the space</source>
        <translation>括號用於分組；OR 先於空格結合</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="+3"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 個檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article_html.py" line="+13"/>
        <location filename="../../reader/ui/related_box.py" line="+2"/>
        <location filename="../../reader/ui/search_pane.py" line="+305"/>
        <location filename="../../reader/ui/status_bar.py" line="-56"/>
        <location line="+46"/>
        <location line="+9"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="+2"/>
        <source>%Ln duplicate copy(-ies)</source>
        <translation>
            <numerusform>%Ln 個重複副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_pane.py" line="-3"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln 筆結果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/bookmarks_pane.py" line="+26"/>
        <source>Exported %Ln bookmark(s) to {path}</source>
        <translation>
            <numerusform>已將 %Ln 個書籤匯出至 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %Ln new bookmark(s); {merged} already here were merged</source>
        <translation>
            <numerusform>已匯入 %Ln 個新書籤；{merged} 個既有書籤已合併</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article_html.py" line="+0"/>
        <source>from %Ln outlet(s)</source>
        <translation>
            <numerusform>來自 %Ln 家媒體</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln more new sentence(s)</source>
        <translation>
            <numerusform>另有 %Ln 句新內容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sentence(s) told by an earlier report</source>
        <translation>
            <numerusform>%Ln 句先前的報導已有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/list_model.py" line="-12"/>
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln 家媒體</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="+239"/>
        <source>Nothing changed in the library: %Ln article(s), all indexed</source>
        <translation>
            <numerusform>文章庫沒有變化：%Ln 篇文章，全部已索引</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/preferences.py" line="+30"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reading_commands.py" line="+69"/>
        <source>Mark %Ln unread article(s) in the list as read?</source>
        <translation>
            <numerusform>要將清單中 %Ln 篇未讀文章標示為已讀嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_pane.py" line="+5"/>
        <source>in %Ln row(s)</source>
        <translation>
            <numerusform>分 %Ln 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>still indexing ({done} of %Ln file(s)): more may come</source>
        <translation>
            <numerusform>仍在建立索引（%Ln 個檔案中已完成 {done} 個）：結果可能還會增加</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/related_box.py" line="-46"/>
        <source>Show the list</source>
        <translation>展開清單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fold the list</source>
        <translation>收合清單</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="-54"/>
        <source>{shown} of %Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章中顯示 {shown} 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/find_bar.py" line="+2"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 處相符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/image_bar.py" line="-9"/>
        <source>%Ln image(s) could not be loaded</source>
        <translation>
            <numerusform>%Ln 張圖片無法載入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln remote image(s) blocked</source>
        <translation>
            <numerusform>已封鎖 %Ln 張遠端圖片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/histogram_strip.py" line="+43"/>
        <source>{days}: %Ln article(s)</source>
        <translation>
            <numerusform>{days}：%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/navigation_pane.py" line="-33"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln 篇新的</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/sync_status.py" line="-16"/>
        <source>Last merge {time}: %Ln change(s) from {machines}</source>
        <translation>
            <numerusform>最近一次合併 {time}：來自 {machines} 的 %Ln 項變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln file(s) still being synced: read again when complete</source>
        <translation>
            <numerusform>有 %Ln 個檔案仍在同步中：完整後會重新讀取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/bookmarks_pane.py" line="+7"/>
        <source>%Ln entry(-ies) skipped:</source>
        <translation>
            <numerusform>略過了 %Ln 個項目：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>……還有 %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/core/saved/store.py" line="-18"/>
        <source>it is not a Reader saved searches file</source>
        <translation>它不是 Reader 的已存搜尋檔案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The saved searches in {path} are shown but cannot be changed now: {why}.</source>
        <translation>{path} 中的已存搜尋可以檢視，但現在無法變更：{why}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved searches in {path} cannot be read or changed now: {why}. The file is left as it is.</source>
        <translation>{path} 中的已存搜尋現在無法讀取或變更：{why}。該檔案保持原樣。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The saved searches file {path} was missing; %n saved search(es) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>已存搜尋檔案 {path} 不見了；已從備份 {backup} 還原 %n 個已存搜尋。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/core/annotations/store.py" line="-285"/>
        <source>it is not a Reader highlights file</source>
        <translation>它不是 Reader 的畫線檔案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The highlights in {path} are shown but cannot be changed now: {why}.</source>
        <translation>{path} 中的畫線可以檢視，但現在無法變更：{why}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The highlights in {path} cannot be read or changed now: {why}. The file is left as it is.</source>
        <translation>{path} 中的畫線現在無法讀取或變更：{why}。該檔案保持原樣。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The highlights file {path} was missing; %n highlight(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>畫線檔案 {path} 不見了；已從備份 {backup} 還原 %n 筆畫線。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/saved.py" line="-83"/>
        <source>saved searches: add, list (with counts and new matches), seen, rename, remove</source>
        <translation>已存搜尋：新增、列出（含數量和新符合）、標為已看、重新命名、刪除</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a saved search “{name}” is there already</source>
        <translation>已有名為「{name}」的已存搜尋</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renamed “{name}” to “{new}”</source>
        <translation>已將「{name}」重新命名為「{new}」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add: the search (words, &quot;phrase&quot;, -not, …); rename: the new name</source>
        <translation>add：搜尋內容（詞語、&quot;片語&quot;、-排除…）；rename：新名稱</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>saved rename needs a NAME and a NEW NAME</source>
        <translation>saved rename 需要名稱和新名稱</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation_pane.py" line="+32"/>
        <source>Rename Saved Search…</source>
        <translation>重新命名已存搜尋…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/saved_searches.py" line="+10"/>
        <source>Rename Saved Search</source>
        <translation>重新命名已存搜尋</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved search “{name}” is there already</source>
        <translation>已有名為「{name}」的已存搜尋</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="+46"/>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
</TS>
