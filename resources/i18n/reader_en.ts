<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../reader/cli/check.py" line="+74"/>
        <location filename="../../reader/cli/index.py" line="+58"/>
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
        <location filename="../../reader/cli/histogram.py" line="+40"/>
        <location filename="../../reader/cli/index.py" line="+18"/>
        <location filename="../../reader/cli/list.py" line="+43"/>
        <location filename="../../reader/cli/stories.py" line="+53"/>
        <location filename="../../reader/cli/story.py" line="+37"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/index.py" line="+1"/>
        <source>%n duplicate copy(-ies)</source>
        <translation>
            <numerusform>%n duplicate copy</numerusform>
            <numerusform>%n duplicate copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/search.py" line="+66"/>
        <source>about %n result(s)</source>
        <translation>
            <numerusform>about %n result</numerusform>
            <numerusform>about %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+34"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/bookmarks.py" line="+83"/>
        <source>Exported %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>Exported %n bookmark to {path}</numerusform>
            <numerusform>Exported %n bookmarks to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location line="-5"/>
        <location filename="../../reader/cli/story.py" line="+1"/>
        <location filename="../../reader/core/dossier/words.py" line="+21"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/bookmarks.py" line="+85"/>
        <source>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmark(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmark was restored from the backup {backup}.</numerusform>
            <numerusform>The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n bookmarks were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/parser.py" line="+449"/>
        <source>%n undecodable byte(s) replaced</source>
        <translation>
            <numerusform>%n undecodable byte replaced</numerusform>
            <numerusform>%n undecodable bytes replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/readstate.py" line="+156"/>
        <source>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read mark(s) could be saved from it.</source>
        <translation>
            <numerusform>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read mark could be saved from it.</numerusform>
            <numerusform>The read-state file {path} was damaged ({reason}); it was kept as {aside}, and %n read marks could be saved from it.</numerusform>
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
        <location filename="../../reader/ui/research_files.py" line="+193"/>
        <source>Wrote %n reference(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n reference to {path}</numerusform>
            <numerusform>Wrote %n references to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/highlights.py" line="+119"/>
        <location filename="../../reader/ui/research_files.py" line="-128"/>
        <source>Exported %n highlight(s) to {path}</source>
        <translation>
            <numerusform>Exported %n highlight to {path}</numerusform>
            <numerusform>Exported %n highlights to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../reader/ui/research_files.py" line="+16"/>
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
        <source>%n sentence(s) an earlier report already had</source>
        <translation>
            <numerusform>%n sentence an earlier report already had</numerusform>
            <numerusform>%n sentences an earlier report already had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/annotations/store.py" line="+114"/>
        <source>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlight(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlight was restored from the backup {backup}.</numerusform>
            <numerusform>The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n highlights were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/marks.py" line="+33"/>
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>Marked %n article read.</numerusform>
            <numerusform>Marked %n articles read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Marked %n article(s) unread.</source>
        <translation>
            <numerusform>Marked %n article unread.</numerusform>
            <numerusform>Marked %n articles unread.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/sync.py" line="+132"/>
        <source>Merged %n change(s) from {machines}.</source>
        <translation>
            <numerusform>Merged %n change from {machines}.</numerusform>
            <numerusform>Merged %n changes from {machines}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n file(s) were not complete yet (still being synced?); they are read again at the next sync.</source>
        <translation>
            <numerusform>%n file was not complete yet (still being synced?); it is read again at the next sync.</numerusform>
            <numerusform>%n files were not complete yet (still being synced?); they are read again at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/bookmarks.py" line="+3"/>
        <source>%n entry(-ies) skipped:</source>
        <translation>
            <numerusform>%n entry skipped:</numerusform>
            <numerusform>%n entries skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/bookmarks.py" line="+7"/>
        <source>The bookmarks file {path} was missing; %n bookmark(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The bookmarks file {path} was missing; %n bookmark was restored from the backup {backup}.</numerusform>
            <numerusform>The bookmarks file {path} was missing; %n bookmarks were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/cli/saved.py" line="+60"/>
        <source>saved “{name}”: %n match(es)</source>
        <translation>
            <numerusform>saved “{name}”: %n match</numerusform>
            <numerusform>saved “{name}”: %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>“{name}”: %n match(es), none new</source>
        <translation>
            <numerusform>“{name}”: %n match, none new</numerusform>
            <numerusform>“{name}”: %n matches, none new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/saved/store.py" line="+84"/>
        <source>The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and %n saved search(es) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and %n saved search was restored from the backup {backup}.</numerusform>
            <numerusform>The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and %n saved searches were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/sanitize.py" line="+410"/>
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
        <location filename="../../reader/ui/status_bar.py" line="+119"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article_html.py" line="+118"/>
        <location filename="../../reader/ui/related_box.py" line="+141"/>
        <location filename="../../reader/ui/search_pane.py" line="+348"/>
        <location filename="../../reader/ui/status_bar.py" line="-56"/>
        <location line="+46"/>
        <location line="+9"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="+2"/>
        <source>%Ln duplicate copy(-ies)</source>
        <translation>
            <numerusform>%Ln duplicate copy</numerusform>
            <numerusform>%Ln duplicate copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_pane.py" line="-3"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/bookmarks_pane.py" line="+408"/>
        <source>Exported %Ln bookmark(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln bookmark to {path}</numerusform>
            <numerusform>Exported %Ln bookmarks to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %Ln new bookmark(s); {merged} already here were merged</source>
        <translation>
            <numerusform>Imported %Ln new bookmark; {merged} already here were merged</numerusform>
            <numerusform>Imported %Ln new bookmarks; {merged} already here were merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/preferences.py" line="+150"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reading_commands.py" line="+197"/>
        <source>Mark %Ln unread article(s) in the list as read?</source>
        <translation>
            <numerusform>Mark %Ln unread article in the list as read?</numerusform>
            <numerusform>Mark %Ln unread articles in the list as read?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search_pane.py" line="+5"/>
        <source>in %Ln row(s)</source>
        <translation>
            <numerusform>in %Ln row</numerusform>
            <numerusform>in %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>still indexing ({done} of %Ln file(s)): more may come</source>
        <translation>
            <numerusform>still indexing ({done} of %Ln file): more may come</numerusform>
            <numerusform>still indexing ({done} of %Ln files): more may come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="-54"/>
        <source>{shown} of %Ln article(s)</source>
        <translation>
            <numerusform>{shown} of %Ln article</numerusform>
            <numerusform>{shown} of %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/find_bar.py" line="+81"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/image_bar.py" line="+51"/>
        <source>%Ln image(s) could not be loaded</source>
        <translation>
            <numerusform>%Ln image could not be loaded</numerusform>
            <numerusform>%Ln images could not be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln remote image(s) blocked</source>
        <translation>
            <numerusform>%Ln remote image blocked</numerusform>
            <numerusform>%Ln remote images blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article_html.py" line="+0"/>
        <source>from %Ln outlet(s)</source>
        <translation>
            <numerusform>from %Ln outlet</numerusform>
            <numerusform>from %Ln outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln more new sentence(s)</source>
        <translation>
            <numerusform>%Ln more new sentence</numerusform>
            <numerusform>%Ln more new sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sentence(s) told by an earlier report</source>
        <translation>
            <numerusform>%Ln sentence told by an earlier report</numerusform>
            <numerusform>%Ln sentences told by an earlier report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/list_model.py" line="+474"/>
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln outlet</numerusform>
            <numerusform>%Ln outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/histogram_strip.py" line="+250"/>
        <source>{days}: %Ln article(s)</source>
        <translation>
            <numerusform>{days}: %Ln article</numerusform>
            <numerusform>{days}: %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="+415"/>
        <source>Nothing changed in the library: %Ln article(s), all indexed</source>
        <translation>
            <numerusform>Nothing changed in the library: %Ln article, all indexed</numerusform>
            <numerusform>Nothing changed in the library: %Ln articles, all indexed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/navigation_pane.py" line="+97"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/sync_status.py" line="+72"/>
        <source>Last merge {time}: %Ln change(s) from {machines}</source>
        <translation>
            <numerusform>Last merge {time}: %Ln change from {machines}</numerusform>
            <numerusform>Last merge {time}: %Ln changes from {machines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln file(s) still being synced: read again when complete</source>
        <translation>
            <numerusform>%Ln file still being synced: read again when complete</numerusform>
            <numerusform>%Ln files still being synced: read again when complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/bookmarks_pane.py" line="+7"/>
        <source>%Ln entry(-ies) skipped:</source>
        <translation>
            <numerusform>%Ln entry skipped:</numerusform>
            <numerusform>%Ln entries skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/annotations/store.py" line="+7"/>
        <source>The highlights file {path} was missing; %n highlight(s) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The highlights file {path} was missing; %n highlight was restored from the backup {backup}.</numerusform>
            <numerusform>The highlights file {path} was missing; %n highlights were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/core/saved/store.py" line="+7"/>
        <source>The saved searches file {path} was missing; %n saved search(es) were restored from the backup {backup}.</source>
        <translation>
            <numerusform>The saved searches file {path} was missing; %n saved search was restored from the backup {backup}.</numerusform>
            <numerusform>The saved searches file {path} was missing; %n saved searches were restored from the backup {backup}.</numerusform>
        </translation>
    </message>
</context>
</TS>
