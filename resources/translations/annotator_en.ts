<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Highlight claims, attributions and framing in news articles, then compare with an expert's answer, span by span.</source>
            <translation>Highlight claims, attributions and framing in news articles, then compare with an expert's answer, span by span.</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Free software under the licence %1: you may use it, study it, share it and change it; if you share changed copies, share them under the same licence.</source>
            <translation>Free software under the licence %1: you may use it, study it, share it and change it; if you share changed copies, share them under the same licence.</translation>
        </message>
        <message>
            <source>Built on</source>
            <translation>Built on</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used as shared libraries under the LGPL-3.0; you may replace them with other versions.</source>
            <translation>Qt and PySide6 are used as shared libraries under the LGPL-3.0; you may replace them with other versions.</translation>
        </message>
        <message>
            <source>About annotator</source>
            <translation>About annotator</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>Qt's own version and licence</source>
            <translation>Qt's own version and licence</translation>
        </message>
    </context>
    <context>
        <name>AcceptDialog</name>
        <message>
            <source>Accept for the whole class</source>
            <translation>Accept for the whole class</translation>
        </message>
        <message>
            <source>Add «%1» to the expert's key. The exercise gets a new version (the old one is kept) and the class is graded again.</source>
            <translation>Add «%1» to the expert's key. The exercise gets a new version (the old one is kept) and the class is graded again.</translation>
        </message>
        <message>
            <source>As another right extent of the expert's «%1»</source>
            <translation>As another right extent of the expert's «%1»</translation>
        </message>
        <message>
            <source>As an optional passage: marking it neither adds nor takes away</source>
            <translation>As an optional passage: marking it neither adds nor takes away</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Why the passage is right too, in words a trainee understands</source>
            <translation>Why the passage is right too, in words a trainee understands</translation>
        </message>
        <message>
            <source>&amp;Explanation:</source>
            <translation>&amp;Explanation:</translation>
        </message>
    </context>
    <context>
        <name>AcceptedAnswers</name>
        <message>
            <source>Answers the expert accepts</source>
            <translation>Answers the expert accepts</translation>
        </message>
        <message>
            <source>A trainee who finds this passage is told whether their answer is one of these. Tick several when more than one is right; none: the question is not graded here.</source>
            <translation>A trainee who finds this passage is told whether their answer is one of these. Tick several when more than one is right; none: the question is not graded here.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationModel</name>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Judgement</translation>
        </message>
        <message>
            <source>(not found in the text) </source>
            <translation>(not found in the text) </translation>
        </message>
        <message>
            <source>No note yet: press F2 to write one.</source>
            <translation>No note yet: press F2 to write one.</translation>
        </message>
        <message>
            <source>, no note</source>
            <translation>, no note</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Category of the highlight</source>
            <translation>Category of the highlight</translation>
        </message>
        <message>
            <source>Not judged yet</source>
            <translation>Not judged yet</translation>
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation>Note on the highlight</translation>
        </message>
        <message>
            <source>Your note on this highlight. Enter keeps it, Esc cancels.</source>
            <translation>Your note on this highlight. Enter keeps it, Esc cancels.</translation>
        </message>
        <message>
            <source>F2: add a note</source>
            <translation>F2: add a note</translation>
        </message>
        <message>
            <source>Your highlights</source>
            <translation>Your highlights</translation>
        </message>
        <message numerus="yes">
            <source>Your highlights (%n)</source>
            <translation>
                <numerusform>Your highlights (%n)</numerusform>
                <numerusform>Your highlights (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing marked yet. Select words in the article, then press 1, 2 or 3 (or click a category above).</source>
            <translation>Nothing marked yet. Select words in the article, then press 1, 2 or 3 (or click a category above).</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
    </context>
    <context>
        <name>AttemptChoice</name>
        <message>
            <source>As the check policy says</source>
            <translation>As the check policy says</translation>
        </message>
        <message>
            <source>First attempt</source>
            <translation>First attempt</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Last attempt</translation>
        </message>
        <message>
            <source>Current highlights</source>
            <translation>Current highlights</translation>
        </message>
        <message>
            <source>&amp;Attempt graded:</source>
            <translation>&amp;Attempt graded:</translation>
        </message>
        <message>
            <source>Which attempt is graded</source>
            <translation>Which attempt is graded</translation>
        </message>
        <message>
            <source>Which of each trainee's attempts the gradebook, the overview and the exports use. As the check policy says: the first attempt when the exercise asks trainees to hand in before they check, else the current highlights</source>
            <translation>Which of each trainee's attempts the gradebook, the overview and the exports use. As the check policy says: the first attempt when the exercise asks trainees to hand in before they check, else the current highlights</translation>
        </message>
    </context>
    <context>
        <name>AuthoringCommands</name>
        <message>
            <source>Edit block %1</source>
            <translation>Edit block %1</translation>
        </message>
        <message>
            <source>Split block %1</source>
            <translation>Split block %1</translation>
        </message>
        <message>
            <source>Merge block %1 with the next</source>
            <translation>Merge block %1 with the next</translation>
        </message>
        <message>
            <source>Delete block %1</source>
            <translation>Delete block %1</translation>
        </message>
        <message>
            <source>Insert block %1</source>
            <translation>Insert block %1</translation>
        </message>
        <message>
            <source>Change the kind of block %1</source>
            <translation>Change the kind of block %1</translation>
        </message>
        <message>
            <source>Move block %1</source>
            <translation>Move block %1</translation>
        </message>
        <message>
            <source>Add category %1</source>
            <translation>Add category %1</translation>
        </message>
        <message>
            <source>Remove category %1</source>
            <translation>Remove category %1</translation>
        </message>
        <message>
            <source>Rename category to %1</source>
            <translation>Rename category to %1</translation>
        </message>
        <message>
            <source>Change category %1</source>
            <translation>Change category %1</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Change %1</translation>
        </message>
        <message>
            <source>Edit the exercise details</source>
            <translation>Edit the exercise details</translation>
        </message>
        <message>
            <source>Change the grading settings</source>
            <translation>Change the grading settings</translation>
        </message>
        <message>
            <source>Place “%1”</source>
            <translation>Place “%1”</translation>
        </message>
        <message>
            <source>Change category of “%1”</source>
            <translation>Change category of “%1”</translation>
        </message>
        <message>
            <source>Make “%1” required or optional</source>
            <translation>Make “%1” required or optional</translation>
        </message>
        <message>
            <source>Add an alternative to “%1”</source>
            <translation>Add an alternative to “%1”</translation>
        </message>
        <message>
            <source>Remove an alternative of “%1”</source>
            <translation>Remove an alternative of “%1”</translation>
        </message>
        <message>
            <source>Change the answers accepted for “%1”</source>
            <translation>Change the answers accepted for “%1”</translation>
        </message>
        <message>
            <source>Edit explanation of “%1”</source>
            <translation>Edit explanation of “%1”</translation>
        </message>
        <message>
            <source>Change the course and teacher's notes</source>
            <translation>Change the course and teacher's notes</translation>
        </message>
    </context>
    <context>
        <name>AuthoringErrors</name>
        <message>
            <source>the exercise id cannot be empty</source>
            <translation>the exercise id cannot be empty</translation>
        </message>
        <message>
            <source>the category id cannot be empty</source>
            <translation>the category id cannot be empty</translation>
        </message>
        <message>
            <source>{id} is not a valid exercise id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} is not a valid exercise id: use letters, digits, '-', '_' or '.', starting with a letter</translation>
        </message>
        <message>
            <source>{id} is not a valid category id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} is not a valid category id: use letters, digits, '-', '_' or '.', starting with a letter</translation>
        </message>
        <message>
            <source>the exercise needs a title</source>
            <translation>the exercise needs a title</translation>
        </message>
        <message>
            <source>{language} is not a language code such as es or en</source>
            <translation>{language} is not a language code such as es or en</translation>
        </message>
        <message>
            <source>the version must be one word, such as 1 or 2b</source>
            <translation>the version must be one word, such as 1 or 2b</translation>
        </message>
        <message>
            <source>no key span {id}</source>
            <translation>no key span {id}</translation>
        </message>
        <message>
            <source>range {start}-{end} is not inside the text</source>
            <translation>range {start}-{end} is not inside the text</translation>
        </message>
        <message>
            <source>key span {id} already exists</source>
            <translation>key span {id} already exists</translation>
        </message>
        <message>
            <source>cannot change {fields} of a key span</source>
            <translation>cannot change {fields} of a key span</translation>
        </message>
        <message>
            <source>duplicate key span id {id}</source>
            <translation>duplicate key span id {id}</translation>
        </message>
        <message>
            <source>unknown category {id}</source>
            <translation>unknown category {id}</translation>
        </message>
        <message>
            <source>an article needs at least one block</source>
            <translation>an article needs at least one block</translation>
        </message>
        <message>
            <source>an exercise needs at least one category</source>
            <translation>an exercise needs at least one category</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>there is no block {number}</source>
            <translation>there is no block {number}</translation>
        </message>
        <message>
            <source>unknown block kind {kind}</source>
            <translation>unknown block kind {kind}</translation>
        </message>
        <message>
            <source>a block cannot be empty: delete it instead</source>
            <translation>a block cannot be empty: delete it instead</translation>
        </message>
        <message>
            <source>put the cursor inside the text to split it: one side is empty</source>
            <translation>put the cursor inside the text to split it: one side is empty</translation>
        </message>
        <message>
            <source>the last block has nothing after it to merge with</source>
            <translation>the last block has nothing after it to merge with</translation>
        </message>
        <message>
            <source>there is no place {number} for a block</source>
            <translation>there is no place {number} for a block</translation>
        </message>
        <message>
            <source>a block cannot be empty</source>
            <translation>a block cannot be empty</translation>
        </message>
        <message>
            <source>two categories cannot share the id {id}</source>
            <translation>two categories cannot share the id {id}</translation>
        </message>
        <message>
            <source>the key {key} is already the shortcut of {category}</source>
            <translation>the key {key} is already the shortcut of {category}</translation>
        </message>
        <message>
            <source>the category {id} needs a label</source>
            <translation>the category {id} needs a label</translation>
        </message>
        <message>
            <source>{count} key spans give {what}</source>
            <translation>{count} key spans give {what}</translation>
        </message>
        <message>
            <source>there is no question {id}</source>
            <translation>there is no question {id}</translation>
        </message>
        <message>
            <source>a question needs a label</source>
            <translation>a question needs a label</translation>
        </message>
        <message>
            <source>the category {id} already asks the course's questions</source>
            <translation>the category {id} already asks the course's questions</translation>
        </message>
        <message>
            <source>a text question has no answers to choose from</source>
            <translation>a text question has no answers to choose from</translation>
        </message>
        <message>
            <source>there is no answer {id}</source>
            <translation>there is no answer {id}</translation>
        </message>
        <message>
            <source>an answer needs a label</source>
            <translation>an answer needs a label</translation>
        </message>
        <message>
            <source>a question needs at least one answer</source>
            <translation>a question needs at least one answer</translation>
        </message>
        <message>
            <source>there is no category {id}</source>
            <translation>there is no category {id}</translation>
        </message>
        <message>
            <source>a category needs a label</source>
            <translation>a category needs a label</translation>
        </message>
        <message>
            <source>there is already a category {id}</source>
            <translation>there is already a category {id}</translation>
        </message>
        <message>
            <source>{color} is not a colour like #0072b2</source>
            <translation>{color} is not a colour like #0072b2</translation>
        </message>
        <message>
            <source>a shortcut is a single key</source>
            <translation>a shortcut is a single key</translation>
        </message>
        <message>
            <source>{count} key spans use the category {category}</source>
            <translation>{count} key spans use the category {category}</translation>
        </message>
        <message>
            <source>key span {id} already has exactly this extent</source>
            <translation>key span {id} already has exactly this extent</translation>
        </message>
        <message>
            <source>key span {id} has no alternative {n}</source>
            <translation>key span {id} has no alternative {n}</translation>
        </message>
        <message>
            <source>the level must be 1, 2 or 3</source>
            <translation>the level must be 1, 2 or 3</translation>
        </message>
        <message>
            <source>the minutes must be a whole number from 1 to 600</source>
            <translation>the minutes must be a whole number from 1 to 600</translation>
        </message>
        <message>
            <source>an exercise cannot be paired with itself</source>
            <translation>an exercise cannot be paired with itself</translation>
        </message>
        <message>
            <source>two skills cannot share the id {id}</source>
            <translation>two skills cannot share the id {id}</translation>
        </message>
        <message>
            <source>the licence can have at most {limit} characters</source>
            <translation>the licence can have at most {limit} characters</translation>
        </message>
        <message>
            <source>a skill label can have at most {limit} characters</source>
            <translation>a skill label can have at most {limit} characters</translation>
        </message>
        <message>
            <source>a note can have at most {limit} characters</source>
            <translation>a note can have at most {limit} characters</translation>
        </message>
        <message>
            <source>{id} is not a valid skill id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} is not a valid skill id: use letters, digits, '-', '_' or '.', starting with a letter</translation>
        </message>
        <message>
            <source>{id} is not an exercise id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} is not an exercise id: use letters, digits, '-', '_' or '.', starting with a letter</translation>
        </message>
    </context>
    <context>
        <name>AuthoringPrompts</name>
        <message>
            <source>Exercises (*.exercise.xml)</source>
            <translation>Exercises (*.exercise.xml)</translation>
        </message>
        <message>
            <source>Articles: web pages and text (*.html *.htm *.txt);;All files (*)</source>
            <translation>Articles: web pages and text (*.html *.htm *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Keys (*.key.xml)</source>
            <translation>Keys (*.key.xml)</translation>
        </message>
        <message>
            <source>Open an exercise</source>
            <translation>Open an exercise</translation>
        </message>
        <message>
            <source>Open an article</source>
            <translation>Open an article</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save the exercise (with its key)</source>
            <translation>Save the exercise (with its key)</translation>
        </message>
        <message>
            <source>Export the student copy (no key)</source>
            <translation>Export the student copy (no key)</translation>
        </message>
        <message>
            <source>Export the sealed student copy</source>
            <translation>Export the sealed student copy</translation>
        </message>
        <message>
            <source>Export the key</source>
            <translation>Export the key</translation>
        </message>
        <message>
            <source>Unsaved exercise</source>
            <translation>Unsaved exercise</translation>
        </message>
        <message>
            <source>This exercise has changed since it was last saved. Save it first?</source>
            <translation>This exercise has changed since it was last saved. Save it first?</translation>
        </message>
        <message>
            <source>Choose a folder to write into</source>
            <translation>Choose a folder to write into</translation>
        </message>
    </context>
    <context>
        <name>AuthoringWindow</name>
        <message>
            <source>&amp;New exercise…</source>
            <translation>&amp;New exercise…</translation>
        </message>
        <message>
            <source>Start an exercise from pasted text, a saved web page, a text file or a copy of another exercise</source>
            <translation>Start an exercise from pasted text, a saved web page, a text file or a copy of another exercise</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open an exercise to edit, or a saved web page or text file to start from</source>
            <translation>Open an exercise to edit, or a saved web page or text file to start from</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the exercise with its key (checked against the format)</source>
            <translation>Save the exercise with its key (checked against the format)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>Save the exercise to another file</source>
            <translation>Save the exercise to another file</translation>
        </message>
        <message>
            <source>Export &amp;student copy…</source>
            <translation>Export &amp;student copy…</translation>
        </message>
        <message>
            <source>Write the exercise without its key, to hand out</source>
            <translation>Write the exercise without its key, to hand out</translation>
        </message>
        <message>
            <source>Export s&amp;ealed student copy…</source>
            <translation>Export s&amp;ealed student copy…</translation>
        </message>
        <message>
            <source>Write the exercise with its key locked by a release code that you give trainees when they may check</source>
            <translation>Write the exercise with its key locked by a release code that you give trainees when they may check</translation>
        </message>
        <message>
            <source>Export &amp;key…</source>
            <translation>Export &amp;key…</translation>
        </message>
        <message>
            <source>Write the key on its own, for grading</source>
            <translation>Write the key on its own, for grading</translation>
        </message>
        <message>
            <source>&amp;W3C Web Annotation (JSON-LD)…</source>
            <translation>&amp;W3C Web Annotation (JSON-LD)…</translation>
        </message>
        <message>
            <source>The article and its key for Hypothesis and other W3C tools, into a folder</source>
            <translation>The article and its key for Hypothesis and other W3C tools, into a folder</translation>
        </message>
        <message>
            <source>&amp;INCEpTION (UIMA XMI)…</source>
            <translation>&amp;INCEpTION (UIMA XMI)…</translation>
        </message>
        <message>
            <source>The article and its key for INCEpTION, into a folder</source>
            <translation>The article and its key for INCEpTION, into a folder</translation>
        </message>
        <message>
            <source>&amp;brat…</source>
            <translation>&amp;brat…</translation>
        </message>
        <message>
            <source>The article and its key for brat, into a folder</source>
            <translation>The article and its key for brat, into a folder</translation>
        </message>
        <message>
            <source>&amp;Preview as student</source>
            <translation>&amp;Preview as student</translation>
        </message>
        <message>
            <source>Open the exercise in the trainee workspace, as trainees see it</source>
            <translation>Open the exercise in the trainee workspace, as trainees see it</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Undo the last change (Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Redo what was undone (Ctrl+Shift+Z)</source>
            <translation>Redo what was undone (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>&amp;Exact selection</source>
            <translation>&amp;Exact selection</translation>
        </message>
        <message>
            <source>Mark exactly what is selected instead of whole words (or hold Alt)</source>
            <translation>Mark exactly what is selected instead of whole words (or hold Alt)</translation>
        </message>
        <message>
            <source>&amp;Delete expert span</source>
            <translation>&amp;Delete expert span</translation>
        </message>
        <message>
            <source>Delete the chosen expert span</source>
            <translation>Delete the chosen expert span</translation>
        </message>
        <message>
            <source>E&amp;xplain span</source>
            <translation>E&amp;xplain span</translation>
        </message>
        <message>
            <source>Write the explanation of the chosen expert span</source>
            <translation>Write the explanation of the chosen expert span</translation>
        </message>
        <message>
            <source>C&amp;ourse and teacher's notes…</source>
            <translation>C&amp;ourse and teacher's notes…</translation>
        </message>
        <message>
            <source>Level, minutes, skills, the exercise it pairs with, the licence of the text, and your notes (never in a student copy)</source>
            <translation>Level, minutes, skills, the exercise it pairs with, the licence of the text, and your notes (never in a student copy)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>Find words in the article</source>
            <translation>Find words in the article</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Export for other annotation &amp;tools</source>
            <translation>Export for other annotation &amp;tools</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Mark</source>
            <translation>&amp;Mark</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Tools</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>↶ Undo</source>
            <translation>↶ Undo</translation>
        </message>
        <message>
            <source>↷ Redo</source>
            <translation>↷ Redo</translation>
        </message>
        <message>
            <source>Exact</source>
            <translation>Exact</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Student copy</source>
            <translation>Student copy</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Key file</translation>
        </message>
        <message>
            <source>Choose an expert span to explain first.</source>
            <translation>Choose an expert span to explain first.</translation>
        </message>
        <message>
            <source>Add the selection to the key as %1 (drawn with a %2); in the key list, change the chosen spans to %1</source>
            <translation>Add the selection to the key as %1 (drawn with a %2); in the key list, change the chosen spans to %1</translation>
        </message>
        <message>
            <source>Start a new exercise (Ctrl+N) or open one (Ctrl+O).</source>
            <translation>Start a new exercise (Ctrl+N) or open one (Ctrl+O).</translation>
        </message>
        <message>
            <source>&amp;Key</source>
            <translation>&amp;Key</translation>
        </message>
        <message>
            <source>The expert spans and their explanations (Ctrl+1)</source>
            <translation>The expert spans and their explanations (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Blocks</source>
            <translation>&amp;Blocks</translation>
        </message>
        <message>
            <source>Fix the article: kinds, text, split, merge (Ctrl+2)</source>
            <translation>Fix the article: kinds, text, split, merge (Ctrl+2)</translation>
        </message>
        <message>
            <source>&amp;Categories</source>
            <translation>&amp;Categories</translation>
        </message>
        <message>
            <source>What trainees mark: names, colours, keys (Ctrl+3)</source>
            <translation>What trainees mark: names, colours, keys (Ctrl+3)</translation>
        </message>
        <message>
            <source>&amp;Details &amp;&amp; grading</source>
            <translation>&amp;Details &amp;&amp; grading</translation>
        </message>
        <message>
            <source>Title, instructions, source, scheme, pass mark (Ctrl+4)</source>
            <translation>Title, instructions, source, scheme, pass mark (Ctrl+4)</translation>
        </message>
        <message>
            <source>Not changed: %1</source>
            <translation>Not changed: %1</translation>
        </message>
        <message>
            <source>%1 moved to the nearest of several matches: check them</source>
            <translation>%1 moved to the nearest of several matches: check them</translation>
        </message>
        <message>
            <source>⚠ %1 lost their words: kept in the Key list, marked ⚠, to place again</source>
            <translation>⚠ %1 lost their words: kept in the Key list, marked ⚠, to place again</translation>
        </message>
        <message>
            <source>Remove a category in use?</source>
            <translation>Remove a category in use?</translation>
        </message>
        <message numerus="yes">
            <source>%n key spans follow the edited words</source>
            <translation>
                <numerusform>%n key span follows the edited words</numerusform>
                <numerusform>%n key spans follow the edited words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n found their words again</source>
            <translation>
                <numerusform>%n found its words again</numerusform>
                <numerusform>%n found their words again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans are marked as “%1”. Removing the category removes them too (Undo brings both back).</source>
            <translation>
                <numerusform>%n expert span is marked as “%1”. Removing the category removes it too (Undo brings both back).</numerusform>
                <numerusform>%n expert spans are marked as “%1”. Removing the category removes them too (Undo brings both back).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove category and %n spans</source>
            <translation>
                <numerusform>Remove category and %n span</numerusform>
                <numerusform>Remove category and %n spans</numerusform>
            </translation>
        </message>
        <message>
            <source>Select words in the article first.</source>
            <translation>Select words in the article first.</translation>
        </message>
        <message>
            <source>Nothing to mark there: select some words.</source>
            <translation>Nothing to mark there: select some words.</translation>
        </message>
        <message>
            <source>An expert span can cover at most %1 characters; this one would cover %2. Select a shorter passage.</source>
            <translation>An expert span can cover at most %1 characters; this one would cover %2. Select a shorter passage.</translation>
        </message>
        <message>
            <source>That is already in the key.</source>
            <translation>That is already in the key.</translation>
        </message>
        <message>
            <source>Added to the key. Write why it matters; Ctrl+Return goes back to the article.</source>
            <translation>Added to the key. Write why it matters; Ctrl+Return goes back to the article.</translation>
        </message>
        <message>
            <source>Choose an expert span to delete first.</source>
            <translation>Choose an expert span to delete first.</translation>
        </message>
        <message>
            <source>Select the words in the article where the span belongs.</source>
            <translation>Select the words in the article where the span belongs.</translation>
        </message>
        <message>
            <source>Select the other words the expert also accepts, then add them as an alternative.</source>
            <translation>Select the other words the expert also accepts, then add them as an alternative.</translation>
        </message>
        <message>
            <source>Alternative added: a trainee who marks these words finds the span too.</source>
            <translation>Alternative added: a trainee who marks these words finds the span too.</translation>
        </message>
        <message>
            <source>Block %1 of %2</source>
            <translation>Block %1 of %2</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>New exercise — annotator</source>
            <translation>New exercise — annotator</translation>
        </message>
        <message>
            <source>Authoring</source>
            <translation>Authoring</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>not saved yet</translation>
        </message>
        <message>
            <source>%1 — %2[*] — annotator authoring</source>
            <translation>%1 — %2[*] — annotator authoring</translation>
        </message>
        <message numerus="yes">
            <source>%n blocks</source>
            <translation>
                <numerusform>%n block</numerusform>
                <numerusform>%n blocks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n categories</source>
            <translation>
                <numerusform>%n category</numerusform>
                <numerusform>%n categories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans</source>
            <translation>
                <numerusform>%n expert span</numerusform>
                <numerusform>%n expert spans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n required</source>
            <translation>
                <numerusform>%n required</numerusform>
                <numerusform>%n required</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without explanation</source>
            <translation>
                <numerusform>%n without explanation</numerusform>
                <numerusform>%n without explanation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n not placed</source>
            <translation>
                <numerusform>⚠ %n not placed</numerusform>
                <numerusform>⚠ %n not placed</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Key (%1)</source>
            <translation>&amp;Key (%1)</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>pasted text</translation>
        </message>
        <message>
            <source>a bundled exercise: Save asks where</source>
            <translation>a bundled exercise: Save asks where</translation>
        </message>
        <message>
            <source>A copy of “%1” with the id %2: save it under a new name.</source>
            <translation>A copy of “%1” with the id %2: save it under a new name.</translation>
        </message>
        <message>
            <source>Reading the article…</source>
            <translation>Reading the article…</translation>
        </message>
        <message>
            <source>Cannot use this article</source>
            <translation>Cannot use this article</translation>
        </message>
        <message numerus="yes">
            <source>%n blocks read. Check their kinds in Blocks, then mark the key (select, press 1, 2, 3).</source>
            <translation>
                <numerusform>%n block read. Check its kind in Blocks, then mark the key (select, press 1, 2, 3).</numerusform>
                <numerusform>%n blocks read. Check their kinds in Blocks, then mark the key (select, press 1, 2, 3).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the exercise…</source>
            <translation>Reading the exercise…</translation>
        </message>
        <message>
            <source>Cannot open this file</source>
            <translation>Cannot open this file</translation>
        </message>
        <message>
            <source>%1 is a sealed student copy: open your own exercise (with its key) to edit it.</source>
            <translation>%1 is a sealed student copy: open your own exercise (with its key) to edit it.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The exercise cannot be written yet: %1</source>
            <translation>The exercise cannot be written yet: %1</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <source>%1 files for %2 written to %3</source>
            <translation>%1 files for %2 written to %3</translation>
        </message>
        <message>
            <source>Not sealed</source>
            <translation>Not sealed</translation>
        </message>
        <message>
            <source>The key has no spans yet: there is nothing to seal.</source>
            <translation>The key has no spans yet: there is nothing to seal.</translation>
        </message>
        <message>
            <source>%1 is the exercise itself: choose another name for the export.</source>
            <translation>%1 is the exercise itself: choose another name for the export.</translation>
        </message>
        <message>
            <source>%1

Nothing is lost: the exercise is still open here. Try again, or save to another folder.</source>
            <translation>%1

Nothing is lost: the exercise is still open here. Try again, or save to another folder.</translation>
        </message>
        <message>
            <source>%1

Nothing is lost: the exercise is still open here. Change what this message names, then save again.</source>
            <translation>%1

Nothing is lost: the exercise is still open here. Change what this message names, then save again.</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <source>Student copy (no key) written to %1</source>
            <translation>Student copy (no key) written to %1</translation>
        </message>
        <message>
            <source>Sealed student copy written to %1</source>
            <translation>Sealed student copy written to %1</translation>
        </message>
        <message>
            <source>Key written to %1</source>
            <translation>Key written to %1</translation>
        </message>
        <message>
            <source>still to do: %1</source>
            <translation>still to do: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans not placed in the text</source>
            <translation>
                <numerusform>%n expert span not placed in the text</numerusform>
                <numerusform>%n expert spans not placed in the text</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans without explanation</source>
            <translation>
                <numerusform>%n expert span without explanation</numerusform>
                <numerusform>%n expert spans without explanation</numerusform>
            </translation>
        </message>
        <message>
            <source>the key has no spans yet</source>
            <translation>the key has no spans yet</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>No preview</translation>
        </message>
        <message>
            <source>Preview as student: %1</source>
            <translation>Preview as student: %1</translation>
        </message>
    </context>
    <context>
        <name>BlockEditor</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Show what the import dropped from the page</source>
            <translation>Show what the import dropped from the page</translation>
        </message>
        <message>
            <source>Blocks of the article</source>
            <translation>Blocks of the article</translation>
        </message>
        <message>
            <source>What this block is: it sets how it is shown (Alt+N)</source>
            <translation>What this block is: it sets how it is shown (Alt+N)</translation>
        </message>
        <message>
            <source>Ki&amp;nd:</source>
            <translation>Ki&amp;nd:</translation>
        </message>
        <message>
            <source>The block's text</source>
            <translation>The block's text</translation>
        </message>
        <message>
            <source>Edit the text, then leave the box or press Ctrl+Return. Line breaks become spaces; key spans follow their words.</source>
            <translation>Edit the text, then leave the box or press Ctrl+Return. Line breaks become spaces; key spans follow their words.</translation>
        </message>
        <message>
            <source>&amp;Text of the block:</source>
            <translation>&amp;Text of the block:</translation>
        </message>
        <message>
            <source>Apply text</source>
            <translation>Apply text</translation>
        </message>
        <message>
            <source>Use the edited text for this block</source>
            <translation>Use the edited text for this block</translation>
        </message>
        <message>
            <source>Split at cursor</source>
            <translation>Split at cursor</translation>
        </message>
        <message>
            <source>Cut the block in two where the text cursor is</source>
            <translation>Cut the block in two where the text cursor is</translation>
        </message>
        <message>
            <source>Merge with next</source>
            <translation>Merge with next</translation>
        </message>
        <message>
            <source>Join this block and the one after it</source>
            <translation>Join this block and the one after it</translation>
        </message>
        <message>
            <source>New block after</source>
            <translation>New block after</translation>
        </message>
        <message>
            <source>Add an empty paragraph after this block to type into</source>
            <translation>Add an empty paragraph after this block to type into</translation>
        </message>
        <message>
            <source>Delete block</source>
            <translation>Delete block</translation>
        </message>
        <message>
            <source>Remove this block (web residue, an ad, a stray line)</source>
            <translation>Remove this block (web residue, an ad, a stray line)</translation>
        </message>
        <message>
            <source>▲ Move up</source>
            <translation>▲ Move up</translation>
        </message>
        <message>
            <source>▼ Move down</source>
            <translation>▼ Move down</translation>
        </message>
        <message>
            <source>What the import left out (%1): check nothing of the article went</source>
            <translation>What the import left out (%1): check nothing of the article went</translation>
        </message>
        <message>
            <source>Move this block before the previous one</source>
            <translation>Move this block before the previous one</translation>
        </message>
        <message>
            <source>Move this block after the next one</source>
            <translation>Move this block after the next one</translation>
        </message>
        <message>
            <source>New paragraph</source>
            <translation>New paragraph</translation>
        </message>
    </context>
    <context>
        <name>BlockKinds</name>
        <message>
            <source>Headline</source>
            <translation>Headline</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Standfirst</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>Byline</translation>
        </message>
        <message>
            <source>Dateline</source>
            <translation>Dateline</translation>
        </message>
        <message>
            <source>Subheading</source>
            <translation>Subheading</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>List item</source>
            <translation>List item</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Caption</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
    </context>
    <context>
        <name>ClassPrompts</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Choose a folder to write into</source>
            <translation>Choose a folder to write into</translation>
        </message>
        <message>
            <source>Open the sealed key</source>
            <translation>Open the sealed key</translation>
        </message>
        <message>
            <source>%1 is a student copy: its key is sealed. Type its release code (four words, for example luna-campo-verde-salto):</source>
            <translation>%1 is a student copy: its key is sealed. Type its release code (four words, for example luna-campo-verde-salto):</translation>
        </message>
    </context>
    <context>
        <name>ClassWindow</name>
        <message>
            <source>Grade a class</source>
            <translation>Grade a class</translation>
        </message>
        <message>
            <source>Open the exercise and the trainees' files (Ctrl+O).</source>
            <translation>Open the exercise and the trainees' files (Ctrl+O).</translation>
        </message>
        <message>
            <source>Files that were not graded, and why</source>
            <translation>Files that were not graded, and why</translation>
        </message>
        <message>
            <source>&amp;Gradebook</source>
            <translation>&amp;Gradebook</translation>
        </message>
        <message>
            <source>Class &amp;overview</source>
            <translation>Class &amp;overview</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problems</translation>
        </message>
        <message>
            <source>One row per trainee (Alt+G)</source>
            <translation>One row per trainee (Alt+G)</translation>
        </message>
        <message>
            <source>What the class marked, missed and confused, on the article (Alt+O)</source>
            <translation>What the class marked, missed and confused, on the article (Alt+O)</translation>
        </message>
        <message>
            <source>Files that were not graded, and why (Alt+P)</source>
            <translation>Files that were not graded, and why (Alt+P)</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v of %m files</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop grading or exporting (Esc)</source>
            <translation>Stop grading or exporting (Esc)</translation>
        </message>
        <message>
            <source>&amp;Class</source>
            <translation>&amp;Class</translation>
        </message>
        <message>
            <source>&amp;Open class…</source>
            <translation>&amp;Open class…</translation>
        </message>
        <message>
            <source>Choose the exercise and the trainees' files or folder</source>
            <translation>Choose the exercise and the trainees' files or folder</translation>
        </message>
        <message>
            <source>&amp;Grade again</source>
            <translation>&amp;Grade again</translation>
        </message>
        <message>
            <source>Read and grade the same files again (after new ones arrive)</source>
            <translation>Read and grade the same files again (after new ones arrive)</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>&amp;Decisions</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Gradebook as &amp;CSV…</source>
            <translation>Gradebook as &amp;CSV…</translation>
        </message>
        <message>
            <source>Every trainee's score and figures, for a spreadsheet</source>
            <translation>Every trainee's score and figures, for a spreadsheet</translation>
        </message>
        <message>
            <source>Gradebook for &amp;Moodle…</source>
            <translation>Gradebook for &amp;Moodle…</translation>
        </message>
        <message>
            <source>A CSV for Moodle's grade import (ID number and score)</source>
            <translation>A CSV for Moodle's grade import (ID number and score)</translation>
        </message>
        <message>
            <source>Gradebook for C&amp;anvas…</source>
            <translation>Gradebook for C&amp;anvas…</translation>
        </message>
        <message>
            <source>A CSV for Canvas's gradebook import</source>
            <translation>A CSV for Canvas's gradebook import</translation>
        </message>
        <message>
            <source>Graded &amp;submissions (XML)…</source>
            <translation>Graded &amp;submissions (XML)…</translation>
        </message>
        <message>
            <source>Each trainee's file again with its grade, into a folder</source>
            <translation>Each trainee's file again with its grade, into a folder</translation>
        </message>
        <message>
            <source>Feedback reports (&amp;HTML)…</source>
            <translation>Feedback reports (&amp;HTML)…</translation>
        </message>
        <message>
            <source>A feedback page per trainee, into a folder</source>
            <translation>A feedback page per trainee, into a folder</translation>
        </message>
        <message>
            <source>Feedback reports (&amp;PDF)…</source>
            <translation>Feedback reports (&amp;PDF)…</translation>
        </message>
        <message>
            <source>A feedback PDF per trainee, into a folder</source>
            <translation>A feedback PDF per trainee, into a folder</translation>
        </message>
        <message>
            <source>Class &amp;report (PDF)…</source>
            <translation>Class &amp;report (PDF)…</translation>
        </message>
        <message>
            <source>Results, gradebook and the class overview in one PDF</source>
            <translation>Results, gradebook and the class overview in one PDF</translation>
        </message>
        <message>
            <source>For other annotation &amp;tools</source>
            <translation>For other annotation &amp;tools</translation>
        </message>
        <message>
            <source>&amp;W3C Web Annotation (JSON-LD)…</source>
            <translation>&amp;W3C Web Annotation (JSON-LD)…</translation>
        </message>
        <message>
            <source>The key and every trainee's marks with their verdicts, for Hypothesis and other W3C tools, into a folder</source>
            <translation>The key and every trainee's marks with their verdicts, for Hypothesis and other W3C tools, into a folder</translation>
        </message>
        <message>
            <source>&amp;INCEpTION (UIMA XMI)…</source>
            <translation>&amp;INCEpTION (UIMA XMI)…</translation>
        </message>
        <message>
            <source>The key and every trainee's marks with their verdicts, for INCEpTION, into a folder</source>
            <translation>The key and every trainee's marks with their verdicts, for INCEpTION, into a folder</translation>
        </message>
        <message>
            <source>&amp;brat…</source>
            <translation>&amp;brat…</translation>
        </message>
        <message>
            <source>The key and every trainee's marks with their verdicts, for brat, into a folder</source>
            <translation>The key and every trainee's marks with their verdicts, for brat, into a folder</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Trainee's comparison</source>
            <translation>&amp;Trainee's comparison</translation>
        </message>
        <message>
            <source>The chosen trainee's highlights against the expert's</source>
            <translation>The chosen trainee's highlights against the expert's</translation>
        </message>
        <message>
            <source>&amp;Find trainee</source>
            <translation>&amp;Find trainee</translation>
        </message>
        <message>
            <source>Find a trainee by name or id</source>
            <translation>Find a trainee by name or id</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Larger article text, for a projector</source>
            <translation>Larger article text, for a projector</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>Smaller article text</source>
            <translation>Smaller article text</translation>
        </message>
        <message>
            <source>Class tools</source>
            <translation>Class tools</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>Graded XML</source>
            <translation>Graded XML</translation>
        </message>
        <message>
            <source>Reports PDF</source>
            <translation>Reports PDF</translation>
        </message>
        <message>
            <source>Class report</source>
            <translation>Class report</translation>
        </message>
        <message>
            <source>Grading with %1…</source>
            <translation>Grading with %1…</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Reading the files…</translation>
        </message>
        <message>
            <source>%1 — class</source>
            <translation>%1 — class</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Problems (%n)</source>
            <translation>
                <numerusform>&amp;Problems (%n)</numerusform>
                <numerusform>&amp;Problems (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees graded in %1 s.</source>
            <translation>
                <numerusform>%n trainee graded in %1 s.</numerusform>
                <numerusform>%n trainees graded in %1 s.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n trainee</numerusform>
                <numerusform>%n trainees</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passed (pass mark %2) · median %3</source>
            <translation>%1 passed (pass mark %2) · median %3</translation>
        </message>
        <message numerus="yes">
            <source>%n files not graded (see Problems)</source>
            <translation>
                <numerusform>%n file not graded (see Problems)</numerusform>
                <numerusform>%n files not graded (see Problems)</numerusform>
            </translation>
        </message>
        <message>
            <source>The key in %1 is sealed. To grade, press F5 and type its release code, or open the instructor's exercise.</source>
            <translation>The key in %1 is sealed. To grade, press F5 and type its release code, or open the instructor's exercise.</translation>
        </message>
        <message>
            <source>Cannot grade with this file</source>
            <translation>Cannot grade with this file</translation>
        </message>
        <message>
            <source>Grading cancelled; nothing was changed. Grade again with F5.</source>
            <translation>Grading cancelled; nothing was changed. Grade again with F5.</translation>
        </message>
        <message>
            <source>Grading cancelled.</source>
            <translation>Grading cancelled.</translation>
        </message>
        <message>
            <source>Cannot keep decisions</source>
            <translation>Cannot keep decisions</translation>
        </message>
        <message>
            <source>This trainee partly found this passage. Excusing it frees their span, which then counts as an extra and may lower the score.</source>
            <translation>This trainee partly found this passage. Excusing it frees their span, which then counts as an extra and may lower the score.</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 for %2</translation>
        </message>
        <message>
            <source>Remove %1 for %2</source>
            <translation>Remove %1 for %2</translation>
        </message>
        <message>
            <source>The decisions were not saved</source>
            <translation>The decisions were not saved</translation>
        </message>
        <message>
            <source>Decisions saved in %1.</source>
            <translation>Decisions saved in %1.</translation>
        </message>
        <message>
            <source>%1: score %2.</source>
            <translation>%1: score %2.</translation>
        </message>
        <message>
            <source>Cannot change the key</source>
            <translation>Cannot change the key</translation>
        </message>
        <message>
            <source>Open the class with its exercise file, not a key file, to add passages to the key.</source>
            <translation>Open the class with its exercise file, not a key file, to add passages to the key.</translation>
        </message>
        <message>
            <source>The key was not saved</source>
            <translation>The key was not saved</translation>
        </message>
        <message>
            <source>Key saved as version %1 (the previous one kept as %2); grading again…</source>
            <translation>Key saved as version %1 (the previous one kept as %2); grading again…</translation>
        </message>
        <message>
            <source>No trainee's score changed.</source>
            <translation>No trainee's score changed.</translation>
        </message>
        <message numerus="yes">
            <source>%n trainees' scores changed:</source>
            <translation>
                <numerusform>%n trainee's score changed:</numerusform>
                <numerusform>%n trainees' scores changed:</numerusform>
            </translation>
        </message>
        <message>
            <source>Graded again with the new key</source>
            <translation>Graded again with the new key</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Writing %1…</translation>
        </message>
        <message>
            <source>Export cancelled; the files written so far stay.</source>
            <translation>Export cancelled; the files written so far stay.</translation>
        </message>
        <message>
            <source>Nothing was written to %1: see the message.</source>
            <translation>Nothing was written to %1: see the message.</translation>
        </message>
        <message numerus="yes">
            <source>Written to %1 only in part: %n failed, see the message.</source>
            <translation>
                <numerusform>Written to %1 only in part: %n failed, see the message.</numerusform>
                <numerusform>Written to %1 only in part: %n failed, see the message.</numerusform>
            </translation>
        </message>
        <message>
            <source>Written to %1; some trainees were left out, see the message.</source>
            <translation>Written to %1; some trainees were left out, see the message.</translation>
        </message>
        <message>
            <source>Some trainees were left out</source>
            <translation>Some trainees were left out</translation>
        </message>
        <message>
            <source>Some files were not written</source>
            <translation>Some files were not written</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Written to %1.</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>&amp;Next difference</source>
            <translation>&amp;Next difference</translation>
        </message>
        <message>
            <source>Go to the next difference from the expert</source>
            <translation>Go to the next difference from the expert</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>&amp;Previous difference</source>
            <translation>&amp;Previous difference</translation>
        </message>
        <message>
            <source>Go to the previous difference from the expert</source>
            <translation>Go to the previous difference from the expert</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>&amp;Mine only</source>
            <translation>&amp;Mine only</translation>
        </message>
        <message>
            <source>Show only your highlights, each with its verdict</source>
            <translation>Show only your highlights, each with its verdict</translation>
        </message>
        <message>
            <source>&amp;Expert only</source>
            <translation>&amp;Expert only</translation>
        </message>
        <message>
            <source>Show only the expert's passages, each with its verdict</source>
            <translation>Show only the expert's passages, each with its verdict</translation>
        </message>
        <message>
            <source>&amp;Both</source>
            <translation>&amp;Both</translation>
        </message>
        <message>
            <source>Show your highlights (fills) and the expert's passages (boxes) together</source>
            <translation>Show your highlights (fills) and the expert's passages (boxes) together</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Article with the comparison</source>
            <translation>Article with the comparison</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Fill</translation>
        </message>
        <message>
            <source>= your highlight</source>
            <translation>= your highlight</translation>
        </message>
        <message>
            <source>= the trainee's highlight</source>
            <translation>= the trainee's highlight</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Box</translation>
        </message>
        <message>
            <source>= the expert's passage</source>
            <translation>= the expert's passage</translation>
        </message>
        <message>
            <source>Your highlights compared with the expert's</source>
            <translation>Your highlights compared with the expert's</translation>
        </message>
        <message>
            <source>%1: highlights compared with the expert's</source>
            <translation>%1: highlights compared with the expert's</translation>
        </message>
        <message>
            <source>No differences to go to: well done.</source>
            <translation>No differences to go to: well done.</translation>
        </message>
        <message>
            <source>That was the last difference: back to the first.</source>
            <translation>That was the last difference: back to the first.</translation>
        </message>
        <message>
            <source>That was the first difference: on to the last.</source>
            <translation>That was the first difference: on to the last.</translation>
        </message>
        <message>
            <source>&amp;Check against the key</source>
            <translation>&amp;Check against the key</translation>
        </message>
        <message>
            <source>✓ Check</source>
            <translation>✓ Check</translation>
        </message>
        <message>
            <source>Back to &amp;editing</source>
            <translation>Back to &amp;editing</translation>
        </message>
        <message>
            <source>Leave the comparison and go on marking</source>
            <translation>Leave the comparison and go on marking</translation>
        </message>
        <message>
            <source>✎ Back to editing</source>
            <translation>✎ Back to editing</translation>
        </message>
        <message>
            <source>Save &amp;graded copy…</source>
            <translation>Save &amp;graded copy…</translation>
        </message>
        <message>
            <source>Save your submission with its grade and feedback, the same file your instructor's grading makes</source>
            <translation>Save your submission with its grade and feedback, the same file your instructor's grading makes</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <source>Open an exercise first</source>
            <translation>Open an exercise first</translation>
        </message>
        <message>
            <source>Compare your highlights with the expert's key: a score, and why each difference matters</source>
            <translation>Compare your highlights with the expert's key: a score, and why each difference matters</translation>
        </message>
        <message>
            <source>Checked against the expert's key. F8: next difference · Esc: back to editing</source>
            <translation>Checked against the expert's key. F8: next difference · Esc: back to editing</translation>
        </message>
        <message>
            <source>Saving your highlights first: the graded copy is made from your saved file.</source>
            <translation>Saving your highlights first: the graded copy is made from your saved file.</translation>
        </message>
        <message>
            <source>Save graded copy</source>
            <translation>Save graded copy</translation>
        </message>
        <message>
            <source>Graded copy not saved</source>
            <translation>Graded copy not saved</translation>
        </message>
        <message>
            <source>Graded copy saved to %1</source>
            <translation>Graded copy saved to %1</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>1 — first steps</source>
            <translation>1 — first steps</translation>
        </message>
        <message>
            <source>2 — some practice</source>
            <translation>2 — some practice</translation>
        </message>
        <message>
            <source>3 — the hardest</source>
            <translation>3 — the hardest</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Goals</translation>
        </message>
        <message>
            <source>What trainees can do after the exercise</source>
            <translation>What trainees can do after the exercise</translation>
        </message>
        <message>
            <source>&amp;Background facts</source>
            <translation>&amp;Background facts</translation>
        </message>
        <message>
            <source>Facts needed to check the claims (they may give the key away)</source>
            <translation>Facts needed to check the claims (they may give the key away)</translation>
        </message>
        <message>
            <source>&amp;Discussion prompts</source>
            <translation>&amp;Discussion prompts</translation>
        </message>
        <message>
            <source>Questions for the class; the class overview shows them</source>
            <translation>Questions for the class; the class overview shows them</translation>
        </message>
        <message>
            <source>T&amp;ime plan</source>
            <translation>T&amp;ime plan</translation>
        </message>
        <message>
            <source>The steps of the lesson, e.g. 10 min: read and mark</source>
            <translation>The steps of the lesson, e.g. 10 min: read and mark</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Spanish label</source>
            <translation>Spanish label</translation>
        </message>
        <message>
            <source>English label</source>
            <translation>English label</translation>
        </message>
        <message>
            <source>Course and teacher's notes</source>
            <translation>Course and teacher's notes</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Course</translation>
        </message>
        <message>
            <source>&amp;Teacher's notes</source>
            <translation>&amp;Teacher's notes</translation>
        </message>
        <message>
            <source>How hard the exercise is; the library groups the course by level</source>
            <translation>How hard the exercise is; the library groups the course by level</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>About how long a trainee needs, from 1 to 600 minutes</source>
            <translation>About how long a trainee needs, from 1 to 600 minutes</translation>
        </message>
        <message>
            <source>Another exercise on the same event, told by another outlet, to compare in class: choose one from this folder or type its id</source>
            <translation>Another exercise on the same event, told by another outlet, to compare in class: choose one from this folder or type its id</translation>
        </message>
        <message>
            <source>What the text may be used for and where it comes from, e.g. “CC BY 4.0; adapted” or “Written for the course; people invented”</source>
            <translation>What the text may be used for and where it comes from, e.g. “CC BY 4.0; adapted” or “Written for the course; people invented”</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>&amp;Minutes:</source>
            <translation>&amp;Minutes:</translation>
        </message>
        <message>
            <source>&amp;Pairs with:</source>
            <translation>&amp;Pairs with:</translation>
        </message>
        <message>
            <source>Lic&amp;ence of the text:</source>
            <translation>Lic&amp;ence of the text:</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>&amp;Add skill</source>
            <translation>&amp;Add skill</translation>
        </message>
        <message>
            <source>&amp;Remove skill</source>
            <translation>&amp;Remove skill</translation>
        </message>
        <message>
            <source>What the exercise practises. An id is letters, digits and '-'; a known one (numbers, anonymous-source, loaded-words…) brings its own labels.</source>
            <translation>What the exercise practises. An id is letters, digits and '-'; a known one (numbers, anonymous-source, loaded-words…) brings its own labels.</translation>
        </message>
        <message>
            <source>For you and other teachers: never in a student copy. One item a line.</source>
            <translation>For you and other teachers: never in a student copy. One item a line.</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>Level %1</source>
            <translation>Level %1</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Skills: %1</translation>
        </message>
        <message>
            <source>Pairs with %1</source>
            <translation>Pairs with %1</translation>
        </message>
        <message numerus="yes">
            <source>%n teacher's notes</source>
            <translation>
                <numerusform>%n teacher's note</numerusform>
                <numerusform>%n teacher's notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Licence: %1</source>
            <translation>Licence: %1</translation>
        </message>
        <message>
            <source>No level, minutes, skills or notes yet.</source>
            <translation>No level, minutes, skills or notes yet.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Comment for the trainee</source>
            <translation>Comment for the trainee</translation>
        </message>
        <message>
            <source>Optional: why, in words the trainee will read</source>
            <translation>Optional: why, in words the trainee will read</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Comment:</translation>
        </message>
    </context>
    <context>
        <name>Decisions</name>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excused</translation>
        </message>
        <message>
            <source>Full credit</source>
            <translation>Full credit</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>whole submission</source>
            <translation>whole submission</translation>
        </message>
        <message>
            <source>%1 (%2), by %3</source>
            <translation>%1 (%2), by %3</translation>
        </message>
        <message>
            <source>Your decisions as instructor:</source>
            <translation>Your decisions as instructor:</translation>
        </message>
        <message>
            <source>&amp;Accept this span</source>
            <translation>&amp;Accept this span</translation>
        </message>
        <message>
            <source>The expert did not mark it, but it is defensible: it stops counting as an extra</source>
            <translation>The expert did not mark it, but it is defensible: it stops counting as an extra</translation>
        </message>
        <message>
            <source>E&amp;xcuse this passage</source>
            <translation>E&amp;xcuse this passage</translation>
        </message>
        <message>
            <source>Missing this expert passage costs this trainee nothing</source>
            <translation>Missing this expert passage costs this trainee nothing</translation>
        </message>
        <message>
            <source>Full cre&amp;dit</source>
            <translation>Full cre&amp;dit</translation>
        </message>
        <message>
            <source>Count this partly right span as fully right</source>
            <translation>Count this partly right span as fully right</translation>
        </message>
        <message>
            <source>Co&amp;mment…</source>
            <translation>Co&amp;mment…</translation>
        </message>
        <message>
            <source>A comment shown with this verdict (or the whole submission), without changing the score</source>
            <translation>A comment shown with this verdict (or the whole submission), without changing the score</translation>
        </message>
        <message>
            <source>For the &amp;whole class…</source>
            <translation>For the &amp;whole class…</translation>
        </message>
        <message>
            <source>Add this passage to the expert's key for everyone: the class is graded again</source>
            <translation>Add this passage to the expert's key for everyone: the class is graded again</translation>
        </message>
        <message>
            <source>&amp;Remove decision</source>
            <translation>&amp;Remove decision</translation>
        </message>
        <message>
            <source>Take back the decision chosen in the list below</source>
            <translation>Take back the decision chosen in the list below</translation>
        </message>
        <message>
            <source>Decisions on this trainee</source>
            <translation>Decisions on this trainee</translation>
        </message>
        <message>
            <source>This file has no trainee id: decisions need one to find the trainee again.</source>
            <translation>This file has no trainee id: decisions need one to find the trainee again.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>&amp;Partial (recommended)</source>
            <translation>&amp;Partial (recommended)</translation>
        </message>
        <message>
            <source>St&amp;rict</source>
            <translation>St&amp;rict</translation>
        </message>
        <message>
            <source>&amp;Lenient</source>
            <translation>&amp;Lenient</translation>
        </message>
        <message>
            <source>Credit in proportion to the words shared with the expert's span: half right earns half.</source>
            <translation>Credit in proportion to the words shared with the expert's span: half right earns half.</translation>
        </message>
        <message>
            <source>Only exact matches count: a span must start and end where the expert's does.</source>
            <translation>Only exact matches count: a span must start and end where the expert's does.</translation>
        </message>
        <message>
            <source>Any overlap with an expert span of the same category counts as a full hit.</source>
            <translation>Any overlap with an expert span of the same category counts as a full hit.</translation>
        </message>
        <message>
            <source>Check at &amp;any time (practice)</source>
            <translation>Check at &amp;any time (practice)</translation>
        </message>
        <message>
            <source>Check only after &amp;handing in</source>
            <translation>Check only after &amp;handing in</translation>
        </message>
        <message>
            <source>Trainees may compare with the key whenever they have it, even before they try.</source>
            <translation>Trainees may compare with the key whenever they have it, even before they try.</translation>
        </message>
        <message>
            <source>Trainees hand in first; then they may compare, revise and hand in again. You can grade the first attempt, made before any feedback.</source>
            <translation>Trainees hand in first; then they may compare, revise and hand in again. You can grade the first attempt, made before any feedback.</translation>
        </message>
        <message>
            <source>Spanish (es)</source>
            <translation>Spanish (es)</translation>
        </message>
        <message>
            <source>English (en)</source>
            <translation>English (en)</translation>
        </message>
        <message>
            <source>What trainees see at the top of the exercise</source>
            <translation>What trainees see at the top of the exercise</translation>
        </message>
        <message>
            <source>One or two sentences: what to mark and how</source>
            <translation>One or two sentences: what to mark and how</translation>
        </message>
        <message>
            <source>The language of the article (a code such as es or en)</source>
            <translation>The language of the article (a code such as es or en)</translation>
        </message>
        <message>
            <source>Who published the article</source>
            <translation>Who published the article</translation>
        </message>
        <message>
            <source>Where the article was found</source>
            <translation>Where the article was found</translation>
        </message>
        <message>
            <source>When it was published, e.g. 2025-08-12</source>
            <translation>When it was published, e.g. 2025-08-12</translation>
        </message>
        <message>
            <source>The id that ties trainees' files to this exercise: letters, digits and '-'. Change it before handing out, never after.</source>
            <translation>The id that ties trainees' files to this exercise: letters, digits and '-'. Change it before handing out, never after.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Instructions:</source>
            <translation>&amp;Instructions:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;guage:</translation>
        </message>
        <message>
            <source>P&amp;ublisher:</source>
            <translation>P&amp;ublisher:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;Web address:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;ate:</translation>
        </message>
        <message>
            <source>E&amp;xercise id:</source>
            <translation>E&amp;xercise id:</translation>
        </message>
        <message>
            <source>How much the trainees' answers to the categories' questions (the kind of source, whether a claim can be checked) count in the score; 0: they are explained but do not change it</source>
            <translation>How much the trainees' answers to the categories' questions (the kind of source, whether a claim can be checked) count in the score; 0: they are explained but do not change it</translation>
        </message>
        <message>
            <source>Pa&amp;ss mark:</source>
            <translation>Pa&amp;ss mark:</translation>
        </message>
        <message>
            <source>C&amp;ourse and teacher's notes…</source>
            <translation>C&amp;ourse and teacher's notes…</translation>
        </message>
        <message>
            <source>Level, minutes, skills, the exercise it pairs with, the licence of the text, and your notes (Ctrl+Shift+C)</source>
            <translation>Level, minutes, skills, the exercise it pairs with, the licence of the text, and your notes (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercise</translation>
        </message>
        <message>
            <source> of 100</source>
            <translation> of 100</translation>
        </message>
        <message>
            <source>A trainee passes with a score (100 × F1) of at least this</source>
            <translation>A trainee passes with a score (100 × F1) of at least this</translation>
        </message>
        <message>
            <source>&amp;Judgements count:</source>
            <translation>&amp;Judgements count:</translation>
        </message>
        <message>
            <source>Grading</source>
            <translation>Grading</translation>
        </message>
    </context>
    <context>
        <name>FeatureChooser</name>
        <message>
            <source>Number or first letter, then Enter. Esc: answer later.</source>
            <translation>Number or first letter, then Enter. Esc: answer later.</translation>
        </message>
        <message>
            <source>%1 for “%2”</source>
            <translation>%1 for “%2”</translation>
        </message>
    </context>
    <context>
        <name>FeatureEditor</name>
        <message>
            <source>(not answered yet)</source>
            <translation>(not answered yet)</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 of %2 characters</translation>
        </message>
    </context>
    <context>
        <name>FeatureReminder</name>
        <message numerus="yes">
            <source>%n question(s) not answered yet: %1</source>
            <translation>
                <numerusform>%n question not answered yet: %1</numerusform>
                <numerusform>%n questions not answered yet: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeaturesEditor</name>
        <message>
            <source>Questions about each highlight</source>
            <translation>Questions about each highlight</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Question in Spanish</source>
            <translation>Question in Spanish</translation>
        </message>
        <message>
            <source>Question in English</source>
            <translation>Question in English</translation>
        </message>
        <message>
            <source>Remind at hand-in</source>
            <translation>Remind at hand-in</translation>
        </message>
        <message>
            <source>Trainees who leave it empty are reminded; it never blocks</source>
            <translation>Trainees who leave it empty are reminded; it never blocks</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Answer in Spanish</source>
            <translation>Answer in Spanish</translation>
        </message>
        <message>
            <source>Answer in English</source>
            <translation>Answer in English</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Add question</translation>
        </message>
        <message>
            <source>Add text line</source>
            <translation>Add text line</translation>
        </message>
        <message>
            <source>Course questions</source>
            <translation>Course questions</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>Remove question</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Earlier</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>Add answer</translation>
        </message>
        <message>
            <source>Remove answer</source>
            <translation>Remove answer</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Question (es / en):</source>
            <translation>Question (es / en):</translation>
        </message>
        <message>
            <source>Answer (es / en):</source>
            <translation>Answer (es / en):</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>choice</translation>
        </message>
        <message>
            <source>text line</source>
            <translation>text line</translation>
        </message>
        <message>
            <source>Remove an answer the key uses?</source>
            <translation>Remove an answer the key uses?</translation>
        </message>
        <message>
            <source>%1 expert spans give “%2” as an accepted answer. Removing it removes it from them too (Undo brings both back).</source>
            <translation>%1 expert spans give “%2” as an accepted answer. Removing it removes it from them too (Undo brings both back).</translation>
        </message>
        <message>
            <source>Remove from %1 spans</source>
            <translation>Remove from %1 spans</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>Expert:</source>
            <translation>Expert:</translation>
        </message>
        <message>
            <source>Your note:</source>
            <translation>Your note:</translation>
        </message>
        <message>
            <source>You marked it as %1.</source>
            <translation>You marked it as %1.</translation>
        </message>
        <message>
            <source>%2 marked it as %1.</source>
            <translation>%2 marked it as %1.</translation>
        </message>
        <message>
            <source>Show only one kind of verdict</source>
            <translation>Show only one kind of verdict</translation>
        </message>
        <message>
            <source>Filter by verdict</source>
            <translation>Filter by verdict</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>All verdicts</translation>
        </message>
        <message>
            <source>Show only one category</source>
            <translation>Show only one category</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Filter by category</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Feedback on your highlights</source>
            <translation>Feedback on your highlights</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message numerus="yes">
            <source>What to look at: %n differences</source>
            <translation>
                <numerusform>What to look at: %n difference</numerusform>
                <numerusform>What to look at: %n differences</numerusform>
            </translation>
        </message>
        <message>
            <source>(showing %1 of %2)</source>
            <translation>(showing %1 of %2)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in the article</source>
            <translation>Find in the article</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Search result</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close and go back to the article; the match stays selected (Esc)</source>
            <translation>Close and go back to the article; the match stays selected (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
    </context>
    <context>
        <name>Gradebook</name>
        <message>
            <source>%1 F1</source>
            <translation>%1 F1</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Extra</source>
            <translation>Extra</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>First</source>
            <translation>First</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Last</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Gain</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>How well this trainee's %1 highlights match the expert's, in percent (F1: precision and recall together)</source>
            <translation>How well this trainee's %1 highlights match the expert's, in percent (F1: precision and recall together)</translation>
        </message>
        <message>
            <source>The trainee's name, as in their file</source>
            <translation>The trainee's name, as in their file</translation>
        </message>
        <message>
            <source>The trainee's id, as in their file</source>
            <translation>The trainee's id, as in their file</translation>
        </message>
        <message>
            <source>Points out of 100</source>
            <translation>Points out of 100</translation>
        </message>
        <message>
            <source>Passed: the score reaches the pass mark</source>
            <translation>Passed: the score reaches the pass mark</translation>
        </message>
        <message>
            <source>Expert passages this trainee did not mark</source>
            <translation>Expert passages this trainee did not mark</translation>
        </message>
        <message>
            <source>Highlights where the expert marked nothing</source>
            <translation>Highlights where the expert marked nothing</translation>
        </message>
        <message>
            <source>The submission file that was graded</source>
            <translation>The submission file that was graded</translation>
        </message>
        <message>
            <source>The score of the first attempt handed in, before any feedback</source>
            <translation>The score of the first attempt handed in, before any feedback</translation>
        </message>
        <message>
            <source>The score of the last attempt handed in</source>
            <translation>The score of the last attempt handed in</translation>
        </message>
        <message>
            <source>Last minus first: what the feedback changed (— with fewer than two attempts)</source>
            <translation>Last minus first: what the feedback changed (— with fewer than two attempts)</translation>
        </message>
        <message>
            <source>How often the trainee opened the comparison with the key, and how often before handing in</source>
            <translation>How often the trainee opened the comparison with the key, and how often before handing in</translation>
        </message>
        <message>
            <source>%1, with instructor decisions</source>
            <translation>%1, with instructor decisions</translation>
        </message>
        <message>
            <source>✓ passed</source>
            <translation>✓ passed</translation>
        </message>
        <message>
            <source>✗ not passed</source>
            <translation>✗ not passed</translation>
        </message>
        <message numerus="yes">
            <source>✎ %n instructor decision(s); without them: %1</source>
            <translation>
                <numerusform>✎ %n instructor decision; without it: %1</numerusform>
                <numerusform>✎ %n instructor decisions; without them: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 before handing in)</source>
            <translation>%1 (%2 before handing in)</translation>
        </message>
        <message>
            <source>Double-click or press Enter to see %1's comparison</source>
            <translation>Double-click or press Enter to see %1's comparison</translation>
        </message>
        <message>
            <source>Find a trainee by name or id…</source>
            <translation>Find a trainee by name or id…</translation>
        </message>
        <message>
            <source>Show only matching trainees (Ctrl+F)</source>
            <translation>Show only matching trainees (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find a trainee</source>
            <translation>Find a trainee</translation>
        </message>
        <message>
            <source>Gradebook: one row per trainee</source>
            <translation>Gradebook: one row per trainee</translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n trainee</numerusform>
                <numerusform>%n trainees</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n trainees shown</source>
            <translation>
                <numerusform>%1 of %n trainee shown</numerusform>
                <numerusform>%1 of %n trainees shown</numerusform>
            </translation>
        </message>
        <message>
            <source>click a heading to sort · Enter or double-click: the trainee's comparison</source>
            <translation>click a heading to sort · Enter or double-click: the trainee's comparison</translation>
        </message>
    </context>
    <context>
        <name>HandIn</name>
        <message>
            <source>&amp;Hand in…</source>
            <translation>&amp;Hand in…</translation>
        </message>
        <message>
            <source>⇪ Hand in</source>
            <translation>⇪ Hand in</translation>
        </message>
        <message>
            <source>Save and hand in your highlights as they are now; you can go on revising and hand in again</source>
            <translation>Save and hand in your highlights as they are now; you can go on revising and hand in again</translation>
        </message>
        <message>
            <source>Open &amp;key…</source>
            <translation>Open &amp;key…</translation>
        </message>
        <message>
            <source>Open the key file your instructor released for this exercise</source>
            <translation>Open the key file your instructor released for this exercise</translation>
        </message>
        <message>
            <source>&amp;Unlock the key…</source>
            <translation>&amp;Unlock the key…</translation>
        </message>
        <message>
            <source>Hand-in history</source>
            <translation>Hand-in history</translation>
        </message>
        <message>
            <source>Open an exercise first</source>
            <translation>Open an exercise first</translation>
        </message>
        <message>
            <source>You can check your work after you hand it in (File → Hand in) and enter the code your instructor gives you (Check → Unlock the key…).</source>
            <translation>You can check your work after you hand it in (File → Hand in) and enter the code your instructor gives you (Check → Unlock the key…).</translation>
        </message>
        <message>
            <source>The key is locked. Enter the code your instructor gives you (Check → Unlock the key…).</source>
            <translation>The key is locked. Enter the code your instructor gives you (Check → Unlock the key…).</translation>
        </message>
        <message>
            <source>This exercise has no expert key (it is the trainees' copy), so it cannot be checked here: hand in your work for grading, or open the key file your instructor released (File → Open key…).</source>
            <translation>This exercise has no expert key (it is the trainees' copy), so it cannot be checked here: hand in your work for grading, or open the key file your instructor released (File → Open key…).</translation>
        </message>
        <message>
            <source>You can check your work after you hand it in (File → Hand in).</source>
            <translation>You can check your work after you hand it in (File → Hand in).</translation>
        </message>
        <message>
            <source>Type the release code your instructor gives you to open the key</source>
            <translation>Type the release code your instructor gives you to open the key</translation>
        </message>
        <message>
            <source>You can check your work after you hand it in.</source>
            <translation>You can check your work after you hand it in.</translation>
        </message>
        <message>
            <source>You can check your work at any time.</source>
            <translation>You can check your work at any time.</translation>
        </message>
        <message>
            <source>Attempt %1, handed in at %2</source>
            <translation>Attempt %1, handed in at %2</translation>
        </message>
        <message>
            <source>Not handed in yet.</source>
            <translation>Not handed in yet.</translation>
        </message>
        <message>
            <source>Not handed in: your work could not be saved.</source>
            <translation>Not handed in: your work could not be saved.</translation>
        </message>
        <message>
            <source>Not handed in: choose where to save your work first.</source>
            <translation>Not handed in: choose where to save your work first.</translation>
        </message>
        <message>
            <source>Attempt %1 handed in at %2.</source>
            <translation>Attempt %1 handed in at %2.</translation>
        </message>
        <message>
            <source>You can now check your work (Ctrl+K), and go on revising.</source>
            <translation>You can now check your work (Ctrl+K), and go on revising.</translation>
        </message>
        <message>
            <source>Key not unlocked</source>
            <translation>Key not unlocked</translation>
        </message>
        <message>
            <source>this key was made for another article, not this exercise's</source>
            <translation>this key was made for another article, not this exercise's</translation>
        </message>
        <message>
            <source>Key not opened</source>
            <translation>Key not opened</translation>
        </message>
        <message>
            <source>The key is open: check your work with Ctrl+K.</source>
            <translation>The key is open: check your work with Ctrl+K.</translation>
        </message>
        <message>
            <source>The key is open. You can check your work after you hand it in (File → Hand in).</source>
            <translation>The key is open. You can check your work after you hand it in (File → Hand in).</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <source>Article, shaded by how many trainees marked each passage</source>
            <translation>Article, shaded by how many trainees marked each passage</translation>
        </message>
        <message>
            <source>Show the expert's passages</source>
            <translation>Show the expert's passages</translation>
        </message>
        <message>
            <source>Underline the passages the expert marked in this category (Ctrl+U)</source>
            <translation>Underline the passages the expert marked in this category (Ctrl+U)</translation>
        </message>
        <message>
            <source>A key file has no article, so there is nothing to shade. Open the class with the exercise file to see the heat map.</source>
            <translation>A key file has no article, so there is nothing to shade. Open the class with the exercise file to see the heat map.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>How many trainees marked each passage as %1 (Ctrl+%2)</source>
            <translation>How many trainees marked each passage as %1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Marked by</source>
            <translation>Marked by</translation>
        </message>
        <message>
            <source>Shade for %1 trainees</source>
            <translation>Shade for %1 trainees</translation>
        </message>
        <message numerus="yes">
            <source>of %n trainees · underlined: the expert's passages · hover for numbers</source>
            <translation>
                <numerusform>of %n trainee · underlined: the expert's passages · hover for numbers</numerusform>
                <numerusform>of %n trainees · underlined: the expert's passages · hover for numbers</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: marked by %2 of %3%4</source>
            <translation>%1: marked by %2 of %3%4</translation>
        </message>
        <message>
            <source>Expert passage (%1): %2 found, %3 partly, %4 in another category, &lt;b&gt;%5 missed&lt;/b&gt;</source>
            <translation>Expert passage (%1): %2 found, %3 partly, %4 in another category, &lt;b&gt;%5 missed&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>S&amp;ettings…</source>
            <translation>S&amp;ettings…</translation>
        </message>
        <message>
            <source>Language, theme, text size, your name and where files go</source>
            <translation>Language, theme, text size, your name and where files go</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>How to mark an article, and how to make and grade exercises</source>
            <translation>How to mark an article, and how to make and grade exercises</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Every key this window understands</source>
            <translation>Every key this window understands</translation>
        </message>
        <message>
            <source>&amp;About annotator</source>
            <translation>&amp;About annotator</translation>
        </message>
        <message>
            <source>Version and licences</source>
            <translation>Version and licences</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Guided &amp;example</source>
            <translation>Guided &amp;example</translation>
        </message>
        <message>
            <source>Five minutes, step by step: mark, answer, note, undo and check on a short worked example</source>
            <translation>Five minutes, step by step: mark, answer, note, undo and check on a short worked example</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Every key below works in this window. Category keys mark the selected words; hold Alt with them to mark exactly what is selected.</source>
            <translation>Every key below works in this window. Category keys mark the selected words; hold Alt with them to mark exactly what is selected.</translation>
        </message>
        <message>
            <source>annotator help</source>
            <translation>annotator help</translation>
        </message>
        <message>
            <source>&amp;Guide for trainees</source>
            <translation>&amp;Guide for trainees</translation>
        </message>
        <message>
            <source>Guide for &amp;instructors</source>
            <translation>Guide for &amp;instructors</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>How to mark an article (Alt+G)</source>
            <translation>How to mark an article (Alt+G)</translation>
        </message>
        <message>
            <source>Making, handing out and grading exercises (Alt+I)</source>
            <translation>Making, handing out and grading exercises (Alt+I)</translation>
        </message>
        <message>
            <source>Every key, from the menus (Alt+K)</source>
            <translation>Every key, from the menus (Alt+K)</translation>
        </message>
    </context>
    <context>
        <name>Judgements</name>
        <message>
            <source>For each expert passage: how many trainees chose each answer. ✓ marks the answers the expert accepts.</source>
            <translation>For each expert passage: how many trainees chose each answer. ✓ marks the answers the expert accepts.</translation>
        </message>
        <message>
            <source>Passage and answers</source>
            <translation>Passage and answers</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Trainees</translation>
        </message>
        <message>
            <source>How the class judged the sources</source>
            <translation>How the class judged the sources</translation>
        </message>
        <message>
            <source>   No answer</source>
            <translation>   No answer</translation>
        </message>
        <message>
            <source>   Did not find the passage</source>
            <translation>   Did not find the passage</translation>
        </message>
        <message>
            <source>An answer the expert accepts</source>
            <translation>An answer the expert accepts</translation>
        </message>
    </context>
    <context>
        <name>KeyPanel</name>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>Explained</translation>
        </message>
        <message>
            <source>✗ not yet</source>
            <translation>✗ not yet</translation>
        </message>
        <message>
            <source>Not in the text any more: its words were edited away. Select where it belongs in the article and press Place on selection.</source>
            <translation>Not in the text any more: its words were edited away. Select where it belongs in the article and press Place on selection.</translation>
        </message>
        <message>
            <source>Required: missing it costs the trainee</source>
            <translation>Required: missing it costs the trainee</translation>
        </message>
        <message>
            <source>Optional: marking it is neither a hit nor an extra</source>
            <translation>Optional: marking it is neither a hit nor an extra</translation>
        </message>
        <message>
            <source>No explanation yet: trainees will read nothing about this span</source>
            <translation>No explanation yet: trainees will read nothing about this span</translation>
        </message>
        <message>
            <source>No expert spans yet. Select words in the article and press the key of a category (1, 2, 3…), then write why it matters.</source>
            <translation>No expert spans yet. Select words in the article and press the key of a category (1, 2, 3…), then write why it matters.</translation>
        </message>
        <message>
            <source>The expert's key</source>
            <translation>The expert's key</translation>
        </message>
        <message>
            <source>The category of this expert span</source>
            <translation>The category of this expert span</translation>
        </message>
        <message>
            <source>&amp;Required</source>
            <translation>&amp;Required</translation>
        </message>
        <message>
            <source>Required: a trainee who misses it loses recall. Optional: marking it is neither a hit nor an extra, and missing it costs nothing.</source>
            <translation>Required: a trainee who misses it loses recall. Optional: marking it is neither a hit nor an extra, and missing it costs nothing.</translation>
        </message>
        <message>
            <source>Por qué importa este fragmento (lo leerá el alumno).</source>
            <translation>Por qué importa este fragmento (lo leerá el alumno).</translation>
        </message>
        <message>
            <source>Why this passage matters, for English-speaking trainees.</source>
            <translation>Why this passage matters, for English-speaking trainees.</translation>
        </message>
        <message>
            <source>Trainees read this after checking their work. Saved when you leave the box; Ctrl+Return goes back to the article.</source>
            <translation>Trainees read this after checking their work. Saved when you leave the box; Ctrl+Return goes back to the article.</translation>
        </message>
        <message>
            <source>Place on selection</source>
            <translation>Place on selection</translation>
        </message>
        <message>
            <source>Move the chosen span to the words selected in the article (Ctrl+Shift+P)</source>
            <translation>Move the chosen span to the words selected in the article (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Delete span</source>
            <translation>Delete span</translation>
        </message>
        <message>
            <source>Delete the chosen expert spans (Delete)</source>
            <translation>Delete the chosen expert spans (Delete)</translation>
        </message>
        <message>
            <source>Add an alternative</source>
            <translation>Add an alternative</translation>
        </message>
        <message>
            <source>The words selected in the article are right too: accept them as another extent of the chosen span (Ctrl+Shift+L)</source>
            <translation>The words selected in the article are right too: accept them as another extent of the chosen span (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Alternatives: other extents the expert also accepts</source>
            <translation>Alternatives: other extents the expert also accepts</translation>
        </message>
        <message>
            <source>Remove alternative</source>
            <translation>Remove alternative</translation>
        </message>
        <message>
            <source>Take the chosen alternative out of the key</source>
            <translation>Take the chosen alternative out of the key</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Cate&amp;gory:</translation>
        </message>
        <message>
            <source>Explanation
(&amp;Spanish):</source>
            <translation>Explanation
(&amp;Spanish):</translation>
        </message>
        <message>
            <source>E&amp;nglish
(optional):</source>
            <translation>E&amp;nglish
(optional):</translation>
        </message>
        <message>
            <source>Also &amp;right:</source>
            <translation>Also &amp;right:</translation>
        </message>
        <message numerus="yes">
            <source>Expert key: %n spans</source>
            <translation>
                <numerusform>Expert key: %n span</numerusform>
                <numerusform>Expert key: %n spans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n required</source>
            <translation>
                <numerusform>%n required</numerusform>
                <numerusform>%n required</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ %1 spans lost their words when the text was edited (marked ⚠ below). Choose one, select its words in the article and press Place on selection.</source>
            <translation>⚠ %1 spans lost their words when the text was edited (marked ⚠ below). Choose one, select its words in the article and press Place on selection.</translation>
        </message>
        <message>
            <source>Choose a span to explain it.</source>
            <translation>Choose a span to explain it.</translation>
        </message>
        <message>
            <source>⚠ not placed in the text: </source>
            <translation>⚠ not placed in the text: </translation>
        </message>
        <message>
            <source>⚠ not placed: </source>
            <translation>⚠ not placed: </translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>solid line</source>
            <translation>solid line</translation>
        </message>
        <message>
            <source>dashed line</source>
            <translation>dashed line</translation>
        </message>
        <message>
            <source>wavy line</source>
            <translation>wavy line</translation>
        </message>
        <message>
            <source>dotted line</source>
            <translation>dotted line</translation>
        </message>
        <message>
            <source>dash-dot line</source>
            <translation>dash-dot line</translation>
        </message>
        <message>
            <source>double line</source>
            <translation>double line</translation>
        </message>
        <message>
            <source>%1 — %2. Key: %3</source>
            <translation>%1 — %2. Key: %3</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Checked: %1 of 100</source>
            <translation>Checked: %1 of 100</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Handed in</source>
            <translation>Handed in</translation>
        </message>
        <message>
            <source>Library — annotator</source>
            <translation>Library — annotator</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Choose an exercise with the arrow keys and press Enter, or double-click it. Start with a worked example if this is your first time.</source>
            <translation>Choose an exercise with the arrow keys and press Enter, or double-click it. Start with a worked example if this is your first time.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercise</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Your status</source>
            <translation>Your status</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercises</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open &amp;file…</source>
            <translation>Open &amp;file…</translation>
        </message>
        <message>
            <source>Open an exercise or a saved submission from a folder (Ctrl+O)</source>
            <translation>Open an exercise or a saved submission from a folder (Ctrl+O)</translation>
        </message>
        <message>
            <source>Worked examples (practice, not graded)</source>
            <translation>Worked examples (practice, not graded)</translation>
        </message>
        <message>
            <source>Course exercises</source>
            <translation>Course exercises</translation>
        </message>
        <message>
            <source>Your exercises (recent files and their folders)</source>
            <translation>Your exercises (recent files and their folders)</translation>
        </message>
        <message>
            <source>%1 of 3</source>
            <translation>%1 of 3</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Say who you are to see how far you got in each exercise.</source>
            <translation>Say who you are to see how far you got in each exercise.</translation>
        </message>
        <message>
            <source>&amp;Show my progress…</source>
            <translation>&amp;Show my progress…</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Progress of %1</translation>
        </message>
        <message>
            <source>&amp;Not me…</source>
            <translation>&amp;Not me…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open an exercise to start (Ctrl+O).</source>
            <translation>Open an exercise to start (Ctrl+O).</translation>
        </message>
        <message>
            <source>What to mark</source>
            <translation>What to mark</translation>
        </message>
        <message>
            <source>Working: %1</source>
            <translation>Working: %1</translation>
        </message>
        <message>
            <source>Marker: %1. Select text to mark it (Enter marks a keyboard selection); Esc stops.</source>
            <translation>Marker: %1. Select text to mark it (Enter marks a keyboard selection); Esc stops.</translation>
        </message>
        <message>
            <source>Nothing to mark there: select some words.</source>
            <translation>Nothing to mark there: select some words.</translation>
        </message>
        <message>
            <source>A highlight can cover at most %1 characters; this one would cover %2. Select a shorter passage.</source>
            <translation>A highlight can cover at most %1 characters; this one would cover %2. Select a shorter passage.</translation>
        </message>
        <message>
            <source>That is already marked so.</source>
            <translation>That is already marked so.</translation>
        </message>
        <message>
            <source>Marked as %1. F2 adds a note, Ctrl+Z undoes.</source>
            <translation>Marked as %1. F2 adds a note, Ctrl+Z undoes.</translation>
        </message>
        <message>
            <source>Choose a highlight of a category that asks a question.</source>
            <translation>Choose a highlight of a category that asks a question.</translation>
        </message>
        <message>
            <source>Change category</source>
            <translation>Change category</translation>
        </message>
        <message>
            <source>Choose a highlight to delete first.</source>
            <translation>Choose a highlight to delete first.</translation>
        </message>
        <message>
            <source>Choose a highlight to write a note on.</source>
            <translation>Choose a highlight to write a note on.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (read-only)</translation>
        </message>
        <message>
            <source>Unsaved, and cannot be kept for recovery: %1</source>
            <translation>Unsaved, and cannot be kept for recovery: %1</translation>
        </message>
        <message>
            <source>Read-only: this work is open in another window. Save As makes a copy you can change.</source>
            <translation>Read-only: this work is open in another window. Save As makes a copy you can change.</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>not saved yet</translation>
        </message>
        <message>
            <source>All saved</source>
            <translation>All saved</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Unsaved changes, kept safe for recovery</source>
            <translation>Unsaved changes, kept safe for recovery</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open an exercise or a saved submission</source>
            <translation>Open an exercise or a saved submission</translation>
        </message>
        <message>
            <source>&amp;Library…</source>
            <translation>&amp;Library…</translation>
        </message>
        <message>
            <source>Show the library: the course's exercises and yours</source>
            <translation>Show the library: the course's exercises and yours</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save your highlights to a submission file</source>
            <translation>Save your highlights to a submission file</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>Save your highlights to another file</source>
            <translation>Save your highlights to another file</translation>
        </message>
        <message>
            <source>&amp;New exercise…</source>
            <translation>&amp;New exercise…</translation>
        </message>
        <message>
            <source>Make an exercise from an article, in the authoring window</source>
            <translation>Make an exercise from an article, in the authoring window</translation>
        </message>
        <message>
            <source>Edit e&amp;xercise…</source>
            <translation>Edit e&amp;xercise…</translation>
        </message>
        <message>
            <source>Open this exercise and its key in the authoring window</source>
            <translation>Open this exercise and its key in the authoring window</translation>
        </message>
        <message>
            <source>&amp;Grade a class…</source>
            <translation>&amp;Grade a class…</translation>
        </message>
        <message>
            <source>Grade a class's submissions against this exercise's key</source>
            <translation>Grade a class's submissions against this exercise's key</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Undo the last change (Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Redo what was undone (Ctrl+Shift+Z)</source>
            <translation>Redo what was undone (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>Find words in the article</source>
            <translation>Find words in the article</translation>
        </message>
        <message>
            <source>&amp;Delete highlight</source>
            <translation>&amp;Delete highlight</translation>
        </message>
        <message>
            <source>Delete the chosen highlight</source>
            <translation>Delete the chosen highlight</translation>
        </message>
        <message>
            <source>Edit &amp;note…</source>
            <translation>Edit &amp;note…</translation>
        </message>
        <message>
            <source>Write a note on the chosen highlight</source>
            <translation>Write a note on the chosen highlight</translation>
        </message>
        <message>
            <source>&amp;Judge highlight…</source>
            <translation>&amp;Judge highlight…</translation>
        </message>
        <message>
            <source>Answer the questions of the chosen highlight: the kind of source, whether a claim can be checked</source>
            <translation>Answer the questions of the chosen highlight: the kind of source, whether a claim can be checked</translation>
        </message>
        <message>
            <source>&amp;Exact selection</source>
            <translation>&amp;Exact selection</translation>
        </message>
        <message>
            <source>Mark exactly what is selected instead of whole words (or hold Alt)</source>
            <translation>Mark exactly what is selected instead of whole words (or hold Alt)</translation>
        </message>
        <message>
            <source>Stop marking</source>
            <translation>Stop marking</translation>
        </message>
        <message>
            <source>Leave marker mode and clear the selection</source>
            <translation>Leave marker mode and clear the selection</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>&amp;Normal size</translation>
        </message>
        <message>
            <source>Text at its normal size</source>
            <translation>Text at its normal size</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Mark</source>
            <translation>&amp;Mark</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Tools</translation>
        </message>
        <message>
            <source>↶ Undo</source>
            <translation>↶ Undo</translation>
        </message>
        <message>
            <source>↷ Redo</source>
            <translation>↷ Redo</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Exact</source>
            <translation>Exact</translation>
        </message>
        <message>
            <source>Mark the selection as %1, drawn with a %2; with nothing selected, keep %1 as a marker</source>
            <translation>Mark the selection as %1, drawn with a %2; with nothing selected, keep %1 as a marker</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>Mark as %1</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Edit note…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Cannot open this file</source>
            <translation>Cannot open this file</translation>
        </message>
        <message numerus="yes">
            <source>Restored %n highlights from unsaved work.</source>
            <translation>
                <numerusform>Restored %n highlight from unsaved work.</numerusform>
                <numerusform>Restored %n highlights from unsaved work.</numerusform>
            </translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>Your highlights could not be saved: %1

Nothing is lost: they are still here. Change what this message names, then save again.</source>
            <translation>Your highlights could not be saved: %1

Nothing is lost: they are still here. Change what this message names, then save again.</translation>
        </message>
        <message>
            <source>Your highlights could not be saved: %1

They could not be kept for recovery either: they are only in this window. Do not close it. Free some space, or save to another drive such as a USB stick (File &gt; Save As).</source>
            <translation>Your highlights could not be saved: %1

They could not be kept for recovery either: they are only in this window. Do not close it. Free some space, or save to another drive such as a USB stick (File &gt; Save As).</translation>
        </message>
        <message>
            <source>the other version is kept as %1</source>
            <translation>the other version is kept as %1</translation>
        </message>
        <message>
            <source>Showing the version on disk; yours is kept as %1.</source>
            <translation>Showing the version on disk; yours is kept as %1.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The other version could not be kept, so nothing was overwritten: %1</source>
            <translation>The other version could not be kept, so nothing was overwritten: %1</translation>
        </message>
        <message>
            <source>Your highlights could not be saved: %1

Nothing is lost: they are still here and kept for recovery. Try again, or save to another folder (File &gt; Save As).</source>
            <translation>Your highlights could not be saved: %1

Nothing is lost: they are still here and kept for recovery. Try again, or save to another folder (File &gt; Save As).</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
    </context>
    <context>
        <name>NewExerciseDialog</name>
        <message>
            <source>New exercise</source>
            <translation>New exercise</translation>
        </message>
        <message>
            <source>Paste the article below: one block per line (headline first, then the standfirst, then paragraphs). You can fix kinds and lines afterwards.</source>
            <translation>Paste the article below: one block per line (headline first, then the standfirst, then paragraphs). You can fix kinds and lines afterwards.</translation>
        </message>
        <message>
            <source>Paste the article here</source>
            <translation>Paste the article here</translation>
        </message>
        <message>
            <source>&amp;Article text:</source>
            <translation>&amp;Article text:</translation>
        </message>
        <message>
            <source>&amp;Create from this text</source>
            <translation>&amp;Create from this text</translation>
        </message>
        <message>
            <source>From a &amp;file (.html, .txt)…</source>
            <translation>From a &amp;file (.html, .txt)…</translation>
        </message>
        <message>
            <source>A web page saved from the browser (Save page as…) or a plain-text file</source>
            <translation>A web page saved from the browser (Save page as…) or a plain-text file</translation>
        </message>
        <message>
            <source>Co&amp;py an exercise…</source>
            <translation>Co&amp;py an exercise…</translation>
        </message>
        <message>
            <source>Start from an existing exercise, with its key</source>
            <translation>Start from an existing exercise, with its key</translation>
        </message>
    </context>
    <context>
        <name>OpenClass</name>
        <message>
            <source>Grade a class</source>
            <translation>Grade a class</translation>
        </message>
        <message>
            <source>the instructor's .exercise.xml (with the key) or a .key.xml</source>
            <translation>the instructor's .exercise.xml (with the key) or a .key.xml</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Choose the exercise or key file (Alt+B)</source>
            <translation>Choose the exercise or key file (Alt+B)</translation>
        </message>
        <message>
            <source>Folders and files to grade (Delete removes)</source>
            <translation>Folders and files to grade (Delete removes)</translation>
        </message>
        <message>
            <source>Add &amp;folder…</source>
            <translation>Add &amp;folder…</translation>
        </message>
        <message>
            <source>Every submission in a folder (not its subfolders) (Alt+F)</source>
            <translation>Every submission in a folder (not its subfolders) (Alt+F)</translation>
        </message>
        <message>
            <source>Add f&amp;iles…</source>
            <translation>Add f&amp;iles…</translation>
        </message>
        <message>
            <source>Some submission files (Alt+I)</source>
            <translation>Some submission files (Alt+I)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Remove the chosen entry (Delete)</source>
            <translation>Remove the chosen entry (Delete)</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Grade</translation>
        </message>
        <message>
            <source>&amp;Exercise or key:</source>
            <translation>&amp;Exercise or key:</translation>
        </message>
        <message>
            <source>&amp;Submissions (student files are only read, never changed):</source>
            <translation>&amp;Submissions (student files are only read, never changed):</translation>
        </message>
        <message>
            <source>Exercise or key</source>
            <translation>Exercise or key</translation>
        </message>
        <message>
            <source>Exercises and keys (*.exercise.xml *.key.xml);;All files (*)</source>
            <translation>Exercises and keys (*.exercise.xml *.key.xml);;All files (*)</translation>
        </message>
        <message>
            <source>Folder of submissions</source>
            <translation>Folder of submissions</translation>
        </message>
        <message>
            <source>Submission files</source>
            <translation>Submission files</translation>
        </message>
        <message>
            <source>Submissions (*.xml);;All files (*)</source>
            <translation>Submissions (*.xml);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Expert passage</source>
            <translation>Expert passage</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Partly</translation>
        </message>
        <message>
            <source>Other
category</source>
            <translation>Other
category</translation>
        </message>
        <message>
            <source>Passage the expert did not mark</source>
            <translation>Passage the expert did not mark</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Trainees</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Rows: the expert's category. Columns: what the trainees chose. The diagonal is right; “missed” are expert passages nobody paired, “extra” highlights the expert did not make.</source>
            <translation>Rows: the expert's category. Columns: what the trainees chose. The diagonal is right; “missed” are expert passages nobody paired, “extra” highlights the expert did not make.</translation>
        </message>
        <message>
            <source>Most &amp;missed</source>
            <translation>Most &amp;missed</translation>
        </message>
        <message>
            <source>&amp;Accept for the whole class…</source>
            <translation>&amp;Accept for the whole class…</translation>
        </message>
        <message>
            <source>Add the chosen passage to the expert's key (as another right extent, or as optional) and grade everyone again</source>
            <translation>Add the chosen passage to the expert's key (as another right extent, or as optional) and grade everyone again</translation>
        </message>
        <message>
            <source>&amp;Frequent extras</source>
            <translation>&amp;Frequent extras</translation>
        </message>
        <message>
            <source>&amp;Confusion</source>
            <translation>&amp;Confusion</translation>
        </message>
        <message>
            <source>&amp;Scores</source>
            <translation>&amp;Scores</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>&amp;Discussion</translation>
        </message>
        <message>
            <source>How the class &amp;judged the sources</source>
            <translation>How the class &amp;judged the sources</translation>
        </message>
        <message>
            <source>Expert passages, the most missed first</source>
            <translation>Expert passages, the most missed first</translation>
        </message>
        <message>
            <source>Passages several trainees marked and the expert did not</source>
            <translation>Passages several trainees marked and the expert did not</translation>
        </message>
        <message>
            <source>The expert's category against the category trainees chose</source>
            <translation>The expert's category against the category trainees chose</translation>
        </message>
        <message>
            <source>How the scores are spread</source>
            <translation>How the scores are spread</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fixed</translation>
        </message>
        <message>
            <source>Missed at
first</source>
            <translation>Missed at
first</translation>
        </message>
        <message>
            <source>What feedback &amp;fixed</source>
            <translation>What feedback &amp;fixed</translation>
        </message>
        <message>
            <source>Expert passages trainees missed in their first attempt and found in their last</source>
            <translation>Expert passages trainees missed in their first attempt and found in their last</translation>
        </message>
        <message>
            <source>The instructor notes' questions for the class, goals and facts</source>
            <translation>The instructor notes' questions for the class, goals and facts</translation>
        </message>
        <message>
            <source>For each expert passage, how many trainees chose each answer</source>
            <translation>For each expert passage, how many trainees chose each answer</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>extra</source>
            <translation>extra</translation>
        </message>
        <message>
            <source>Trainees who handed in twice or more: the passages they missed in their first attempt, and how many found them in their last.</source>
            <translation>Trainees who handed in twice or more: the passages they missed in their first attempt, and how many found them in their last.</translation>
        </message>
        <message>
            <source>Nothing to show yet: no trainee handed in twice after missing a passage.</source>
            <translation>Nothing to show yet: no trainee handed in twice after missing a passage.</translation>
        </message>
        <message>
            <source>chose %1</source>
            <translation>chose %1</translation>
        </message>
        <message>
            <source>expert: %1</source>
            <translation>expert: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n trainee</numerusform>
                <numerusform>%n trainees</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passed · mean %2 · median %3 · lowest %4 · highest %5</source>
            <translation>%1 passed · mean %2 · median %3 · lowest %4 · highest %5</translation>
        </message>
        <message>
            <source>Discussion prompts</source>
            <translation>Discussion prompts</translation>
        </message>
        <message>
            <source>This exercise has no instructor notes: no discussion prompts to show.</source>
            <translation>This exercise has no instructor notes: no discussion prompts to show.</translation>
        </message>
        <message>
            <source>Questions for the class</source>
            <translation>Questions for the class</translation>
        </message>
        <message>
            <source>What the lesson is for</source>
            <translation>What the lesson is for</translation>
        </message>
        <message>
            <source>Facts to have at hand</source>
            <translation>Facts to have at hand</translation>
        </message>
        <message>
            <source>Time plan</source>
            <translation>Time plan</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Exercises and submissions (*.exercise.xml *.submission.xml);;All files (*)</source>
            <translation>Exercises and submissions (*.exercise.xml *.submission.xml);;All files (*)</translation>
        </message>
        <message>
            <source>Unsaved work found</source>
            <translation>Unsaved work found</translation>
        </message>
        <message>
            <source>Your work on “%1” was not saved when annotator last closed.</source>
            <translation>Your work on “%1” was not saved when annotator last closed.</translation>
        </message>
        <message numerus="yes">
            <source>%n highlights, kept at %2. Restore them? Discard deletes them for good.</source>
            <translation>
                <numerusform>%n highlight, kept at %2. Restore it? Discard deletes it for good.</numerusform>
                <numerusform>%n highlights, kept at %2. Restore them? Discard deletes them for good.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>Unsaved highlights</source>
            <translation>Unsaved highlights</translation>
        </message>
        <message>
            <source>Your highlights have changed since they were last saved. Save them first?</source>
            <translation>Your highlights have changed since they were last saved. Save them first?</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save highlights</source>
            <translation>Save highlights</translation>
        </message>
        <message>
            <source>Submissions (*.submission.xml)</source>
            <translation>Submissions (*.submission.xml)</translation>
        </message>
        <message>
            <source>Which exercise?</source>
            <translation>Which exercise?</translation>
        </message>
        <message>
            <source>This submission was made for the exercise “%1”, which is not beside it. Please choose that exercise file.</source>
            <translation>This submission was made for the exercise “%1”, which is not beside it. Please choose that exercise file.</translation>
        </message>
        <message>
            <source>Choose the exercise</source>
            <translation>Choose the exercise</translation>
        </message>
        <message>
            <source>Exercises (*.exercise.xml)</source>
            <translation>Exercises (*.exercise.xml)</translation>
        </message>
        <message>
            <source>Hand in</source>
            <translation>Hand in</translation>
        </message>
        <message numerus="yes">
            <source>Hand in %n highlights as attempt %1?</source>
            <translation>
                <numerusform>Hand in %n highlight as attempt %1?</numerusform>
                <numerusform>Hand in %n highlights as attempt %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Your work is saved and this attempt is kept as it is now. You can go on revising and hand in again.</source>
            <translation>Your work is saved and this attempt is kept as it is now. You can go on revising and hand in again.</translation>
        </message>
        <message>
            <source>&amp;Hand in</source>
            <translation>&amp;Hand in</translation>
        </message>
        <message>
            <source>Unlock the key</source>
            <translation>Unlock the key</translation>
        </message>
        <message>
            <source>The code your instructor gave you (four words, for example luna-campo-verde-salto):</source>
            <translation>The code your instructor gave you (four words, for example luna-campo-verde-salto):</translation>
        </message>
        <message>
            <source>Open the released key</source>
            <translation>Open the released key</translation>
        </message>
        <message>
            <source>Keys (*.key.xml);;All files (*)</source>
            <translation>Keys (*.key.xml);;All files (*)</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Changed on disk</translation>
        </message>
        <message>
            <source>%1 was changed by another program since you opened or saved it.</source>
            <translation>%1 was changed by another program since you opened or saved it.</translation>
        </message>
        <message>
            <source>Keep theirs: show the version on disk (yours is kept beside it as a conflict copy). Keep mine: save yours (theirs is kept as the conflict copy). Save as: save yours under another name. Nothing is merged.</source>
            <translation>Keep theirs: show the version on disk (yours is kept beside it as a conflict copy). Keep mine: save yours (theirs is kept as the conflict copy). Save as: save yours under another name. Nothing is merged.</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Keep &amp;theirs</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>Open in another window</source>
            <translation>Open in another window</translation>
        </message>
        <message>
            <source>This work is open in %1.</source>
            <translation>This work is open in %1.</translation>
        </message>
        <message>
            <source>Two windows saving the same work would overwrite each other. Open it read-only here, or as a copy that you save under another name.</source>
            <translation>Two windows saving the same work would overwrite each other. Open it read-only here, or as a copy that you save under another name.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>Work on a &amp;copy</source>
            <translation>Work on a &amp;copy</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 File</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Go to the parent directory</translation>
        </message>
    </context>
    <context>
        <name>Quitting</name>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close this window; the others stay open</source>
            <translation>Close this window; the others stay open</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close every window of the app; each asks first about unsaved work</source>
            <translation>Close every window of the app; each asks first about unsaved work</translation>
        </message>
    </context>
    <context>
        <name>ReleaseCode</name>
        <message>
            <source>Release code</source>
            <translation>Release code</translation>
        </message>
        <message>
            <source>The sealed student copy is in %1. Hand it out. When your trainees may check their work, give them this code:</source>
            <translation>The sealed student copy is in %1. Hand it out. When your trainees may check their work, give them this code:</translation>
        </message>
        <message>
            <source>The code is also kept in your exercise file, so you can look it up later. Anyone who has it can open the key.</source>
            <translation>The code is also kept in your exercise file, so you can look it up later. Anyone who has it can open the key.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
    </context>
    <context>
        <name>ScoreCard</name>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Your score %1 of 100; passing starts at %2</source>
            <translation>Your score %1 of 100; passing starts at %2</translation>
        </message>
        <message>
            <source>Score %1 of 100; passing starts at %2</source>
            <translation>Score %1 of 100; passing starts at %2</translation>
        </message>
        <message>
            <source>A passage you found in part counts for the part you found.</source>
            <translation>A passage you found in part counts for the part you found.</translation>
        </message>
        <message>
            <source>Only passages marked exactly as the expert marked them count.</source>
            <translation>Only passages marked exactly as the expert marked them count.</translation>
        </message>
        <message>
            <source>A highlight that touches an expert's passage counts as found.</source>
            <translation>A highlight that touches an expert's passage counts as found.</translation>
        </message>
        <message>
            <source>of 100</source>
            <translation>of 100</translation>
        </message>
        <message>
            <source>✓ Passed</source>
            <translation>✓ Passed</translation>
        </message>
        <message>
            <source>✗ Not passed yet</source>
            <translation>✗ Not passed yet</translation>
        </message>
        <message>
            <source>✗ Not passed</source>
            <translation>✗ Not passed</translation>
        </message>
        <message>
            <source>pass mark %1</source>
            <translation>pass mark %1</translation>
        </message>
        <message>
            <source>✎ %1 without the instructor's decisions</source>
            <translation>✎ %1 without the instructor's decisions</translation>
        </message>
        <message>
            <source>In figures: %1</source>
            <translation>In figures: %1</translation>
        </message>
        <message>
            <source>Judgements: %1 of %2 as the expert judged them</source>
            <translation>Judgements: %1 of %2 as the expert judged them</translation>
        </message>
        <message>
            <source>they make up %1 of the score</source>
            <translation>they make up %1 of the score</translation>
        </message>
        <message>
            <source>they do not change the score</source>
            <translation>they do not change the score</translation>
        </message>
        <message>
            <source>precision %1 · recall %2 · F1 %3</source>
            <translation>precision %1 · recall %2 · F1 %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Folder for submissions</source>
            <translation>Folder for submissions</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Same as this computer (%1)</source>
            <translation>Same as this computer (%1)</translation>
        </message>
        <message>
            <source>The language of menus, messages, help and feedback</source>
            <translation>The language of menus, messages, help and feedback</translation>
        </message>
        <message>
            <source>Same as this computer (light or dark)</source>
            <translation>Same as this computer (light or dark)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>High contrast: white and yellow on black, with thick outlines around the focused control</source>
            <translation>High contrast: white and yellow on black, with thick outlines around the focused control</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Same as this computer</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Text size of menus, lists and buttons</source>
            <translation>Text size of menus, lists and buttons</translation>
        </message>
        <message>
            <source>Text size of the article (also Ctrl++ and Ctrl+−)</source>
            <translation>Text size of the article (also Ctrl++ and Ctrl+−)</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>Suggested when an exercise opens; on a shared computer, leave it empty</source>
            <translation>Suggested when an exercise opens; on a shared computer, leave it empty</translation>
        </message>
        <message>
            <source>Optional, as your teacher gave it</source>
            <translation>Optional, as your teacher gave it</translation>
        </message>
        <message>
            <source>The student id your teacher uses</source>
            <translation>The student id your teacher uses</translation>
        </message>
        <message>
            <source>Only for instructors</source>
            <translation>Only for instructors</translation>
        </message>
        <message>
            <source>Signs the decisions you take on trainees' work in the class window</source>
            <translation>Signs the decisions you take on trainees' work in the class window</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Where Save suggests putting a new submission file; saving in another folder makes that one the suggestion</source>
            <translation>Where Save suggests putting a new submission file; saving in another folder makes that one the suggestion</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Pick the folder in a file dialog</source>
            <translation>Pick the folder in a file dialog</translation>
        </message>
        <message>
            <source>Screen reader: say the &amp;highlight the caret enters</source>
            <translation>Screen reader: say the &amp;highlight the caret enters</translation>
        </message>
        <message>
            <source>Moving the caret into a highlight speaks its category and note (in check mode: its verdict and why); turn off if it talks too much</source>
            <translation>Moving the caret into a highlight speaks its category and note (in check mode: its verdict and why); turn off if it talks too much</translation>
        </message>
        <message>
            <source>Language and look</source>
            <translation>Language and look</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <source>&amp;Interface text:</source>
            <translation>&amp;Interface text:</translation>
        </message>
        <message>
            <source>&amp;Article text:</source>
            <translation>&amp;Article text:</translation>
        </message>
        <message>
            <source>Trainee and files</source>
            <translation>Trainee and files</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Student &amp;id:</source>
            <translation>Student &amp;id:</translation>
        </message>
        <message>
            <source>&amp;Folder for submissions:</source>
            <translation>&amp;Folder for submissions:</translation>
        </message>
        <message>
            <source>Instructo&amp;r's name:</source>
            <translation>Instructo&amp;r's name:</translation>
        </message>
        <message>
            <source>%1 from the next time annotator starts.</source>
            <translation>%1 from the next time annotator starts.</translation>
        </message>
        <message>
            <source>⚠ There is no folder “%1”. Choose an existing folder.</source>
            <translation>⚠ There is no folder “%1”. Choose an existing folder.</translation>
        </message>
    </context>
    <context>
        <name>SharedWork</name>
        <message>
            <source>another annotator window</source>
            <translation>another annotator window</translation>
        </message>
        <message>
            <source>another annotator window (process %1 on %2, since %3)</source>
            <translation>another annotator window (process %1 on %2, since %3)</translation>
        </message>
        <message>
            <source>%1 is open in %2. Save under another name, so that neither window overwrites the other's work.</source>
            <translation>%1 is open in %2. Save under another name, so that neither window overwrites the other's work.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Other keys</source>
            <translation>Other keys</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>, note: %1</source>
            <translation>, note: %1</translation>
        </message>
        <message>
            <source>Say the highlight here</source>
            <translation>Say the highlight here</translation>
        </message>
        <message>
            <source>A screen reader says the highlights where the caret is, or that there are none (%1)</source>
            <translation>A screen reader says the highlights where the caret is, or that there are none (%1)</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Redone: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n highlights added</source>
            <translation>
                <numerusform>%n highlight added</numerusform>
                <numerusform>%n highlights added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n highlights removed</source>
            <translation>
                <numerusform>%n highlight removed</numerusform>
                <numerusform>%n highlights removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n highlights changed</source>
            <translation>
                <numerusform>%n highlight changed</numerusform>
                <numerusform>%n highlights changed</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlight added: %1</source>
            <translation>Highlight added: %1</translation>
        </message>
        <message>
            <source>Highlight removed: %1</source>
            <translation>Highlight removed: %1</translation>
        </message>
        <message>
            <source>Category changed: %1</source>
            <translation>Category changed: %1</translation>
        </message>
        <message>
            <source>Note changed: %1</source>
            <translation>Note changed: %1</translation>
        </message>
        <message>
            <source>No highlight here</source>
            <translation>No highlight here</translation>
        </message>
    </context>
    <context>
        <name>TagsetEditor</name>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Spans</source>
            <translation>Spans</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>The id used in files and gradebook columns: letters, digits, '-'</source>
            <translation>The id used in files and gradebook columns: letters, digits, '-'</translation>
        </message>
        <message>
            <source>Name shown in Spanish</source>
            <translation>Name shown in Spanish</translation>
        </message>
        <message>
            <source>Name shown in English</source>
            <translation>Name shown in English</translation>
        </message>
        <message>
            <source>What to mark with this category: trainees see it in the legend</source>
            <translation>What to mark with this category: trainees see it in the legend</translation>
        </message>
        <message>
            <source>One key that marks the selection with this category (no two alike)</source>
            <translation>One key that marks the selection with this category (no two alike)</translation>
        </message>
        <message>
            <source>The palette's colours stay distinct for colour-blind readers; each category also has its own line style</source>
            <translation>The palette's colours stay distinct for colour-blind readers; each category also has its own line style</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>Add category</translation>
        </message>
        <message>
            <source>Add a category with the next safe colour and a free key</source>
            <translation>Add a category with the next safe colour and a free key</translation>
        </message>
        <message>
            <source>Remove category</source>
            <translation>Remove category</translation>
        </message>
        <message>
            <source>Remove the chosen category (asks first if spans use it)</source>
            <translation>Remove the chosen category (asks first if spans use it)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Earlier in the legend and toolbar</source>
            <translation>Earlier in the legend and toolbar</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Later in the legend and toolbar</source>
            <translation>Later in the legend and toolbar</translation>
        </message>
        <message>
            <source>&amp;Name (es / en):</source>
            <translation>&amp;Name (es / en):</translation>
        </message>
        <message>
            <source>&amp;What to mark (es):</source>
            <translation>&amp;What to mark (es):</translation>
        </message>
        <message>
            <source>W&amp;hat to mark (en):</source>
            <translation>W&amp;hat to mark (en):</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>Ke&amp;y:</translation>
        </message>
        <message>
            <source>Co&amp;lour:</source>
            <translation>Co&amp;lour:</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Id:</translation>
        </message>
        <message>
            <source>Other colour…</source>
            <translation>Other colour…</translation>
        </message>
    </context>
    <context>
        <name>TextLimits</name>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 of %2 characters</translation>
        </message>
        <message>
            <source>Not added: this can have at most %1 characters. Nothing was cut.</source>
            <translation>Not added: this can have at most %1 characters. Nothing was cut.</translation>
        </message>
    </context>
    <context>
        <name>ToolBar</name>
        <message>
            <source>More tools</source>
            <translation>More tools</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <source>Guided example</source>
            <translation>Guided example</translation>
        </message>
        <message>
            <source>Go to the guided example's buttons</source>
            <translation>Go to the guided example's buttons</translation>
        </message>
        <message>
            <source>Move to Skip step and End tour, and back to where you were</source>
            <translation>Move to Skip step and End tour, and back to where you were</translation>
        </message>
        <message>
            <source>Select the words «%1» in the article: drag over them with the mouse, or press Ctrl+F, type them, press Enter and then Esc. This is practice: nothing you do here is saved. F6 takes you to the buttons of this strip.</source>
            <translation>Select the words «%1» in the article: drag over them with the mouse, or press Ctrl+F, type them, press Enter and then Esc. This is practice: nothing you do here is saved. F6 takes you to the buttons of this strip.</translation>
        </message>
        <message>
            <source>Press %2 to mark «%1» as %3 (or click %3 under “What to mark”). Each category has its own key.</source>
            <translation>Press %2 to mark «%1» as %3 (or click %3 under “What to mark”). Each category has its own key.</translation>
        </message>
        <message>
            <source>Answer the question beside your highlight: press the number of your answer, then Enter. If the question closed, Ctrl+J opens it again.</source>
            <translation>Answer the question beside your highlight: press the number of your answer, then Enter. If the question closed, Ctrl+J opens it again.</translation>
        </message>
        <message>
            <source>Say why you marked it: press F2, write a few words and press Enter.</source>
            <translation>Say why you marked it: press F2, write a few words and press Enter.</translation>
        </message>
        <message>
            <source>Changed your mind? Press Ctrl+Z to undo your last change, then Ctrl+Shift+Z to bring it back.</source>
            <translation>Changed your mind? Press Ctrl+Z to undo your last change, then Ctrl+Shift+Z to bring it back.</translation>
        </message>
        <message>
            <source>Compare with the expert: press Ctrl+K (Check against the key). The key is one expert's reading, not the only right answer.</source>
            <translation>Compare with the expert: press Ctrl+K (Check against the key). The key is one expert's reading, not the only right answer.</translation>
        </message>
        <message>
            <source>One highlight finds one passage of the expert's, so the score is low: that is expected here. Press F8 to go to the next difference and read why the expert marked it so.</source>
            <translation>One highlight finds one passage of the expert's, so the score is low: that is expected here. Press F8 to go to the next difference and read why the expert marked it so.</translation>
        </message>
        <message>
            <source>Well done: you marked, answered, noted, undid and checked. Press Enter to go back to the library and choose an exercise, or End tour to go on with this example.</source>
            <translation>Well done: you marked, answered, noted, undid and checked. Press Enter to go back to the library and choose an exercise, or End tour to go on with this example.</translation>
        </message>
        <message>
            <source>Practice: not saved</source>
            <translation>Practice: not saved</translation>
        </message>
        <message>
            <source>Guided example ended. Your practice marks are not saved; Help › Guided example starts it again.</source>
            <translation>Guided example ended. Your practice marks are not saved; Help › Guided example starts it again.</translation>
        </message>
        <message>
            <source>New here? Try the 5-minute guided example: it shows you, step by step, how to mark a passage, answer a question about it, write a note and check your work against an expert's.</source>
            <translation>New here? Try the 5-minute guided example: it shows you, step by step, how to mark a passage, answer a question about it, write a note and check your work against an expert's.</translation>
        </message>
        <message>
            <source>Start the &amp;guided example</source>
            <translation>Start the &amp;guided example</translation>
        </message>
        <message>
            <source>No th&amp;anks</source>
            <translation>No th&amp;anks</translation>
        </message>
        <message>
            <source>Do not offer it again; Help › Guided example still starts it</source>
            <translation>Do not offer it again; Help › Guided example still starts it</translation>
        </message>
        <message>
            <source>S&amp;kip step</source>
            <translation>S&amp;kip step</translation>
        </message>
        <message>
            <source>Go on to the next step without doing this one</source>
            <translation>Go on to the next step without doing this one</translation>
        </message>
        <message>
            <source>Back to the &amp;library</source>
            <translation>Back to the &amp;library</translation>
        </message>
        <message>
            <source>End the guided example and choose an exercise</source>
            <translation>End the guided example and choose an exercise</translation>
        </message>
        <message>
            <source>E&amp;nd tour</source>
            <translation>E&amp;nd tour</translation>
        </message>
        <message>
            <source>Stop the guided example and go on on your own (F6, then Esc)</source>
            <translation>Stop the guided example and go on on your own (F6, then Esc)</translation>
        </message>
        <message>
            <source>Guided example · step %1 of %2</source>
            <translation>Guided example · step %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>TraineeDialog</name>
        <message>
            <source>Who is working?</source>
            <translation>Who is working?</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This computer may be shared. Check that the name below is yours before you start: your highlights and any unsaved work are kept under it.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This computer may be shared. Check that the name below is yours before you start: your highlights and any unsaved work are kept under it.</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>Optional, as your teacher gave it</source>
            <translation>Optional, as your teacher gave it</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Student &amp;id:</source>
            <translation>Student &amp;id:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Not me: &amp;clear</source>
            <translation>Not me: &amp;clear</translation>
        </message>
    </context>
    <context>
        <name>TraineeView</name>
        <message>
            <source>%1 — comparison with the expert</source>
            <translation>%1 — comparison with the expert</translation>
        </message>
        <message>
            <source>first attempt</source>
            <translation>first attempt</translation>
        </message>
        <message>
            <source>last attempt</source>
            <translation>last attempt</translation>
        </message>
        <message>
            <source>current highlights</source>
            <translation>current highlights</translation>
        </message>
    </context>
    <context>
        <name>Verdicts</name>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>In part</source>
            <translation>In part</translation>
        </message>
        <message>
            <source>Other category</source>
            <translation>Other category</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Not on the expert's list</source>
            <translation>Not on the expert's list</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Accepted by the instructor</source>
            <translation>Accepted by the instructor</translation>
        </message>
        <message>
            <source>Excused by the instructor</source>
            <translation>Excused by the instructor</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>Mark “%1”</source>
            <translation>Mark “%1”</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Delete “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n highlights</source>
            <translation>
                <numerusform>Delete %n highlight</numerusform>
                <numerusform>Delete %n highlights</numerusform>
            </translation>
        </message>
        <message>
            <source>Change category of “%1”</source>
            <translation>Change category of “%1”</translation>
        </message>
        <message>
            <source>Edit note of “%1”</source>
            <translation>Edit note of “%1”</translation>
        </message>
        <message>
            <source>Change judgement of “%1”</source>
            <translation>Change judgement of “%1”</translation>
        </message>
        <message>
            <source>Restore recovered work</source>
            <translation>Restore recovered work</translation>
        </message>
    </context>
</TS>