"""UI text translation: English source strings, Simplified Chinese shipped.

Kept as a Python table (no lrelease step in the build): every user-visible string goes through
``tr``, and a missing translation falls back to English.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

ZH_CN: dict[str, str] = {
    "&File": "文件(&F)",
    "&Open Library…": "打开文章库(&O)…",
    "Open &Recent": "最近打开(&R)",
    "Open Bundled &Seeds": "打开内置示例(&S)",
    "&Print…": "打印(&P)…",
    "&Export as PDF…": "导出为 PDF(&E)…",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Find in Article…": "在文章中查找(&F)…",
    "Find &Next": "查找下一个(&N)",
    "Find &Previous": "查找上一个(&P)",
    "&Search Library": "搜索文章库(&S)",
    "Pre&ferences…": "偏好设置(&F)…",
    "&View": "视图(&V)",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "&Actual Size": "实际大小(&A)",
    "&Dark Theme": "深色主题(&D)",
    "Search &Pane": "搜索面板(&P)",
    "&Article": "文章(&A)",
    "&Next Article": "下一篇(&N)",
    "P&revious Article": "上一篇(&R)",
    "Open &Original": "打开原文(&O)",
    "&Copy Link": "复制链接(&C)",
    "Mark &Read/Unread": "标记已读/未读(&R)",
    "Mark &All Read": "全部标为已读(&A)",
    "Re&index Library": "重建索引(&I)",
    "&Help": "帮助(&H)",
    "&About Reader": "关于 Reader(&A)",
    "Title": "标题",
    "Source": "来源",
    "Date": "日期",
    "All sources": "全部来源",
    "Filter titles…": "筛选标题…",
    'Search (Ctrl+K): words, "phrase", -exclude, title:, source:, date:2021-01': '搜索（Ctrl+K）：词语、"短语"、-排除、title:、source:、date:2021-01',
    "Relevance": "相关度",
    "Newest first": "最新优先",
    "Any date": "任意日期",
    "Last 7 days": "最近 7 天",
    "Last 30 days": "最近 30 天",
    "Last year": "最近一年",
    "{n} results": "{n} 条结果",
    "about {n} results": "约 {n} 条结果",
    "No results for “{q}”": "没有找到“{q}”",
    "Type to search this library": "输入关键词搜索本文章库",
    "Searching…": "正在搜索…",
    "Search failed: {e}": "搜索失败：{e}",
    "Query syntax not understood: searched as plain words": "查询语法无法识别：已按普通词语搜索",
    "Indexing {done}/{total}…": "正在建立索引 {done}/{total}…",
    "Indexed {n} articles in {s:.1f} s": "已索引 {n} 篇文章，用时 {s:.1f} 秒",
    "{n} files could not be read": "{n} 个文件无法读取",
    "Index rebuilt: {why}": "索引已重建：{why}",
    "Cancel": "取消",
    "{n} articles": "{n} 篇文章",
    "{n} remote images blocked": "已阻止 {n} 张远程图片",
    "Load for this article": "为本文加载",
    "Always for {source}": "始终加载「{source}」的图片",
    "Loading images…": "正在加载图片…",
    "{n} images could not be loaded": "{n} 张图片无法加载",
    "Try again": "重试",
    "Open original": "打开原文",
    "Related coverage": "相关报道",
    "No article selected": "未选择文章",
    "Select an article on the left, or search with Ctrl+K.": "在左侧选择文章，或按 Ctrl+K 搜索。",
    "This article could not be shown: {e}": "无法显示这篇文章：{e}",
    "No installed font covers Chinese. Install one, e.g. `sudo apt install fonts-noto-cjk`.": "没有可显示中文的字体。请安装一个，例如 `sudo apt install fonts-noto-cjk`。",
    "Find:": "查找：",
    "{i} of {n}": "第 {i} / {n} 处",
    "Not found": "未找到",
    "Language": "语言",
    "System default": "跟随系统",
    "Theme": "主题",
    "Light": "浅色",
    "Dark": "深色",
    "Preferences": "偏好设置",
    "Text size": "文字大小",
    "Data folder": "数据文件夹",
    "Remote images are blocked. They load without asking from these hosts:": "远程图片默认被阻止。来自以下主机的图片无需询问即可加载：",
    "no host yet": "尚无主机",
    "A new language applies after a restart.": "新语言在重新启动后生效。",
    "Steps of 10% from the default size (also Ctrl +, Ctrl -, Ctrl 0)": "以默认大小为基准，每级 10%（也可用 Ctrl +、Ctrl -、Ctrl 0）",
    "Open Library": "打开文章库",
    "Not a folder: {path}": "不是文件夹：{path}",
    "Export as PDF": "导出为 PDF",
    "Unread": "未读",
    "Blocked link: {url}": "已阻止的链接：{url}",
    "Bookmarks": "书签",
    "image": "图片",
    "&Bookmark": "书签(&B)",
    "☆ &Bookmark": "☆ 书签(&B)",
    "Tags": "标签",
    "All tags": "全部标签",
    "Search bookmarks…": "搜索书签…",
    "Newest bookmark": "最新书签",
    "Tags and note…": "标签和备注…",
    "Tags (separated by spaces):": "标签（用空格分隔）：",
    "Note:": "备注：",
    "Remove": "移除",
    "Undo": "撤销",
    "Article file missing": "文章文件已不存在",
    "The article file is no longer in the library; this is the saved bookmark.": "文章文件已不在文章库中；以下是书签中保存的信息。",
    "Reader — offline news archive": "Reader — 离线新闻文章库",
    "Reader is an offline reader for a local archive of saved news articles.": "Reader 是一个离线阅读本地新闻存档的工具。",
    "&Undo": "撤销(&U)",
    "&Undo {what}": "撤销“{what}”(&U)",
    "Local time ({zone})": "本地时间（{zone}）",
    "Search": "搜索",
    "Mark All Read": "全部标为已读",
    "This article has no original link": "这篇文章没有原文链接",
    "Link copied": "已复制链接",
    "Every article in the list is read": "列表中的文章都已读",
    "Mark {n} unread articles in the list as read?": "将列表中 {n} 篇未读文章标为已读？",
    "No web browser could open {url}": "没有可以打开 {url} 的浏览器",
    "Mark as Read": "标为已读",
    "Mark as Unread": "标为未读",
    "Marking articles": "标记文章",
    "Image": "图片",
    "Load this image": "加载这张图片",
    "Also Ctrl +, Ctrl − and Ctrl 0 in the article": "在文章中也可用 Ctrl +、Ctrl − 和 Ctrl 0",
    "Automatic (best Chinese font installed)": "自动（已安装的最佳中文字体）",
    "Font": "字体",
    "Line spacing": "行距",
    "Column width": "栏宽",
    "{n} characters": "{n} 字",
    "No article in the list matches": "列表中没有符合条件的文章",
    "Sources": "来源",
    "Unread only": "只看未读",
    "{name}: {unread} unread of {total}": "{name}：{total} 篇中 {unread} 篇未读",
    "More": "更多",
    "Export…": "导出…",
    "Import…": "导入…",
    "Export bookmarks": "导出书签",
    "Import bookmarks": "导入书签",
    "Exported {n} bookmarks to {path}": "已将 {n} 个书签导出到 {path}",
    "Imported {added} bookmarks, {merged} merged": "已导入 {added} 个书签，合并 {merged} 个",
}

_active: dict[str, str] = {}


def choose_language(preference: str) -> str:
    if preference in LANGUAGES:
        return preference
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(language: str) -> None:
    _active.clear()
    if language == "zh_CN":
        _active.update(ZH_CN)


def tr(text: str, **values: object) -> str:
    translated = _active.get(text, text)
    return translated.format(**values) if values else translated
