<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../reader/cli/check.py" line="+72"/>
        <location filename="../../reader/cli/index.py" line="+57"/>
        <location filename="../../reader/ui/status_bar.py" line="+115"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/index.py" line="-17"/>
        <source>repaired: %n index entry(-ies) made to match the catalog (an earlier update was interrupted)</source>
        <translation>
            <numerusform>repaired: %n index entry made to match the catalog (an earlier update was interrupted)</numerusform>
            <numerusform>repaired: %n index entries made to match the catalog (an earlier update was interrupted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location filename="../../reader/cli/stories.py" line="+53"/>
        <location filename="../../reader/cli/story.py" line="+37"/>
        <location filename="../../reader/ui/article_html.py" line="+86"/>
        <location filename="../../reader/ui/status_bar.py" line="-52"/>
        <location line="+42"/>
        <location line="+9"/>
        <location filename="../../reader/ui/viewer.py" line="+560"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../reader/ui/status_bar.py" line="+2"/>
        <source>%n duplicate copy(-ies)</source>
        <translation>
            <numerusform>%n duplicate copy</numerusform>
            <numerusform>%n duplicate copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/search.py" line="+39"/>
        <location filename="../../reader/ui/search_pane.py" line="+482"/>
        <source>about %n result(s)</source>
        <translation>
            <numerusform>about %n result</numerusform>
            <numerusform>about %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../../reader/ui/search_pane.py" line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/bookmarks.py" line="+75"/>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+317"/>
        <source>Exported %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>Exported %n bookmark to {path}</numerusform>
            <numerusform>Exported %n bookmarks to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../reader/ui/bookmarks_pane.py" line="+19"/>
        <source>Imported %n new bookmark(s); {merged} already here were merged</source>
        <translation>
            <numerusform>Imported %n new bookmark; {merged} already here were merged</numerusform>
            <numerusform>Imported %n new bookmarks; {merged} already here were merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/stories.py" line="+6"/>
        <source>%n story(-ies) of two or more articles</source>
        <translation>
            <numerusform>%n story of two or more articles</numerusform>
            <numerusform>%n stories of two or more articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/preferences.py" line="+145"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reading_commands.py" line="+178"/>
        <source>Mark %n unread article(s) in the list as read?</source>
        <translation>
            <numerusform>Mark %n unread article in the list as read?</numerusform>
            <numerusform>Mark %n unread articles in the list as read?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_pane.py" line="-332"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+339"/>
        <source>still indexing ({done} of %n file(s)): more may come</source>
        <translation>
            <numerusform>still indexing ({done} of %n file): more may come</numerusform>
            <numerusform>still indexing ({done} of %n files): more may come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="-51"/>
        <source>{shown} of %n article(s)</source>
        <translation>
            <numerusform>{shown} of %n article</numerusform>
            <numerusform>{shown} of %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/viewer.py" line="-374"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+562"/>
        <source>%n image(s) could not be loaded</source>
        <translation>
            <numerusform>%n image could not be loaded</numerusform>
            <numerusform>%n images could not be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n remote image blocked</numerusform>
            <numerusform>%n remote images blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article_html.py" line="+0"/>
        <location filename="../../reader/ui/search_pane.py" line="-338"/>
        <source>from %n outlet(s)</source>
        <translation>
            <numerusform>from %n outlet</numerusform>
            <numerusform>from %n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n more new sentence(s)</source>
        <translation>
            <numerusform>%n more new sentence</numerusform>
            <numerusform>%n more new sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sentence(s) told by an earlier report</source>
        <translation>
            <numerusform>%n sentence told by an earlier report</numerusform>
            <numerusform>%n sentences told by an earlier report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/stories.py" line="-5"/>
        <location filename="../../reader/cli/story.py" line="+1"/>
        <location filename="../../reader/core/dossier/words.py" line="+21"/>
        <location filename="../../reader/ui/article_list.py" line="+317"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/bookmarks.py" line="+199"/>
        <source>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmark(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmark was restored from the backup {backup}.</numerusform>
            <numerusform>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmarks were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/parser.py" line="+437"/>
        <source>%n undecodable byte(s) replaced</source>
        <translation>
            <numerusform>%n undecodable byte replaced</numerusform>
            <numerusform>%n undecodable bytes replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/readstate.py" line="+112"/>
        <source>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read mark(s) could be saved from it.</source>
        <translation>
            <numerusform>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read mark could be saved from it.</numerusform>
            <numerusform>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read marks could be saved from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/sanitize.py" line="+456"/>
        <source>%n image(s) past the first {limit:,} shown as their descriptions</source>
        <translation>
            <numerusform>%n image past the first {limit:,} shown as its description</numerusform>
            <numerusform>%n images past the first {limit:,} shown as their descriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n table(s) past the first {limit:,} cells shown as lines of text</source>
        <translation>
            <numerusform>%n table past the first {limit:,} cells shown as lines of text</numerusform>
            <numerusform>%n tables past the first {limit:,} cells shown as lines of text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n tag(s) with more than {limit} attributes: the surplus was left out</source>
        <translation>
            <numerusform>%n tag with more than {limit} attributes: the surplus was left out</numerusform>
            <numerusform>%n tags with more than {limit} attributes: the surplus was left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/search/api.py" line="+26"/>
        <source>query cut: %n term(s) left out or shortened (a search looks for at most {terms} terms of up to {chars} characters)</source>
        <translation>
            <numerusform>query cut: %n term left out or shortened (a search looks for at most {terms} terms of up to {chars} characters)</numerusform>
            <numerusform>query cut: %n terms left out or shortened (a search looks for at most {terms} terms of up to {chars} characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/cite.py" line="+50"/>
        <source>%n article(s) not found in {library}</source>
        <translation>
            <numerusform>%n article not found in {library}</numerusform>
            <numerusform>%n articles not found in {library}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location filename="../../reader/ui/research_files.py" line="+171"/>
        <source>Wrote %n reference(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n reference to {path}</numerusform>
            <numerusform>Wrote %n references to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/highlights.py" line="+112"/>
        <location filename="../../reader/ui/research_files.py" line="-106"/>
        <source>Exported %n highlight(s) to {path}</source>
        <translation>
            <numerusform>Exported %n highlight to {path}</numerusform>
            <numerusform>Exported %n highlights to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../reader/ui/research_files.py" line="+17"/>
        <source>Imported %n new highlight(s); {updated} already here were updated</source>
        <translation>
            <numerusform>Imported %n new highlight; {updated} already here were updated</numerusform>
            <numerusform>Imported %n new highlights; {updated} already here were updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/dossier/words.py" line="-1"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more new sentence(s)</source>
        <translation>
            <numerusform>… and %n more new sentence</numerusform>
            <numerusform>… and %n more new sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sentence(s) an earlier report already had</source>
        <translation>
            <numerusform>%n sentence an earlier report already had</numerusform>
            <numerusform>%n sentences an earlier report already had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/annotations/store.py" line="+71"/>
        <source>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlight(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlight was restored from the backup {backup}.</numerusform>
            <numerusform>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlights were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
</context>
</TS>
