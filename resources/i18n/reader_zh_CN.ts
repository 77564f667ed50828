<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../reader/app.py" line="+45"/>
        <source>Reader: an offline news archive reader</source>
        <translation>Reader：离线新闻存档阅读器</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>library folder to open</source>
        <translation>要打开的文章库文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open, render, save a PNG, exit</source>
        <translation>打开、渲染、保存为 PNG 后退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start with this search</source>
        <translation>启动时搜索此内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details are in {path}</source>
        <translation>详细信息见 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader could not start: {why}</source>
        <translation>Reader 无法启动：{why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reader could not start</source>
        <translation>Reader 无法启动</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the data folder is not writable ({reason})</source>
        <translation>Reader 的数据文件夹无法写入（{reason}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{error} Nothing was changed or moved.</source>
        <translation>{error}没有更改或移动任何文件。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{folder}: not found; opened the bundled seeds</source>
        <translation>{folder}：未找到，已打开内置示例</translation>
    </message>
    <message>
        <location filename="../../reader/cli/check.py" line="+21"/>
        <source>parse every file in a folder and report problems</source>
        <translation>解析文件夹中的每个文件并报告问题</translation>
    </message>
    <message>
        <location filename="../../reader/cli/show.py" line="+15"/>
        <source>print one article&apos;s sanitized HTML or indexed text</source>
        <translation>输出一篇文章净化后的 HTML 或索引用的纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/cli/index.py" line="+17"/>
        <source>build or update the search index of a library</source>
        <translation>建立或更新文章库的搜索索引</translation>
    </message>
    <message>
        <location filename="../../reader/cli/search.py" line="+21"/>
        <source>search a library&apos;s index</source>
        <translation>搜索文章库的索引</translation>
    </message>
    <message>
        <location filename="../../reader/cli/related.py" line="+12"/>
        <source>articles related to one article (more like this)</source>
        <translation>与某篇文章相关的文章（更多类似内容）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/bookmarks.py" line="+20"/>
        <source>list, add, remove, export or import bookmarks</source>
        <translation>列出、添加、移除、导出或导入书签</translation>
    </message>
    <message>
        <location filename="../../reader/cli/stories.py" line="+11"/>
        <source>stories: the same event from every outlet, newest first</source>
        <translation>新闻事件：各家媒体对同一事件的报道，最新的在前</translation>
    </message>
    <message>
        <location filename="../../reader/cli/check.py" line="+9"/>
        <location filename="../../reader/cli/common.py" line="+63"/>
        <location filename="../../reader/cli/index.py" line="+9"/>
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>checking {done}/{total}</source>
        <translation>正在检查 {done}/{total}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{files}: {parsed} parsed, {skipped} skipped in {s:.1f} s ({rate:.0f} files/s)</source>
        <translation>{files}：已解析 {parsed} 个，跳过 {skipped} 个，用时 {s:.1f} 秒（每秒 {rate:.0f} 个文件）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../reader/cli/index.py" line="+32"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/show.py" line="+28"/>
        <source>no article {id} in {library} (index it first: reader index)</source>
        <translation>{library} 中没有文章 {id}（请先建立索引：reader index）</translation>
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
            <numerusform>已修复：%n 个索引条目已与编目数据保持一致（之前的一次更新曾被中断）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{files}: {articles}, {duplicates}, {skipped} skipped; this run: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged in {s:.1f} s</source>
        <extracomment>{files}, {articles}, {duplicates}: “12 files”, “10 articles”, “2 duplicate copies”</extracomment>
        <translation>{files}：{articles}，{duplicates}，跳过 {skipped} 个；本次：新增 {added}，更新 {updated}，移除 {removed}，未变 {unchanged}，用时 {s:.1f} 秒</translation>
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
            <numerusform>%n 个重复副本</numerusform>
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
            <numerusform>约 %n 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+34"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
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
        <translation>无法识别查询语法：已按普通词语搜索</translation>
    </message>
    <message>
        <location filename="../../reader/cli/related.py" line="+6"/>
        <source>no article {id}</source>
        <translation>没有文章 {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no related articles</source>
        <translation>没有相关文章</translation>
    </message>
    <message>
        <location filename="../../reader/cli/bookmarks.py" line="+23"/>
        <source>no bookmarks match</source>
        <translation>没有符合条件的书签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no bookmarks yet</source>
        <translation>还没有书签</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reader/cli/highlights.py" line="+34"/>
        <source>no article {id} in {library}</source>
        <translation>{library} 中没有文章 {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bookmarked {id}: {title}</source>
        <translation>已加入书签 {id}：{title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removed the bookmark {id}</source>
        <translation>已移除书签 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no bookmark {id}</source>
        <translation>没有书签 {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 个书签导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n new bookmark(s); {merged} already here were merged</source>
        <translation>
            <numerusform>已导入 %n 个新书签；{merged} 个已有书签已合并</numerusform>
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
        <translation>文章库还没有新闻事件（请运行 reader index）</translation>
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
            <numerusform>%n 个新闻事件（每个至少两篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/run.py" line="+73"/>
        <source>commands (python -m reader COMMAND --help):</source>
        <translation>命令（python -m reader 命令 --help）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reader command line</source>
        <translation>Reader 命令行</translation>
    </message>
    <message>
        <location filename="../../reader/cli/check.py" line="+11"/>
        <source>JSON lines: problems, then a summary</source>
        <translation>JSON Lines：先列出问题，再给出汇总</translation>
    </message>
    <message>
        <location filename="../../reader/cli/show.py" line="+35"/>
        <source>an article file, or an article id as search prints it</source>
        <translation>文章文件，或搜索结果中显示的文章 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to look an id up (default: the bundled seeds)</source>
        <translation>在哪个文章库中查找 ID（默认：内置示例）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sanitized body HTML (default)</source>
        <translation>净化后的正文 HTML（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text as indexed</source>
        <translation>索引用的纯文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metadata as JSON</source>
        <translation>以 JSON 输出元数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the text in this script: Simplified, or Traditional with Taiwan or Hong Kong wording (default: as written)</source>
        <translation>以指定的文字显示：简体，或采用台湾、香港用语的繁体（默认：按原文）</translation>
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
        <translation>文章库文件夹（默认：内置示例）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/index.py" line="+1"/>
        <source>rebuild from scratch</source>
        <translation>从头重建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds to wait for a busy index</source>
        <translation>索引忙碌时等待的秒数</translation>
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
        <translation>文章 ID（添加/移除）或文件（导出/导入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>library to look the article up in (add)</source>
        <translation>在哪个文章库中查找文章（添加时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: only titles/notes containing this</source>
        <translation>列出：仅限标题或备注包含此内容的书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/cli/highlights.py" line="+117"/>
        <source>list: only this tag</source>
        <translation>列出：仅限此标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/cli/highlights.py" line="-2"/>
        <source>add: a tag</source>
        <translation>添加：一个标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: a short note</source>
        <translation>添加：一段简短备注</translation>
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
        <translation>每个新闻事件一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stories still reported on or after this date (UTC)</source>
        <translation>在此日期（UTC）当天或之后仍有报道的新闻事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stories first reported on or before this date (UTC)</source>
        <translation>在此日期（UTC）当天或之前首次报道的新闻事件</translation>
    </message>
    <message>
        <location filename="../../reader/cli/bookmarks.py" line="+7"/>
        <source>bookmarks {action} needs an ID or FILE</source>
        <translation>bookmarks {action} 需要一个 ID 或文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="+35"/>
        <source>&amp;Open Library…</source>
        <translation>打开文章库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Bundled &amp;Seeds</source>
        <translation>打开内置示例(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Search Library</source>
        <translation>搜索文章库(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>偏好设置(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by Story</source>
        <translation>按新闻事件分组(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ocus Mode</source>
        <translation>专注模式(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As Written</source>
        <translation>按原文(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simplified Chinese</source>
        <translation>简体中文(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese (&amp;Taiwan)</source>
        <translation>繁体中文（台湾）(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese (&amp;Hong Kong)</source>
        <translation>繁体中文（香港）(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
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
        <translation>下一篇未读(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Original</source>
        <translation>打开原文(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>&amp;Bookmark</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Mark &amp;Read/Unread</source>
        <translation>标记已读/未读(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;All Read</source>
        <translation>全部标为已读(&amp;A)</translation>
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
        <translation>快捷键和搜索语法(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reader/ui/help_dialog.py" line="+116"/>
        <source>&amp;About Reader</source>
        <translation>关于 Reader(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Text As</source>
        <translation>文字显示为(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销“{what}”(&amp;U)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{action} (shortcut: {key})</source>
        <translation>{action}（快捷键 {key}）</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/appearance.py" line="+172"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_html.py" line="+63"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load this image</source>
        <translation>加载这张图片</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>First reported by {source}, {when}.</source>
        <translation>最早由{source}报道，{when}。</translation>
    </message>
    <message>
        <location filename="../../reader/cli/story.py" line="-47"/>
        <source>story: one story&apos;s timeline, what each report adds</source>
        <translation>story：一个故事的时间线，每篇报道新增了什么</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no story {id}</source>
        <translation>没有故事 {id}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reader/ui/article_html.py" line="+16"/>
        <source>Nothing the earlier reports did not say.</source>
        <translation>没有此前报道之外的新内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a story&apos;s id, or the id of one of its articles</source>
        <translation>故事的 ID，或其中一篇文章的 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeline as one JSON object</source>
        <translation>以一个 JSON 对象输出时间线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/stories.py" line="-15"/>
        <location filename="../../reader/cli/story.py" line="-21"/>
        <location filename="../../reader/core/dossier/words.py" line="+21"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n 家媒体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+51"/>
        <location line="+43"/>
        <location filename="../../reader/ui/list_model.py" line="+484"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reader/ui/list_model.py" line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
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
        <translation>本地时间（{zone}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_list.py" line="+158"/>
        <source>Filter titles…</source>
        <translation>筛选标题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article in the list matches</source>
        <translation>列表中没有符合条件的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="-1"/>
        <source>Newest bookmark</source>
        <translation>最新书签</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../reader/ui/navigation_pane.py" line="+25"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Article file missing</source>
        <translation>文章文件已不存在</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="+64"/>
        <source>Tags and Note</source>
        <translation>标签和备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reader/ui/note_dialog.py" line="+59"/>
        <source>Tags, separated by spaces</source>
        <translation>标签，用空格分隔</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../reader/ui/note_dialog.py" line="+5"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/note_dialog.py" line="-2"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+132"/>
        <source>Search bookmarks…</source>
        <translation>搜索书签…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags and Note…</source>
        <translation>标签和备注…</translation>
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
        <translation>撤销</translation>
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
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+142"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>No bookmark matches.</source>
        <translation>没有符合条件的书签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookmarks yet: Ctrl+D bookmarks the article you are reading.</source>
        <translation>还没有书签：按 Ctrl+D 可将正在阅读的文章加入书签。</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+16"/>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+34"/>
        <source>Import bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="-96"/>
        <source>Next / previous article</source>
        <translation>下一篇 / 上一篇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next unread article</source>
        <translation>下一篇未读文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page down, then the next article</source>
        <translation>向下翻页，到底后打开下一篇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read / unread</source>
        <translation>标为已读 / 未读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every article in the list read (asks first)</source>
        <translation>将列表中的所有文章标为已读（会先询问）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the list by story; → and ← open and close a story</source>
        <translation>按新闻事件分组列表；→ 和 ← 展开和收起事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the article</source>
        <translation>将文章加入书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>搜索文章库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓, Enter (in the search box)</source>
        <translation>↓、Enter（在搜索框中）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the results, open one</source>
        <translation>转到结果列表并打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous match in the article</source>
        <translation>文章中的下一个 / 上一个匹配</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="+61"/>
        <location filename="../../reader/ui/help_dialog.py" line="+1"/>
        <source>Find in the article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="+1"/>
        <source>Open the original in the browser</source>
        <translation>在浏览器中打开原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the article&apos;s link</source>
        <translation>复制文章链接</translation>
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
        <translation>立即更新索引（取消之后也可用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus mode: the article only</source>
        <translation>专注模式：只显示文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo marking articles read, or a bookmark&apos;s removal</source>
        <translation>撤销标记已读，或撤销移除书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, Export as PDF</source>
        <translation>打印，导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a library folder</source>
        <translation>打开文章库文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/preferences.py" line="+24"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both words</source>
        <translation>同时包含两个词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either word</source>
        <translation>包含任一词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without this word</source>
        <translation>不包含这个词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact phrase</source>
        <translation>完整短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the title</source>
        <translation>在标题中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a source</source>
        <translation>来自某个来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a category of the feed</source>
        <translation>在订阅源的某个分类中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a month, or between two days</source>
        <translation>某个月内，或两个日期之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional and Simplified Chinese find each other</source>
        <translation>繁体和简体可以互相搜到</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reader/ui/search_pane.py" line="-299"/>
        <source>Search syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard Shortcuts and Search Syntax</source>
        <translation>快捷键和搜索语法</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reader is an offline reader for a local archive of saved news articles.</source>
        <translation>Reader 是一个离线阅读本地新闻存档的工具。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_controller.py" line="+132"/>
        <location line="+312"/>
        <source>The search process</source>
        <translation>搜索进程</translation>
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
        <translation>相关报道</translation>
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
        <translation>Reader — 离线新闻文章库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_controller.py" line="-205"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="+269"/>
        <location filename="../../reader/ui/research_files.py" line="+246"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmarks.py" line="+28"/>
        <source>the bookmarks file</source>
        <translation>书签文件</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+264"/>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmarks.py" line="+38"/>
        <source>the file holds no bookmarks table</source>
        <translation>文件中没有书签表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bookmarks file {path} was empty (0 bytes) and no backup was found: bookmarks start empty.</source>
        <translation>书签文件 {path} 是空的（0 字节），且找不到备份：书签从空白开始。</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+81"/>
        <source>it is damaged ({damage}) and the backup {backup} cannot be copied back ({reason}); nothing was changed</source>
        <translation>文件已损坏（{damage}），而备份 {backup} 无法复制回来（{reason}）；没有做任何更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/bookmarks.py" line="+17"/>
        <source>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmark(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>书签文件 {path} 已损坏（{reason}）；已保留为 {aside}，并从备份 {backup} 恢复了 %n 个书签。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and no backup was found: bookmarks start empty.</source>
        <translation>书签文件 {path} 已损坏（{reason}）；已保留为 {aside}，但找不到备份：书签从空白开始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup of the bookmarks could be written in {folder} ({reason}).</source>
        <translation>无法在 {folder} 中写入书签备份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmark_files.py" line="+186"/>
        <source>{path} is not a Reader bookmarks export</source>
        <translation>{path} 不是 Reader 导出的书签</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+28"/>
        <location filename="../../reader/ui/bookmarks_pane.py" line="-124"/>
        <location filename="../../reader/ui/main_window.py" line="-267"/>
        <location filename="../../reader/ui/research_files.py" line="-97"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="+140"/>
        <location line="+22"/>
        <source>Open Library</source>
        <translation>打开文章库</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Not a folder: {path}</source>
        <translation>不是文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="-109"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column width</source>
        <translation>栏宽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also Ctrl +, Ctrl − and Ctrl 0 in the article</source>
        <translation>在文章中也可用 Ctrl +、Ctrl − 和 Ctrl 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no host yet</source>
        <translation>尚无主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remote images are blocked. They load without asking from these hosts:</source>
        <translation>远程图片默认被阻止。来自以下主机的图片无需询问即可加载：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_commands.py" line="+28"/>
        <location line="+98"/>
        <source>Mark All Read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This article has no original link</source>
        <translation>这篇文章没有原文链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No web browser could open {url}</source>
        <translation>没有可以打开 {url} 的浏览器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link copied</source>
        <translation>已复制链接</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+73"/>
        <source>Every article in the list is read</source>
        <translation>列表中的文章都已读</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Mark Story Read</source>
        <translation>将事件标为已读</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reader/ui/session.py" line="+266"/>
        <source>Mark as Unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <location filename="../../reader/ui/session.py" line="+0"/>
        <source>Mark as Read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reindex Library</source>
        <translation>重建索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build this library&apos;s index again from its files? It takes a few minutes on a large library; the list fills again as it goes.</source>
        <translation>要根据文件重新建立这个文章库的索引吗？大型文章库需要几分钟，列表会边建立边填充。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit › Undo takes it back.</source>
        <translation>可用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_pane.py" line="-15"/>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any date</source>
        <translation>任意日期</translation>
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
        <translation>搜索（Ctrl+K）：词语、&quot;短语&quot;、-排除、title:、source:、date:2021-01</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sources_pane.py" line="+75"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_pane.py" line="+16"/>
        <source>Recent searches</source>
        <translation>最近的搜索</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>No results for “{q}”</source>
        <translation>没有找到“{q}”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="-14"/>
        <location filename="../../reader/ui/session.py" line="-201"/>
        <source>Remove Bookmark</source>
        <translation>移除书签</translation>
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
        <translation>标记文章</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Bookmark removed (Edit › Undo brings it back)</source>
        <translation>书签已移除（编辑 › 撤销 可以恢复）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sources_pane.py" line="+11"/>
        <source>{name}: {unread} unread of {total}</source>
        <translation>{name}：{total} 篇中 {unread} 篇未读</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unread only</source>
        <translation>只看未读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/status_bar.py" line="-68"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop indexing (what is done so far is kept)</source>
        <translation>停止建立索引（已完成的部分会保留）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopping: saving {done} indexed…</source>
        <translation>正在停止：保存已索引的 {done} 篇…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indexing {done}/{total}…</source>
        <translation>正在建立索引 {done}/{total}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Indexing stopped with {articles} indexed; Update Index (F5) goes on from here</source>
        <translation>索引已停止，已索引{articles}；“更新索引”（F5）会从这里继续</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{articles} from {files} ({duplicates}, {skipped} could not be read), indexed in {s:.1f} s</source>
        <extracomment>{articles}, {files}, {duplicates}: “12 articles”, “14 files”, “2 duplicate copies”</extracomment>
        <translation>共 {articles}，来自 {files}（{duplicates}，{skipped} 个无法读取），索引用时 {s:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../reader/ui/viewer.py" line="+70"/>
        <source>The article file is no longer in the library; this is the saved bookmark.</source>
        <translation>文章文件已不在文章库中；以下是书签中保存的信息。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="-1"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{i} of {n}</source>
        <translation>第 {i} / {n} 处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/viewer.py" line="+82"/>
        <source>Blocked link: {url}</source>
        <translation>已阻止的链接：{url}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No installed font covers Chinese. Install one, e.g. `sudo apt install fonts-noto-cjk`.</source>
        <translation>没有可显示中文的字体。请安装一个，例如 `sudo apt install fonts-noto-cjk`。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select an article on the left, or search with Ctrl+K.</source>
        <translation>在左侧选择文章，或按 Ctrl+K 搜索。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_html.py" line="-49"/>
        <location filename="../../reader/ui/viewer.py" line="+7"/>
        <source>Open original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/viewer.py" line="+17"/>
        <source>This article could not be shown: {e}</source>
        <translation>无法显示这篇文章：{e}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/related_box.py" line="+2"/>
        <source>▸ The story&apos;s timeline</source>
        <translation>▸ 事件时间线</translation>
    </message>
    <message>
        <location filename="../../reader/cli/story.py" line="+12"/>
        <location filename="../../reader/ui/related_box.py" line="+5"/>
        <location line="+3"/>
        <source>Related stories</source>
        <translation>相关事件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/image_bar.py" line="+49"/>
        <source>Loading images…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load for this article</source>
        <translation>加载本文图片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always for {source}</source>
        <translation>始终加载“{source}”的图片</translation>
    </message>
    <message>
        <location filename="../../reader/core/decode.py" line="+86"/>
        <source>invalid {encoding} text after its byte order mark (at byte offset {offset})</source>
        <translation>字节顺序标记（BOM）之后不是有效的 {encoding} 文本（位于字节偏移 {offset}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data, not a text article</source>
        <translation>二进制数据，不是文本文章</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not UTF-8, GB18030 or Big5 text</source>
        <translation>不是 UTF-8、GB18030 或 Big5 文本</translation>
    </message>
    <message>
        <location filename="../../reader/core/parser.py" line="+45"/>
        <source>the &lt;!--epoch--&gt; line</source>
        <translation>&lt;!--epoch--&gt; 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 日期 line</source>
        <translation>“日期”行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the front matter date</source>
        <translation>前置元数据（front matter）的 date 字段</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>line {line}, column {column}: {words}</source>
        <translation>第 {line} 行，第 {column} 列：{words}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>front matter ignored ({reason})</source>
        <translation>已忽略前置元数据（{reason}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>front matter is not a mapping</source>
        <translation>前置元数据不是键值映射</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{where} {value} is not a usable date; it was ignored</source>
        <translation>{where}的值 {value} 不是可用的日期，已忽略</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>no usable date in the file</source>
        <translation>文件中没有可用的日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no title and no article text</source>
        <translation>没有标题，也没有正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the body is empty; only the title is known</source>
        <translation>正文为空，只有标题</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size:,} bytes is over the {limit:,}-byte limit</source>
        <translation>{size:,} 字节，超过了 {limit:,} 字节的上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read it: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grew past the {limit:,}-byte limit while reading</source>
        <translation>读取时文件变大，超过了 {limit:,} 字节的上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open it: {reason}</source>
        <translation>无法打开：{reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>decoded as {encoding}</source>
        <translation>按 {encoding} 解码</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n undecodable byte(s) replaced</source>
        <translation>
            <numerusform>已替换 %n 个无法解码的字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/core/readstate.py" line="+31"/>
        <source>the read-state file</source>
        <translation>已读状态文件</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The read-state file {path} was empty (0 bytes): which articles were read is lost, and read marks start fresh.</source>
        <translation>已读状态文件 {path} 是空的（0 字节）：哪些文章已读的记录已丢失，已读标记将重新开始。</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read mark(s) could be saved from it.</source>
        <translation>
            <numerusform>已读状态文件 {path} 已损坏（{reason}）；已保留为 {aside}，并从中救回了 %n 个已读标记。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and read marks start fresh.</source>
        <translation>已读状态文件 {path} 已损坏（{reason}）；已保留为 {aside}，已读标记将重新开始。</translation>
    </message>
    <message>
        <location filename="../../reader/core/scan.py" line="+79"/>
        <source>cannot open the folder: {reason}</source>
        <translation>无法打开文件夹：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>folder already visited (a link loop)</source>
        <translation>文件夹已访问过（链接形成循环）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot list the folder: {reason}</source>
        <translation>无法列出文件夹内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/locking.py" line="+46"/>
        <source>another process is updating the index ({path})</source>
        <translation>另一个进程正在更新索引（{path}）</translation>
    </message>
    <message>
        <location filename="../../reader/core/settings.py" line="+26"/>
        <source>the settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Settings could not be read from {path} ({reason}); defaults are used.</source>
        <translation>无法从 {path} 读取设置（{reason}）；将使用默认值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Settings in {path} could not be read ({why}); defaults are used. The file was left in place ({reason}).</source>
        <translation>无法读取 {path} 中的设置（{why}）；将使用默认值。该文件留在原处（{reason}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings in {path} could not be read ({why}); defaults are used. The file was kept as {backup}.</source>
        <translation>无法读取 {path} 中的设置（{why}）；将使用默认值。该文件已保留为 {backup}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>它不是有效的 JSON（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../reader/core/storage.py" line="+25"/>
        <source>the database is malformed</source>
        <translation>数据库格式已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a database</source>
        <translation>它不是数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the file or its folder is read-only</source>
        <translation>文件或其所在文件夹是只读的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened (missing folder, no permission or a read-only disk)</source>
        <translation>无法打开文件（文件夹不存在、没有权限或磁盘只读）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+1"/>
        <location line="+20"/>
        <source>another process is using the file</source>
        <translation>另一个进程正在使用该文件</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large for this disk or account</source>
        <translation>文件对此磁盘或账户来说太大</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of its path is not a folder</source>
        <translation>其路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="-228"/>
        <location filename="../../reader/core/storage.py" line="+1"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/core/storage.py" line="+1"/>
        <source>too many symbolic links (a link loop)</source>
        <translation>符号链接过多（链接形成循环）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>too many files are open</source>
        <translation>打开的文件太多</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot use {what} {path}: {reason}.</source>
        <translation>无法使用{what} {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>it is damaged and cannot be set aside ({reason})</source>
        <translation>文件已损坏，且无法重命名留存（{reason}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the integrity check failed: {found}</source>
        <translation>完整性检查失败：{found}</translation>
    </message>
    <message>
        <location filename="../../reader/core/stories/store.py" line="+369"/>
        <source>stories could not be updated ({why})</source>
        <translation>无法更新新闻事件（{why}）</translation>
    </message>
    <message>
        <location filename="../../reader/argparse_words.py" line="+25"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 一起使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>此选项不接受值 %r</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/background.py" line="+135"/>
        <source>the update was stopped: the app is quitting</source>
        <translation>更新已停止：应用正在退出</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the indexer stopped (exit code {code})</source>
        <translation>索引进程已停止（退出码 {code}）</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/catalog.py" line="+144"/>
        <source>a stored text does not decompress ({why})</source>
        <translation>一段已保存的文本无法解压（{why}）</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/engine.py" line="+97"/>
        <location line="+203"/>
        <location line="+9"/>
        <source>found while searching: {why}</source>
        <translation>搜索时发现：{why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search catalog {path} is damaged ({why}); the next index update rebuilds it from the library.</source>
        <translation>搜索目录 {path} 已损坏（{why}）；下次更新索引时会根据文库重建它。</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/indexer.py" line="+55"/>
        <source>the search catalog</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the search index in</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+12"/>
        <location line="+129"/>
        <source>the catalog is damaged ({why})</source>
        <translation>目录已损坏（{why}）</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>the index was never completed</source>
        <translation>索引从未完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the index format changed ({old} -&gt; {new})</source>
        <translation>索引格式已改变（{old} → {new}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the search index is missing</source>
        <translation>搜索索引不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>the index is damaged ({why})</source>
        <translation>索引已损坏（{why}）</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a rebuild was asked for</source>
        <translation>已要求重建</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/service.py" line="+177"/>
        <source>the search process stopped (exit code {code})</source>
        <translation>搜索进程已停止（退出码 {code}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the search service is closed</source>
        <translation>搜索服务已关闭</translation>
    </message>
    <message>
        <location filename="../../reader/cli/cite.py" line="-66"/>
        <source>cite articles, a tag, a story or the bookmarks (RIS, BibTeX, CSL-JSON)</source>
        <translation>引用文章、标签、新闻事件或书签（RIS、BibTeX、CSL-JSON）</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../reader/cli/dossier.py" line="-36"/>
        <source>no story {story} in {library}</source>
        <translation>{library} 中没有新闻事件 {story}</translation>
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
            <numerusform>已将 %n 条参考文献写入 {path}</numerusform>
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
        <translation>ris、bibtex 或 csl-json 供文献管理软件使用；chicago 或 apa 输出排好格式的参考文献（默认：ris）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the articles bookmarked or highlighted with this tag</source>
        <translation>带有此标签的书签或标注所属的文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the articles of this story (its id, or one of its articles&apos; ids)</source>
        <translation>此新闻事件的文章（事件 ID，或其中一篇文章的 ID）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every bookmarked article</source>
        <translation>所有加了书签的文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write to this file instead of the output</source>
        <translation>写入此文件，而不是输出到屏幕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cite needs article ids, --tag, --story or --bookmarks</source>
        <translation>cite 需要文章 ID、--tag、--story 或 --bookmarks</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="-138"/>
        <source>Notes</source>
        <translation>笔记</translation>
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
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All bookmarks</source>
        <translation>全部书签</translation>
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
        <translation>导出标注</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Highlights</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+71"/>
        <source>Export Citations</source>
        <translation>导出引用</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Tagged #{tag}</source>
        <translation>标签 #{tag}</translation>
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
        <translation>请先打开一个新闻事件的时间线，或事件中的一篇文章。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Story as Dossier</source>
        <translation>将新闻事件导出为资料汇编</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the library has no index yet</source>
        <translation>文章库还没有索引</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the story is no longer in the library</source>
        <translation>这个新闻事件已不在文章库中</translation>
    </message>
    <message>
        <location filename="../../reader/cli/dossier.py" line="-23"/>
        <source>a story or a tag as a dossier in Markdown or PDF</source>
        <translation>将新闻事件或标签整理为 Markdown 或 PDF 资料汇编</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nothing is bookmarked or highlighted with the tag {tag}</source>
        <translation>没有带标签 {tag} 的书签或标注</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote the dossier of {title} to {path}</source>
        <translation>已将“{title}”的资料汇编写入 {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a story id as `reader stories` prints it, or one of its articles&apos; ids</source>
        <translation>`reader stories` 显示的新闻事件 ID，或其中一篇文章的 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>instead of a story: the articles bookmarked or highlighted with this tag</source>
        <translation>不用新闻事件，改用带有此标签的书签或标注所属的文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown or PDF (default: md)</source>
        <translation>Markdown 或 PDF（默认：md）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dossier needs a STORY or --tag TAG (one of them)</source>
        <translation>dossier 需要 STORY 或 --tag TAG（二选一）</translation>
    </message>
    <message>
        <location filename="../../reader/cli/highlights.py" line="-134"/>
        <source>add, list, remove, export or import highlights and their notes</source>
        <translation>添加、列出、移除、导出或导入标注及其笔记</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the quote is not in the text of {id}: {quote}</source>
        <translation>文章 {id} 的正文中没有这段引文：{quote}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>highlighted {hid} in {id}: “{quote}”</source>
        <translation>已在 {id} 中添加标注 {hid}：“{quote}”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no highlights match</source>
        <translation>没有符合条件的标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no highlights yet</source>
        <translation>还没有标注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the article is not in {library}</source>
        <translation>文章不在 {library} 中</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>removed the highlight {hid}</source>
        <translation>已移除标注 {hid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no highlight {hid}</source>
        <translation>没有标注 {hid}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location filename="../../reader/ui/research_files.py" line="-164"/>
        <source>Exported %n highlight(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条标注导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../reader/ui/research_files.py" line="+16"/>
        <source>Imported %n new highlight(s); {updated} already here were updated</source>
        <translation>
            <numerusform>已导入 %n 条新标注；{updated} 条已有标注已更新</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>article ID (add), highlight ID (remove) or FILE (export/import)</source>
        <translation>文章 ID（add）、标注 ID（remove）或文件（export/import）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>library the articles are in (default: the bundled seeds)</source>
        <translation>文章所在的文章库（默认：内置示例）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the words to highlight, as the article has them (either script)</source>
        <translation>添加：要标注的文字，与文章中的一致（简体或繁体均可）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: a note</source>
        <translation>添加：一条笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: its colour</source>
        <translation>添加：标注颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: only quotes, notes or titles containing this</source>
        <translation>列出：仅限引文、笔记或标题中含有此文字的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: only this article&apos;s</source>
        <translation>列出：仅限此文章的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>highlights {action} needs an ID or FILE</source>
        <translation>highlights {action} 需要 ID 或文件</translation>
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
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../reader/core/annotations/store.py" line="+63"/>
        <source>the highlights file</source>
        <translation>标注文件</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the file holds no highlights table</source>
        <translation>文件中没有标注表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The highlights file {path} was empty (0 bytes) and no backup was found: highlights start empty.</source>
        <translation>标注文件 {path} 是空的（0 字节），且找不到备份：标注从空白开始。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlight(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>标注文件 {path} 已损坏（{reason}）；已保留为 {aside}，并从备份 {backup} 恢复了 %n 条标注。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and no backup was found: highlights start empty.</source>
        <translation>标注文件 {path} 已损坏（{reason}）；已保留为 {aside}，但找不到备份：标注从空白开始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup of the highlights could be written in {folder} ({reason}).</source>
        <translation>无法在 {folder} 中写入标注备份（{reason}）。</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>{path} is not a Reader highlights export</source>
        <translation>{path} 不是 Reader 导出的标注</translation>
    </message>
    <message>
        <location filename="../../reader/core/dossier/as_html.py" line="+94"/>
        <location filename="../../reader/core/dossier/as_markdown.py" line="+46"/>
        <source>What it adds:</source>
        <translation>新增的内容：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reader/core/dossier/as_markdown.py" line="+0"/>
        <source>What it reported:</source>
        <translation>报道的内容：</translation>
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
            <numerusform>%n 篇报道</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First reported by {outlet} at {time}.</source>
        <translation>{outlet}最先报道，时间为 {time}。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n sentence(s) an earlier report already had</source>
        <translation>
            <numerusform>%n 句此前的报道已有</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../reader/ui/notes_pane.py" line="-219"/>
        <source>not found in the text</source>
        <translation>在正文中找不到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>你的笔记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>报道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <location filename="../../reader/ui/highlight_layer.py" line="+210"/>
        <source>Highlight</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlight with Note…</source>
        <translation>标注并写笔记…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Highlight and Note…</source>
        <translation>编辑标注和笔记…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Highlight</source>
        <translation>移除标注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_dialog.py" line="-39"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Highlight and Note</source>
        <translation>标注和笔记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this passage shows, where to use it…</source>
        <translation>这段文字说明了什么、打算用在哪里…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quote:</source>
        <translation>引文：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_pane.py" line="-4"/>
        <source>By article</source>
        <translation>按文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By story</source>
        <translation>按新闻事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the article is not in this library</source>
        <translation>文章不在这个文章库中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no tag)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(in no story)</source>
        <translation>（不属于任何新闻事件）</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Search highlights and notes</source>
        <translation>搜索标注和笔记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Highlights (JSON)…</source>
        <translation>导出标注（JSON）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Highlights (Markdown)…</source>
        <translation>导出标注（Markdown）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Highlights…</source>
        <translation>导入标注…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/research_desk.py" line="-116"/>
        <source>&amp;Research</source>
        <translation>研究(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Highlight Selection</source>
        <translation>标注所选文字(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight with &amp;Note…</source>
        <translation>标注并写笔记(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore Removed Highlight</source>
        <translation>恢复刚移除的标注(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation (&amp;Chicago)</source>
        <translation>复制引用（芝加哥格式）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation (&amp;APA)</source>
        <translation>复制引用（APA 格式）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Citations…</source>
        <translation>导出引用(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Story as &amp;Dossier…</source>
        <translation>将新闻事件导出为资料汇编(&amp;D)…</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Select words of the article&apos;s text to highlight them.</source>
        <translation>请先选中文章正文中的文字，再进行标注。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Highlight removed (Research › Restore Removed Highlight).</source>
        <translation>标注已移除（可用 研究 › 恢复刚移除的标注）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Placing highlights</source>
        <translation>定位标注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The article of this highlight is not in the open library.</source>
        <translation>这条标注所属的文章不在当前打开的文章库中。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open an article to cite it.</source>
        <translation>请先打开要引用的文章。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied: {citation}</source>
        <translation>已复制：{citation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formatting the citation</source>
        <translation>排版引用</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="+18"/>
        <source>Enter saves · Shift+Enter starts a new line</source>
        <translation>Enter 保存 · Shift+Enter 换行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="-11"/>
        <source>Automatic (by the article&apos;s script)</source>
        <translation>自动（按文章的文字选择）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="-25"/>
        <source>Right click on selected words</source>
        <translation>在选中的文字上右击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight them in a colour, or with a note</source>
        <translation>以某种颜色标注，或标注并写笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right click on a highlight</source>
        <translation>在标注上右击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit its note, colour and tags, or remove it</source>
        <translation>编辑它的笔记、颜色和标签，或删除它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pointer on a highlight</source>
        <translation>指针停在标注上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its note</source>
        <translation>显示它的笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="-28"/>
        <location filename="../../reader/ui/sync_folder_row.py" line="+61"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/core/sync/engine.py" line="+174"/>
        <source>A change could not be written to the sync state ({reason}); it is kept and goes out at the next sync.</source>
        <translation>一项更改未能写入同步状态（{reason}）；它已保留，下次同步时发出。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Cannot write to the sync folder {path}: {reason}. The change is kept on this machine and goes to the sync folder at the next sync.</source>
        <translation>无法写入同步文件夹 {path}：{reason}。这项更改已保存在本机，下次同步时会写入同步文件夹。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{path} was written by a newer Reader: it is left as it is.</source>
        <translation>{path} 由较新版本的 Reader 写入：保持原样，不作处理。</translation>
    </message>
    <message>
        <location filename="../../reader/core/sync/replica.py" line="+33"/>
        <source>the sync state file</source>
        <translation>同步状态文件</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The sync state file {path} was damaged ({reason}); it was kept as {aside} and is made again from the sync folder and this machine&apos;s data.</source>
        <translation>同步状态文件 {path} 已损坏（{reason}）；已保留为 {aside}，并将根据同步文件夹和本机数据重新生成。</translation>
    </message>
    <message>
        <location filename="../../reader/core/sync/setup.py" line="+89"/>
        <source>The sync folder {path} is not there (a disk not mounted, or moved?).</source>
        <translation>同步文件夹 {path} 不存在（磁盘未挂载，或已移动？）。</translation>
    </message>
    <message>
        <location filename="../../reader/cli/marks.py" line="-55"/>
        <source>mark articles read or unread, or list the read ones</source>
        <translation>将文章标记为已读或未读，或列出已读文章</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>已将 %n 篇文章标记为已读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Marked %n article(s) unread.</source>
        <translation>
            <numerusform>已将 %n 篇文章标记为未读。</numerusform>
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
        <translation>list：只列出此文库中的文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>marks list takes no IDs</source>
        <translation>marks list 不接受 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marks {action} needs at least one ID</source>
        <translation>marks {action} 至少需要一个 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an article ID: {ids}</source>
        <translation>不是文章 ID：{ids}</translation>
    </message>
    <message>
        <location filename="../../reader/cli/sync.py" line="+22"/>
        <source>merge the sync folder now and say from which machines</source>
        <translation>立即合并同步文件夹，并说明来自哪些设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sync folder is set: choose one in Preferences, or set READER_SYNC_DIR=DIR.</source>
        <translation>尚未设置同步文件夹：请在“偏好设置”中选择，或设置 READER_SYNC_DIR=DIR。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sync folder {path} is not there: the change is kept here and goes out at the next sync.</source>
        <translation>同步文件夹 {path} 不存在：更改已保存在本机，下次同步时发出。</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Merged %n change(s) from {machines}.</source>
        <translation>
            <numerusform>已合并来自 {machines} 的 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new to merge.</source>
        <translation>没有需要合并的新内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last change {when}</source>
        <translation>最近更改于 {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no changes yet</source>
        <translation>尚无更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/sync_status.py" line="+84"/>
        <source>its folder is gone; what it did is kept</source>
        <translation>其文件夹已不存在；它所做的更改均已保留</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) were not complete yet (still being synced?); they are read again at the next sync.</source>
        <translation>
            <numerusform>有 %n 个文件尚不完整（仍在同步中？）；下次同步时会重新读取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sync_controller.py" line="+181"/>
        <source>Sync failed: {reason}</source>
        <translation>同步失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sync_folder_row.py" line="-18"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} (set by {variable})</source>
        <translation>{path}（由 {variable} 设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: this machine&apos;s reading stays here</source>
        <translation>关闭：本机的阅读记录只留在本机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder your sync tool (Syncthing, Nextcloud, Dropbox…) keeps in step on every machine. Read marks, bookmarks and highlights with their tags and notes, reading positions, trusted image hosts and these preferences follow you; each machine writes only its own files there.</source>
        <translation>由你的同步工具（Syncthing、Nextcloud、Dropbox…）在每台设备间保持一致的文件夹。已读标记、书签和标注及其标签和笔记、阅读位置、信任的图片主机以及这些偏好设置都会随你同步；每台设备只在其中写入自己的文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sync_status.py" line="-36"/>
        <source>Sync: a problem</source>
        <translation>同步：出现问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced {time} with {machines}</source>
        <translation>{time} 已与 {machines} 同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced {time} (no other machine yet)</source>
        <translation>{time} 已同步（尚无其他设备）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync folder: {path}</source>
        <translation>同步文件夹：{path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last merge {time}: nothing new</source>
        <translation>最近一次合并 {time}：没有新内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{machine}: this machine</source>
        <translation>{machine}：本机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{machine}: last change {time}</source>
        <translation>{machine}：最近更改于 {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click to merge now</source>
        <translation>点击立即合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/bookmarks.py" line="-34"/>
        <source>%n entry(-ies) skipped:</source>
        <translation>
            <numerusform>跳过了 %n 个条目：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/run.py" line="+47"/>
        <source>{text} is not text in this terminal&apos;s encoding ({encoding}): set the terminal to {encoding}, or type it in the window</source>
        <translation>{text} 不是此终端编码（{encoding}）的文字：请将终端设为 {encoding}，或在窗口中输入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+73"/>
        <source>Bookmark exports (*.json *.md *.markdown *.html *.htm)</source>
        <translation>书签导出文件 (*.json *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmarks.py" line="-6"/>
        <source>The bookmarks in {path} are shown but cannot be changed now: {why}.</source>
        <translation>{path} 中的书签可以查看，但现在无法更改：{why}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bookmarks in {path} cannot be read or changed now: {why}. The file is left as it is.</source>
        <translation>{path} 中的书签现在无法读取或更改：{why}。该文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+149"/>
        <source>it was missing</source>
        <translation>文件不见了</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>it holds tables of another program</source>
        <translation>其中是另一个程序的数据表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/bookmarks.py" line="+13"/>
        <source>The bookmarks file {path} was missing; %n bookmark(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>书签文件 {path} 不见了；已从备份 {backup} 恢复 %n 个书签。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>it is not a Reader bookmarks file</source>
        <translation>它不是 Reader 的书签文件</translation>
    </message>
    <message>
        <location filename="../../reader/core/durable.py" line="+1"/>
        <source>they were written by a newer Reader (schema {version}) and are left untouched</source>
        <translation>它们由更新版本的 Reader 写入（架构 {version}），保持原样不动</translation>
    </message>
    <message>
        <location filename="../../reader/core/bookmark_files.py" line="-87"/>
        <source>entry {n} ({label}): {reason}</source>
        <translation>第 {n} 个条目（{label}）：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry {n}: {reason}</source>
        <translation>第 {n} 个条目：{reason}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{path} is not a regular file</source>
        <translation>{path} 不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is too large for a bookmarks export ({mb} MB)</source>
        <translation>{path} 太大，不可能是书签导出文件（{mb} MB）</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>not a bookmark entry</source>
        <translation>不是书签条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no article id</source>
        <translation>缺少文章 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its title is not text</source>
        <translation>其标题不是文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>its {field} is not text</source>
        <translation>其 {field} 字段不是文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its date is not a date: {text}</source>
        <translation>其日期不是有效日期：{text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its tags are not a list of text</source>
        <translation>其标签不是文字列表</translation>
    </message>
    <message>
        <location filename="../../reader/core/readstate.py" line="-56"/>
        <source>The read-state file {path} cannot be written ({reason}): read marks are kept only until Reader closes.</source>
        <translation>无法写入阅读状态文件 {path}（{reason}）：已读标记只保留到 Reader 关闭为止。</translation>
    </message>
    <message>
        <location filename="../../reader/core/settings.py" line="-26"/>
        <source>Some settings in {path} were not of a usable type or range and are back to their defaults: {names}.</source>
        <translation>{path} 中的部分设置类型或取值范围不可用，已恢复为默认值：{names}。</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/engine.py" line="-9"/>
        <source>The search index {path} is damaged ({why}); the next index update rebuilds it from the library.</source>
        <translation>搜索索引 {path} 已损坏（{why}）；下次更新索引时会从文库重建。</translation>
    </message>
    <message>
        <location filename="../../reader/core/search/index_state.py" line="+34"/>
        <source>the index is being updated now: results may be incomplete until it ends</source>
        <translation>索引正在更新：更新结束前结果可能不完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last index update did not finish (it was stopped, or the disk was full): results may be incomplete until the index is updated</source>
        <translation>上次索引更新没有完成（被中止，或磁盘已满）：更新索引之前结果可能不完整</translation>
    </message>
    <message>
        <location filename="../../reader/cli/histogram.py" line="-37"/>
        <source>articles per day, week or month (of a search, or of the list)</source>
        <translation>按日、周或月统计文章数（某次搜索或列表）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a search (default: every article)</source>
        <translation>一次搜索（默认：全部文章）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split each bucket by outlet</source>
        <translation>每个区间按媒体分开</translation>
    </message>
    <message>
        <location filename="../../reader/cli/search.py" line="+2"/>
        <source>print the exact number of matches</source>
        <translation>输出精确的匹配数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="-141"/>
        <source>Date &amp;Histogram</source>
        <translation>日期直方图(&amp;H)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Views and Saved Searches</source>
        <translation>视图和已存搜索(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="-3"/>
        <location filename="../../reader/ui/navigation_pane.py" line="+0"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_commands.py" line="-71"/>
        <source>List Only This Story</source>
        <translation>只列出这个事件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_pane.py" line="-301"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>自定范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>按周</translation>
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
        <translation>输入第一天和最后一天（如 2021-01-05）后按回车；或在直方图上拖选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this search and its filters in the sidebar</source>
        <translation>把这次搜索及其筛选条件保存在侧栏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By outlet</source>
        <translation>按媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the range chosen on the histogram</source>
        <translation>清除在直方图上选定的范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across days to list only those</source>
        <translation>拖过若干天，只列出这些天的文章</translation>
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
        <translation>只看这家媒体（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from this local day (YYYY-MM-DD), included</source>
        <translation>从这一天起（本地日期 YYYY-MM-DD，含当天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to this local day (YYYY-MM-DD), included</source>
        <translation>到这一天止（本地日期 YYYY-MM-DD，含当天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last 7, 30 or 365 days of the archive (ending on its last active day)</source>
        <translation>存档的最近 7、30 或 365 天（截至其最后活跃日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only unread articles</source>
        <translation>只看未读文章</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last 不能与 --since 或 --until 同用</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>last {n} days: {first} – {last} (the archive&apos;s last active day)</source>
        <translation>最近 {n} 天：{first} – {last}（存档的最后活跃日）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days: {range}</source>
        <translation>日期：{range}</translation>
    </message>
    <message>
        <location filename="../../reader/cli/list.py" line="-37"/>
        <source>list the articles, filtered by outlet, days or unread</source>
        <translation>列出文章，可按媒体、日期或未读筛选</translation>
    </message>
    <message>
        <location filename="../../reader/cli/saved.py" line="-50"/>
        <source>no saved searches yet</source>
        <translation>还没有已存搜索</translation>
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
            <numerusform>已保存“{name}”：%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no saved search “{name}”</source>
        <translation>没有名为“{name}”的已存搜索</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“{name}”: %n match(es), none new</source>
        <translation>
            <numerusform>“{name}”：%n 个匹配，没有新的</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>removed the saved search “{name}”</source>
        <translation>已删除已存搜索“{name}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the saved search&apos;s name</source>
        <translation>已存搜索的名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saved {action} needs a NAME</source>
        <translation>saved {action} 需要一个名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved add needs a NAME and a QUERY</source>
        <translation>saved add 需要名称和搜索内容</translation>
    </message>
    <message>
        <location filename="../../reader/core/saved/store.py" line="+29"/>
        <source>the saved searches file</source>
        <translation>已存搜索文件</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the file holds no saved searches table</source>
        <translation>文件中没有已存搜索表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved searches file {path} was empty (0 bytes) and no backup was found: saved searches start empty.</source>
        <translation>已存搜索文件 {path} 是空的（0 字节），且未找到备份：已存搜索从空白开始。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and %n saved search(es) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>已存搜索文件 {path} 已损坏（{reason}）；已保留为 {aside}，并从备份 {backup} 恢复了 %n 个已存搜索。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and no backup was found: saved searches start empty.</source>
        <translation>已存搜索文件 {path} 已损坏（{reason}）；已保留为 {aside}，且未找到备份：已存搜索从空白开始。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup of the saved searches could be written in {folder} ({reason}).</source>
        <translation>无法在 {folder} 中写入已存搜索的备份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/histogram_strip.py" line="+120"/>
        <source>No dated articles</source>
        <translation>没有带日期的文章</translation>
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
        <translation>周</translation>
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
        <translation>未读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reader/ui/search_pane.py" line="-147"/>
        <source>Today in the Archive</source>
        <translation>存档中的今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved Searches</source>
        <translation>已存搜索</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove Saved Search</source>
        <translation>删除已存搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/saved_searches.py" line="+58"/>
        <source>My search</source>
        <translation>我的搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Saved the search “{name}”</source>
        <translation>已保存搜索“{name}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved searches</source>
        <translation>已存搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmark_editor.py" line="-19"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kept when you close it (Enter or Esc) · Shift+Enter starts a new line</source>
        <translation>关闭时保留所填内容（Enter 或 Esc）· Shift+Enter 换行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="-70"/>
        <source>Bookmark restored</source>
        <translation>书签已恢复</translation>
    </message>
    <message>
        <location filename="../../reader/ui/script_bar.py" line="+15"/>
        <location line="+5"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Traditional Chinese (Taiwan)</source>
        <translation>繁体中文（台湾）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese (Hong Kong)</source>
        <translation>繁体中文（香港）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show as Written</source>
        <translation>按原文显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in {shown} by conversion; the article is written in {written}.</source>
        <translation>此处以{shown}转换显示；原文为{written}。</translation>
    </message>
    <message>
        <location filename="../../reader/core/parser.py" line="-352"/>
        <source>front matter {keys} ignored: aliases make it more than {limit:,} values</source>
        <translation>前置元数据 {keys} 已忽略：别名使其超过 {limit:,} 个值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aliases make it more than {limit:,} values</source>
        <translation>别名使其超过 {limit:,} 个值</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{n:,} categories and tags: the first {limit} are kept, each cut to {chars} characters</source>
        <translation>{n:,} 个分类和标签：保留前 {limit} 个，每个截至 {chars} 个字符</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the title has {n:,} characters: the first {limit:,} are shown</source>
        <translation>标题有 {n:,} 个字符：只显示前 {limit:,} 个</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>parsing it took more than {s:g} s of processor time; it was skipped</source>
        <translation>解析它用了超过 {s:g} 秒的处理器时间；已跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parsing it needed more than {mb:,} MB of memory; it was skipped</source>
        <translation>解析它需要超过 {mb:,} MB 内存；已跳过</translation>
    </message>
    <message>
        <location filename="../../reader/core/scan.py" line="+49"/>
        <source>a link to the folder {target}, outside the library: not followed</source>
        <translation>指向文章库之外的文件夹 {target} 的链接：未跟随</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a link to {target}, outside the library: not read</source>
        <translation>指向文章库之外的 {target} 的链接：未读取</translation>
    </message>
    <message>
        <location filename="../../reader/core/sanitize.py" line="+407"/>
        <source>{tags} never closed: what follows is kept as article text</source>
        <translation>{tags} 没有结束标记：其后的内容作为正文保留</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) past the first {limit:,} shown as their descriptions</source>
        <translation>
            <numerusform>前 {limit:,} 张之后的 %n 张图片以其说明文字显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n table(s) past the first {limit:,} cells shown as lines of text</source>
        <translation>
            <numerusform>超出前 {limit:,} 个单元格的 %n 个表格以文字行显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n tag(s) with more than {limit} attributes: the surplus was left out</source>
        <translation>
            <numerusform>%n 个标签的属性超过 {limit} 个：多余的已省略</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/search/api.py" line="+26"/>
        <source>query cut: %n term(s) left out or shortened (a search looks for at most {terms} terms of up to {chars} characters)</source>
        <translation>
            <numerusform>查询已截短：%n 个词被省略或缩短（一次搜索最多查找 {terms} 个词，每个最多 {chars} 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/help_dialog.py" line="-17"/>
        <source>Parentheses group; OR binds before the space</source>
        <translation>括号用于分组；OR 先于空格结合</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="+3"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
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
            <numerusform>%Ln 个重复副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_pane.py" line="-3"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/bookmarks_pane.py" line="+26"/>
        <source>Exported %Ln bookmark(s) to {path}</source>
        <translation>
            <numerusform>已将 %Ln 个书签导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %Ln new bookmark(s); {merged} already here were merged</source>
        <translation>
            <numerusform>已导入 %Ln 个新书签；{merged} 个已有书签已合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article_html.py" line="+0"/>
        <source>from %Ln outlet(s)</source>
        <translation>
            <numerusform>来自 %Ln 家媒体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln more new sentence(s)</source>
        <translation>
            <numerusform>另有 %Ln 句新内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sentence(s) told by an earlier report</source>
        <translation>
            <numerusform>%Ln 句此前的报道已有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/list_model.py" line="-12"/>
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln 家媒体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="+239"/>
        <source>Nothing changed in the library: %Ln article(s), all indexed</source>
        <translation>
            <numerusform>文章库没有变化：%Ln 篇文章，全部已索引</numerusform>
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
            <numerusform>将列表中 %Ln 篇未读文章标为已读？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_pane.py" line="+5"/>
        <source>in %Ln row(s)</source>
        <translation>
            <numerusform>分 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>still indexing ({done} of %Ln file(s)): more may come</source>
        <translation>
            <numerusform>仍在建立索引（%Ln 个文件中已完成 {done} 个）：结果可能还会增加</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/related_box.py" line="-46"/>
        <source>Show the list</source>
        <translation>展开列表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fold the list</source>
        <translation>收起列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="-54"/>
        <source>{shown} of %Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章中显示 {shown} 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/find_bar.py" line="+2"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/image_bar.py" line="-9"/>
        <source>%Ln image(s) could not be loaded</source>
        <translation>
            <numerusform>%Ln 张图片无法加载</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln remote image(s) blocked</source>
        <translation>
            <numerusform>已阻止 %Ln 张远程图片</numerusform>
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
            <numerusform>最近一次合并 {time}：来自 {machines} 的 %Ln 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln file(s) still being synced: read again when complete</source>
        <translation>
            <numerusform>有 %Ln 个文件仍在同步中：完整后会重新读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/bookmarks_pane.py" line="+7"/>
        <source>%Ln entry(-ies) skipped:</source>
        <translation>
            <numerusform>跳过了 %Ln 个条目：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>……还有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/core/saved/store.py" line="-18"/>
        <source>it is not a Reader saved searches file</source>
        <translation>它不是 Reader 的已存搜索文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The saved searches in {path} are shown but cannot be changed now: {why}.</source>
        <translation>{path} 中的已存搜索可以查看，但现在无法更改：{why}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved searches in {path} cannot be read or changed now: {why}. The file is left as it is.</source>
        <translation>{path} 中的已存搜索现在无法读取或更改：{why}。该文件保持原样。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The saved searches file {path} was missing; %n saved search(es) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>已存搜索文件 {path} 不见了；已从备份 {backup} 恢复 %n 个已存搜索。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/core/annotations/store.py" line="-285"/>
        <source>it is not a Reader highlights file</source>
        <translation>它不是 Reader 的标注文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The highlights in {path} are shown but cannot be changed now: {why}.</source>
        <translation>{path} 中的标注可以查看，但现在无法更改：{why}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The highlights in {path} cannot be read or changed now: {why}. The file is left as it is.</source>
        <translation>{path} 中的标注现在无法读取或更改：{why}。该文件保持原样。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The highlights file {path} was missing; %n highlight(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>标注文件 {path} 不见了；已从备份 {backup} 恢复 %n 条标注。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/cli/saved.py" line="-83"/>
        <source>saved searches: add, list (with counts and new matches), seen, rename, remove</source>
        <translation>已存搜索：添加、列出（含数量和新匹配）、标为已看、重命名、删除</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a saved search “{name}” is there already</source>
        <translation>已有名为“{name}”的已存搜索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renamed “{name}” to “{new}”</source>
        <translation>已将“{name}”重命名为“{new}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add: the search (words, &quot;phrase&quot;, -not, …); rename: the new name</source>
        <translation>add：搜索内容（词语、&quot;短语&quot;、-排除…）；rename：新名称</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>saved rename needs a NAME and a NEW NAME</source>
        <translation>saved rename 需要名称和新名称</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation_pane.py" line="+32"/>
        <source>Rename Saved Search…</source>
        <translation>重命名已存搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/saved_searches.py" line="+10"/>
        <source>Rename Saved Search</source>
        <translation>重命名已存搜索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved search “{name}” is there already</source>
        <translation>已有名为“{name}”的已存搜索</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="+46"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
