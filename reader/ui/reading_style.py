"""How an article looks: theme colours, the font stack, line spacing and the reading column.

Line height is asked for as a multiple of the font size (about 1.7 for CJK and Latin body text)
and turned into Qt's proportional line height, which is relative to the font's own line
spacing (WenQuanYi Micro Hei at 16 px: 19 px). The old fixed ``180%`` gave 34 px lines for a
16 px font (2.14x).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from reader.core.settings import Settings

# The preferred fonts of each script, best first. A Traditional article set in a Simplified
# font puts ，。 in the bottom left of the cell instead of its centre (Taiwan's convention), and
# some characters take another form in Hong Kong; an English article set in a CJK font gets
# full-width ’ and “ ("Germany’ s"), so it takes a Latin face first.
SCRIPT_FAMILIES = {
    "zh-Hans": ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "PingFang SC",
                "Microsoft YaHei", "Hiragino Sans GB", "Noto Sans SC"),
    "zh-Hant-TW": ("Noto Sans CJK TC", "Source Han Sans TC", "Source Han Sans TW", "PingFang TC",
                   "Microsoft JhengHei", "Noto Sans TC"),
    "zh-Hant-HK": ("Noto Sans CJK HK", "Source Han Sans HK", "PingFang HK", "Noto Sans HK",
                   "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC"),
}  # fmt: skip
# Fonts that cover every script's characters, whatever their punctuation does: after the
# script's own, and the whole stack where none of those is installed.
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans SC", "Noto Serif CJK SC",
)  # fmt: skip
LATIN_FAMILIES = (
    "Noto Sans", "Source Sans 3", "Source Sans Pro", "Segoe UI", "Helvetica Neue", "Helvetica",
    "Arial", "Liberation Sans", "DejaVu Sans", "Nimbus Sans",
)  # fmt: skip
BASE_POINT_SIZE = 12.0  # zoom step 0; each step is 10%
LINE_SPACINGS = (1.4, 1.55, 1.7, 1.85, 2.0)
COLUMN_WIDTHS = (30, 34, 38, 42, 48, 56)  # the reading column, in CJK characters (em)


@dataclass(frozen=True)
class Theme:
    name: str
    text: str
    background: str
    muted: str
    link: str
    highlight: str  # search matches
    find_highlight: str  # find-in-article matches
    frame: str  # image placeholders and quotes
    bar: str  # the remote-images bar
    bar_text: str


LIGHT = Theme("light", "#1d1d1f", "#fbfaf7", "#6e6e73", "#0a58ca", "#ffe48a", "#cfe3ff",
              "#d6d3cc", "#eef3fb", "#2b3a55")  # fmt: skip
PAPER = replace(LIGHT, name="paper", background="#ffffff")  # print and PDF: no cream page
DARK = Theme("dark", "#e6e4df", "#1f2023", "#9a9aa0", "#7ab4ff", "#6b5a12", "#23456e",
             "#44454b", "#2a3242", "#d5dceb")  # fmt: skip


@dataclass(frozen=True)
class Typography:
    family: str = ""  # "" = the best installed CJK font, then the rest of the stack
    line_spacing: float = 1.7  # times the font size
    column_em: int = 38  # reading column width in CJK characters


def typography_of(settings: Settings) -> Typography:
    return Typography(settings.reading_font, settings.line_spacing, settings.column_em)


def cjk_font_families() -> list[str]:
    """Installed fonts that cover Simplified Chinese, preferred ones first."""
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    preferred = [f for f in CJK_FAMILIES if f in installed]
    return preferred + sorted(installed - set(preferred))


def latin_font_families() -> list[str]:
    """Installed Latin fonts that are not CJK fonts (whose Latin punctuation is full-width),
    preferred ones first."""
    database = QFontDatabase
    cjk = set(database.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    cjk |= set(database.families(QFontDatabase.WritingSystem.TraditionalChinese))
    cjk |= set(database.families(QFontDatabase.WritingSystem.Japanese))
    latin = set(database.families(QFontDatabase.WritingSystem.Latin)) - cjk
    return [f for f in LATIN_FAMILIES if f in latin]


@dataclass(frozen=True)
class InstalledFonts:
    """What the machine has, asked once: the CJK families (preferred first), every family's
    name, and the Latin faces (preferred first)."""

    cjk: tuple[str, ...]
    names: frozenset[str]
    latin: tuple[str, ...]

    @staticmethod
    def of_this_machine() -> InstalledFonts:
        return InstalledFonts(tuple(cjk_font_families()), frozenset(QFontDatabase.families()),
                              tuple(latin_font_families()))  # fmt: skip


def font_stack(typography: Typography, fonts: InstalledFonts, script: str = "zh-Hans") -> list[str]:
    """The families an article in ``script`` (reader/core/script.py: ``en`` or a key of
    SCRIPTS) is set in, first choice first: the reader's own font when chosen in Preferences;
    else the script's preferred fonts that are installed (a Latin face for English), then the
    best CJK fonts for the characters they lack."""
    chosen = [typography.family] if typography.family else []
    own: list[str] = []
    if not chosen:
        if script == "en":
            own = list(fonts.latin[:1])
        else:
            own = [f for f in SCRIPT_FAMILIES.get(script, ()) if f in fonts.names][:2]
    stack = [*chosen, *own]
    return stack + [f for f in fonts.cjk[:3] if f not in stack]


def line_height_percent(typography: Typography, stack: list[str]) -> int:
    """Qt's proportional line height that gives ``line_spacing`` x the font size, for the
    first font of ``stack`` (the one most of the text is set in)."""
    font = QFont(stack[0]) if stack else QFont()
    font.setPixelSize(64)  # the ratio does not depend on the size; a big size rounds less
    natural = QFontMetricsF(font).lineSpacing() or 64 * 1.2
    return round(100 * typography.line_spacing * 64 / natural)


def reader_css(theme: Theme, stack: list[str], typography: Typography = Typography()) -> str:
    """The article's style sheet; ``stack`` from ``font_stack``."""
    fonts = ", ".join(f"'{f}'" for f in [*stack, "sans-serif"])
    line = line_height_percent(typography, stack)
    return f"""
    body {{ color: {theme.text}; background-color: {theme.background}; font-family: {fonts};
            line-height: {line}%; }}
    h1.title {{ font-size: 1.55em; font-weight: 600; line-height: {round(line * 0.8)}%;
               margin-bottom: 0.3em; }}
    p.meta {{ color: {theme.muted}; font-size: 0.9em; margin-top: 0; margin-bottom: 1.4em; }}
    p {{ margin-top: 0; margin-bottom: 0.8em; }}
    a {{ color: {theme.link}; text-decoration: none; }}
    table.image {{ border-color: {theme.frame}; border-style: solid; margin-top: 0.3em;
                   margin-bottom: 0.6em; }}
    td.image {{ color: {theme.muted}; font-size: 0.85em; padding: 10px; }}
    figcaption, .caption {{ color: {theme.muted}; font-size: 0.9em; }}
    blockquote {{ color: {theme.muted}; margin-left: 1.2em; }}
    """
