<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Highlight claims, attributions and framing in news articles, then compare with an expert's answer, span by span.</source>
            <translation>Marca afirmaciones, atribuciones y encuadres en noticias y compáralos con la respuesta de un experto, pasaje por pasaje.</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versión %1</translation>
        </message>
        <message>
            <source>Free software under the licence %1: you may use it, study it, share it and change it; if you share changed copies, share them under the same licence.</source>
            <translation>Software libre con la licencia %1: puedes usarlo, estudiarlo, compartirlo y modificarlo; si compartes copias modificadas, hazlo con la misma licencia.</translation>
        </message>
        <message>
            <source>Built on</source>
            <translation>Hecho con</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Componente</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used as shared libraries under the LGPL-3.0; you may replace them with other versions.</source>
            <translation>Qt y PySide6 se usan como bibliotecas compartidas con la licencia LGPL-3.0; puedes sustituirlas por otras versiones.</translation>
        </message>
        <message>
            <source>About annotator</source>
            <translation>Acerca de annotator</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Qt's own version and licence</source>
            <translation>La versión y la licencia de Qt</translation>
        </message>
    </context>
    <context>
        <name>AcceptDialog</name>
        <message>
            <source>Accept for the whole class</source>
            <translation>Aceptar para toda la clase</translation>
        </message>
        <message>
            <source>Add «%1» to the expert's key. The exercise gets a new version (the old one is kept) and the class is graded again.</source>
            <translation>Añadir «%1» a la clave del experto. El ejercicio pasa a una versión nueva (la anterior se conserva) y la clase se vuelve a calificar.</translation>
        </message>
        <message>
            <source>As another right extent of the expert's «%1»</source>
            <translation>Como otra extensión correcta de «%1» del experto</translation>
        </message>
        <message>
            <source>As an optional passage: marking it neither adds nor takes away</source>
            <translation>Como pasaje opcional: marcarlo no suma ni resta</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <source>Why the passage is right too, in words a trainee understands</source>
            <translation>Por qué este pasaje también vale, con palabras que un alumno entienda</translation>
        </message>
        <message>
            <source>&amp;Explanation:</source>
            <translation>&amp;Explicación:</translation>
        </message>
    </context>
    <context>
        <name>AcceptedAnswers</name>
        <message>
            <source>Answers the expert accepts</source>
            <translation>Respuestas que acepta el experto</translation>
        </message>
        <message>
            <source>A trainee who finds this passage is told whether their answer is one of these. Tick several when more than one is right; none: the question is not graded here.</source>
            <translation>Al alumno que encuentre este pasaje se le dice si su respuesta es una de estas. Marca varias si hay más de una correcta; ninguna: aquí la pregunta no puntúa.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationModel</name>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Juicio</translation>
        </message>
        <message>
            <source>(not found in the text) </source>
            <translation>(no está en el texto) </translation>
        </message>
        <message>
            <source>No note yet: press F2 to write one.</source>
            <translation>Aún sin nota: pulsa F2 para escribir una.</translation>
        </message>
        <message>
            <source>, no note</source>
            <translation>, sin nota</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Category of the highlight</source>
            <translation>Categoría del subrayado</translation>
        </message>
        <message>
            <source>Not judged yet</source>
            <translation>Sin juzgar todavía</translation>
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation>Nota del subrayado</translation>
        </message>
        <message>
            <source>Your note on this highlight. Enter keeps it, Esc cancels.</source>
            <translation>Tu nota sobre este subrayado. Intro la guarda; Esc la descarta.</translation>
        </message>
        <message>
            <source>F2: add a note</source>
            <translation>F2: añadir una nota</translation>
        </message>
        <message>
            <source>Your highlights</source>
            <translation>Tus subrayados</translation>
        </message>
        <message numerus="yes">
            <source>Your highlights (%n)</source>
            <translation>
                <numerusform>Tus subrayados (%n)</numerusform>
                <numerusform>Tus subrayados (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing marked yet. Select words in the article, then press 1, 2 or 3 (or click a category above).</source>
            <translation>Aún no has marcado nada. Selecciona palabras en la noticia y pulsa 1, 2 o 3 (o haz clic en una categoría de arriba).</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
    </context>
    <context>
        <name>AttemptChoice</name>
        <message>
            <source>As the check policy says</source>
            <translation>Según la norma de comprobación</translation>
        </message>
        <message>
            <source>First attempt</source>
            <translation>Primer intento</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Último intento</translation>
        </message>
        <message>
            <source>Current highlights</source>
            <translation>Subrayados actuales</translation>
        </message>
        <message>
            <source>&amp;Attempt graded:</source>
            <translation>&amp;Intento calificado:</translation>
        </message>
        <message>
            <source>Which attempt is graded</source>
            <translation>Qué intento se califica</translation>
        </message>
        <message>
            <source>Which of each trainee's attempts the gradebook, the overview and the exports use. As the check policy says: the first attempt when the exercise asks trainees to hand in before they check, else the current highlights</source>
            <translation>Qué intento de cada estudiante usan las notas, el resumen y las exportaciones. Según la norma de comprobación: el primer intento cuando el ejercicio pide entregar antes de comprobar; si no, los subrayados actuales</translation>
        </message>
    </context>
    <context>
        <name>AuthoringCommands</name>
        <message>
            <source>Edit block %1</source>
            <translation>Editar el bloque %1</translation>
        </message>
        <message>
            <source>Split block %1</source>
            <translation>Dividir el bloque %1</translation>
        </message>
        <message>
            <source>Merge block %1 with the next</source>
            <translation>Unir el bloque %1 con el siguiente</translation>
        </message>
        <message>
            <source>Delete block %1</source>
            <translation>Borrar el bloque %1</translation>
        </message>
        <message>
            <source>Insert block %1</source>
            <translation>Insertar el bloque %1</translation>
        </message>
        <message>
            <source>Change the kind of block %1</source>
            <translation>Cambiar el tipo del bloque %1</translation>
        </message>
        <message>
            <source>Move block %1</source>
            <translation>Mover el bloque %1</translation>
        </message>
        <message>
            <source>Add category %1</source>
            <translation>Añadir la categoría %1</translation>
        </message>
        <message>
            <source>Remove category %1</source>
            <translation>Quitar la categoría %1</translation>
        </message>
        <message>
            <source>Rename category to %1</source>
            <translation>Cambiar el nombre de la categoría a %1</translation>
        </message>
        <message>
            <source>Change category %1</source>
            <translation>Cambiar la categoría %1</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Cambiar %1</translation>
        </message>
        <message>
            <source>Edit the exercise details</source>
            <translation>Editar los datos del ejercicio</translation>
        </message>
        <message>
            <source>Change the grading settings</source>
            <translation>Cambiar la forma de calificar</translation>
        </message>
        <message>
            <source>Place “%1”</source>
            <translation>Colocar «%1»</translation>
        </message>
        <message>
            <source>Change category of “%1”</source>
            <translation>Cambiar la categoría de «%1»</translation>
        </message>
        <message>
            <source>Make “%1” required or optional</source>
            <translation>Hacer «%1» obligatorio u opcional</translation>
        </message>
        <message>
            <source>Add an alternative to “%1”</source>
            <translation>Añadir una alternativa a «%1»</translation>
        </message>
        <message>
            <source>Remove an alternative of “%1”</source>
            <translation>Quitar una alternativa de «%1»</translation>
        </message>
        <message>
            <source>Change the answers accepted for “%1”</source>
            <translation>Cambiar las respuestas aceptadas de «%1»</translation>
        </message>
        <message>
            <source>Edit explanation of “%1”</source>
            <translation>Editar la explicación de «%1»</translation>
        </message>
        <message>
            <source>Change the course and teacher's notes</source>
            <translation>Cambiar el curso y las notas para el docente</translation>
        </message>
    </context>
    <context>
        <name>AuthoringErrors</name>
        <message>
            <source>the exercise id cannot be empty</source>
            <translation>el identificador del ejercicio no puede estar vacío</translation>
        </message>
        <message>
            <source>the category id cannot be empty</source>
            <translation>el identificador de la categoría no puede estar vacío</translation>
        </message>
        <message>
            <source>{id} is not a valid exercise id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} no es un identificador de ejercicio válido: usa letras, cifras, «-», «_» o «.», empezando por una letra</translation>
        </message>
        <message>
            <source>{id} is not a valid category id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} no es un identificador de categoría válido: usa letras, cifras, «-», «_» o «.», empezando por una letra</translation>
        </message>
        <message>
            <source>the exercise needs a title</source>
            <translation>el ejercicio necesita un título</translation>
        </message>
        <message>
            <source>{language} is not a language code such as es or en</source>
            <translation>{language} no es un código de idioma como es o en</translation>
        </message>
        <message>
            <source>the version must be one word, such as 1 or 2b</source>
            <translation>la versión debe ser una sola palabra, como 1 o 2b</translation>
        </message>
        <message>
            <source>no key span {id}</source>
            <translation>no existe el pasaje de la clave {id}</translation>
        </message>
        <message>
            <source>range {start}-{end} is not inside the text</source>
            <translation>el intervalo {start}-{end} no está dentro del texto</translation>
        </message>
        <message>
            <source>key span {id} already exists</source>
            <translation>el pasaje de la clave {id} ya existe</translation>
        </message>
        <message>
            <source>cannot change {fields} of a key span</source>
            <translation>no se puede cambiar {fields} de un pasaje de la clave</translation>
        </message>
        <message>
            <source>duplicate key span id {id}</source>
            <translation>identificador de pasaje de la clave repetido: {id}</translation>
        </message>
        <message>
            <source>unknown category {id}</source>
            <translation>categoría desconocida: {id}</translation>
        </message>
        <message>
            <source>an article needs at least one block</source>
            <translation>una noticia necesita al menos un bloque</translation>
        </message>
        <message>
            <source>an exercise needs at least one category</source>
            <translation>un ejercicio necesita al menos una categoría</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>there is no block {number}</source>
            <translation>no existe el bloque {number}</translation>
        </message>
        <message>
            <source>unknown block kind {kind}</source>
            <translation>tipo de bloque desconocido: {kind}</translation>
        </message>
        <message>
            <source>a block cannot be empty: delete it instead</source>
            <translation>un bloque no puede estar vacío: bórralo</translation>
        </message>
        <message>
            <source>put the cursor inside the text to split it: one side is empty</source>
            <translation>pon el cursor dentro del texto para dividirlo: uno de los lados queda vacío</translation>
        </message>
        <message>
            <source>the last block has nothing after it to merge with</source>
            <translation>el último bloque no tiene nada detrás con lo que unirse</translation>
        </message>
        <message>
            <source>there is no place {number} for a block</source>
            <translation>no hay una posición {number} para un bloque</translation>
        </message>
        <message>
            <source>a block cannot be empty</source>
            <translation>un bloque no puede estar vacío</translation>
        </message>
        <message>
            <source>two categories cannot share the id {id}</source>
            <translation>dos categorías no pueden compartir el identificador {id}</translation>
        </message>
        <message>
            <source>the key {key} is already the shortcut of {category}</source>
            <translation>la tecla {key} ya es el atajo de {category}</translation>
        </message>
        <message>
            <source>the category {id} needs a label</source>
            <translation>la categoría {id} necesita un nombre</translation>
        </message>
        <message>
            <source>{count} key spans give {what}</source>
            <translation>{count} pasajes de la clave dan {what}</translation>
        </message>
        <message>
            <source>there is no question {id}</source>
            <translation>no hay ninguna pregunta {id}</translation>
        </message>
        <message>
            <source>a question needs a label</source>
            <translation>una pregunta necesita un nombre</translation>
        </message>
        <message>
            <source>the category {id} already asks the course's questions</source>
            <translation>la categoría {id} ya hace las preguntas del curso</translation>
        </message>
        <message>
            <source>a text question has no answers to choose from</source>
            <translation>una pregunta de texto no tiene respuestas para elegir</translation>
        </message>
        <message>
            <source>there is no answer {id}</source>
            <translation>no hay ninguna respuesta {id}</translation>
        </message>
        <message>
            <source>an answer needs a label</source>
            <translation>una respuesta necesita un nombre</translation>
        </message>
        <message>
            <source>a question needs at least one answer</source>
            <translation>una pregunta necesita al menos una respuesta</translation>
        </message>
        <message>
            <source>there is no category {id}</source>
            <translation>no existe la categoría {id}</translation>
        </message>
        <message>
            <source>a category needs a label</source>
            <translation>una categoría necesita un nombre</translation>
        </message>
        <message>
            <source>there is already a category {id}</source>
            <translation>ya existe una categoría {id}</translation>
        </message>
        <message>
            <source>{color} is not a colour like #0072b2</source>
            <translation>{color} no es un color como #0072b2</translation>
        </message>
        <message>
            <source>a shortcut is a single key</source>
            <translation>un atajo es una sola tecla</translation>
        </message>
        <message>
            <source>{count} key spans use the category {category}</source>
            <translation>hay pasajes de la clave que usan la categoría {category}: {count}</translation>
        </message>
        <message>
            <source>key span {id} already has exactly this extent</source>
            <translation>el pasaje de la clave {id} ya tiene exactamente esta extensión</translation>
        </message>
        <message>
            <source>key span {id} has no alternative {n}</source>
            <translation>el pasaje de la clave {id} no tiene alternativa {n}</translation>
        </message>
        <message>
            <source>the level must be 1, 2 or 3</source>
            <translation>el nivel tiene que ser 1, 2 o 3</translation>
        </message>
        <message>
            <source>the minutes must be a whole number from 1 to 600</source>
            <translation>los minutos tienen que ser un número entero de 1 a 600</translation>
        </message>
        <message>
            <source>an exercise cannot be paired with itself</source>
            <translation>un ejercicio no se puede comparar consigo mismo</translation>
        </message>
        <message>
            <source>two skills cannot share the id {id}</source>
            <translation>dos destrezas no pueden tener el mismo identificador {id}</translation>
        </message>
        <message>
            <source>the licence can have at most {limit} characters</source>
            <translation>la licencia puede tener como mucho {limit} caracteres</translation>
        </message>
        <message>
            <source>a skill label can have at most {limit} characters</source>
            <translation>el nombre de una destreza puede tener como mucho {limit} caracteres</translation>
        </message>
        <message>
            <source>a note can have at most {limit} characters</source>
            <translation>una nota puede tener como mucho {limit} caracteres</translation>
        </message>
        <message>
            <source>{id} is not a valid skill id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} no es un identificador de destreza válido: usa letras, cifras, '-', '_' o '.', empezando por una letra</translation>
        </message>
        <message>
            <source>{id} is not an exercise id: use letters, digits, '-', '_' or '.', starting with a letter</source>
            <translation>{id} no es un identificador de ejercicio: usa letras, cifras, '-', '_' o '.', empezando por una letra</translation>
        </message>
    </context>
    <context>
        <name>AuthoringPrompts</name>
        <message>
            <source>Exercises (*.exercise.xml)</source>
            <translation>Ejercicios (*.exercise.xml)</translation>
        </message>
        <message>
            <source>Articles: web pages and text (*.html *.htm *.txt);;All files (*)</source>
            <translation>Noticias: páginas web y texto (*.html *.htm *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Keys (*.key.xml)</source>
            <translation>Claves (*.key.xml)</translation>
        </message>
        <message>
            <source>Open an exercise</source>
            <translation>Abrir un ejercicio</translation>
        </message>
        <message>
            <source>Open an article</source>
            <translation>Abrir una noticia</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Save the exercise (with its key)</source>
            <translation>Guardar el ejercicio (con su clave)</translation>
        </message>
        <message>
            <source>Export the student copy (no key)</source>
            <translation>Exportar la copia para estudiantes (sin clave)</translation>
        </message>
        <message>
            <source>Export the sealed student copy</source>
            <translation>Exportar la copia sellada para estudiantes</translation>
        </message>
        <message>
            <source>Export the key</source>
            <translation>Exportar la clave</translation>
        </message>
        <message>
            <source>Unsaved exercise</source>
            <translation>Ejercicio sin guardar</translation>
        </message>
        <message>
            <source>This exercise has changed since it was last saved. Save it first?</source>
            <translation>Este ejercicio ha cambiado desde la última vez que se guardó. ¿Quieres guardarlo antes?</translation>
        </message>
        <message>
            <source>Choose a folder to write into</source>
            <translation>Elige una carpeta donde escribir</translation>
        </message>
    </context>
    <context>
        <name>AuthoringWindow</name>
        <message>
            <source>&amp;New exercise…</source>
            <translation>&amp;Nuevo ejercicio…</translation>
        </message>
        <message>
            <source>Start an exercise from pasted text, a saved web page, a text file or a copy of another exercise</source>
            <translation>Empezar un ejercicio con texto pegado, una página web guardada, un archivo de texto o una copia de otro ejercicio</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open an exercise to edit, or a saved web page or text file to start from</source>
            <translation>Abrir un ejercicio para editarlo, o una página web guardada o un archivo de texto para empezar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save the exercise with its key (checked against the format)</source>
            <translation>Guardar el ejercicio con su clave (comprobando el formato)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar c&amp;omo…</translation>
        </message>
        <message>
            <source>Save the exercise to another file</source>
            <translation>Guardar el ejercicio en otro archivo</translation>
        </message>
        <message>
            <source>Export &amp;student copy…</source>
            <translation>Exportar copia para &amp;estudiantes…</translation>
        </message>
        <message>
            <source>Write the exercise without its key, to hand out</source>
            <translation>Escribir el ejercicio sin su clave, para repartirlo</translation>
        </message>
        <message>
            <source>Export s&amp;ealed student copy…</source>
            <translation>Exportar copia se&amp;llada para estudiantes…</translation>
        </message>
        <message>
            <source>Write the exercise with its key locked by a release code that you give trainees when they may check</source>
            <translation>Escribe el ejercicio con la clave cerrada por un código de apertura que das a tus estudiantes cuando puedan comprobar</translation>
        </message>
        <message>
            <source>Export &amp;key…</source>
            <translation>Exportar &amp;clave…</translation>
        </message>
        <message>
            <source>Write the key on its own, for grading</source>
            <translation>Escribir solo la clave, para calificar</translation>
        </message>
        <message>
            <source>&amp;W3C Web Annotation (JSON-LD)…</source>
            <translation>&amp;W3C Web Annotation (JSON-LD)…</translation>
        </message>
        <message>
            <source>The article and its key for Hypothesis and other W3C tools, into a folder</source>
            <translation>La noticia y su clave para Hypothesis y otras herramientas W3C, en una carpeta</translation>
        </message>
        <message>
            <source>&amp;INCEpTION (UIMA XMI)…</source>
            <translation>&amp;INCEpTION (UIMA XMI)…</translation>
        </message>
        <message>
            <source>The article and its key for INCEpTION, into a folder</source>
            <translation>La noticia y su clave para INCEpTION, en una carpeta</translation>
        </message>
        <message>
            <source>&amp;brat…</source>
            <translation>&amp;brat…</translation>
        </message>
        <message>
            <source>The article and its key for brat, into a folder</source>
            <translation>La noticia y su clave para brat, en una carpeta</translation>
        </message>
        <message>
            <source>&amp;Preview as student</source>
            <translation>&amp;Vista previa como estudiante</translation>
        </message>
        <message>
            <source>Open the exercise in the trainee workspace, as trainees see it</source>
            <translation>Abrir el ejercicio en el área de trabajo de estudiantes, tal como lo verán</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Deshacer el último cambio (Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Redo what was undone (Ctrl+Shift+Z)</source>
            <translation>Rehacer lo que se deshizo (Ctrl+Mayús+Z)</translation>
        </message>
        <message>
            <source>&amp;Exact selection</source>
            <translation>Selección &amp;exacta</translation>
        </message>
        <message>
            <source>Mark exactly what is selected instead of whole words (or hold Alt)</source>
            <translation>Marcar exactamente lo seleccionado en lugar de palabras completas (o mantén Alt)</translation>
        </message>
        <message>
            <source>&amp;Delete expert span</source>
            <translation>&amp;Borrar pasaje del experto</translation>
        </message>
        <message>
            <source>Delete the chosen expert span</source>
            <translation>Borrar el pasaje del experto elegido</translation>
        </message>
        <message>
            <source>E&amp;xplain span</source>
            <translation>E&amp;xplicar pasaje</translation>
        </message>
        <message>
            <source>Write the explanation of the chosen expert span</source>
            <translation>Escribir la explicación del pasaje del experto elegido</translation>
        </message>
        <message>
            <source>C&amp;ourse and teacher's notes…</source>
            <translation>Curso y &amp;notas para el docente…</translation>
        </message>
        <message>
            <source>Level, minutes, skills, the exercise it pairs with, the licence of the text, and your notes (never in a student copy)</source>
            <translation>Nivel, minutos, destrezas, el ejercicio con el que se compara, la licencia del texto y tus notas (nunca en una copia para el alumno)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Bu&amp;scar…</translation>
        </message>
        <message>
            <source>Find words in the article</source>
            <translation>Buscar palabras en el artículo</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Export for other annotation &amp;tools</source>
            <translation>Exportar para otras &amp;herramientas de anotación</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Mark</source>
            <translation>&amp;Marcar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Herramientas</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>↶ Undo</source>
            <translation>↶ Deshacer</translation>
        </message>
        <message>
            <source>↷ Redo</source>
            <translation>↷ Rehacer</translation>
        </message>
        <message>
            <source>Exact</source>
            <translation>Exacta</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Student copy</source>
            <translation>Copia para estudiantes</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Archivo de clave</translation>
        </message>
        <message>
            <source>Choose an expert span to explain first.</source>
            <translation>Primero elige un pasaje del experto para explicarlo.</translation>
        </message>
        <message>
            <source>Add the selection to the key as %1 (drawn with a %2); in the key list, change the chosen spans to %1</source>
            <translation>Añadir la selección a la clave como %1 (dibujada con %2); en la lista de la clave, cambiar a %1 los pasajes elegidos</translation>
        </message>
        <message>
            <source>Start a new exercise (Ctrl+N) or open one (Ctrl+O).</source>
            <translation>Empieza un ejercicio nuevo (Ctrl+N) o abre uno (Ctrl+O).</translation>
        </message>
        <message>
            <source>&amp;Key</source>
            <translation>C&amp;lave</translation>
        </message>
        <message>
            <source>The expert spans and their explanations (Ctrl+1)</source>
            <translation>Los pasajes del experto y sus explicaciones (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Blocks</source>
            <translation>&amp;Bloques</translation>
        </message>
        <message>
            <source>Fix the article: kinds, text, split, merge (Ctrl+2)</source>
            <translation>Arreglar la noticia: tipos, texto, dividir, unir (Ctrl+2)</translation>
        </message>
        <message>
            <source>&amp;Categories</source>
            <translation>&amp;Categorías</translation>
        </message>
        <message>
            <source>What trainees mark: names, colours, keys (Ctrl+3)</source>
            <translation>Lo que marcan tus estudiantes: nombres, colores, teclas (Ctrl+3)</translation>
        </message>
        <message>
            <source>&amp;Details &amp;&amp; grading</source>
            <translation>&amp;Datos y calificación</translation>
        </message>
        <message>
            <source>Title, instructions, source, scheme, pass mark (Ctrl+4)</source>
            <translation>Título, instrucciones, fuente, criterio, aprobado (Ctrl+4)</translation>
        </message>
        <message>
            <source>Not changed: %1</source>
            <translation>Sin cambios: %1</translation>
        </message>
        <message>
            <source>%1 moved to the nearest of several matches: check them</source>
            <translation>Pasajes movidos a la más cercana de varias coincidencias: %1; revísalos</translation>
        </message>
        <message>
            <source>⚠ %1 lost their words: kept in the Key list, marked ⚠, to place again</source>
            <translation>⚠ Pasajes que perdieron sus palabras: %1; siguen en la lista de la clave, marcados con ⚠, para colocarlos de nuevo</translation>
        </message>
        <message>
            <source>Remove a category in use?</source>
            <translation>¿Quitar una categoría en uso?</translation>
        </message>
        <message numerus="yes">
            <source>%n key spans follow the edited words</source>
            <translation>
                <numerusform>%n pasaje de la clave sigue a las palabras editadas</numerusform>
                <numerusform>%n pasajes de la clave siguen a las palabras editadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n found their words again</source>
            <translation>
                <numerusform>%n volvió a encontrar sus palabras</numerusform>
                <numerusform>%n volvieron a encontrar sus palabras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans are marked as “%1”. Removing the category removes them too (Undo brings both back).</source>
            <translation>
                <numerusform>%n pasaje del experto está marcado como «%1». Al quitar la categoría también se quita («Deshacer» recupera ambos).</numerusform>
                <numerusform>%n pasajes del experto están marcados como «%1». Al quitar la categoría también se quitan («Deshacer» recupera ambos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove category and %n spans</source>
            <translation>
                <numerusform>Quitar la categoría y %n pasaje</numerusform>
                <numerusform>Quitar la categoría y %n pasajes</numerusform>
            </translation>
        </message>
        <message>
            <source>Select words in the article first.</source>
            <translation>Primero selecciona palabras en la noticia.</translation>
        </message>
        <message>
            <source>Nothing to mark there: select some words.</source>
            <translation>Ahí no hay nada que marcar: selecciona algunas palabras.</translation>
        </message>
        <message>
            <source>An expert span can cover at most %1 characters; this one would cover %2. Select a shorter passage.</source>
            <translation>Un pasaje de la clave puede abarcar como mucho %1 caracteres; este abarcaría %2. Selecciona un fragmento más corto.</translation>
        </message>
        <message>
            <source>That is already in the key.</source>
            <translation>Eso ya está en la clave.</translation>
        </message>
        <message>
            <source>Added to the key. Write why it matters; Ctrl+Return goes back to the article.</source>
            <translation>Añadido a la clave. Escribe por qué importa; Ctrl+Intro vuelve a la noticia.</translation>
        </message>
        <message>
            <source>Choose an expert span to delete first.</source>
            <translation>Primero elige el pasaje del experto que quieres borrar.</translation>
        </message>
        <message>
            <source>Select the words in the article where the span belongs.</source>
            <translation>Selecciona en la noticia las palabras donde va el pasaje.</translation>
        </message>
        <message>
            <source>Select the other words the expert also accepts, then add them as an alternative.</source>
            <translation>Selecciona las otras palabras que el experto también acepta y añádelas como alternativa.</translation>
        </message>
        <message>
            <source>Alternative added: a trainee who marks these words finds the span too.</source>
            <translation>Alternativa añadida: un alumno que marque estas palabras también encuentra el pasaje.</translation>
        </message>
        <message>
            <source>Block %1 of %2</source>
            <translation>Bloque %1 de %2</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatorio</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>New exercise — annotator</source>
            <translation>Ejercicio nuevo — annotator</translation>
        </message>
        <message>
            <source>Authoring</source>
            <translation>Edición de ejercicios</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>aún sin guardar</translation>
        </message>
        <message>
            <source>%1 — %2[*] — annotator authoring</source>
            <translation>%1 — %2[*] — annotator, edición de ejercicios</translation>
        </message>
        <message numerus="yes">
            <source>%n blocks</source>
            <translation>
                <numerusform>%n bloque</numerusform>
                <numerusform>%n bloques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n categories</source>
            <translation>
                <numerusform>%n categoría</numerusform>
                <numerusform>%n categorías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans</source>
            <translation>
                <numerusform>%n pasaje del experto</numerusform>
                <numerusform>%n pasajes del experto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n required</source>
            <translation>
                <numerusform>%n obligatorio</numerusform>
                <numerusform>%n obligatorios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without explanation</source>
            <translation>
                <numerusform>%n sin explicación</numerusform>
                <numerusform>%n sin explicación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n not placed</source>
            <translation>
                <numerusform>⚠ %n sin colocar</numerusform>
                <numerusform>⚠ %n sin colocar</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Key (%1)</source>
            <translation>C&amp;lave (%1)</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>texto pegado</translation>
        </message>
        <message>
            <source>a bundled exercise: Save asks where</source>
            <translation>un ejercicio incluido: «Guardar» te preguntará dónde</translation>
        </message>
        <message>
            <source>A copy of “%1” with the id %2: save it under a new name.</source>
            <translation>Una copia de «%1» con el identificador %2: guárdala con otro nombre.</translation>
        </message>
        <message>
            <source>Reading the article…</source>
            <translation>Leyendo la noticia…</translation>
        </message>
        <message>
            <source>Cannot use this article</source>
            <translation>No se puede usar esta noticia</translation>
        </message>
        <message numerus="yes">
            <source>%n blocks read. Check their kinds in Blocks, then mark the key (select, press 1, 2, 3).</source>
            <translation>
                <numerusform>Se leyó %n bloque. Revisa su tipo en «Bloques» y después marca la clave (selecciona y pulsa 1, 2, 3).</numerusform>
                <numerusform>Se leyeron %n bloques. Revisa sus tipos en «Bloques» y después marca la clave (selecciona y pulsa 1, 2, 3).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the exercise…</source>
            <translation>Leyendo el ejercicio…</translation>
        </message>
        <message>
            <source>Cannot open this file</source>
            <translation>No se puede abrir este archivo</translation>
        </message>
        <message>
            <source>%1 is a sealed student copy: open your own exercise (with its key) to edit it.</source>
            <translation>%1 es una copia sellada para estudiantes: abre tu propio ejercicio (con su clave) para editarlo.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>The exercise cannot be written yet: %1</source>
            <translation>Todavía no se puede escribir el ejercicio: %1</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>No se exportó</translation>
        </message>
        <message>
            <source>%1 files for %2 written to %3</source>
            <translation>%1 archivos para %2 escritos en %3</translation>
        </message>
        <message>
            <source>Not sealed</source>
            <translation>No se ha sellado</translation>
        </message>
        <message>
            <source>The key has no spans yet: there is nothing to seal.</source>
            <translation>La clave aún no tiene pasajes: no hay nada que sellar.</translation>
        </message>
        <message>
            <source>%1 is the exercise itself: choose another name for the export.</source>
            <translation>%1 es el propio ejercicio: elige otro nombre para exportar.</translation>
        </message>
        <message>
            <source>%1

Nothing is lost: the exercise is still open here. Try again, or save to another folder.</source>
            <translation>%1

No se ha perdido nada: el ejercicio sigue abierto aquí. Vuelve a intentarlo o guarda en otra carpeta.</translation>
        </message>
        <message>
            <source>%1

Nothing is lost: the exercise is still open here. Change what this message names, then save again.</source>
            <translation>%1

No se ha perdido nada: el ejercicio sigue abierto aquí. Cambia lo que dice este mensaje y vuelve a guardar.</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Guardado en %1</translation>
        </message>
        <message>
            <source>Student copy (no key) written to %1</source>
            <translation>Copia para estudiantes (sin clave) escrita en %1</translation>
        </message>
        <message>
            <source>Sealed student copy written to %1</source>
            <translation>Copia sellada para estudiantes guardada en %1</translation>
        </message>
        <message>
            <source>Key written to %1</source>
            <translation>Clave escrita en %1</translation>
        </message>
        <message>
            <source>still to do: %1</source>
            <translation>queda por hacer: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans not placed in the text</source>
            <translation>
                <numerusform>%n pasaje del experto sin colocar en el texto</numerusform>
                <numerusform>%n pasajes del experto sin colocar en el texto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert spans without explanation</source>
            <translation>
                <numerusform>%n pasaje del experto sin explicación</numerusform>
                <numerusform>%n pasajes del experto sin explicación</numerusform>
            </translation>
        </message>
        <message>
            <source>the key has no spans yet</source>
            <translation>la clave aún no tiene pasajes</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Sin vista previa</translation>
        </message>
        <message>
            <source>Preview as student: %1</source>
            <translation>Vista previa como estudiante: %1</translation>
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
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Show what the import dropped from the page</source>
            <translation>Mostrar lo que la importación quitó de la página</translation>
        </message>
        <message>
            <source>Blocks of the article</source>
            <translation>Bloques del artículo</translation>
        </message>
        <message>
            <source>What this block is: it sets how it is shown (Alt+N)</source>
            <translation>Qué es este bloque: decide cómo se muestra (Alt+T)</translation>
        </message>
        <message>
            <source>Ki&amp;nd:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>The block's text</source>
            <translation>El texto del bloque</translation>
        </message>
        <message>
            <source>Edit the text, then leave the box or press Ctrl+Return. Line breaks become spaces; key spans follow their words.</source>
            <translation>Edita el texto y después sal del cuadro o pulsa Ctrl+Intro. Los saltos de línea se convierten en espacios; los pasajes de la clave siguen a sus palabras.</translation>
        </message>
        <message>
            <source>&amp;Text of the block:</source>
            <translation>Te&amp;xto del bloque:</translation>
        </message>
        <message>
            <source>Apply text</source>
            <translation>Aplicar texto</translation>
        </message>
        <message>
            <source>Use the edited text for this block</source>
            <translation>Usar el texto editado para este bloque</translation>
        </message>
        <message>
            <source>Split at cursor</source>
            <translation>Dividir en el cursor</translation>
        </message>
        <message>
            <source>Cut the block in two where the text cursor is</source>
            <translation>Partir el bloque en dos donde está el cursor de texto</translation>
        </message>
        <message>
            <source>Merge with next</source>
            <translation>Unir con el siguiente</translation>
        </message>
        <message>
            <source>Join this block and the one after it</source>
            <translation>Juntar este bloque con el que le sigue</translation>
        </message>
        <message>
            <source>New block after</source>
            <translation>Bloque nuevo detrás</translation>
        </message>
        <message>
            <source>Add an empty paragraph after this block to type into</source>
            <translation>Añadir un párrafo vacío detrás de este bloque para escribir en él</translation>
        </message>
        <message>
            <source>Delete block</source>
            <translation>Borrar bloque</translation>
        </message>
        <message>
            <source>Remove this block (web residue, an ad, a stray line)</source>
            <translation>Quitar este bloque (restos de la web, un anuncio, una línea suelta)</translation>
        </message>
        <message>
            <source>▲ Move up</source>
            <translation>▲ Subir</translation>
        </message>
        <message>
            <source>▼ Move down</source>
            <translation>▼ Bajar</translation>
        </message>
        <message>
            <source>What the import left out (%1): check nothing of the article went</source>
            <translation>Lo que la importación dejó fuera (%1): comprueba que no se perdió nada de la noticia</translation>
        </message>
        <message>
            <source>Move this block before the previous one</source>
            <translation>Poner este bloque delante del anterior</translation>
        </message>
        <message>
            <source>Move this block after the next one</source>
            <translation>Poner este bloque detrás del siguiente</translation>
        </message>
        <message>
            <source>New paragraph</source>
            <translation>Párrafo nuevo</translation>
        </message>
    </context>
    <context>
        <name>BlockKinds</name>
        <message>
            <source>Headline</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Entradilla</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Dateline</source>
            <translation>Lugar y fecha</translation>
        </message>
        <message>
            <source>Subheading</source>
            <translation>Subtítulo</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Párrafo</translation>
        </message>
        <message>
            <source>List item</source>
            <translation>Elemento de lista</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Pie de foto</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédito</translation>
        </message>
    </context>
    <context>
        <name>ClassPrompts</name>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Choose a folder to write into</source>
            <translation>Elige una carpeta donde escribir</translation>
        </message>
        <message>
            <source>Open the sealed key</source>
            <translation>Abrir la clave sellada</translation>
        </message>
        <message>
            <source>%1 is a student copy: its key is sealed. Type its release code (four words, for example luna-campo-verde-salto):</source>
            <translation>%1 es una copia para estudiantes: su clave está sellada. Escribe su código de apertura (cuatro palabras, por ejemplo luna-campo-verde-salto):</translation>
        </message>
    </context>
    <context>
        <name>ClassWindow</name>
        <message>
            <source>Grade a class</source>
            <translation>Calificar una clase</translation>
        </message>
        <message>
            <source>Open the exercise and the trainees' files (Ctrl+O).</source>
            <translation>Abre el ejercicio y los archivos de tus estudiantes (Ctrl+O).</translation>
        </message>
        <message>
            <source>Files that were not graded, and why</source>
            <translation>Archivos que no se corrigieron, y por qué</translation>
        </message>
        <message>
            <source>&amp;Gradebook</source>
            <translation>&amp;Calificaciones</translation>
        </message>
        <message>
            <source>Class &amp;overview</source>
            <translation>&amp;Resumen de la clase</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problemas</translation>
        </message>
        <message>
            <source>One row per trainee (Alt+G)</source>
            <translation>Una fila por estudiante (Alt+C)</translation>
        </message>
        <message>
            <source>What the class marked, missed and confused, on the article (Alt+O)</source>
            <translation>Lo que la clase marcó, omitió y confundió, sobre la noticia (Alt+R)</translation>
        </message>
        <message>
            <source>Files that were not graded, and why (Alt+P)</source>
            <translation>Archivos que no se calificaron, y por qué (Alt+P)</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v de %m archivos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop grading or exporting (Esc)</source>
            <translation>Detener la calificación o la exportación (Esc)</translation>
        </message>
        <message>
            <source>&amp;Class</source>
            <translation>&amp;Clase</translation>
        </message>
        <message>
            <source>&amp;Open class…</source>
            <translation>&amp;Abrir clase…</translation>
        </message>
        <message>
            <source>Choose the exercise and the trainees' files or folder</source>
            <translation>Elegir el ejercicio y los archivos o la carpeta de tus estudiantes</translation>
        </message>
        <message>
            <source>&amp;Grade again</source>
            <translation>&amp;Volver a calificar</translation>
        </message>
        <message>
            <source>Read and grade the same files again (after new ones arrive)</source>
            <translation>Leer y calificar otra vez los mismos archivos (cuando lleguen más)</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>&amp;Decisiones</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>Gradebook as &amp;CSV…</source>
            <translation>Calificaciones en &amp;CSV…</translation>
        </message>
        <message>
            <source>Every trainee's score and figures, for a spreadsheet</source>
            <translation>La nota y las cifras de cada estudiante, para una hoja de cálculo</translation>
        </message>
        <message>
            <source>Gradebook for &amp;Moodle…</source>
            <translation>Calificaciones para &amp;Moodle…</translation>
        </message>
        <message>
            <source>A CSV for Moodle's grade import (ID number and score)</source>
            <translation>Un CSV para importar calificaciones en Moodle (número de ID y nota)</translation>
        </message>
        <message>
            <source>Gradebook for C&amp;anvas…</source>
            <translation>Calificaciones para C&amp;anvas…</translation>
        </message>
        <message>
            <source>A CSV for Canvas's gradebook import</source>
            <translation>Un CSV para importar calificaciones en Canvas</translation>
        </message>
        <message>
            <source>Graded &amp;submissions (XML)…</source>
            <translation>Entregas calificadas (&amp;XML)…</translation>
        </message>
        <message>
            <source>Each trainee's file again with its grade, into a folder</source>
            <translation>El archivo de cada estudiante con su nota, en una carpeta</translation>
        </message>
        <message>
            <source>Feedback reports (&amp;HTML)…</source>
            <translation>Informes de retroalimentación (&amp;HTML)…</translation>
        </message>
        <message>
            <source>A feedback page per trainee, into a folder</source>
            <translation>Una página de retroalimentación por estudiante, en una carpeta</translation>
        </message>
        <message>
            <source>Feedback reports (&amp;PDF)…</source>
            <translation>Informes de retroalimentación (&amp;PDF)…</translation>
        </message>
        <message>
            <source>A feedback PDF per trainee, into a folder</source>
            <translation>Un PDF de retroalimentación por estudiante, en una carpeta</translation>
        </message>
        <message>
            <source>Class &amp;report (PDF)…</source>
            <translation>&amp;Informe de la clase (PDF)…</translation>
        </message>
        <message>
            <source>Results, gradebook and the class overview in one PDF</source>
            <translation>Resultados, calificaciones y resumen de la clase en un solo PDF</translation>
        </message>
        <message>
            <source>For other annotation &amp;tools</source>
            <translation>Para o&amp;tras herramientas de anotación</translation>
        </message>
        <message>
            <source>&amp;W3C Web Annotation (JSON-LD)…</source>
            <translation>&amp;W3C Web Annotation (JSON-LD)…</translation>
        </message>
        <message>
            <source>The key and every trainee's marks with their verdicts, for Hypothesis and other W3C tools, into a folder</source>
            <translation>La clave y las marcas de cada estudiante con sus veredictos, para Hypothesis y otras herramientas W3C, en una carpeta</translation>
        </message>
        <message>
            <source>&amp;INCEpTION (UIMA XMI)…</source>
            <translation>&amp;INCEpTION (UIMA XMI)…</translation>
        </message>
        <message>
            <source>The key and every trainee's marks with their verdicts, for INCEpTION, into a folder</source>
            <translation>La clave y las marcas de cada estudiante con sus veredictos, para INCEpTION, en una carpeta</translation>
        </message>
        <message>
            <source>&amp;brat…</source>
            <translation>&amp;brat…</translation>
        </message>
        <message>
            <source>The key and every trainee's marks with their verdicts, for brat, into a folder</source>
            <translation>La clave y las marcas de cada estudiante con sus veredictos, para brat, en una carpeta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Trainee's comparison</source>
            <translation>&amp;Comparación del estudiante</translation>
        </message>
        <message>
            <source>The chosen trainee's highlights against the expert's</source>
            <translation>Los subrayados del estudiante elegido frente a los del experto</translation>
        </message>
        <message>
            <source>&amp;Find trainee</source>
            <translation>&amp;Buscar estudiante</translation>
        </message>
        <message>
            <source>Find a trainee by name or id</source>
            <translation>Buscar un estudiante por nombre o número</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Larger article text, for a projector</source>
            <translation>Texto de la noticia más grande, para un proyector</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <source>Smaller article text</source>
            <translation>Texto de la noticia más pequeño</translation>
        </message>
        <message>
            <source>Class tools</source>
            <translation>Herramientas de la clase</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>Graded XML</source>
            <translation>XML calificado</translation>
        </message>
        <message>
            <source>Reports PDF</source>
            <translation>Informes PDF</translation>
        </message>
        <message>
            <source>Class report</source>
            <translation>Informe de la clase</translation>
        </message>
        <message>
            <source>Grading with %1…</source>
            <translation>Calificando con %1…</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Leyendo los archivos…</translation>
        </message>
        <message>
            <source>%1 — class</source>
            <translation>%1 — clase</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Problems (%n)</source>
            <translation>
                <numerusform>&amp;Problemas (%n)</numerusform>
                <numerusform>&amp;Problemas (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees graded in %1 s.</source>
            <translation>
                <numerusform>%n estudiante calificado en %1 s.</numerusform>
                <numerusform>%n estudiantes calificados en %1 s.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passed (pass mark %2) · median %3</source>
            <translation>aprobados: %1 (aprobado desde %2) · mediana %3</translation>
        </message>
        <message numerus="yes">
            <source>%n files not graded (see Problems)</source>
            <translation>
                <numerusform>%n archivo sin calificar (ver Problemas)</numerusform>
                <numerusform>%n archivos sin calificar (ver Problemas)</numerusform>
            </translation>
        </message>
        <message>
            <source>The key in %1 is sealed. To grade, press F5 and type its release code, or open the instructor's exercise.</source>
            <translation>La clave de %1 está sellada. Para calificar, pulsa F5 y escribe su código de apertura, o abre el ejercicio del docente.</translation>
        </message>
        <message>
            <source>Cannot grade with this file</source>
            <translation>No se puede calificar con este archivo</translation>
        </message>
        <message>
            <source>Grading cancelled; nothing was changed. Grade again with F5.</source>
            <translation>Calificación cancelada; no se cambió nada. Vuelve a calificar con F5.</translation>
        </message>
        <message>
            <source>Grading cancelled.</source>
            <translation>Calificación cancelada.</translation>
        </message>
        <message>
            <source>Cannot keep decisions</source>
            <translation>No se pueden guardar decisiones</translation>
        </message>
        <message>
            <source>This trainee partly found this passage. Excusing it frees their span, which then counts as an extra and may lower the score.</source>
            <translation>Este alumno encontró en parte este pasaje. Si lo dispensas, su subrayado queda libre, cuenta como sobrante y puede bajar la nota.</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 para %2</translation>
        </message>
        <message>
            <source>Remove %1 for %2</source>
            <translation>Quitar %1 para %2</translation>
        </message>
        <message>
            <source>The decisions were not saved</source>
            <translation>Las decisiones no se guardaron</translation>
        </message>
        <message>
            <source>Decisions saved in %1.</source>
            <translation>Decisiones guardadas en %1.</translation>
        </message>
        <message>
            <source>%1: score %2.</source>
            <translation>%1: nota %2.</translation>
        </message>
        <message>
            <source>Cannot change the key</source>
            <translation>No se puede cambiar la clave</translation>
        </message>
        <message>
            <source>Open the class with its exercise file, not a key file, to add passages to the key.</source>
            <translation>Abre la clase con su archivo de ejercicio, no con un archivo de clave, para añadir pasajes a la clave.</translation>
        </message>
        <message>
            <source>The key was not saved</source>
            <translation>La clave no se guardó</translation>
        </message>
        <message>
            <source>Key saved as version %1 (the previous one kept as %2); grading again…</source>
            <translation>Clave guardada como versión %1 (la anterior se conserva como %2); calificando de nuevo…</translation>
        </message>
        <message>
            <source>No trainee's score changed.</source>
            <translation>No cambió la nota de ningún alumno.</translation>
        </message>
        <message numerus="yes">
            <source>%n trainees' scores changed:</source>
            <translation>
                <numerusform>Cambió la nota de %n alumno:</numerusform>
                <numerusform>Cambió la nota de %n alumnos:</numerusform>
            </translation>
        </message>
        <message>
            <source>Graded again with the new key</source>
            <translation>Calificado de nuevo con la clave nueva</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <source>Export cancelled; the files written so far stay.</source>
            <translation>Exportación cancelada; los archivos ya escritos se quedan.</translation>
        </message>
        <message>
            <source>Nothing was written to %1: see the message.</source>
            <translation>No se ha escrito nada en %1: mira el mensaje.</translation>
        </message>
        <message numerus="yes">
            <source>Written to %1 only in part: %n failed, see the message.</source>
            <translation>
                <numerusform>Escrito en %1 solo en parte: %n ha fallado, mira el mensaje.</numerusform>
                <numerusform>Escrito en %1 solo en parte: %n han fallado, mira el mensaje.</numerusform>
            </translation>
        </message>
        <message>
            <source>Written to %1; some trainees were left out, see the message.</source>
            <translation>Escrito en %1; algunos estudiantes se han quedado fuera, mira el mensaje.</translation>
        </message>
        <message>
            <source>Some trainees were left out</source>
            <translation>Algunos estudiantes se han quedado fuera</translation>
        </message>
        <message>
            <source>Some files were not written</source>
            <translation>Algunos archivos no se escribieron</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Escrito en %1.</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>&amp;Next difference</source>
            <translation>Diferencia &amp;siguiente</translation>
        </message>
        <message>
            <source>Go to the next difference from the expert</source>
            <translation>Ir a la siguiente diferencia con el experto</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Siguiente ▶</translation>
        </message>
        <message>
            <source>&amp;Previous difference</source>
            <translation>Diferencia &amp;anterior</translation>
        </message>
        <message>
            <source>Go to the previous difference from the expert</source>
            <translation>Ir a la diferencia anterior con el experto</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Anterior</translation>
        </message>
        <message>
            <source>&amp;Mine only</source>
            <translation>Solo &amp;mías</translation>
        </message>
        <message>
            <source>Show only your highlights, each with its verdict</source>
            <translation>Mostrar solo tus subrayados, cada uno con su resultado</translation>
        </message>
        <message>
            <source>&amp;Expert only</source>
            <translation>Solo del &amp;experto</translation>
        </message>
        <message>
            <source>Show only the expert's passages, each with its verdict</source>
            <translation>Mostrar solo los pasajes del experto, cada uno con su resultado</translation>
        </message>
        <message>
            <source>&amp;Both</source>
            <translation>Am&amp;bos</translation>
        </message>
        <message>
            <source>Show your highlights (fills) and the expert's passages (boxes) together</source>
            <translation>Mostrar a la vez tus subrayados (rellenos) y los pasajes del experto (recuadros)</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Article with the comparison</source>
            <translation>Artículo con la comparación</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Relleno</translation>
        </message>
        <message>
            <source>= your highlight</source>
            <translation>= tu subrayado</translation>
        </message>
        <message>
            <source>= the trainee's highlight</source>
            <translation>= subrayado del estudiante</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Recuadro</translation>
        </message>
        <message>
            <source>= the expert's passage</source>
            <translation>= pasaje del experto</translation>
        </message>
        <message>
            <source>Your highlights compared with the expert's</source>
            <translation>Tus subrayados comparados con los del experto</translation>
        </message>
        <message>
            <source>%1: highlights compared with the expert's</source>
            <translation>%1: subrayados comparados con los del experto</translation>
        </message>
        <message>
            <source>No differences to go to: well done.</source>
            <translation>No hay diferencias: ¡bien hecho!</translation>
        </message>
        <message>
            <source>That was the last difference: back to the first.</source>
            <translation>Era la última diferencia: vuelves a la primera.</translation>
        </message>
        <message>
            <source>That was the first difference: on to the last.</source>
            <translation>Era la primera diferencia: pasas a la última.</translation>
        </message>
        <message>
            <source>&amp;Check against the key</source>
            <translation>&amp;Comprobar con la clave</translation>
        </message>
        <message>
            <source>✓ Check</source>
            <translation>✓ Comprobar</translation>
        </message>
        <message>
            <source>Back to &amp;editing</source>
            <translation>&amp;Volver a editar</translation>
        </message>
        <message>
            <source>Leave the comparison and go on marking</source>
            <translation>Salir de la comparación y seguir marcando</translation>
        </message>
        <message>
            <source>✎ Back to editing</source>
            <translation>✎ Volver a editar</translation>
        </message>
        <message>
            <source>Save &amp;graded copy…</source>
            <translation>&amp;Guardar copia calificada…</translation>
        </message>
        <message>
            <source>Save your submission with its grade and feedback, the same file your instructor's grading makes</source>
            <translation>Guardar tu entrega con su nota y su retroalimentación: el mismo archivo que genera la calificación de tu docente</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Comprobar</translation>
        </message>
        <message>
            <source>Open an exercise first</source>
            <translation>Primero abre un ejercicio</translation>
        </message>
        <message>
            <source>Compare your highlights with the expert's key: a score, and why each difference matters</source>
            <translation>Comparar tus subrayados con la clave del experto: una nota, y por qué importa cada diferencia</translation>
        </message>
        <message>
            <source>Checked against the expert's key. F8: next difference · Esc: back to editing</source>
            <translation>Comprobado con la clave del experto. F8: diferencia siguiente · Esc: volver a editar</translation>
        </message>
        <message>
            <source>Saving your highlights first: the graded copy is made from your saved file.</source>
            <translation>Primero se guardan tus subrayados: la copia calificada se hace a partir de tu archivo guardado.</translation>
        </message>
        <message>
            <source>Save graded copy</source>
            <translation>Guardar copia calificada</translation>
        </message>
        <message>
            <source>Graded copy not saved</source>
            <translation>No se guardó la copia calificada</translation>
        </message>
        <message>
            <source>Graded copy saved to %1</source>
            <translation>Copia calificada guardada en %1</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>1 — first steps</source>
            <translation>1 — primeros pasos</translation>
        </message>
        <message>
            <source>2 — some practice</source>
            <translation>2 — con algo de práctica</translation>
        </message>
        <message>
            <source>3 — the hardest</source>
            <translation>3 — el más difícil</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Objetivos</translation>
        </message>
        <message>
            <source>What trainees can do after the exercise</source>
            <translation>Lo que el alumno sabe hacer después del ejercicio</translation>
        </message>
        <message>
            <source>&amp;Background facts</source>
            <translation>Datos de &amp;fondo</translation>
        </message>
        <message>
            <source>Facts needed to check the claims (they may give the key away)</source>
            <translation>Datos que hacen falta para comprobar las afirmaciones (pueden desvelar la clave)</translation>
        </message>
        <message>
            <source>&amp;Discussion prompts</source>
            <translation>&amp;Preguntas para comentar</translation>
        </message>
        <message>
            <source>Questions for the class; the class overview shows them</source>
            <translation>Preguntas para la clase; la vista de la clase las muestra</translation>
        </message>
        <message>
            <source>T&amp;ime plan</source>
            <translation>Plan de &amp;tiempo</translation>
        </message>
        <message>
            <source>The steps of the lesson, e.g. 10 min: read and mark</source>
            <translation>Los pasos de la clase, p. ej. 10 min: leer y marcar</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <source>Spanish label</source>
            <translation>Nombre en español</translation>
        </message>
        <message>
            <source>English label</source>
            <translation>Nombre en inglés</translation>
        </message>
        <message>
            <source>Course and teacher's notes</source>
            <translation>Curso y notas para el docente</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Curso</translation>
        </message>
        <message>
            <source>&amp;Teacher's notes</source>
            <translation>Notas para el &amp;docente</translation>
        </message>
        <message>
            <source>How hard the exercise is; the library groups the course by level</source>
            <translation>Lo difícil que es el ejercicio; la biblioteca agrupa el curso por niveles</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>About how long a trainee needs, from 1 to 600 minutes</source>
            <translation>Más o menos cuánto tarda un alumno, de 1 a 600 minutos</translation>
        </message>
        <message>
            <source>Another exercise on the same event, told by another outlet, to compare in class: choose one from this folder or type its id</source>
            <translation>Otro ejercicio sobre el mismo hecho, contado por otro medio, para comparar en clase: elige uno de esta carpeta o escribe su identificador</translation>
        </message>
        <message>
            <source>What the text may be used for and where it comes from, e.g. “CC BY 4.0; adapted” or “Written for the course; people invented”</source>
            <translation>Para qué se puede usar el texto y de dónde viene, p. ej. «Escrito para el curso; personas inventadas» o «Licencia libre; adaptado»</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Nivel:</translation>
        </message>
        <message>
            <source>&amp;Minutes:</source>
            <translation>&amp;Minutos:</translation>
        </message>
        <message>
            <source>&amp;Pairs with:</source>
            <translation>&amp;Se compara con:</translation>
        </message>
        <message>
            <source>Lic&amp;ence of the text:</source>
            <translation>&amp;Licencia del texto:</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Destrezas</translation>
        </message>
        <message>
            <source>&amp;Add skill</source>
            <translation>&amp;Añadir destreza</translation>
        </message>
        <message>
            <source>&amp;Remove skill</source>
            <translation>&amp;Quitar destreza</translation>
        </message>
        <message>
            <source>What the exercise practises. An id is letters, digits and '-'; a known one (numbers, anonymous-source, loaded-words…) brings its own labels.</source>
            <translation>Lo que practica el ejercicio. Un identificador lleva letras, cifras y '-'; uno conocido (numbers, anonymous-source, loaded-words…) trae sus propios nombres.</translation>
        </message>
        <message>
            <source>For you and other teachers: never in a student copy. One item a line.</source>
            <translation>Para ti y otros docentes: nunca van en una copia para el alumno. Una idea por línea.</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <source>Level %1</source>
            <translation>Nivel %1</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Destrezas: %1</translation>
        </message>
        <message>
            <source>Pairs with %1</source>
            <translation>Se compara con %1</translation>
        </message>
        <message numerus="yes">
            <source>%n teacher's notes</source>
            <translation>
                <numerusform>%n nota para el docente</numerusform>
                <numerusform>%n notas para el docente</numerusform>
            </translation>
        </message>
        <message>
            <source>Licence: %1</source>
            <translation>Licencia: %1</translation>
        </message>
        <message>
            <source>No level, minutes, skills or notes yet.</source>
            <translation>Todavía sin nivel, minutos, destrezas ni notas.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>Comment for the trainee</source>
            <translation>Comentario para el alumno</translation>
        </message>
        <message>
            <source>Optional: why, in words the trainee will read</source>
            <translation>Opcional: por qué, con palabras que el alumno leerá</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Tu nombre:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Comentario:</translation>
        </message>
    </context>
    <context>
        <name>Decisions</name>
        <message>
            <source>Accepted</source>
            <translation>Aceptado</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Dispensado</translation>
        </message>
        <message>
            <source>Full credit</source>
            <translation>Acierto completo</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>whole submission</source>
            <translation>toda la entrega</translation>
        </message>
        <message>
            <source>%1 (%2), by %3</source>
            <translation>%1 (%2), por %3</translation>
        </message>
        <message>
            <source>Your decisions as instructor:</source>
            <translation>Tus decisiones como instructor:</translation>
        </message>
        <message>
            <source>&amp;Accept this span</source>
            <translation>&amp;Aceptar este subrayado</translation>
        </message>
        <message>
            <source>The expert did not mark it, but it is defensible: it stops counting as an extra</source>
            <translation>El experto no lo marcó, pero es defendible: deja de contar como sobrante</translation>
        </message>
        <message>
            <source>E&amp;xcuse this passage</source>
            <translation>&amp;Dispensar este pasaje</translation>
        </message>
        <message>
            <source>Missing this expert passage costs this trainee nothing</source>
            <translation>Omitir este pasaje del experto no le resta nada a este alumno</translation>
        </message>
        <message>
            <source>Full cre&amp;dit</source>
            <translation>Acierto &amp;completo</translation>
        </message>
        <message>
            <source>Count this partly right span as fully right</source>
            <translation>Contar este subrayado, correcto en parte, como del todo correcto</translation>
        </message>
        <message>
            <source>Co&amp;mment…</source>
            <translation>Co&amp;mentar…</translation>
        </message>
        <message>
            <source>A comment shown with this verdict (or the whole submission), without changing the score</source>
            <translation>Un comentario que se muestra con este veredicto (o con toda la entrega), sin cambiar la nota</translation>
        </message>
        <message>
            <source>For the &amp;whole class…</source>
            <translation>Para &amp;toda la clase…</translation>
        </message>
        <message>
            <source>Add this passage to the expert's key for everyone: the class is graded again</source>
            <translation>Añadir este pasaje a la clave del experto para todos: la clase se vuelve a calificar</translation>
        </message>
        <message>
            <source>&amp;Remove decision</source>
            <translation>&amp;Quitar decisión</translation>
        </message>
        <message>
            <source>Take back the decision chosen in the list below</source>
            <translation>Retirar la decisión elegida en la lista de abajo</translation>
        </message>
        <message>
            <source>Decisions on this trainee</source>
            <translation>Decisiones sobre este alumno</translation>
        </message>
        <message>
            <source>This file has no trainee id: decisions need one to find the trainee again.</source>
            <translation>Este archivo no tiene identificador de alumno: las decisiones lo necesitan para volver a encontrarlo.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>&amp;Partial (recommended)</source>
            <translation>&amp;Parcial (recomendado)</translation>
        </message>
        <message>
            <source>St&amp;rict</source>
            <translation>E&amp;stricto</translation>
        </message>
        <message>
            <source>&amp;Lenient</source>
            <translation>Fle&amp;xible</translation>
        </message>
        <message>
            <source>Credit in proportion to the words shared with the expert's span: half right earns half.</source>
            <translation>Puntúa en proporción a las palabras que comparte con el pasaje del experto: medio acierto vale la mitad.</translation>
        </message>
        <message>
            <source>Only exact matches count: a span must start and end where the expert's does.</source>
            <translation>Solo cuentan las coincidencias exactas: el pasaje debe empezar y terminar donde empieza y termina el del experto.</translation>
        </message>
        <message>
            <source>Any overlap with an expert span of the same category counts as a full hit.</source>
            <translation>Cualquier solapamiento con un pasaje del experto de la misma categoría cuenta como acierto completo.</translation>
        </message>
        <message>
            <source>Check at &amp;any time (practice)</source>
            <translation>Comprobar en &amp;cualquier momento (práctica)</translation>
        </message>
        <message>
            <source>Check only after &amp;handing in</source>
            <translation>Comprobar solo después de &amp;entregar</translation>
        </message>
        <message>
            <source>Trainees may compare with the key whenever they have it, even before they try.</source>
            <translation>Los estudiantes pueden compararse con la clave siempre que la tengan, incluso antes de intentarlo.</translation>
        </message>
        <message>
            <source>Trainees hand in first; then they may compare, revise and hand in again. You can grade the first attempt, made before any feedback.</source>
            <translation>Los estudiantes entregan primero; después pueden comparar, corregir y volver a entregar. Puedes calificar el primer intento, hecho antes de ver ninguna corrección.</translation>
        </message>
        <message>
            <source>Spanish (es)</source>
            <translation>Español (es)</translation>
        </message>
        <message>
            <source>English (en)</source>
            <translation>Inglés (en)</translation>
        </message>
        <message>
            <source>What trainees see at the top of the exercise</source>
            <translation>Lo que tus estudiantes ven arriba del ejercicio</translation>
        </message>
        <message>
            <source>One or two sentences: what to mark and how</source>
            <translation>Una o dos frases: qué marcar y cómo</translation>
        </message>
        <message>
            <source>The language of the article (a code such as es or en)</source>
            <translation>El idioma de la noticia (un código como es o en)</translation>
        </message>
        <message>
            <source>Who published the article</source>
            <translation>Quién publicó la noticia</translation>
        </message>
        <message>
            <source>Where the article was found</source>
            <translation>Dónde se encontró la noticia</translation>
        </message>
        <message>
            <source>When it was published, e.g. 2025-08-12</source>
            <translation>Cuándo se publicó, p. ej., 2025-08-12</translation>
        </message>
        <message>
            <source>The id that ties trainees' files to this exercise: letters, digits and '-'. Change it before handing out, never after.</source>
            <translation>El identificador que une los archivos de tus estudiantes a este ejercicio: letras, cifras y «-». Cámbialo antes de repartirlo, nunca después.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Instructions:</source>
            <translation>&amp;Instrucciones:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Idi&amp;oma:</translation>
        </message>
        <message>
            <source>P&amp;ublisher:</source>
            <translation>&amp;Medio:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;Dirección web:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>E&amp;xercise id:</source>
            <translation>Identificador del &amp;ejercicio:</translation>
        </message>
        <message>
            <source>How much the trainees' answers to the categories' questions (the kind of source, whether a claim can be checked) count in the score; 0: they are explained but do not change it</source>
            <translation>Cuánto cuentan en la nota las respuestas de los alumnos a las preguntas de las categorías (el tipo de fuente, si una afirmación se puede comprobar); 0: se explican pero no cambian la nota</translation>
        </message>
        <message>
            <source>Pa&amp;ss mark:</source>
            <translation>&amp;Aprobado desde:</translation>
        </message>
        <message>
            <source>C&amp;ourse and teacher's notes…</source>
            <translation>Curso y &amp;notas para el docente…</translation>
        </message>
        <message>
            <source>Level, minutes, skills, the exercise it pairs with, the licence of the text, and your notes (Ctrl+Shift+C)</source>
            <translation>Nivel, minutos, destrezas, el ejercicio con el que se compara, la licencia del texto y tus notas (Ctrl+Mayús+C)</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source> of 100</source>
            <translation> sobre 100</translation>
        </message>
        <message>
            <source>A trainee passes with a score (100 × F1) of at least this</source>
            <translation>Se aprueba con una nota (100 × F1) de al menos esto</translation>
        </message>
        <message>
            <source>&amp;Judgements count:</source>
            <translation>Peso de los &amp;juicios:</translation>
        </message>
        <message>
            <source>Grading</source>
            <translation>Calificación</translation>
        </message>
    </context>
    <context>
        <name>FeatureChooser</name>
        <message>
            <source>Number or first letter, then Enter. Esc: answer later.</source>
            <translation>Número o primera letra y luego Intro. Esc: responder más tarde.</translation>
        </message>
        <message>
            <source>%1 for “%2”</source>
            <translation>%1 de «%2»</translation>
        </message>
    </context>
    <context>
        <name>FeatureEditor</name>
        <message>
            <source>(not answered yet)</source>
            <translation>(sin responder todavía)</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 de %2 caracteres</translation>
        </message>
    </context>
    <context>
        <name>FeatureReminder</name>
        <message numerus="yes">
            <source>%n question(s) not answered yet: %1</source>
            <translation>
                <numerusform>%n pregunta sin responder todavía: %1</numerusform>
                <numerusform>%n preguntas sin responder todavía: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeaturesEditor</name>
        <message>
            <source>Questions about each highlight</source>
            <translation>Preguntas sobre cada subrayado</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Question in Spanish</source>
            <translation>Pregunta en español</translation>
        </message>
        <message>
            <source>Question in English</source>
            <translation>Pregunta en inglés</translation>
        </message>
        <message>
            <source>Remind at hand-in</source>
            <translation>Recordar al entregar</translation>
        </message>
        <message>
            <source>Trainees who leave it empty are reminded; it never blocks</source>
            <translation>Se lo recuerda a quien la deje vacía; nunca impide entregar</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Answer in Spanish</source>
            <translation>Respuesta en español</translation>
        </message>
        <message>
            <source>Answer in English</source>
            <translation>Respuesta en inglés</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <source>Add text line</source>
            <translation>Añadir línea de texto</translation>
        </message>
        <message>
            <source>Course questions</source>
            <translation>Preguntas del curso</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>Quitar pregunta</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>Añadir respuesta</translation>
        </message>
        <message>
            <source>Remove answer</source>
            <translation>Quitar respuesta</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Question (es / en):</source>
            <translation>Pregunta (es / en):</translation>
        </message>
        <message>
            <source>Answer (es / en):</source>
            <translation>Respuesta (es / en):</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>elección</translation>
        </message>
        <message>
            <source>text line</source>
            <translation>línea de texto</translation>
        </message>
        <message>
            <source>Remove an answer the key uses?</source>
            <translation>¿Quitar una respuesta que usa la clave?</translation>
        </message>
        <message>
            <source>%1 expert spans give “%2” as an accepted answer. Removing it removes it from them too (Undo brings both back).</source>
            <translation>%1 pasajes de la clave dan «%2» como respuesta aceptada. Al quitarla se quita también de ellos (Deshacer devuelve ambas cosas).</translation>
        </message>
        <message>
            <source>Remove from %1 spans</source>
            <translation>Quitar de %1 pasajes</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>Expert:</source>
            <translation>Experto:</translation>
        </message>
        <message>
            <source>Your note:</source>
            <translation>Tu nota:</translation>
        </message>
        <message>
            <source>You marked it as %1.</source>
            <translation>Lo marcaste como %1.</translation>
        </message>
        <message>
            <source>%2 marked it as %1.</source>
            <translation>%2 lo marcó como %1.</translation>
        </message>
        <message>
            <source>Show only one kind of verdict</source>
            <translation>Mostrar solo un tipo de resultado</translation>
        </message>
        <message>
            <source>Filter by verdict</source>
            <translation>Filtrar por veredicto</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>Todos los resultados</translation>
        </message>
        <message>
            <source>Show only one category</source>
            <translation>Mostrar solo una categoría</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Filtrar por categoría</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filtrar:</translation>
        </message>
        <message>
            <source>Feedback on your highlights</source>
            <translation>Retroalimentación sobre tus subrayados</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message numerus="yes">
            <source>What to look at: %n differences</source>
            <translation>
                <numerusform>Qué revisar: %n diferencia</numerusform>
                <numerusform>Qué revisar: %n diferencias</numerusform>
            </translation>
        </message>
        <message>
            <source>(showing %1 of %2)</source>
            <translation>(se muestran %1 de %2)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in the article</source>
            <translation>Buscar en la noticia</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Resultado de la búsqueda</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Coincidencia anterior (Mayús+Intro)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Coincidencia siguiente (Intro)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close and go back to the article; the match stays selected (Esc)</source>
            <translation>Cerrar y volver a la noticia; la coincidencia queda seleccionada (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No encontrado</translation>
        </message>
    </context>
    <context>
        <name>Gradebook</name>
        <message>
            <source>%1 F1</source>
            <translation>F1 %1</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>Extra</source>
            <translation>Extras</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Primero</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Último</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Mejora</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <source>How well this trainee's %1 highlights match the expert's, in percent (F1: precision and recall together)</source>
            <translation>Cuánto coinciden los subrayados de %1 de este estudiante con los del experto, en porcentaje (F1: precisión y exhaustividad juntas)</translation>
        </message>
        <message>
            <source>The trainee's name, as in their file</source>
            <translation>El nombre del estudiante, tal como está en su archivo</translation>
        </message>
        <message>
            <source>The trainee's id, as in their file</source>
            <translation>El número del estudiante, tal como está en su archivo</translation>
        </message>
        <message>
            <source>Points out of 100</source>
            <translation>Puntos sobre 100</translation>
        </message>
        <message>
            <source>Passed: the score reaches the pass mark</source>
            <translation>Aprobado: la nota llega al aprobado</translation>
        </message>
        <message>
            <source>Expert passages this trainee did not mark</source>
            <translation>Pasajes del experto que este estudiante no marcó</translation>
        </message>
        <message>
            <source>Highlights where the expert marked nothing</source>
            <translation>Subrayados donde el experto no marcó nada</translation>
        </message>
        <message>
            <source>The submission file that was graded</source>
            <translation>El archivo de entrega que se calificó</translation>
        </message>
        <message>
            <source>The score of the first attempt handed in, before any feedback</source>
            <translation>La nota del primer intento entregado, antes de ver ninguna corrección</translation>
        </message>
        <message>
            <source>The score of the last attempt handed in</source>
            <translation>La nota del último intento entregado</translation>
        </message>
        <message>
            <source>Last minus first: what the feedback changed (— with fewer than two attempts)</source>
            <translation>Último menos primero: lo que cambió la corrección (— con menos de dos intentos)</translation>
        </message>
        <message>
            <source>How often the trainee opened the comparison with the key, and how often before handing in</source>
            <translation>Cuántas veces abrió el estudiante la comparación con la clave, y cuántas antes de entregar</translation>
        </message>
        <message>
            <source>%1, with instructor decisions</source>
            <translation>%1, con decisiones del instructor</translation>
        </message>
        <message>
            <source>✓ passed</source>
            <translation>✓ aprobado</translation>
        </message>
        <message>
            <source>✗ not passed</source>
            <translation>✗ no aprobado</translation>
        </message>
        <message numerus="yes">
            <source>✎ %n instructor decision(s); without them: %1</source>
            <translation>
                <numerusform>✎ %n decisión del instructor; sin ella: %1</numerusform>
                <numerusform>✎ %n decisiones del instructor; sin ellas: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 before handing in)</source>
            <translation>%1 (%2 antes de entregar)</translation>
        </message>
        <message>
            <source>Double-click or press Enter to see %1's comparison</source>
            <translation>Doble clic o Intro para ver la comparación de %1</translation>
        </message>
        <message>
            <source>Find a trainee by name or id…</source>
            <translation>Buscar un estudiante por nombre o número…</translation>
        </message>
        <message>
            <source>Show only matching trainees (Ctrl+F)</source>
            <translation>Mostrar solo los estudiantes que coinciden (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find a trainee</source>
            <translation>Buscar un alumno</translation>
        </message>
        <message>
            <source>Gradebook: one row per trainee</source>
            <translation>Calificaciones: una fila por alumno</translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n trainees shown</source>
            <translation>
                <numerusform>Se muestran %1 de %n estudiante</numerusform>
                <numerusform>Se muestran %1 de %n estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>click a heading to sort · Enter or double-click: the trainee's comparison</source>
            <translation>haz clic en un encabezado para ordenar · Intro o doble clic: la comparación del estudiante</translation>
        </message>
    </context>
    <context>
        <name>HandIn</name>
        <message>
            <source>&amp;Hand in…</source>
            <translation>&amp;Entregar…</translation>
        </message>
        <message>
            <source>⇪ Hand in</source>
            <translation>⇪ Entregar</translation>
        </message>
        <message>
            <source>Save and hand in your highlights as they are now; you can go on revising and hand in again</source>
            <translation>Guarda y entrega tus subrayados tal como están ahora; puedes seguir corrigiendo y volver a entregar</translation>
        </message>
        <message>
            <source>Open &amp;key…</source>
            <translation>Abrir c&amp;lave…</translation>
        </message>
        <message>
            <source>Open the key file your instructor released for this exercise</source>
            <translation>Abre el archivo de clave que tu docente publicó para este ejercicio</translation>
        </message>
        <message>
            <source>&amp;Unlock the key…</source>
            <translation>&amp;Desbloquear la clave…</translation>
        </message>
        <message>
            <source>Hand-in history</source>
            <translation>Historial de entregas</translation>
        </message>
        <message>
            <source>Open an exercise first</source>
            <translation>Primero abre un ejercicio</translation>
        </message>
        <message>
            <source>You can check your work after you hand it in (File → Hand in) and enter the code your instructor gives you (Check → Unlock the key…).</source>
            <translation>Podrás comprobar tu trabajo después de entregarlo (Archivo → Entregar) y escribir el código que te dé tu docente (Comprobar → Desbloquear la clave…).</translation>
        </message>
        <message>
            <source>The key is locked. Enter the code your instructor gives you (Check → Unlock the key…).</source>
            <translation>La clave está cerrada. Escribe el código que te dé tu docente (Comprobar → Desbloquear la clave…).</translation>
        </message>
        <message>
            <source>This exercise has no expert key (it is the trainees' copy), so it cannot be checked here: hand in your work for grading, or open the key file your instructor released (File → Open key…).</source>
            <translation>Este ejercicio no tiene la clave del experto (es la copia para estudiantes), así que aquí no se puede comprobar: entrega tu trabajo para que lo califiquen, o abre el archivo de clave que publicó tu docente (Archivo → Abrir clave…).</translation>
        </message>
        <message>
            <source>You can check your work after you hand it in (File → Hand in).</source>
            <translation>Podrás comprobar tu trabajo después de entregarlo (Archivo → Entregar).</translation>
        </message>
        <message>
            <source>Type the release code your instructor gives you to open the key</source>
            <translation>Escribe el código de apertura que te dé tu docente para abrir la clave</translation>
        </message>
        <message>
            <source>You can check your work after you hand it in.</source>
            <translation>Podrás comprobar tu trabajo después de entregarlo.</translation>
        </message>
        <message>
            <source>You can check your work at any time.</source>
            <translation>Puedes comprobar tu trabajo en cualquier momento.</translation>
        </message>
        <message>
            <source>Attempt %1, handed in at %2</source>
            <translation>Intento %1, entregado a las %2</translation>
        </message>
        <message>
            <source>Not handed in yet.</source>
            <translation>Aún no lo has entregado.</translation>
        </message>
        <message>
            <source>Not handed in: your work could not be saved.</source>
            <translation>No se ha entregado: no se pudo guardar tu trabajo.</translation>
        </message>
        <message>
            <source>Not handed in: choose where to save your work first.</source>
            <translation>No se ha entregado: primero elige dónde guardar tu trabajo.</translation>
        </message>
        <message>
            <source>Attempt %1 handed in at %2.</source>
            <translation>Intento %1 entregado a las %2.</translation>
        </message>
        <message>
            <source>You can now check your work (Ctrl+K), and go on revising.</source>
            <translation>Ya puedes comprobar tu trabajo (Ctrl+K) y seguir corrigiendo.</translation>
        </message>
        <message>
            <source>Key not unlocked</source>
            <translation>La clave no se ha desbloqueado</translation>
        </message>
        <message>
            <source>this key was made for another article, not this exercise's</source>
            <translation>esta clave se hizo para otra noticia, no para la de este ejercicio</translation>
        </message>
        <message>
            <source>Key not opened</source>
            <translation>La clave no se ha abierto</translation>
        </message>
        <message>
            <source>The key is open: check your work with Ctrl+K.</source>
            <translation>La clave está abierta: comprueba tu trabajo con Ctrl+K.</translation>
        </message>
        <message>
            <source>The key is open. You can check your work after you hand it in (File → Hand in).</source>
            <translation>La clave está abierta. Podrás comprobar tu trabajo después de entregarlo (Archivo → Entregar).</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <source>Article, shaded by how many trainees marked each passage</source>
            <translation>Artículo, sombreado según cuántos alumnos marcaron cada fragmento</translation>
        </message>
        <message>
            <source>Show the expert's passages</source>
            <translation>Mostrar los pasajes del experto</translation>
        </message>
        <message>
            <source>Underline the passages the expert marked in this category (Ctrl+U)</source>
            <translation>Subrayar los pasajes que el experto marcó en esta categoría (Ctrl+U)</translation>
        </message>
        <message>
            <source>A key file has no article, so there is nothing to shade. Open the class with the exercise file to see the heat map.</source>
            <translation>Un archivo de clave no tiene noticia, así que no hay nada que sombrear. Abre la clase con el archivo del ejercicio para ver el mapa de calor.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>How many trainees marked each passage as %1 (Ctrl+%2)</source>
            <translation>Cuántos estudiantes marcaron cada pasaje como %1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Marked by</source>
            <translation>Marcado por</translation>
        </message>
        <message>
            <source>Shade for %1 trainees</source>
            <translation>Tono para %1 alumnos</translation>
        </message>
        <message numerus="yes">
            <source>of %n trainees · underlined: the expert's passages · hover for numbers</source>
            <translation>
                <numerusform>de %n estudiante · subrayado: pasajes del experto · pasa el ratón por encima para ver las cifras</numerusform>
                <numerusform>de %n estudiantes · subrayado: pasajes del experto · pasa el ratón por encima para ver las cifras</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: marked by %2 of %3%4</source>
            <translation>%1: marcado por %2 de %3%4</translation>
        </message>
        <message>
            <source>Expert passage (%1): %2 found, %3 partly, %4 in another category, &lt;b&gt;%5 missed&lt;/b&gt;</source>
            <translation>Pasaje del experto (%1): %2 lo encontraron, %3 en parte, %4 con otra categoría, &lt;b&gt;%5 lo omitieron&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Aj&amp;ustes…</translation>
        </message>
        <message>
            <source>Language, theme, text size, your name and where files go</source>
            <translation>Idioma, tema, tamaño del texto, tu nombre y dónde se guardan los archivos</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guía</translation>
        </message>
        <message>
            <source>How to mark an article, and how to make and grade exercises</source>
            <translation>Cómo marcar una noticia, y cómo preparar y calificar ejercicios</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Ata&amp;jos de teclado</translation>
        </message>
        <message>
            <source>Every key this window understands</source>
            <translation>Todas las teclas que entiende esta ventana</translation>
        </message>
        <message>
            <source>&amp;About annotator</source>
            <translation>&amp;Acerca de annotator</translation>
        </message>
        <message>
            <source>Version and licences</source>
            <translation>Versión y licencias</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Guided &amp;example</source>
            <translation>&amp;Ejemplo guiado</translation>
        </message>
        <message>
            <source>Five minutes, step by step: mark, answer, note, undo and check on a short worked example</source>
            <translation>Cinco minutos, paso a paso: marcar, responder, anotar, deshacer y comprobar en un ejemplo resuelto corto</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Every key below works in this window. Category keys mark the selected words; hold Alt with them to mark exactly what is selected.</source>
            <translation>Todas estas teclas funcionan en esta ventana. Las teclas de categoría marcan las palabras seleccionadas; con Alt marcan exactamente lo seleccionado.</translation>
        </message>
        <message>
            <source>annotator help</source>
            <translation>Ayuda de annotator</translation>
        </message>
        <message>
            <source>&amp;Guide for trainees</source>
            <translation>&amp;Guía para estudiantes</translation>
        </message>
        <message>
            <source>Guide for &amp;instructors</source>
            <translation>Guía para &amp;docentes</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>How to mark an article (Alt+G)</source>
            <translation>Cómo marcar una noticia (Alt+G)</translation>
        </message>
        <message>
            <source>Making, handing out and grading exercises (Alt+I)</source>
            <translation>Preparar, repartir y calificar ejercicios (Alt+D)</translation>
        </message>
        <message>
            <source>Every key, from the menus (Alt+K)</source>
            <translation>Todas las teclas, sacadas de los menús (Alt+A)</translation>
        </message>
    </context>
    <context>
        <name>Judgements</name>
        <message>
            <source>For each expert passage: how many trainees chose each answer. ✓ marks the answers the expert accepts.</source>
            <translation>Para cada pasaje de la clave: cuántos alumnos eligieron cada respuesta. ✓ señala las respuestas que acepta el experto.</translation>
        </message>
        <message>
            <source>Passage and answers</source>
            <translation>Pasaje y respuestas</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Alumnos</translation>
        </message>
        <message>
            <source>How the class judged the sources</source>
            <translation>Cómo juzgó la clase las fuentes</translation>
        </message>
        <message>
            <source>   No answer</source>
            <translation>   Sin respuesta</translation>
        </message>
        <message>
            <source>   Did not find the passage</source>
            <translation>   No encontraron el pasaje</translation>
        </message>
        <message>
            <source>An answer the expert accepts</source>
            <translation>Una respuesta que acepta el experto</translation>
        </message>
    </context>
    <context>
        <name>KeyPanel</name>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatorio</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>Explicado</translation>
        </message>
        <message>
            <source>✗ not yet</source>
            <translation>✗ aún no</translation>
        </message>
        <message>
            <source>Not in the text any more: its words were edited away. Select where it belongs in the article and press Place on selection.</source>
            <translation>Ya no está en el texto: sus palabras se borraron al editar. Selecciona en la noticia dónde va y pulsa «Colocar en la selección».</translation>
        </message>
        <message>
            <source>Required: missing it costs the trainee</source>
            <translation>Obligatorio: omitirlo le cuesta puntos al estudiante</translation>
        </message>
        <message>
            <source>Optional: marking it is neither a hit nor an extra</source>
            <translation>Opcional: marcarlo no es ni acierto ni extra</translation>
        </message>
        <message>
            <source>No explanation yet: trainees will read nothing about this span</source>
            <translation>Aún sin explicación: tus estudiantes no leerán nada sobre este pasaje</translation>
        </message>
        <message>
            <source>No expert spans yet. Select words in the article and press the key of a category (1, 2, 3…), then write why it matters.</source>
            <translation>Aún no hay pasajes del experto. Selecciona palabras en la noticia, pulsa la tecla de una categoría (1, 2, 3…) y escribe por qué importa.</translation>
        </message>
        <message>
            <source>The expert's key</source>
            <translation>La clave del experto</translation>
        </message>
        <message>
            <source>The category of this expert span</source>
            <translation>La categoría de este pasaje del experto</translation>
        </message>
        <message>
            <source>&amp;Required</source>
            <translation>&amp;Obligatorio</translation>
        </message>
        <message>
            <source>Required: a trainee who misses it loses recall. Optional: marking it is neither a hit nor an extra, and missing it costs nothing.</source>
            <translation>Obligatorio: quien lo omite pierde exhaustividad. Opcional: marcarlo no es ni acierto ni extra, y omitirlo no cuesta nada.</translation>
        </message>
        <message>
            <source>Por qué importa este fragmento (lo leerá el alumno).</source>
            <translation>Por qué importa este fragmento (lo leerá el alumno).</translation>
        </message>
        <message>
            <source>Why this passage matters, for English-speaking trainees.</source>
            <translation>Por qué importa este pasaje, para estudiantes de habla inglesa.</translation>
        </message>
        <message>
            <source>Trainees read this after checking their work. Saved when you leave the box; Ctrl+Return goes back to the article.</source>
            <translation>Tus estudiantes lo leen después de comprobar su trabajo. Se guarda al salir del cuadro; Ctrl+Intro vuelve a la noticia.</translation>
        </message>
        <message>
            <source>Place on selection</source>
            <translation>Colocar en la selección</translation>
        </message>
        <message>
            <source>Move the chosen span to the words selected in the article (Ctrl+Shift+P)</source>
            <translation>Llevar el pasaje elegido a las palabras seleccionadas en la noticia (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <source>Delete span</source>
            <translation>Borrar pasaje</translation>
        </message>
        <message>
            <source>Delete the chosen expert spans (Delete)</source>
            <translation>Borrar los pasajes del experto elegidos (Supr)</translation>
        </message>
        <message>
            <source>Add an alternative</source>
            <translation>Añadir una alternativa</translation>
        </message>
        <message>
            <source>The words selected in the article are right too: accept them as another extent of the chosen span (Ctrl+Shift+L)</source>
            <translation>Las palabras seleccionadas en la noticia también son correctas: acéptalas como otra extensión del pasaje elegido (Ctrl+Mayús+L)</translation>
        </message>
        <message>
            <source>Alternatives: other extents the expert also accepts</source>
            <translation>Alternativas: otras extensiones que el experto también acepta</translation>
        </message>
        <message>
            <source>Remove alternative</source>
            <translation>Quitar alternativa</translation>
        </message>
        <message>
            <source>Take the chosen alternative out of the key</source>
            <translation>Sacar de la clave la alternativa elegida</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Cate&amp;goría:</translation>
        </message>
        <message>
            <source>Explanation
(&amp;Spanish):</source>
            <translation>Explicación
(e&amp;spañol):</translation>
        </message>
        <message>
            <source>E&amp;nglish
(optional):</source>
            <translation>&amp;Inglés
(opcional):</translation>
        </message>
        <message>
            <source>Also &amp;right:</source>
            <translation>También &amp;vale:</translation>
        </message>
        <message numerus="yes">
            <source>Expert key: %n spans</source>
            <translation>
                <numerusform>Clave del experto: %n pasaje</numerusform>
                <numerusform>Clave del experto: %n pasajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n required</source>
            <translation>
                <numerusform>%n obligatorio</numerusform>
                <numerusform>%n obligatorios</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ %1 spans lost their words when the text was edited (marked ⚠ below). Choose one, select its words in the article and press Place on selection.</source>
            <translation>⚠ Pasajes que perdieron sus palabras al editar el texto: %1 (marcados con ⚠ abajo). Elige uno, selecciona sus palabras en la noticia y pulsa «Colocar en la selección».</translation>
        </message>
        <message>
            <source>Choose a span to explain it.</source>
            <translation>Elige un pasaje para explicarlo.</translation>
        </message>
        <message>
            <source>⚠ not placed in the text: </source>
            <translation>⚠ sin colocar en el texto: </translation>
        </message>
        <message>
            <source>⚠ not placed: </source>
            <translation>⚠ sin colocar: </translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>solid line</source>
            <translation>línea continua</translation>
        </message>
        <message>
            <source>dashed line</source>
            <translation>línea discontinua</translation>
        </message>
        <message>
            <source>wavy line</source>
            <translation>línea ondulada</translation>
        </message>
        <message>
            <source>dotted line</source>
            <translation>línea de puntos</translation>
        </message>
        <message>
            <source>dash-dot line</source>
            <translation>línea de rayas y puntos</translation>
        </message>
        <message>
            <source>double line</source>
            <translation>línea doble</translation>
        </message>
        <message>
            <source>%1 — %2. Key: %3</source>
            <translation>%1 — %2. Tecla: %3</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Checked</source>
            <translation>Comprobado</translation>
        </message>
        <message>
            <source>Checked: %1 of 100</source>
            <translation>Comprobado: %1 de 100</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Handed in</source>
            <translation>Entregado</translation>
        </message>
        <message>
            <source>Library — annotator</source>
            <translation>Biblioteca — annotator</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Choose an exercise with the arrow keys and press Enter, or double-click it. Start with a worked example if this is your first time.</source>
            <translation>Elige un ejercicio con las flechas y pulsa Intro, o haz doble clic. Si es tu primera vez, empieza por un ejemplo resuelto.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Qué practica</translation>
        </message>
        <message>
            <source>Your status</source>
            <translation>Tu progreso</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open &amp;file…</source>
            <translation>Abrir a&amp;rchivo…</translation>
        </message>
        <message>
            <source>Open an exercise or a saved submission from a folder (Ctrl+O)</source>
            <translation>Abrir un ejercicio o una entrega guardada desde una carpeta (Ctrl+O)</translation>
        </message>
        <message>
            <source>Worked examples (practice, not graded)</source>
            <translation>Ejemplos resueltos (para practicar, sin nota)</translation>
        </message>
        <message>
            <source>Course exercises</source>
            <translation>Ejercicios del curso</translation>
        </message>
        <message>
            <source>Your exercises (recent files and their folders)</source>
            <translation>Tus ejercicios (archivos recientes y sus carpetas)</translation>
        </message>
        <message>
            <source>%1 of 3</source>
            <translation>%1 de 3</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Say who you are to see how far you got in each exercise.</source>
            <translation>Di quién eres para ver cuánto llevas hecho de cada ejercicio.</translation>
        </message>
        <message>
            <source>&amp;Show my progress…</source>
            <translation>&amp;Ver mi progreso…</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Progreso de %1</translation>
        </message>
        <message>
            <source>&amp;Not me…</source>
            <translation>&amp;No soy yo…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open an exercise to start (Ctrl+O).</source>
            <translation>Abre un ejercicio para empezar (Ctrl+O).</translation>
        </message>
        <message>
            <source>What to mark</source>
            <translation>Qué marcar</translation>
        </message>
        <message>
            <source>Working: %1</source>
            <translation>Trabajando: %1</translation>
        </message>
        <message>
            <source>Marker: %1. Select text to mark it (Enter marks a keyboard selection); Esc stops.</source>
            <translation>Rotulador: %1. Selecciona texto para marcarlo (Intro marca una selección hecha con el teclado); Esc lo detiene.</translation>
        </message>
        <message>
            <source>Nothing to mark there: select some words.</source>
            <translation>Ahí no hay nada que marcar: selecciona algunas palabras.</translation>
        </message>
        <message>
            <source>A highlight can cover at most %1 characters; this one would cover %2. Select a shorter passage.</source>
            <translation>Un subrayado puede abarcar como mucho %1 caracteres; este abarcaría %2. Selecciona un fragmento más corto.</translation>
        </message>
        <message>
            <source>That is already marked so.</source>
            <translation>Eso ya está marcado así.</translation>
        </message>
        <message>
            <source>Marked as %1. F2 adds a note, Ctrl+Z undoes.</source>
            <translation>Marcado como %1. F2 añade una nota; Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Choose a highlight of a category that asks a question.</source>
            <translation>Elige un subrayado de una categoría que haga una pregunta.</translation>
        </message>
        <message>
            <source>Change category</source>
            <translation>Cambiar categoría</translation>
        </message>
        <message>
            <source>Choose a highlight to delete first.</source>
            <translation>Primero elige el subrayado que quieres borrar.</translation>
        </message>
        <message>
            <source>Choose a highlight to write a note on.</source>
            <translation>Elige el subrayado en el que quieres escribir una nota.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (solo lectura)</translation>
        </message>
        <message>
            <source>Unsaved, and cannot be kept for recovery: %1</source>
            <translation>Sin guardar, y no se puede conservar para recuperarlo: %1</translation>
        </message>
        <message>
            <source>Read-only: this work is open in another window. Save As makes a copy you can change.</source>
            <translation>Solo lectura: este trabajo está abierto en otra ventana. Guardar como crea una copia que puedes cambiar.</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>aún sin guardar</translation>
        </message>
        <message>
            <source>All saved</source>
            <translation>Todo guardado</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Unsaved changes, kept safe for recovery</source>
            <translation>Cambios sin guardar, a salvo para recuperarlos</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open an exercise or a saved submission</source>
            <translation>Abrir un ejercicio o una entrega guardada</translation>
        </message>
        <message>
            <source>&amp;Library…</source>
            <translation>&amp;Biblioteca…</translation>
        </message>
        <message>
            <source>Show the library: the course's exercises and yours</source>
            <translation>Mostrar la biblioteca: los ejercicios del curso y los tuyos</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save your highlights to a submission file</source>
            <translation>Guardar tus subrayados en un archivo de entrega</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar c&amp;omo…</translation>
        </message>
        <message>
            <source>Save your highlights to another file</source>
            <translation>Guardar tus subrayados en otro archivo</translation>
        </message>
        <message>
            <source>&amp;New exercise…</source>
            <translation>&amp;Nuevo ejercicio…</translation>
        </message>
        <message>
            <source>Make an exercise from an article, in the authoring window</source>
            <translation>Crear un ejercicio a partir de una noticia, en la ventana de edición</translation>
        </message>
        <message>
            <source>Edit e&amp;xercise…</source>
            <translation>Editar e&amp;jercicio…</translation>
        </message>
        <message>
            <source>Open this exercise and its key in the authoring window</source>
            <translation>Abrir este ejercicio y su clave en la ventana de edición</translation>
        </message>
        <message>
            <source>&amp;Grade a class…</source>
            <translation>&amp;Calificar una clase…</translation>
        </message>
        <message>
            <source>Grade a class's submissions against this exercise's key</source>
            <translation>Calificar las entregas de una clase con la clave de este ejercicio</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Deshacer el último cambio (Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Redo what was undone (Ctrl+Shift+Z)</source>
            <translation>Rehacer lo que se deshizo (Ctrl+Mayús+Z)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Bu&amp;scar…</translation>
        </message>
        <message>
            <source>Find words in the article</source>
            <translation>Buscar palabras en la noticia</translation>
        </message>
        <message>
            <source>&amp;Delete highlight</source>
            <translation>&amp;Borrar subrayado</translation>
        </message>
        <message>
            <source>Delete the chosen highlight</source>
            <translation>Borrar el subrayado elegido</translation>
        </message>
        <message>
            <source>Edit &amp;note…</source>
            <translation>Editar &amp;nota…</translation>
        </message>
        <message>
            <source>Write a note on the chosen highlight</source>
            <translation>Escribir una nota en el subrayado elegido</translation>
        </message>
        <message>
            <source>&amp;Judge highlight…</source>
            <translation>&amp;Juzgar subrayado…</translation>
        </message>
        <message>
            <source>Answer the questions of the chosen highlight: the kind of source, whether a claim can be checked</source>
            <translation>Responde a las preguntas del subrayado elegido: el tipo de fuente, si una afirmación se puede comprobar</translation>
        </message>
        <message>
            <source>&amp;Exact selection</source>
            <translation>Selección &amp;exacta</translation>
        </message>
        <message>
            <source>Mark exactly what is selected instead of whole words (or hold Alt)</source>
            <translation>Marcar exactamente lo seleccionado en lugar de palabras completas (o mantén Alt)</translation>
        </message>
        <message>
            <source>Stop marking</source>
            <translation>Dejar de marcar</translation>
        </message>
        <message>
            <source>Leave marker mode and clear the selection</source>
            <translation>Salir del modo rotulador y quitar la selección</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>Tamaño &amp;normal</translation>
        </message>
        <message>
            <source>Text at its normal size</source>
            <translation>Texto a su tamaño normal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Mark</source>
            <translation>&amp;Marcar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Herramientas</translation>
        </message>
        <message>
            <source>↶ Undo</source>
            <translation>↶ Deshacer</translation>
        </message>
        <message>
            <source>↷ Redo</source>
            <translation>↷ Rehacer</translation>
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
            <translation>Exacta</translation>
        </message>
        <message>
            <source>Mark the selection as %1, drawn with a %2; with nothing selected, keep %1 as a marker</source>
            <translation>Marcar la selección como %1, dibujada con %2; sin nada seleccionado, usar %1 como rotulador</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>Marcar como %1</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Editar nota…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Cannot open this file</source>
            <translation>No se puede abrir este archivo</translation>
        </message>
        <message numerus="yes">
            <source>Restored %n highlights from unsaved work.</source>
            <translation>
                <numerusform>Se recuperó %n subrayado del trabajo sin guardar.</numerusform>
                <numerusform>Se recuperaron %n subrayados del trabajo sin guardar.</numerusform>
            </translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(ninguno todavía)</translation>
        </message>
        <message>
            <source>Your highlights could not be saved: %1

Nothing is lost: they are still here. Change what this message names, then save again.</source>
            <translation>No se pudieron guardar tus subrayados: %1

No se ha perdido nada: siguen aquí. Cambia lo que dice este mensaje y vuelve a guardar.</translation>
        </message>
        <message>
            <source>Your highlights could not be saved: %1

They could not be kept for recovery either: they are only in this window. Do not close it. Free some space, or save to another drive such as a USB stick (File &gt; Save As).</source>
            <translation>No se pudieron guardar tus subrayados: %1

Tampoco se pudieron guardar para recuperarlos: solo están en esta ventana. No la cierres. Libera espacio o guarda en otra unidad, como una memoria USB (Archivo &gt; Guardar como).</translation>
        </message>
        <message>
            <source>the other version is kept as %1</source>
            <translation>la otra versión se guarda como %1</translation>
        </message>
        <message>
            <source>Showing the version on disk; yours is kept as %1.</source>
            <translation>Se muestra la versión del disco; la tuya se guarda como %1.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>The other version could not be kept, so nothing was overwritten: %1</source>
            <translation>No se pudo guardar la otra versión, así que no se ha sobrescrito nada: %1</translation>
        </message>
        <message>
            <source>Your highlights could not be saved: %1

Nothing is lost: they are still here and kept for recovery. Try again, or save to another folder (File &gt; Save As).</source>
            <translation>No se pudieron guardar tus subrayados: %1

No se ha perdido nada: siguen aquí y a salvo para recuperarlos. Vuelve a intentarlo o guarda en otra carpeta (Archivo &gt; Guardar como).</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Guardado en %1</translation>
        </message>
    </context>
    <context>
        <name>NewExerciseDialog</name>
        <message>
            <source>New exercise</source>
            <translation>Ejercicio nuevo</translation>
        </message>
        <message>
            <source>Paste the article below: one block per line (headline first, then the standfirst, then paragraphs). You can fix kinds and lines afterwards.</source>
            <translation>Pega la noticia abajo: un bloque por línea (primero el titular, luego la entradilla y después los párrafos). Los tipos y las líneas se pueden corregir después.</translation>
        </message>
        <message>
            <source>Paste the article here</source>
            <translation>Pega aquí la noticia</translation>
        </message>
        <message>
            <source>&amp;Article text:</source>
            <translation>&amp;Texto de la noticia:</translation>
        </message>
        <message>
            <source>&amp;Create from this text</source>
            <translation>&amp;Crear con este texto</translation>
        </message>
        <message>
            <source>From a &amp;file (.html, .txt)…</source>
            <translation>Desde un &amp;archivo (.html, .txt)…</translation>
        </message>
        <message>
            <source>A web page saved from the browser (Save page as…) or a plain-text file</source>
            <translation>Una página web guardada desde el navegador («Guardar página como…») o un archivo de texto</translation>
        </message>
        <message>
            <source>Co&amp;py an exercise…</source>
            <translation>Co&amp;piar un ejercicio…</translation>
        </message>
        <message>
            <source>Start from an existing exercise, with its key</source>
            <translation>Empezar desde un ejercicio existente, con su clave</translation>
        </message>
    </context>
    <context>
        <name>OpenClass</name>
        <message>
            <source>Grade a class</source>
            <translation>Calificar una clase</translation>
        </message>
        <message>
            <source>the instructor's .exercise.xml (with the key) or a .key.xml</source>
            <translation>el .exercise.xml del docente (con la clave) o un .key.xml</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>Choose the exercise or key file (Alt+B)</source>
            <translation>Elegir el archivo del ejercicio o de la clave (Alt+E)</translation>
        </message>
        <message>
            <source>Folders and files to grade (Delete removes)</source>
            <translation>Carpetas y archivos que calificar (Supr los quita)</translation>
        </message>
        <message>
            <source>Add &amp;folder…</source>
            <translation>Añadir &amp;carpeta…</translation>
        </message>
        <message>
            <source>Every submission in a folder (not its subfolders) (Alt+F)</source>
            <translation>Todas las entregas de una carpeta (no de sus subcarpetas) (Alt+C)</translation>
        </message>
        <message>
            <source>Add f&amp;iles…</source>
            <translation>Añadir arc&amp;hivos…</translation>
        </message>
        <message>
            <source>Some submission files (Alt+I)</source>
            <translation>Algunos archivos de entrega (Alt+H)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen entry (Delete)</source>
            <translation>Quitar la entrada elegida (Supr)</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>Ca&amp;lificar</translation>
        </message>
        <message>
            <source>&amp;Exercise or key:</source>
            <translation>E&amp;jercicio o clave:</translation>
        </message>
        <message>
            <source>&amp;Submissions (student files are only read, never changed):</source>
            <translation>E&amp;ntregas (los archivos de tus estudiantes solo se leen, nunca se cambian):</translation>
        </message>
        <message>
            <source>Exercise or key</source>
            <translation>Ejercicio o clave</translation>
        </message>
        <message>
            <source>Exercises and keys (*.exercise.xml *.key.xml);;All files (*)</source>
            <translation>Ejercicios y claves (*.exercise.xml *.key.xml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Folder of submissions</source>
            <translation>Carpeta de entregas</translation>
        </message>
        <message>
            <source>Submission files</source>
            <translation>Archivos de entrega</translation>
        </message>
        <message>
            <source>Submissions (*.xml);;All files (*)</source>
            <translation>Entregas (*.xml);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Expert passage</source>
            <translation>Pasaje del experto</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Encontrado</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>En parte</translation>
        </message>
        <message>
            <source>Other
category</source>
            <translation>Otra
categoría</translation>
        </message>
        <message>
            <source>Passage the expert did not mark</source>
            <translation>Pasaje que el experto no marcó</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Rows: the expert's category. Columns: what the trainees chose. The diagonal is right; “missed” are expert passages nobody paired, “extra” highlights the expert did not make.</source>
            <translation>Filas: la categoría del experto. Columnas: lo que eligieron tus estudiantes. La diagonal es lo correcto; «omitido» son pasajes del experto que nadie marcó y «extra», subrayados que el experto no hizo.</translation>
        </message>
        <message>
            <source>Most &amp;missed</source>
            <translation>Más &amp;omitidos</translation>
        </message>
        <message>
            <source>&amp;Accept for the whole class…</source>
            <translation>&amp;Aceptar para toda la clase…</translation>
        </message>
        <message>
            <source>Add the chosen passage to the expert's key (as another right extent, or as optional) and grade everyone again</source>
            <translation>Añadir el pasaje elegido a la clave del experto (como otra extensión correcta, o como opcional) y volver a calificar a todos</translation>
        </message>
        <message>
            <source>&amp;Frequent extras</source>
            <translation>&amp;Extras frecuentes</translation>
        </message>
        <message>
            <source>&amp;Confusion</source>
            <translation>&amp;Confusiones</translation>
        </message>
        <message>
            <source>&amp;Scores</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>&amp;Para comentar</translation>
        </message>
        <message>
            <source>How the class &amp;judged the sources</source>
            <translation>Cómo juzgó la clase las &amp;fuentes</translation>
        </message>
        <message>
            <source>Expert passages, the most missed first</source>
            <translation>Pasajes del experto, primero los más omitidos</translation>
        </message>
        <message>
            <source>Passages several trainees marked and the expert did not</source>
            <translation>Pasajes que marcaron varios estudiantes y el experto no</translation>
        </message>
        <message>
            <source>The expert's category against the category trainees chose</source>
            <translation>La categoría del experto frente a la que eligieron tus estudiantes</translation>
        </message>
        <message>
            <source>How the scores are spread</source>
            <translation>Cómo se reparten las notas</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Corregidos</translation>
        </message>
        <message>
            <source>Missed at
first</source>
            <translation>Omitido
al principio</translation>
        </message>
        <message>
            <source>What feedback &amp;fixed</source>
            <translation>Lo que &amp;corrigió la clave</translation>
        </message>
        <message>
            <source>Expert passages trainees missed in their first attempt and found in their last</source>
            <translation>Pasajes de la clave que los estudiantes omitieron en su primer intento y encontraron en el último</translation>
        </message>
        <message>
            <source>The instructor notes' questions for the class, goals and facts</source>
            <translation>Las preguntas de las notas del docente para la clase, los objetivos y los datos</translation>
        </message>
        <message>
            <source>For each expert passage, how many trainees chose each answer</source>
            <translation>Para cada pasaje de la clave, cuántos alumnos eligieron cada respuesta</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>extra</source>
            <translation>extra</translation>
        </message>
        <message>
            <source>Trainees who handed in twice or more: the passages they missed in their first attempt, and how many found them in their last.</source>
            <translation>Estudiantes que entregaron dos veces o más: los pasajes que omitieron en su primer intento, y cuántos los encontraron en el último.</translation>
        </message>
        <message>
            <source>Nothing to show yet: no trainee handed in twice after missing a passage.</source>
            <translation>Aún no hay nada que mostrar: ningún estudiante entregó dos veces tras omitir un pasaje.</translation>
        </message>
        <message>
            <source>chose %1</source>
            <translation>eligieron %1</translation>
        </message>
        <message>
            <source>expert: %1</source>
            <translation>experto: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passed · mean %2 · median %3 · lowest %4 · highest %5</source>
            <translation>aprobados: %1 · media %2 · mediana %3 · mínima %4 · máxima %5</translation>
        </message>
        <message>
            <source>Discussion prompts</source>
            <translation>Preguntas para comentar</translation>
        </message>
        <message>
            <source>This exercise has no instructor notes: no discussion prompts to show.</source>
            <translation>Este ejercicio no tiene notas del docente: no hay preguntas para comentar.</translation>
        </message>
        <message>
            <source>Questions for the class</source>
            <translation>Preguntas para la clase</translation>
        </message>
        <message>
            <source>What the lesson is for</source>
            <translation>Para qué sirve la clase</translation>
        </message>
        <message>
            <source>Facts to have at hand</source>
            <translation>Datos que conviene tener a mano</translation>
        </message>
        <message>
            <source>Time plan</source>
            <translation>Plan de tiempo</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Exercises and submissions (*.exercise.xml *.submission.xml);;All files (*)</source>
            <translation>Ejercicios y entregas (*.exercise.xml *.submission.xml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Unsaved work found</source>
            <translation>Hay trabajo sin guardar</translation>
        </message>
        <message>
            <source>Your work on “%1” was not saved when annotator last closed.</source>
            <translation>Tu trabajo en «%1» no estaba guardado cuando annotator se cerró la última vez.</translation>
        </message>
        <message numerus="yes">
            <source>%n highlights, kept at %2. Restore them? Discard deletes them for good.</source>
            <translation>
                <numerusform>%n subrayado, conservado el %2. ¿Quieres recuperarlo? «Descartar» lo borra para siempre.</numerusform>
                <numerusform>%n subrayados, conservados el %2. ¿Quieres recuperarlos? «Descartar» los borra para siempre.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Unsaved highlights</source>
            <translation>Subrayados sin guardar</translation>
        </message>
        <message>
            <source>Your highlights have changed since they were last saved. Save them first?</source>
            <translation>Tus subrayados han cambiado desde la última vez que los guardaste. ¿Quieres guardarlos antes?</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Save highlights</source>
            <translation>Guardar subrayados</translation>
        </message>
        <message>
            <source>Submissions (*.submission.xml)</source>
            <translation>Entregas (*.submission.xml)</translation>
        </message>
        <message>
            <source>Which exercise?</source>
            <translation>¿Qué ejercicio?</translation>
        </message>
        <message>
            <source>This submission was made for the exercise “%1”, which is not beside it. Please choose that exercise file.</source>
            <translation>Esta entrega se hizo para el ejercicio «%1», que no está en la misma carpeta. Elige el archivo de ese ejercicio.</translation>
        </message>
        <message>
            <source>Choose the exercise</source>
            <translation>Elige el ejercicio</translation>
        </message>
        <message>
            <source>Exercises (*.exercise.xml)</source>
            <translation>Ejercicios (*.exercise.xml)</translation>
        </message>
        <message>
            <source>Hand in</source>
            <translation>Entregar</translation>
        </message>
        <message numerus="yes">
            <source>Hand in %n highlights as attempt %1?</source>
            <translation>
                <numerusform>¿Entregar %n subrayado como intento %1?</numerusform>
                <numerusform>¿Entregar %n subrayados como intento %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Your work is saved and this attempt is kept as it is now. You can go on revising and hand in again.</source>
            <translation>Tu trabajo se guarda y este intento queda tal como está ahora. Puedes seguir corrigiendo y volver a entregar.</translation>
        </message>
        <message>
            <source>&amp;Hand in</source>
            <translation>&amp;Entregar</translation>
        </message>
        <message>
            <source>Unlock the key</source>
            <translation>Desbloquear la clave</translation>
        </message>
        <message>
            <source>The code your instructor gave you (four words, for example luna-campo-verde-salto):</source>
            <translation>El código que te dio tu docente (cuatro palabras, por ejemplo luna-campo-verde-salto):</translation>
        </message>
        <message>
            <source>Open the released key</source>
            <translation>Abrir la clave publicada</translation>
        </message>
        <message>
            <source>Keys (*.key.xml);;All files (*)</source>
            <translation>Claves (*.key.xml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Cambiado en el disco</translation>
        </message>
        <message>
            <source>%1 was changed by another program since you opened or saved it.</source>
            <translation>Otro programa ha cambiado %1 desde que lo abriste o lo guardaste.</translation>
        </message>
        <message>
            <source>Keep theirs: show the version on disk (yours is kept beside it as a conflict copy). Keep mine: save yours (theirs is kept as the conflict copy). Save as: save yours under another name. Nothing is merged.</source>
            <translation>Quedarse con la suya: ver la versión del disco (la tuya se guarda al lado como copia en conflicto). Quedarse con la mía: guardar la tuya (la otra se guarda como copia en conflicto). Guardar como: guardar la tuya con otro nombre. No se mezcla nada.</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Quedarse con la &amp;suya</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Quedarse con la &amp;mía</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>Open in another window</source>
            <translation>Abierto en otra ventana</translation>
        </message>
        <message>
            <source>This work is open in %1.</source>
            <translation>Este trabajo está abierto en %1.</translation>
        </message>
        <message>
            <source>Two windows saving the same work would overwrite each other. Open it read-only here, or as a copy that you save under another name.</source>
            <translation>Dos ventanas que guardan el mismo trabajo se sobrescribirían. Ábrelo aquí en solo lectura, o como una copia que guardarás con otro nombre.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Abrir en solo &amp;lectura</translation>
        </message>
        <message>
            <source>Work on a &amp;copy</source>
            <translation>Trabajar en una &amp;copia</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichero</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Fichero %1</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Acceso directo</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Ver en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Ficheros de &amp;tipo:</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ir a la carpeta de arriba</translation>
        </message>
    </context>
    <context>
        <name>Quitting</name>
        <message>
            <source>&amp;Close</source>
            <translation>Cerrar es&amp;ta ventana</translation>
        </message>
        <message>
            <source>Close this window; the others stay open</source>
            <translation>Cierra esta ventana; las demás siguen abiertas</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close every window of the app; each asks first about unsaved work</source>
            <translation>Cierra todas las ventanas de la aplicación; cada una pregunta antes por el trabajo sin guardar</translation>
        </message>
    </context>
    <context>
        <name>ReleaseCode</name>
        <message>
            <source>Release code</source>
            <translation>Código de apertura</translation>
        </message>
        <message>
            <source>The sealed student copy is in %1. Hand it out. When your trainees may check their work, give them this code:</source>
            <translation>La copia sellada para estudiantes está en %1. Repártela. Cuando tus estudiantes puedan comprobar su trabajo, dales este código:</translation>
        </message>
        <message>
            <source>The code is also kept in your exercise file, so you can look it up later. Anyone who has it can open the key.</source>
            <translation>El código también queda guardado en tu archivo del ejercicio, para que puedas consultarlo más tarde. Quien lo tenga puede abrir la clave.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
    </context>
    <context>
        <name>ScoreCard</name>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Your score %1 of 100; passing starts at %2</source>
            <translation>Tu nota: %1 sobre 100; se aprueba desde %2</translation>
        </message>
        <message>
            <source>Score %1 of 100; passing starts at %2</source>
            <translation>Nota: %1 sobre 100; se aprueba desde %2</translation>
        </message>
        <message>
            <source>A passage you found in part counts for the part you found.</source>
            <translation>Un pasaje que encontraste en parte cuenta por la parte que encontraste.</translation>
        </message>
        <message>
            <source>Only passages marked exactly as the expert marked them count.</source>
            <translation>Solo cuentan los pasajes marcados exactamente como los marcó el experto.</translation>
        </message>
        <message>
            <source>A highlight that touches an expert's passage counts as found.</source>
            <translation>Una marca que toca un pasaje del experto cuenta como encontrado.</translation>
        </message>
        <message>
            <source>of 100</source>
            <translation>sobre 100</translation>
        </message>
        <message>
            <source>✓ Passed</source>
            <translation>✓ Aprobado</translation>
        </message>
        <message>
            <source>✗ Not passed yet</source>
            <translation>✗ Aún no aprobado</translation>
        </message>
        <message>
            <source>✗ Not passed</source>
            <translation>✗ No aprobado</translation>
        </message>
        <message>
            <source>pass mark %1</source>
            <translation>aprobado desde %1</translation>
        </message>
        <message>
            <source>✎ %1 without the instructor's decisions</source>
            <translation>✎ %1 sin las decisiones del instructor</translation>
        </message>
        <message>
            <source>In figures: %1</source>
            <translation>En cifras: %1</translation>
        </message>
        <message>
            <source>Judgements: %1 of %2 as the expert judged them</source>
            <translation>Juicios: %1 de %2 como los juzgó el experto</translation>
        </message>
        <message>
            <source>they make up %1 of the score</source>
            <translation>cuentan un %1 de la nota</translation>
        </message>
        <message>
            <source>they do not change the score</source>
            <translation>no cambian la nota</translation>
        </message>
        <message>
            <source>precision %1 · recall %2 · F1 %3</source>
            <translation>precisión %1 · exhaustividad %2 · F1 %3</translation>
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
            <translation>Carpeta para las entregas</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Same as this computer (%1)</source>
            <translation>Como este ordenador (%1)</translation>
        </message>
        <message>
            <source>The language of menus, messages, help and feedback</source>
            <translation>El idioma de los menús, los mensajes, la ayuda y la retroalimentación</translation>
        </message>
        <message>
            <source>Same as this computer (light or dark)</source>
            <translation>Como este ordenador (claro u oscuro)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>High contrast: white and yellow on black, with thick outlines around the focused control</source>
            <translation>Alto contraste: blanco y amarillo sobre negro, con un borde grueso alrededor del control activo</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Como este ordenador</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Text size of menus, lists and buttons</source>
            <translation>Tamaño del texto de menús, listas y botones</translation>
        </message>
        <message>
            <source>Text size of the article (also Ctrl++ and Ctrl+−)</source>
            <translation>Tamaño del texto de la noticia (también Ctrl++ y Ctrl+−)</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Nombre y apellido</translation>
        </message>
        <message>
            <source>Suggested when an exercise opens; on a shared computer, leave it empty</source>
            <translation>Se propone al abrir un ejercicio; en un ordenador compartido, déjalo vacío</translation>
        </message>
        <message>
            <source>Optional, as your teacher gave it</source>
            <translation>Opcional, tal como te lo dio tu docente</translation>
        </message>
        <message>
            <source>The student id your teacher uses</source>
            <translation>El número de estudiante que usa tu docente</translation>
        </message>
        <message>
            <source>Only for instructors</source>
            <translation>Solo para instructores</translation>
        </message>
        <message>
            <source>Signs the decisions you take on trainees' work in the class window</source>
            <translation>Firma las decisiones que tomas sobre el trabajo de los alumnos en la ventana de la clase</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Where Save suggests putting a new submission file; saving in another folder makes that one the suggestion</source>
            <translation>Dónde propone «Guardar» poner un archivo de entrega nuevo; si guardas en otra carpeta, se propone esa</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <source>Pick the folder in a file dialog</source>
            <translation>Elegir la carpeta en un diálogo de archivos</translation>
        </message>
        <message>
            <source>Screen reader: say the &amp;highlight the caret enters</source>
            <translation>Lector de pantalla: decir el &amp;subrayado al que entra el cursor</translation>
        </message>
        <message>
            <source>Moving the caret into a highlight speaks its category and note (in check mode: its verdict and why); turn off if it talks too much</source>
            <translation>Al mover el cursor a un subrayado se dicen su categoría y su nota (al comparar: su veredicto y el porqué); desactívalo si habla demasiado</translation>
        </message>
        <message>
            <source>Language and look</source>
            <translation>Idioma y aspecto</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>&amp;Interface text:</source>
            <translation>Texto de la &amp;interfaz:</translation>
        </message>
        <message>
            <source>&amp;Article text:</source>
            <translation>Texto de la &amp;noticia:</translation>
        </message>
        <message>
            <source>Trainee and files</source>
            <translation>Estudiante y archivos</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>N&amp;ombre:</translation>
        </message>
        <message>
            <source>Student &amp;id:</source>
            <translation>Número de &amp;estudiante:</translation>
        </message>
        <message>
            <source>&amp;Folder for submissions:</source>
            <translation>&amp;Carpeta para las entregas:</translation>
        </message>
        <message>
            <source>Instructo&amp;r's name:</source>
            <translation>Nombre del inst&amp;ructor:</translation>
        </message>
        <message>
            <source>%1 from the next time annotator starts.</source>
            <translation>%1 a partir de la próxima vez que se abra annotator.</translation>
        </message>
        <message>
            <source>⚠ There is no folder “%1”. Choose an existing folder.</source>
            <translation>⚠ No existe la carpeta «%1». Elige una carpeta que exista.</translation>
        </message>
    </context>
    <context>
        <name>SharedWork</name>
        <message>
            <source>another annotator window</source>
            <translation>otra ventana de annotator</translation>
        </message>
        <message>
            <source>another annotator window (process %1 on %2, since %3)</source>
            <translation>otra ventana de annotator (proceso %1 en %2, desde %3)</translation>
        </message>
        <message>
            <source>%1 is open in %2. Save under another name, so that neither window overwrites the other's work.</source>
            <translation>%1 está abierto en %2. Guarda con otro nombre, para que ninguna ventana sobrescriba el trabajo de la otra.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Other keys</source>
            <translation>Otras teclas</translation>
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
            <translation>, nota: %1</translation>
        </message>
        <message>
            <source>Say the highlight here</source>
            <translation>Decir el subrayado de aquí</translation>
        </message>
        <message>
            <source>A screen reader says the highlights where the caret is, or that there are none (%1)</source>
            <translation>El lector de pantalla dice los subrayados donde está el cursor, o que no hay ninguno (%1)</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Deshecho: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Rehecho: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n highlights added</source>
            <translation>
                <numerusform>%n subrayado añadido</numerusform>
                <numerusform>%n subrayados añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n highlights removed</source>
            <translation>
                <numerusform>%n subrayado quitado</numerusform>
                <numerusform>%n subrayados quitados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n highlights changed</source>
            <translation>
                <numerusform>%n subrayado cambiado</numerusform>
                <numerusform>%n subrayados cambiados</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlight added: %1</source>
            <translation>Subrayado añadido: %1</translation>
        </message>
        <message>
            <source>Highlight removed: %1</source>
            <translation>Subrayado quitado: %1</translation>
        </message>
        <message>
            <source>Category changed: %1</source>
            <translation>Categoría cambiada: %1</translation>
        </message>
        <message>
            <source>Note changed: %1</source>
            <translation>Nota cambiada: %1</translation>
        </message>
        <message>
            <source>No highlight here</source>
            <translation>Aquí no hay subrayado</translation>
        </message>
    </context>
    <context>
        <name>TagsetEditor</name>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Spans</source>
            <translation>Pasajes</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>The id used in files and gradebook columns: letters, digits, '-'</source>
            <translation>El identificador que se usa en los archivos y en las columnas de calificaciones: letras, cifras, «-»</translation>
        </message>
        <message>
            <source>Name shown in Spanish</source>
            <translation>Nombre que se muestra en español</translation>
        </message>
        <message>
            <source>Name shown in English</source>
            <translation>Nombre que se muestra en inglés</translation>
        </message>
        <message>
            <source>What to mark with this category: trainees see it in the legend</source>
            <translation>Qué marcar con esta categoría: tus estudiantes lo ven en la leyenda</translation>
        </message>
        <message>
            <source>One key that marks the selection with this category (no two alike)</source>
            <translation>Una tecla que marca la selección con esta categoría (sin repetir)</translation>
        </message>
        <message>
            <source>The palette's colours stay distinct for colour-blind readers; each category also has its own line style</source>
            <translation>Los colores de la paleta se distinguen también con daltonismo; además, cada categoría tiene su propio tipo de línea</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>Añadir categoría</translation>
        </message>
        <message>
            <source>Add a category with the next safe colour and a free key</source>
            <translation>Añadir una categoría con el siguiente color seguro y una tecla libre</translation>
        </message>
        <message>
            <source>Remove category</source>
            <translation>Quitar categoría</translation>
        </message>
        <message>
            <source>Remove the chosen category (asks first if spans use it)</source>
            <translation>Quitar la categoría elegida (pregunta antes si hay pasajes que la usan)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Earlier in the legend and toolbar</source>
            <translation>Antes en la leyenda y en la barra de herramientas</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Later in the legend and toolbar</source>
            <translation>Después en la leyenda y en la barra de herramientas</translation>
        </message>
        <message>
            <source>&amp;Name (es / en):</source>
            <translation>&amp;Nombre (es / en):</translation>
        </message>
        <message>
            <source>&amp;What to mark (es):</source>
            <translation>&amp;Qué marcar (es):</translation>
        </message>
        <message>
            <source>W&amp;hat to mark (en):</source>
            <translation>Q&amp;ué marcar (en):</translation>
        </message>
        <message>
            <source>Ke&amp;y:</source>
            <translation>&amp;Tecla:</translation>
        </message>
        <message>
            <source>Co&amp;lour:</source>
            <translation>Co&amp;lor:</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Identificador:</translation>
        </message>
        <message>
            <source>Other colour…</source>
            <translation>Otro color…</translation>
        </message>
    </context>
    <context>
        <name>TextLimits</name>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 de %2 caracteres</translation>
        </message>
        <message>
            <source>Not added: this can have at most %1 characters. Nothing was cut.</source>
            <translation>No se ha añadido: aquí caben como mucho %1 caracteres. No se ha cortado nada.</translation>
        </message>
    </context>
    <context>
        <name>ToolBar</name>
        <message>
            <source>More tools</source>
            <translation>Más herramientas</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <source>Guided example</source>
            <translation>Ejemplo guiado</translation>
        </message>
        <message>
            <source>Go to the guided example's buttons</source>
            <translation>Ir a los botones del ejemplo guiado</translation>
        </message>
        <message>
            <source>Move to Skip step and End tour, and back to where you were</source>
            <translation>Ir a Saltar paso y Terminar, y volver a donde estabas</translation>
        </message>
        <message>
            <source>Select the words «%1» in the article: drag over them with the mouse, or press Ctrl+F, type them, press Enter and then Esc. This is practice: nothing you do here is saved. F6 takes you to the buttons of this strip.</source>
            <translation>Selecciona las palabras «%1» en la noticia: arrastra el ratón sobre ellas, o pulsa Ctrl+F, escríbelas, pulsa Intro y después Esc. Esto es una práctica: nada de lo que hagas aquí se guarda. F6 te lleva a los botones de esta franja.</translation>
        </message>
        <message>
            <source>Press %2 to mark «%1» as %3 (or click %3 under “What to mark”). Each category has its own key.</source>
            <translation>Pulsa %2 para marcar «%1» como %3 (o haz clic en %3, en «Qué marcar»). Cada categoría tiene su tecla.</translation>
        </message>
        <message>
            <source>Answer the question beside your highlight: press the number of your answer, then Enter. If the question closed, Ctrl+J opens it again.</source>
            <translation>Responde a la pregunta que sale junto a tu subrayado: pulsa el número de tu respuesta y después Intro. Si la pregunta se cerró, Ctrl+J la abre otra vez.</translation>
        </message>
        <message>
            <source>Say why you marked it: press F2, write a few words and press Enter.</source>
            <translation>Di por qué lo marcaste: pulsa F2, escribe unas palabras y pulsa Intro.</translation>
        </message>
        <message>
            <source>Changed your mind? Press Ctrl+Z to undo your last change, then Ctrl+Shift+Z to bring it back.</source>
            <translation>¿Cambias de idea? Pulsa Ctrl+Z para deshacer tu último cambio y después Ctrl+Mayús+Z para recuperarlo.</translation>
        </message>
        <message>
            <source>Compare with the expert: press Ctrl+K (Check against the key). The key is one expert's reading, not the only right answer.</source>
            <translation>Compara con el experto: pulsa Ctrl+K (Comprobar con la clave). La clave es la lectura de un experto, no la única respuesta correcta.</translation>
        </message>
        <message>
            <source>One highlight finds one passage of the expert's, so the score is low: that is expected here. Press F8 to go to the next difference and read why the expert marked it so.</source>
            <translation>Un subrayado encuentra un solo pasaje de los del experto, así que la puntuación es baja: aquí es lo esperado. Pulsa F8 para ir a la siguiente diferencia y lee por qué el experto lo marcó así.</translation>
        </message>
        <message>
            <source>Well done: you marked, answered, noted, undid and checked. Press Enter to go back to the library and choose an exercise, or End tour to go on with this example.</source>
            <translation>¡Bien hecho! Has marcado, respondido, anotado, deshecho y comprobado. Pulsa Intro para volver a la biblioteca y elegir un ejercicio, o Terminar para seguir con este ejemplo.</translation>
        </message>
        <message>
            <source>Practice: not saved</source>
            <translation>Práctica: no se guarda</translation>
        </message>
        <message>
            <source>Guided example ended. Your practice marks are not saved; Help › Guided example starts it again.</source>
            <translation>Ejemplo guiado terminado. Tus marcas de práctica no se guardan; Ayuda › Ejemplo guiado lo empieza otra vez.</translation>
        </message>
        <message>
            <source>New here? Try the 5-minute guided example: it shows you, step by step, how to mark a passage, answer a question about it, write a note and check your work against an expert's.</source>
            <translation>¿Es tu primera vez? Prueba el ejemplo guiado de 5 minutos: te enseña, paso a paso, a marcar un pasaje, responder a una pregunta sobre él, escribir una nota y comprobar tu trabajo con el de un experto.</translation>
        </message>
        <message>
            <source>Start the &amp;guided example</source>
            <translation>&amp;Empezar el ejemplo guiado</translation>
        </message>
        <message>
            <source>No th&amp;anks</source>
            <translation>No, &amp;gracias</translation>
        </message>
        <message>
            <source>Do not offer it again; Help › Guided example still starts it</source>
            <translation>No volver a ofrecerlo; Ayuda › Ejemplo guiado lo sigue empezando</translation>
        </message>
        <message>
            <source>S&amp;kip step</source>
            <translation>&amp;Saltar paso</translation>
        </message>
        <message>
            <source>Go on to the next step without doing this one</source>
            <translation>Pasar al paso siguiente sin hacer este</translation>
        </message>
        <message>
            <source>Back to the &amp;library</source>
            <translation>Volver a la &amp;biblioteca</translation>
        </message>
        <message>
            <source>End the guided example and choose an exercise</source>
            <translation>Terminar el ejemplo guiado y elegir un ejercicio</translation>
        </message>
        <message>
            <source>E&amp;nd tour</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <source>Stop the guided example and go on on your own (F6, then Esc)</source>
            <translation>Dejar el ejemplo guiado y seguir por tu cuenta (F6 y después Esc)</translation>
        </message>
        <message>
            <source>Guided example · step %1 of %2</source>
            <translation>Ejemplo guiado · paso %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>TraineeDialog</name>
        <message>
            <source>Who is working?</source>
            <translation>¿Quién está trabajando?</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This computer may be shared. Check that the name below is yours before you start: your highlights and any unsaved work are kept under it.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Puede que este ordenador sea compartido. Comprueba que el nombre de abajo es el tuyo antes de empezar: tus subrayados y el trabajo sin guardar se guardan con ese nombre.</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Nombre y apellido</translation>
        </message>
        <message>
            <source>Optional, as your teacher gave it</source>
            <translation>Opcional, tal como te lo dio tu docente</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Student &amp;id:</source>
            <translation>Número de &amp;estudiante:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <source>Not me: &amp;clear</source>
            <translation>No soy yo: &amp;borrar</translation>
        </message>
    </context>
    <context>
        <name>TraineeView</name>
        <message>
            <source>%1 — comparison with the expert</source>
            <translation>%1 — comparación con el experto</translation>
        </message>
        <message>
            <source>first attempt</source>
            <translation>primer intento</translation>
        </message>
        <message>
            <source>last attempt</source>
            <translation>último intento</translation>
        </message>
        <message>
            <source>current highlights</source>
            <translation>subrayados actuales</translation>
        </message>
    </context>
    <context>
        <name>Verdicts</name>
        <message>
            <source>Found</source>
            <translation>Encontrado</translation>
        </message>
        <message>
            <source>In part</source>
            <translation>En parte</translation>
        </message>
        <message>
            <source>Other category</source>
            <translation>Otra categoría</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <source>Not on the expert's list</source>
            <translation>No está en la lista del experto</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Accepted by the instructor</source>
            <translation>Aceptado por el instructor</translation>
        </message>
        <message>
            <source>Excused by the instructor</source>
            <translation>Dispensado por el instructor</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>Mark “%1”</source>
            <translation>Marcar «%1»</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Borrar «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n highlights</source>
            <translation>
                <numerusform>Borrar %n subrayado</numerusform>
                <numerusform>Borrar %n subrayados</numerusform>
            </translation>
        </message>
        <message>
            <source>Change category of “%1”</source>
            <translation>Cambiar la categoría de «%1»</translation>
        </message>
        <message>
            <source>Edit note of “%1”</source>
            <translation>Editar la nota de «%1»</translation>
        </message>
        <message>
            <source>Change judgement of “%1”</source>
            <translation>Cambiar el juicio de «%1»</translation>
        </message>
        <message>
            <source>Restore recovered work</source>
            <translation>Recuperar el trabajo</translation>
        </message>
    </context>
</TS>