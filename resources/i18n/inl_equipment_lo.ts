<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
    <context>
        <name>App</name>
        <message>
            <source>Welcome to INL Equipment Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name, as it should appear in the history of every change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the register</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Attach a PDF, JPG or PNG file (a scan or photo of the signed receipt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is a folder: choose the file of the signed copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not an ordinary file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no receipt numbered {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file must be between 1 byte and {most} MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an attachment name points outside its folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attachments need a register stored in a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown kind of record {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no record numbered {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>does not follow the event before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its content was changed after it was written</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the history's anchor is missing: it was deleted outside the app, and events may have been deleted with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history was cut: {expected} events were recorded but only {found} remain (the newest were deleted outside the app)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history holds {found} events but {expected} were recorded (events were added outside the app, or the anchor was reset)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history's newest event is not the one recorded (it was replaced)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {tag} has no seal: it was added outside the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {tag}: its newest history event is not the one recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {tag} was changed outside the app: its values differ from what its history recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {id} has a history but no row: it was deleted outside the app</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>the copy of {name} failed its integrity check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough free disk space in {folder} to back up {name} (about {size} needed); the previous backups are unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not back up {name}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot back up {path}: the file does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup {name} is damaged and cannot be restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough free disk space to restore {name}; nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough free disk space to restore {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not restore {name}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot restore: {name} cannot be opened ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot restore: {name} is still in use; close it first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough free disk space for a backup of {name}: {free} free, a copy needs {needed} and {margin} must stay free; the previous backups are unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged or not an SQLite database and cannot be restored; nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not an INL Equipment Tracker register; nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup {name} was written by a newer version of INL Equipment Tracker (schema {revision}); install the newer version to restore it; nothing changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BulkEdit</name>
        <message>
            <source>That category no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That funding source no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a condition from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add one line to the notes at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one thing to change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notes of {tag} are full: shorten them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {id} no longer exists</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message numerus="yes">
            <source>Edit %n selected item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Set the &amp;category to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the &amp;funding source to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the c&amp;ondition to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a line to the &amp;notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holder, location and status are not changed here: they move only with a receipt (Handovers) or through Retire.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Change %n item(s)? Each one that changes gets its own entry in its history.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CheckFilter</name>
        <message>
            <source>Any check state</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ທຸກສະຖານະການກວດກາ</translation>
        </message>
        <message>
            <source>Check due (within a month)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຮອດກຳນົດກວດກາ (ພາຍໃນໜຶ່ງເດືອນ)</translation>
        </message>
        <message>
            <source>Check overdue</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກາຍກຳນົດກວດກາ</translation>
        </message>
        <message>
            <source>Not seen twice: follow up</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ພົບເຫັນສອງຄັ້ງ: ຕ້ອງຕິດຕາມ</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ເຄີຍກວດກາ</translation>
        </message>
        <message>
            <source>Not verified this year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckLinesModel</name>
        <message>
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation type="unfinished">ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished">ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unchanged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Unexpected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last result: {result}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered at {location}; only a transfer receipt can move it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned at the site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not scanned yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckMethod</name>
        <message>
            <source>On-site visit</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລົງກວດກາຢູ່ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Remote (photo evidence)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກວດກາທາງໄກ (ຫຼັກຖານຮູບພາບ)</translation>
        </message>
        <message>
            <source>Document review</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກວດສອບເອກະສານ</translation>
        </message>
    </context>
    <context>
        <name>CheckResult</name>
        <message>
            <source>In use</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ນຳໃຊ້ຢູ່</translation>
        </message>
        <message>
            <source>In storage</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເກັບຮັກສາໄວ້</translation>
        </message>
        <message>
            <source>Unserviceable</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃຊ້ການບໍ່ໄດ້</translation>
        </message>
        <message>
            <source>Under repair</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກຳລັງສ້ອມແປງ</translation>
        </message>
        <message>
            <source>Not seen</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ພົບເຫັນ</translation>
        </message>
        <message>
            <source>Lost</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສູນຫາຍ</translation>
        </message>
        <message>
            <source>Stolen</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຖືກລັກ</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຖືກທຳລາຍ</translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Field checklist</source>
            <translation type="unfinished">ໃບກວດກາພາກສະໜາມ</translation>
        </message>
        <message>
            <source>One &amp;site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every site of a &amp;province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose the site —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose the province —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Write checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One row per item registered at the site, with a QR code of its asset tag and boxes to tick. The workbook has a drop-down list of the results and is imported back with “Import filled checklist…”; a province gives one workbook per site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the site from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the province from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the checklist {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No site of this province holds items: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) written:</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Checklist written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistImport</name>
        <message>
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ registered elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished">ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{result}: {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistImportDialog</name>
        <message>
            <source>Import filled checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filled checklist workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the filled checklist (.xlsx) first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot import: {reason} Nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the filled checklist workbook: its rows are shown here, with any problem, before anything is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s) in the sheet (in red below). Correct the sheet and read it again: nothing is imported while any remains.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to import as one site check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site {site}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Site {site} · checked on {date} · %n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>inspectors not given</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed item(s) had no result on the sheet. They will be recorded as not seen. Import the checklist?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Items without a result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was recorded: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site check {number} recorded from the checklist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistLabels</name>
        <message>
            <source>Field checklist</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃບກວດກາພາກສະໜາມ</translation>
        </message>
        <message>
            <source>Units</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Checklist ID</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເລກທີໃບກວດກາ</translation>
        </message>
        <message>
            <source>Date issued</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ວັນທີອອກ</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ອອກ</translation>
        </message>
        <message>
            <source>Date of check</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ວັນທີກວດກາ</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຄະນະກວດກາ</translation>
        </message>
        <message>
            <source>Selected items only</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະເພາະລາຍການທີ່ເລືອກ</translation>
        </message>
        <message>
            <source>Tick one result for each item. Write items found here but not listed in the blank rows at the end, with their asset tag or serial number.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃຫ້ໝາຍຖືກຜົນການກວດກາພຽງອັນດຽວ ສຳລັບແຕ່ລະລາຍການ. ອຸປະກອນທີ່ພົບຢູ່ບ່ອນນີ້ ແຕ່ບໍ່ມີໃນລາຍການ ໃຫ້ຂຽນໃສ່ແຖວຫວ່າງທາງທ້າຍ ພ້ອມທັງລະຫັດຊັບສິນ ຫຼື ເລກໝາຍເຄື່ອງ.</translation>
        </message>
        <message>
            <source>Choose a result for each item from its list; an item left without a result was not seen. Add items found here but not listed in the blank rows below, with their asset tag or serial number.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສຳລັບແຕ່ລະລາຍການ ໃຫ້ເລືອກຜົນການກວດກາຈາກລາຍການໃຫ້ເລືອກ; ລາຍການທີ່ບໍ່ໄດ້ເລືອກຜົນ ຖືວ່າບໍ່ພົບເຫັນ. ອຸປະກອນທີ່ພົບຢູ່ບ່ອນນີ້ ແຕ່ບໍ່ມີໃນລາຍການ ໃຫ້ຕື່ມໃສ່ແຖວຫວ່າງຂ້າງລຸ່ມນີ້ ພ້ອມທັງລະຫັດຊັບສິນ ຫຼື ເລກໝາຍເຄື່ອງ.</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລະຫັດ QR</translation>
        </message>
        <message>
            <source>Holder</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>Last result</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜົນຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Last check</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Result</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Used for intended purpose</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ນຳໃຊ້ຖືກຕາມຈຸດປະສົງ</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ເຄີຍກວດກາ</translation>
        </message>
        <message>
            <source>Items found but not listed</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອຸປະກອນທີ່ພົບເຫັນ ແຕ່ບໍ່ມີໃນລາຍການ</translation>
        </message>
        <message>
            <source>Asset tag or serial number</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລະຫັດຊັບສິນ ຫຼື ເລກໝາຍເຄື່ອງ</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ກວດກາ</translation>
        </message>
        <message>
            <source>Unit representative</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ຕາງໜ້າໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>In use</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ນຳໃຊ້ຢູ່</translation>
        </message>
        <message>
            <source>Stored</source>
            <comment>result, short</comment>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເກັບໄວ້</translation>
        </message>
        <message>
            <source>U/S</source>
            <comment>result, short: unserviceable</comment>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃຊ້ບໍ່ໄດ້</translation>
        </message>
        <message>
            <source>Repair</source>
            <comment>result, short</comment>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສ້ອມແປງ</translation>
        </message>
        <message>
            <source>Not seen</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ພົບເຫັນ</translation>
        </message>
        <message>
            <source>Lost</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສູນຫາຍ</translation>
        </message>
        <message>
            <source>Stolen</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຖືກລັກ</translation>
        </message>
        <message>
            <source>Destr.</source>
            <comment>result, short</comment>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ທຳລາຍ</translation>
        </message>
    </context>
    <context>
        <name>Checklists</name>
        <message>
            <source>This checklist is for site “{site}”, which is not in this register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This checklist is for site “{site}”, not for “{chosen}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This checklist was imported already on {date}, as {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of check {date} is before the checklist was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of check {date} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of check “{text}” is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: asset tag {tag} is not in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: give the asset tag or the serial number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: serial number {serial} is not in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: serial number {serial} belongs to several items; give the asset tag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: give a result for {tag}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: unknown result “{result}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: unknown condition “{condition}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: write yes, no or unknown for the intended use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: {tag} is written twice (also row {first}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: {tag} has left the register; it cannot be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a field checklist made by this app (or it was altered).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has more than {limit} rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A checklist is written as .pdf or .xlsx.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <source>Close investigation {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close investigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: {kind} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date closed *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation type="unfinished">ເລກໝາຍເຄື່ອງ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Make</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Unit value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished">ແຂວງ</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acquired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Federal share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposal method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last check</source>
            <translation type="unfinished">ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Check result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next check due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Condition</name>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unserviceable</source>
            <translation type="unfinished">ໃຊ້ການບໍ່ໄດ້</translation>
        </message>
    </context>
    <context>
        <name>Custody</name>
        <message numerus="yes">
            <source>{problem} (and %n more item(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) held by a unit are on no receipt (handed over before the register was kept, or imported)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{tag} is {status}, but its latest receipt {number} puts it with {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is with {holder} at {place}, but its latest receipt {number} puts it with {unit} at {receipt_place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>donor stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no place</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verified</source>
            <translation type="unfinished">ຢັ້ງຢືນແລ້ວ</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation type="unfinished">ອັດຕາ</translation>
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Lost, stolen, destroyed or disposed of: {count} item(s), {value}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardFeature</name>
        <message>
            <source>&amp;Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items and value by status, holder and province, checks due, receipts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardSummary</name>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handovers this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipts without a signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verified this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By province</source>
            <translation type="unfinished">ແຍກຕາມແຂວງ</translation>
        </message>
        <message>
            <source>End-use checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue checks by site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over by year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished">ໜ້າ {page}/{pages}</translation>
        </message>
        <message>
            <source>Equipment register at a glance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a year to list its receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End-use &amp;checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save summary as &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By province</source>
            <translation type="unfinished">ແຍກຕາມແຂວງ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handovers this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List this year's handover receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipts without a signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the receipts still waiting for their signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verified this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the items held by units and not verified this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the incidents still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a row to show its items in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue checks by site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verified this year, by holding unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items a unit holds now whose latest check this year found them in use or in storage. Double-click a unit to show its items not verified yet. (The EUM report counts from the receipts as of the year's first day.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over by year (issued handover receipts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>the register already holds items; use an empty database for sample data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisposalMethod</name>
        <message>
            <source>Transferred to the recipient government</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໂອນກຳມະສິດໃຫ້ລັດຖະບານຜູ້ຮັບ</translation>
        </message>
        <message>
            <source>Sold</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຂາຍ</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ທຳລາຍຖິ້ມ</translation>
        </message>
        <message>
            <source>Scrapped</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ແຍກເປັນເສດວັດສະດຸ</translation>
        </message>
        <message>
            <source>Returned to the donor</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສົ່ງຄືນໃຫ້ຜູ້ບໍລິຈາກ</translation>
        </message>
        <message>
            <source>Other (see detail)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອື່ນໆ (ເບິ່ງລາຍລະອຽດ)</translation>
        </message>
    </context>
    <context>
        <name>Disposals</name>
        <message>
            <source>Choose the items to dispose of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some items do not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already out of the register: {tags}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how the items were disposed of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say in words how the items were disposed of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The approval reference is longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no disposal {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueChecks</name>
        <message>
            <source>Choose between 1 and {max} months (every item at least every {max}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueChecksWindow</name>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state}, follow up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>(no location)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation type="unfinished">ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation type="unfinished">ຜົນຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start site check…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sites ({count})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) due</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Nothing was changed: the register is as it was before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disk full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full, so the change could not be saved. {unchanged} Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This register is open read-only, so nothing can be changed. Close other copies of the app, or check the file's permissions, and reopen it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program is writing to the register right now. {unchanged} Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer could not write to the disk ({detail}). {unchanged} Check the drive (a removed USB stick, a full or failing disk) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}. The previous backups are unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database reported: {detail}. {unchanged}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: {detail}.

{unchanged} If it happens again, please report it with what you were doing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EumReport</name>
        <message>
            <source>{verified} of {held} items held at the start were verified (denominator: {held} items held on {start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{checked} items checked, {verified} verified, {problems} with problems ({followed} followed up by an incident); {results} results recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {shown} agencies with the lowest rates of {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held at start</source>
            <translation type="unfinished">ມີຢູ່ຕົ້ນໄລຍະ</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation type="unfinished">ກວດກາແລ້ວ</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation type="unfinished">ຢັ້ງຢືນແລ້ວ</translation>
        </message>
        <message>
            <source>Verified of held</source>
            <translation type="unfinished">ຢັ້ງຢືນແລ້ວ ໃນຈຳນວນທີ່ມີ</translation>
        </message>
        <message>
            <source>Verification rate</source>
            <translation type="unfinished">ອັດຕາການຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished">ບັນຫາ</translation>
        </message>
        <message>
            <source>Incident opened</source>
            <translation type="unfinished">ໄດ້ເປີດເຫດການ</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation type="unfinished">ຍັງບໍ່ທັນປິດ</translation>
        </message>
        <message>
            <source>Results recorded</source>
            <translation type="unfinished">ຜົນທີ່ໄດ້ບັນທຶກ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished">ລວມທັງໝົດ</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished">ສະຫຼຸບ</translation>
        </message>
        <message>
            <source>End-Use Monitoring Report</source>
            <translation type="unfinished">ບົດລາຍງານການຕິດຕາມກວດກາການນຳໃຊ້ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished">ໄລຍະ</translation>
        </message>
        <message>
            <source>Figures as of</source>
            <translation type="unfinished">ຕົວເລກ ນັບຮອດວັນທີ</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation type="unfinished">ສ້າງເມື່ອ</translation>
        </message>
        <message>
            <source>Denominator: the items held at the start of the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected results (seen at another site)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By province</source>
            <translation type="unfinished">ແຍກຕາມແຂວງ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished">ແຂວງ</translation>
        </message>
        <message>
            <source>Name in Lao</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definitions</source>
            <translation type="unfinished">ຄຳນິຍາມ</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished">ສະຖານທີ່ເກີດເຫດ</translation>
        </message>
        <message>
            <source>Report reference</source>
            <translation type="unfinished">ເລກທີບົດລາຍງານ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished">ວິທີການ</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval</source>
            <translation type="unfinished">ເລກທີອະນຸມັດ</translation>
        </message>
        <message>
            <source>Sale price (USD)</source>
            <translation type="unfinished">ລາຄາຂາຍ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation type="unfinished">ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished">ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Held since</source>
            <translation type="unfinished">ຄອບຄອງນັບແຕ່</translation>
        </message>
        <message>
            <source>By agency</source>
            <translation type="unfinished">ແຍກຕາມອົງການ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation type="unfinished">ອົງການ</translation>
        </message>
        <message>
            <source>By site</source>
            <translation type="unfinished">ແຍກຕາມສະຖານທີ່</translation>
        </message>
        <message>
            <source>Province in Lao</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held at the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items in the custody of a recipient unit on the first day of the period: handed over on an issued receipt dated on or before that day and not returned to donor stock by then (items recorded with a holder but no receipt count from their acquisition date), and not retired before that day (an item lost, stolen, destroyed or disposed of counts if its incident or disposal is dated on or after the first day). Lot parts merged back into their lot are not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items with at least one result in the period; an item checked twice counts once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked items whose latest result in the period is in use or in storage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items held at the start that were verified, divided by the items held at the start (the denominator). Items handed over during the period are checked and verified but not part of the rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems and follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked items whose latest result is not verified; followed up when an incident of the item is dated on or after that result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agency and site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unit holding the item and its site at the end of the period, by the receipts; items held by no unit then are shown as (no unit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items held by a unit at the end of the period with no result in the 24 months before it (never checked: held for longer than that).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no site)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report is written as .pdf or .xlsx.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EumReportDialog</name>
        <message>
            <source>End-use monitoring report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar &amp;year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Write report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The verification rate overall, by agency and by province; per site the items held, checked and their results; incidents and disposals of the period; items not checked for more than 24 months. The report for a year is due on 31 January of the next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts: the end must be on or after {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period starts after today: there is nothing to report yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the report {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item was held by a recipient unit at the start of the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verification rate: {rate} ({verified} of {held} items held at the start).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EumReportLabels</name>
        <message>
            <source>End-Use Monitoring Report</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບົດລາຍງານການຕິດຕາມກວດກາການນຳໃຊ້ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Period</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໄລຍະ</translation>
        </message>
        <message>
            <source>Figures as of</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຕົວເລກ ນັບຮອດວັນທີ</translation>
        </message>
        <message>
            <source>Generated</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສ້າງເມື່ອ</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຄຳນິຍາມ</translation>
        </message>
        <message>
            <source>Summary</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຫຼຸບ</translation>
        </message>
        <message>
            <source>Verification rate</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອັດຕາການຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>Verification rate by agency</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອັດຕາການຢັ້ງຢືນ ແຍກຕາມອົງການ</translation>
        </message>
        <message>
            <source>Verification rate by province</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອັດຕາການຢັ້ງຢືນ ແຍກຕາມແຂວງ</translation>
        </message>
        <message>
            <source>By agency</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ແຍກຕາມອົງການ</translation>
        </message>
        <message>
            <source>By province</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ແຍກຕາມແຂວງ</translation>
        </message>
        <message>
            <source>By site</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ແຍກຕາມສະຖານທີ່</translation>
        </message>
        <message>
            <source>Incidents of the period</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເຫດການໃນໄລຍະ</translation>
        </message>
        <message>
            <source>Disposals of the period</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ການຈຳໜ່າຍຊັບສິນໃນໄລຍະ</translation>
        </message>
        <message>
            <source>Items not checked for more than 24 months</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອຸປະກອນທີ່ບໍ່ໄດ້ກວດກາເກີນ 24 ເດືອນ</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບັນຫາທີ່ພົບເຫັນ</translation>
        </message>
        <message>
            <source>None.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ມີ.</translation>
        </message>
        <message>
            <source>Agency</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອົງການ</translation>
        </message>
        <message>
            <source>Province</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ແຂວງ</translation>
        </message>
        <message>
            <source>Site</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Held at start</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ມີຢູ່ຕົ້ນໄລຍະ</translation>
        </message>
        <message>
            <source>Checked</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກວດກາແລ້ວ</translation>
        </message>
        <message>
            <source>Verified</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຢັ້ງຢືນແລ້ວ</translation>
        </message>
        <message>
            <source>Verified of held</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຢັ້ງຢືນແລ້ວ ໃນຈຳນວນທີ່ມີ</translation>
        </message>
        <message>
            <source>Rate</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອັດຕາ</translation>
        </message>
        <message>
            <source>Problems</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບັນຫາ</translation>
        </message>
        <message>
            <source>Incident opened</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໄດ້ເປີດເຫດການ</translation>
        </message>
        <message>
            <source>Still open</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຍັງບໍ່ທັນປິດ</translation>
        </message>
        <message>
            <source>Results recorded</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜົນທີ່ໄດ້ບັນທຶກ</translation>
        </message>
        <message>
            <source>Total</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລວມທັງໝົດ</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Description</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລາຍການ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Result</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Date</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ວັນທີ</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ການກວດກາ</translation>
        </message>
        <message>
            <source>Incident</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເຫດການ</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຖານະ</translation>
        </message>
        <message>
            <source>No.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເລກທີ</translation>
        </message>
        <message>
            <source>Type</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Where</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຖານທີ່ເກີດເຫດ</translation>
        </message>
        <message>
            <source>Report reference</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເລກທີບົດລາຍງານ</translation>
        </message>
        <message>
            <source>Method</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ວິທີການ</translation>
        </message>
        <message>
            <source>Approval</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເລກທີອະນຸມັດ</translation>
        </message>
        <message>
            <source>Sale price (USD)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລາຄາຂາຍ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Last check</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Held since</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຄອບຄອງນັບແຕ່</translation>
        </message>
        <message>
            <source>Never</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ເຄີຍ</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໜ້າ {page}/{pages}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>PDF report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (UTF-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown file extension: use .pdf, .xlsx or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown file extension '.{suffix}': use .pdf, .xlsx or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>folder does not exist: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write in folder {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create a temporary file in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown format {format}: use pdf, xlsx or csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text, in parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… (continued on sheet {sheet}, row {row})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell {cell} holds more than Excel's 32,767 characters: the whole text is on sheet {sheet}, row {row}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n more cell(s) continue on sheet {sheet}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished">ສະຫຼຸບ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in Lao</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished">ລວມທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>{name} could not be written: the file may be open in another program (close it there), or the folder may be read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the computer could not write the file ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>something went wrong ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export failed: {reason}.

No file was written at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The table as shown (with its search, filters, sort and columns)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The table as shown ({count} item(s), with its search, filters, sort and columns)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The whole register (every item)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF report (.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grouping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A report for printing: totals, a summary by group with a chart, and every item in groups with subtotals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typed cells (dates, amounts, quantities) with filters, and a Summary sheet by group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain text, UTF-8, one row per item: for other programs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF shows the table's visible columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every column is included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}. Choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export finished</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported {count} item(s) to
{path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Open file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportsFeature</name>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the table as shown, or the whole register, to PDF, Excel or CSV</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items with this status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All holders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items with this holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All provinces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items with this province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items at this site (location)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items with this category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All funding sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items with this funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only items whose end-use check is due, overdue…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search tag, serial, description, make, model, holder, place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches as you type (Ctrl+F). Several words must all match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>A new register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This register is new.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It starts with the standard lists: the 18 provinces, the equipment categories, the counter-drug agencies and their units, and the international border checkpoints (all in English and Lao, and yours to change). Start with those, or also load {count} sample items to try the app out?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with the &amp;lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load &amp;sample data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sample data could not be added: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adding sample items…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstStepsPanel</name>
        <message>
            <source>This register has no items yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the first item, or import a list you already keep (CSV or Excel, including exports of Snipe-IT). The provinces, categories, agencies and units, and border checkpoints are there already: change them under Reference. To try the app out first, load sample data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add the first item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load &amp;sample data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormErrors</name>
        <message numerus="yes">
            <source>%n field(s) need attention before saving.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverDetailsPane</name>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Serial / lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Receipt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Attach signed copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;i&gt;No handover selected.&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed copies on file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed copy on file: none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From: {source}&lt;br&gt;To: {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location: {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over by: {giver}&lt;br&gt;Received by: {receiver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Witness: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remarks: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;VOID:&lt;/b&gt; {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) · {total} · issued by {operator}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>New handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not added ({count}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save and issue receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least one item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A transfer goes to a different unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still needed: {needed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}; remove it from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this form?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) on the list will not be handed over. Discard the form?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverFields</name>
        <message>
            <source>From unit *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving unit *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Location *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received by *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over by *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Witness</source>
            <translation type="unfinished">ພະຍານ</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation type="unfinished">ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the unit the items come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the receiving unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the receiving officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the handing-over officer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverItemsPane</name>
        <message>
            <source>Items returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items to hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan a barcode, or type an asset tag and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the register for Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;can:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: no item with this asset tag is in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is already on this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {tag}: {description}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item that can go on this return matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item that can go on this transfer matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item that can go on this handover matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find by asset tag, serial or description…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find is unavailable ({problem}); use Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed ({count}):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverKind</name>
        <message>
            <source>Handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverLinesModel</name>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Serial / lot no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over {least} to {most} {unit}; the rest stays in the lot.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) · total value {total}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverStatus</name>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Handovers</name>
        <message>
            <source>attachments need a register stored in a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INL (donor stock)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no receipt numbered {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is lost and cannot be handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is stolen and cannot be handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is disposed and cannot be handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is {status} and cannot be handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is already with another unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is already with {holder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is in repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is not held by the unit it would come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: quantity must be 1 to {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} was acquired on {acquired}, after the handover date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why this receipt is void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is already void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} has since moved on receipt {later}; void that one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} has changed since this receipt (it is now {status}); correct the item itself instead of voiding the receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose handover, return or transfer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the receiving unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the unit the items come from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where the equipment goes ({unit} has no main location yet).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A transfer goes to a different unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the officer who receives the items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the officer who hands the items over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add at least one item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An item is on the list twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided by {name} on {time} (local time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided on {time} (local time)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoversFeature</name>
        <message>
            <source>&amp;Hand over selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the selected items over to a unit, with a bilingual receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand&amp;overs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All handovers, returns and transfers, with their receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verify a receipt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a printed receipt's QR code against the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt {number} issued</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoversModel</name>
        <message>
            <source>Yes</source>
            <translation type="unfinished">ແມ່ນ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">ບໍ່ແມ່ນ</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
    </context>
    <context>
        <name>HandoversView</name>
        <message>
            <source>Handovers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search number, unit, officer or asset tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New handover…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New return…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New transfer…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n handover(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Signed copy of {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot attach this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No program opened the file. It is at {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpFeature</name>
        <message>
            <source>Show &amp;log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder of the app's log files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About INL Equipment Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INL Equipment Tracker {version}

Register of donated equipment: purchase, handover, end-use checks and disposal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation type="unfinished">ເລກໝາຍເຄື່ອງ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Make</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Federal share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acquired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposal method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished">ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Found away from its registered place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">ເຫດການ</translation>
        </message>
        <message>
            <source>Disposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished">ວິທີການ</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lot split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lot merged back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End-use check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident opened</source>
            <translation type="unfinished">ໄດ້ເປີດເຫດການ</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposed of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>donor stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#{id} (removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>{count} row(s) with errors: fix the file, or choose to import only the valid rows.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>'{name}' matched to existing category '{existing}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' matched to existing agency '{existing}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' matched to existing location '{existing}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' matched to existing funding source '{existing}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown category '{name}' (new records are not created).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown agency '{name}' (new records are not created).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown location '{name}' (new records are not created).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown funding source '{name}' (new records are not created).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New category '{name}' will be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New agency '{name}' will be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New location '{name}' will be created in {province}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New funding source '{name}' will be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New location '{name}' will be created in {province} (no province in its name; correct it later).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished">ບັນຫາ</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} - rejected rows.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation type="unfinished">ເລກໝາຍເຄື່ອງ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Make</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Federal share %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acquisition date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel showed this {what} as {value}: the true {what} is lost; type it from the item or the original document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown status '{text}'; imported as In stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown condition '{text}'; imported as New.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be read again ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} asset tag(s) are already in the register; with 'stop on duplicates' nothing is imported.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Asset tag {tag} is already on row {row} of this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} columns are mapped to {field}; keep one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column is mapped to {field}, which is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has a header but no rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in the imported columns; the row is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in the register; the row is skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This asset tag is already in the register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No category: filed under '{category}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded as {status}; the file gives no disposal date or method.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} byte(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is not text but an Excel workbook: rename it to .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is an old Excel 97-2003 file: open it in Excel, save as .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: 'no extension' files cannot be imported; use .xlsx or .csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: '{suffix}' files cannot be imported; use .xlsx or .csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be opened: close it in Excel and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be opened ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is too large ({size}; the limit is {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a text file (it contains binary data).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, row {row}: a cell is far too long; a quote (") is probably never closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, row {row}: the CSV is malformed ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no data: it holds only blank rows.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Skipped %n title row(s) above the header (row {row}).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name}, row {row}: a cell is over {limit} characters; a quote (") is probably never closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, row {row}: a cell is over {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has more than {limit} rows; split it into parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is too large: {columns} columns by {rows} rows.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} row(s) have cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Repaired {count} cell(s) garbled by an earlier conversion ('Ã©' for 'é').</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252 (Western)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mac Roman (old Mac Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not UTF-8 and was read as {encoding}; if letters look wrong, save it as 'CSV UTF-8' and import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some characters could not be read; they show as '{mark}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel files cannot be read safely: the defusedxml package is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is an Excel 97-2003 or password-protected file: save it as .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged and cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no sheet named '{sheet}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet '{sheet}' is empty and was passed over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read sheet '{sheet}'; not read: {others}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no data: its sheets are empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, row {row}: more than {limit} columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a valid Excel .xlsx workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is a zip archive, not an Excel .xlsx workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} holds {count} parts; it is not a normal workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} would unpack to {size} (limit {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was refused: a part inflates {ratio} times (zip bomb).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} declares an invalid sheet size ('{size}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} declares {columns} columns by {rows} rows; it is not a normal sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register changed since the preview; look at the preview again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, row {row}: the quote (") before '{start}' runs over {lines} lines and takes in the rows below it; a closing quote is probably missing. Close or remove it and import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, row {row}: the quote (") before '{start}' is never closed. Close or remove it and import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is the file being imported: writing there would overwrite it; choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is the register's own file: writing there would destroy it; choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was refused: its sheets hold more than {limit} cells; a register needs far fewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was refused: a sheet holds more than {limit} rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was refused: it holds more than {limit} shared texts for {cells} cells; it is not a normal register workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was refused: it holds more than {limit} characters of text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was refused: a cell holds more than {limit} characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>‹ &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Checking {count} row(s) against the register…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing {count} item(s)…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed and nothing was changed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rows could not be checked: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;br&gt;{reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;This file cannot be read.&lt;/b&gt;&lt;br&gt;{reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column mapping could not be saved: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportsFeature</name>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import items from a CSV or Excel file (or drop one on the window)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentKind</name>
        <message>
            <source>Lost</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສູນຫາຍ</translation>
        </message>
        <message>
            <source>Stolen</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຖືກລັກ</translation>
        </message>
        <message>
            <source>Damaged beyond repair</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເສຍຫາຍ ບໍ່ສາມາດສ້ອມແປງໄດ້</translation>
        </message>
    </context>
    <context>
        <name>IncidentOutcome</name>
        <message>
            <source>Open</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ກຳລັງດຳເນີນການ</translation>
        </message>
        <message>
            <source>Closed: recovered</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປິດແລ້ວ: ໄດ້ຄືນ</translation>
        </message>
        <message>
            <source>Closed: written off</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປິດແລ້ວ: ຕັດອອກຈາກບັນຊີ</translation>
        </message>
        <message>
            <source>Closed: replaced</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປິດແລ້ວ: ໄດ້ທົດແທນ</translation>
        </message>
        <message>
            <source>Closed: reimbursed</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປິດແລ້ວ: ໄດ້ຮັບການຊົດໃຊ້</translation>
        </message>
    </context>
    <context>
        <name>Incidents</name>
        <message>
            <source>The item does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} has left the register already; it cannot be lost again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose lost, stolen or damaged beyond repair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report reference is longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no incident {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is closed already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how the investigation ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date must lie between the incident and today.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentsWindow</name>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished">ສະຖານທີ່ເກີດເຫດ</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation type="unfinished">ຜູ້ລາຍງານ</translation>
        </message>
        <message>
            <source>Report ref.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close &amp;investigation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inspections</name>
        <message>
            <source>Choose the site that was checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how the check was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item was checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This checklist was imported already on {date}, as {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} is listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} has left the register; it cannot be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: unknown result “{result}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: unknown condition “{condition}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: say yes, no or unknown for intended use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: the remark is too long.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntendedUse</name>
        <message>
            <source>Yes</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ແມ່ນ</translation>
        </message>
        <message>
            <source>No</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ແມ່ນ</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບໍ່ຊາບ</translation>
        </message>
    </context>
    <context>
        <name>ItemDetails</name>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Serial / VIN / frame no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Make</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acquisition date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Federal share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase order no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>Holder (unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>donor stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sale price {price}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Item {tag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial / VIN / frame no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Acquisition date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Federal share %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase order no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Holder (unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— donor stock —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>New category…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New funding source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New unit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New location…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To save, fill in: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holder, location and status change through Handovers (with a receipt) or Retire.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{status}&lt;/b&gt; on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sale price {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{result} (found away from its place)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished">ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Used as intended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">ເຫດການ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Police report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemPageFeature</name>
        <message>
            <source>Item &amp;page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected item's details, photos, history, receipts, checks and incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {tag}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemPageWindow</name>
        <message>
            <source>Double-click a line to open its receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the item shown before (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forward again (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print &amp;label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {tag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>donor stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} · {holder} · {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} · {holder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Photos ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Receipts ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End-use &amp;checks ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Incidents ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemPhotos</name>
        <message>
            <source>HEIC photos (as an iPhone takes them) cannot be kept: save the photo as JPEG (on the phone: Settings → Camera → Formats → Most Compatible) and attach that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a PDF document, not a photo: attach it to a receipt or record instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a JPEG or PNG photo of the item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is too large a picture: keep it under {most} megapixels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged: it does not open as a picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no item with id {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>In stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished">ສູນຫາຍ</translation>
        </message>
        <message>
            <source>Stolen</source>
            <translation type="unfinished">ຖືກລັກ</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stolen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>destroyed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merged back into its lot</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Items</name>
        <message>
            <source>Enter an amount, e.g. 1250.00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A value cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A value above $999,999,999.99 is not plausible; check the figure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A value has at most two decimals (cents).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {most} characters here (this has {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {most} lines here (this has {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An asset tag is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An asset tag has at most {most} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A description is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity must be at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An item with a serial number is a single item (quantity 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The federal share is a percentage from 0 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The federal share has at most two decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The acquisition date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The expiry date is before the acquisition date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown status {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new item cannot start lost, stolen or disposed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An item handed over needs the unit that holds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown condition {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A retired item keeps its status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose lost, stolen or disposed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say how the item was disposed of (sold, destroyed…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag {tag} is already used by another item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That choice no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {id} does not exist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Avery L7163 (A4, 2 × 7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avery L7160 (A4, 3 × 7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avery 5160 (Letter, 3 × 10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label roll 62 × 29 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown label layout “{key}”: use one of {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at a label from 1 to {count} (the sheet holds {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A calibration moves labels by {max} mm at most each way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{layout}: print on plain paper; each box should sit on one label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item to print a label for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo {name} cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo {name} is empty or larger than 2 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo {name} is not a PNG or JPEG picture.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>Print labels</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} label(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source> mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alignment page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sheet of label outlines to print on plain paper and hold over a label sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the PDF at actual size (100 %), not “fit to page”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer calibration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Donor line (English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Donor line (Lao)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save labels as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo for the labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a file name ending in .pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The alignment page is in {path}. Print it at actual size on plain paper and hold it over a label sheet against the light: how far the boxes miss the labels is the calibration to enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the labels…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The labels are in {path}. Print the file at actual size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">ກຳລັງດຳເນີນການ</translation>
        </message>
        <message>
            <source>The labels were not written: {reason}.

No file was written at {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabelsFeature</name>
        <message>
            <source>the items of receipt {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset labels with QR and bar codes for the selected items, or the table as shown</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} selected item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>the {count} item(s) the table shows</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>LocationKind</name>
        <message>
            <source>Office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Border checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment centre</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Handovers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reference data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INL Equipment Tracker — {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason}; changes are turned off until the register is reopened for editing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>&amp;Remember this mapping for files with the same columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Month/day/year (US)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Day/month/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample values</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} row(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} column(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {rows}, {columns}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet '{name}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the mapping saved for files with these columns was applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— ignore —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column that holds: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say how dates are written in this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates such as &lt;b&gt;{examples}&lt;/b&gt; can be read two ways ({count} in this file). How are dates written in it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeChooser</name>
        <message>
            <source>Merge duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to find the record to keep…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything that uses “{name}” will use the record you choose, and “{name}” is removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonitoringFeature</name>
        <message>
            <source>New &amp;site check…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the items at a site, scanning their labels (end-use monitoring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Due checks…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items due or overdue for a check, by site, to plan a trip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items lost, stolen or damaged, and their investigations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field &amp;checklist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A checklist of a site's items to print (PDF) or fill in offline (XLSX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Im&amp;port filled checklist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a filled checklist workbook as one site check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End-use monitoring &amp;report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The annual EUM report: verification rate by agency, province and site (PDF, XLSX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site check {number} recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonitoringFiles</name>
        <message>
            <source>{name} could not be written: the file may be open in another program (close it there), or the folder may be read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file or folder {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer could not use the file ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the file a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonitoringLabels</name>
        <message>
            <source>Incident Report</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ບົດລາຍງານເຫດການ</translation>
        </message>
        <message>
            <source>Disposal Certificate</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃບຢັ້ງຢືນການຈຳໜ່າຍຊັບສິນ</translation>
        </message>
        <message>
            <source>Incident</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເຫດການ</translation>
        </message>
        <message>
            <source>Type of incident</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປະເພດເຫດການ</translation>
        </message>
        <message>
            <source>Where</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຖານທີ່ເກີດເຫດ</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ລາຍງານ</translation>
        </message>
        <message>
            <source>Police or official report reference</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເລກທີບົດລາຍງານຂອງຕຳຫຼວດ ຫຼື ທາງການ</translation>
        </message>
        <message>
            <source>Investigation</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ການສືບສວນ</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ວັນທີປິດ</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ບັນທຶກ</translation>
        </message>
        <message>
            <source>Item</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Value (USD)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Status now</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຖານະປັດຈຸບັນ</translation>
        </message>
        <message>
            <source>Holder</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>Found at inspection</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ພົບເຫັນໃນການກວດກາ</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຄະນະກວດກາ</translation>
        </message>
        <message>
            <source>Result</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Site</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Last handover receipt</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃບມອບ-ຮັບ ສະບັບຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Kind of receipt</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ປະເພດໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Handed to</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ມອບໃຫ້</translation>
        </message>
        <message>
            <source>No receipt has moved this item.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ອຸປະກອນນີ້ ຍັງບໍ່ເຄີຍຖືກມອບ ຫຼື ໂອນ ດ້ວຍໃບມອບ-ຮັບໃດເລີຍ.</translation>
        </message>
        <message>
            <source>void</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໂມຄະ</translation>
        </message>
        <message>
            <source>Method of disposal</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ວິທີການຈຳໜ່າຍ</translation>
        </message>
        <message>
            <source>Details</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>Approval reference</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເລກທີອະນຸມັດ</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ພະຍານ</translation>
        </message>
        <message>
            <source>Sale price (USD)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລາຄາຂາຍ (ໂດລາ)</translation>
        </message>
        <message>
            <source>The undersigned confirm that the facts stated above are true and complete to the best of their knowledge.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ລົງລາຍເຊັນຂ້າງລຸ່ມນີ້ຢັ້ງຢືນວ່າ ຂໍ້ມູນທີ່ໄດ້ລະບຸໄວ້ຂ້າງເທິງ ແມ່ນຖືກຕ້ອງ ແລະ ຄົບຖ້ວນ ຕາມຄວາມຮັບຮູ້ຂອງພວກຂ້າພະເຈົ້າ.</translation>
        </message>
        <message>
            <source>The undersigned certify that the property listed above was disposed of as stated, in their presence.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ລົງລາຍເຊັນຂ້າງລຸ່ມນີ້ຢັ້ງຢືນວ່າ ຊັບສິນຕາມລາຍການຂ້າງເທິງ ໄດ້ຖືກຈຳໜ່າຍຕາມທີ່ໄດ້ລະບຸໄວ້ ຕໍ່ໜ້າຂອງພວກຂ້າພະເຈົ້າ.</translation>
        </message>
        <message>
            <source>Reporting officer</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ພະນັກງານຜູ້ລາຍງານ</translation>
        </message>
        <message>
            <source>Programme officer</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ພະນັກງານຮັບຜິດຊອບໂຄງການ</translation>
        </message>
        <message>
            <source>Approving officer</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ອະນຸມັດ</translation>
        </message>
    </context>
    <context>
        <name>MultiChoice</name>
        <message numerus="yes">
            <source>%n value(s) chosen</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>OpenQuestions</name>
        <message>
            <source>Unsafe place for the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register is in a place where its file can be damaged:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{places}

SQLite's locking is not safe on network shares or in folders that OneDrive, Dropbox or Google Drive sync. Move the file to a local folder (for example Documents on this laptop) and open it from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can open it read-only now (no changes), or cancel and open it once the other copy of the app is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} failed its start-up check ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The damaged file is kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No good backup was found. Keep the damaged file for a specialist; the app will not create an empty register in its place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the newest good backup, {name}? Changes made after that backup are not in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Parsing</name>
        <message>
            <source>'{text}' is not a percentage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a percentage from 0 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not in US dollars.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is in scientific notation; the exact amount was lost in Excel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not an amount of money.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has more than one sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has more than 2 decimal places.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is ambiguous: is '.' a decimal point or not?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a valid number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' could be month/day or day/month; choose the date order for this column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is outside the years 1900-2100.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartyField</name>
        <message>
            <source>Choose from People, or type a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished">ຕຳແໜ່ງ</translation>
        </message>
        <message>
            <source>From the People list (Reference data → People)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoListModel</name>
        <message>
            <source>Added {when} by {who} · {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture cannot be shown.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotosTab</name>
        <message>
            <source>&amp;Add photos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photos yet. Add pictures of the item, or drop them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photos of the item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy of the photo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>{count} categories</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} agencies</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} location(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} funding source(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Skip rows whose asset tag is already in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update the items already in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop: import nothing if an asset tag is already in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create categories, agencies, locations and funding sources the register lacks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import only the &amp;valid rows (leave out the rows with errors)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show only rows with problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;rejected rows as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the rows with errors, with their problems in a last column, to fix them and import that file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a row to see its messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tags already in the register:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Row {line}&lt;/b&gt; ({action}): no problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Row {line}&lt;/b&gt; ({action}): {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{level} · {field}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{level}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rejected rows could not be saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} row(s) with errors saved to {name}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows}&lt;/b&gt;: {new} new, {update} to update, {skipped} skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{rows}&lt;/b&gt;: {new} new, {update} to update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} with errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New records to create: {records}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation type="unfinished">ອົງການ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PropertiesDialog</name>
        <message>
            <source>Register properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} ({count} kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on a server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceiptLabels</name>
        <message>
            <source>Lao People's Democratic Republic</source>
            <translation>ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ</translation>
        </message>
        <message>
            <source>Peace Independence Democracy Unity Prosperity</source>
            <translation>ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ</translation>
        </message>
        <message>
            <source>Handover Receipt</source>
            <translation>ໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Return Receipt</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃບສົ່ງຄືນ-ຮັບຄືນ</translation>
        </message>
        <message>
            <source>Transfer Receipt</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໃບໂອນ-ຮັບ</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>No.</source>
            <comment>document number</comment>
            <translation>ເລກທີ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ວັນທີ</translation>
        </message>
        <message>
            <source>Donor</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ບໍລິຈາກ</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໜ່ວຍງານຜູ້ຮັບ</translation>
        </message>
        <message>
            <source>Location</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Province</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ແຂວງ</translation>
        </message>
        <message>
            <source>No.</source>
            <comment>row number</comment>
            <translation>ລ/ດ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>ລາຍການ</translation>
        </message>
        <message>
            <source>Make / model</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຍີ່ຫໍ້ / ລຸ້ນ</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>ເລກໝາຍເຄື່ອງ</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation>ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Line value (USD)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ມູນຄ່າລວມ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>ສະພາບ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>ລວມທັງໝົດ</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>The undersigned confirm that the equipment listed above was handed over and received in the condition stated.</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຜູ້ລົງລາຍເຊັນຂ້າງລຸ່ມນີ້ຢັ້ງຢືນວ່າ ໄດ້ມອບ ແລະ ຮັບອຸປະກອນຕາມລາຍການຂ້າງເທິງ ໃນສະພາບຕາມທີ່ໄດ້ລະບຸໄວ້.</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>ຜູ້ມອບ</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>ຜູ້ຮັບ</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>ພະຍານ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
        </message>
        <message>
            <source>Rank</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ຍົດ</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ຕຳແໜ່ງ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>ລາຍເຊັນ</translation>
        </message>
        <message>
            <source>COPY</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ສຳເນົາ</translation>
        </message>
        <message>
            <source>VOID</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໂມຄະ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ເຫດຜົນ</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>ໜ້າ {page}/{pages}</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n ລາຍການ</numerusform>
                <numerusform>%n ລາຍການ</numerusform>
            </translation>
        </message>
        <message>
            <source>… (continued in the register)</source>
            <translatorcomment>REVIEW: our own wording, awaiting a native speaker</translatorcomment>
            <translation>… (ມີຕໍ່ໃນທະບຽນ)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPreview</name>
        <message>
            <source>Receipt {number} (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt {number} (original)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lao national heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ … at the top of the receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open in viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building the receipt…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Copy (marked COPY) · %n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Original · %n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The receipt could not be built.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print receipt {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending {number} to the printer…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save receipt as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No PDF viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No program opened the receipt. It is saved at {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Receipts</name>
        <message>
            <source>unknown receipt kind {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown page size {size}; expected one of {sizes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not the QR code of an INL Equipment Tracker receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the QR code's digest is damaged (not 64 hexadecimal digits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no receipt numbered {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record of {number} was changed after it was issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the items recorded for {number} no longer match its receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this printout of {number} does not match the record (its content differs from what was issued)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no receipt numbered {number} is on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} matches the record but was VOIDED on {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} matches the record but was VOIDED: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{number} matches the record: {count} item(s), dated {date}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the receipt could not be read back for printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printer could not be started; check that it is on and connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printer refused a new page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefRecordForm</name>
        <message>
            <source>Edit — {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add — {kind}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Name (English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Lao)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agencies and units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished">ແຂວງ</translation>
        </message>
        <message>
            <source>Main location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank</source>
            <translation type="unfinished">ຍົດ</translation>
        </message>
        <message>
            <source>Position (English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position (Lao)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement / award number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provinces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown kind of reference data: {key}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} item(s) held</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} people</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover line(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} location(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} site check(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} site check result(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} agencies</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} unit(s) as their main location</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{list}, {next}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind of location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} {id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kinds} are fixed; edit the existing ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is still used by {usage}; merge it into another record instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kinds} are fixed and cannot be merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of the records to merge no longer exists</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferenceDialog</name>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move everything that uses this record to another, then remove it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Merged into “{name}”; {count} record(s) moved.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Merge “{drop}” into “{keep}”?

{usage} will move to “{keep}”, and “{drop}” is removed. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge “{drop}” into “{keep}”?

Nothing will move to “{keep}”, and “{drop}” is removed. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is used by {usage} and cannot be deleted.
Use Merge into… to move them to another record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferenceFeature</name>
        <message>
            <source>{kind}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterFeature</name>
        <message>
            <source>&amp;New item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item to the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected item's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retire item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the selected item as disposed, lost or stolen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit &amp;selected items…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the category, funding source or condition of the selected items at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy asset tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear search and filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the register again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item no longer exists; refreshing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>No items match the search and filters. &lt;a href="clear"&gt;Clear filters&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the items failed: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Loading {count} item(s)…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} item(s) · total value {value}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} item(s) · total value {value} (lost, stolen or disposed: {retired})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegistersFeature</name>
        <message>
            <source>&amp;New register…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new, separate register file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open register…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open another register file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where this register is, its size, contents and last backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registers (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} exists already. Choose a new name, or use Open register to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registers (*.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not there (any more).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>{title} · generated {when} by {operator}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} · generated {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished">ໜ້າ {page}/{pages}</translation>
        </message>
        <message>
            <source>Total: {items} · {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtotal, {group}: {items} · {value}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Generated {when} by {operator}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generated {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{items} · total value {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value by {group}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished">ລວມທັງໝົດ</translation>
        </message>
        <message>
            <source>Name in Lao</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… (continued in the register)</source>
            <translation type="unfinished">… (ມີຕໍ່ໃນທະບຽນ)</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Agency (holder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished">ແຂວງ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equipment inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown column {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an export needs at least one column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot group by {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agency: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search: “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All items (no search or filter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorted by {column}, descending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorted by {column}, ascending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generated {when} by {operator}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generated {when}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} item(s) · total value {total}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>RetireDialog</name>
        <message>
            <source>Retire {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. sold at auction, destroyed, police report no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sale price in USD, if sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Method / reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale price: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record {item} as {outcome}? A retired item cannot be handed over again and keeps this status.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>the history is broken at event {event} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backups are kept only for a register stored in a file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>Back up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing and verifying a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A verified backup was written:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The backups folder holds %n backup(s), {size} in all.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A read-only register cannot be restored; reopen it for editing first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups in {folder} yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when}  ({reason}, {size})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>manual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before-restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the register with which backup? The current file is kept as a backup first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup of {choice}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The previous file is kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem: {problem}.

Restore a backup (File → Restore from backup…) and keep this file for investigation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database passed its integrity and foreign-key checks, and the history's hash chain of {events} events is intact.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyFeature</name>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a verified backup copy now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from bac&amp;kup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the file, its links and the history's hash chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The automatic backup could not be written: {message}

Your register is unchanged. Free some disk space or check the backups folder, then use File → Back up now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaveTarget</name>
        <message>
            <source>PDF, to print (.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedViewsFeature</name>
        <message>
            <source>&amp;Save this view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the search, filters, columns and sort shown now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete a saved view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ved views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the view (e.g. “Lost or stolen, 2025”):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the view “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a saved view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View to delete:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SiteCheckDialog</name>
        <message>
            <source>New site check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan a label, or type an asset tag and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;can:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Finish and record</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) scanned here will be cleared. Start again at the other site?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Check another site?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) expected at this site. Scan their labels.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{tag}: no item with this asset tag is in the register; nothing added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} was scanned already: {result}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag}: choose the site first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tag} has left the register ({status}); it cannot be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {tag} is registered at {location}: added as unexpected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ {tag} found: {description} — {result}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected: {expected} · scanned: {scanned} · unexpected: {unexpected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the site, then scan its items.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) were not scanned. They will be recorded as not seen. Finish the site check?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Items not scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site check recorded</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Site check {number} recorded: %n item(s) checked.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Discard this site check?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The items scanned so far will not be recorded. Discard the check?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SiteFields</name>
        <message>
            <source>— choose the site —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— any unit —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names of the inspectors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit visited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspectors</source>
            <translation type="unfinished">ຄະນະກວດກາ</translation>
        </message>
        <message>
            <source>Method *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>no database given: pass --db or set INL_EQUIPMENT_DB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this register is open read-only: nothing can be changed in it now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is empty (0 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be opened: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row} of table {table} refers to a missing row of table {parent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged or not an SQLite database: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register is on a network share ({share}). An SQLite file written over a network can be damaged when the connection drops or two laptops write at once; keep it on this laptop's own disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register is inside a {provider} folder ({folder}). Sync programs can copy the file while it is being written or create conflicting copies; keep the register outside synced folders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mapped network drive {drive}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{operator} on {host} (process {pid}) since {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this program already has {name} open for editing ({holder})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is open for editing in another copy of the program (its details could not be read); it can be opened read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is open for editing by {holder}; it can be opened read-only until they close it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write the lock file {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create the lock file {path} ({error}); the register can only be opened read-only here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a link to another place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file that has other names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a pipe or socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a device or other special file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the lock file {path} is {kind}, not a lock file; nothing was changed in it, and the register can only be opened read-only until it is moved away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the lock file {path} holds something else ({size} bytes); nothing was changed in it, and the register can only be opened read-only until it is moved away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the lock file {path} cannot be locked here ({error}); the register can only be opened read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the damaged file is kept as {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the newest good backup is {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; no good backup was found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged ({problem}){kept}{offer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no lock could be taken here ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder, not a register file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not an INL Equipment Tracker database (not an SQLite file); nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opened for reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opened read-only on request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file or its folder cannot be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no database at {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}; showing a copy that includes its latest changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this database was written by a newer version of INL Equipment Tracker (schema {revision}); install the newer version to open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this file is not an INL Equipment Tracker database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database needs an upgrade (schema {revision} → {head}), which cannot be done while it is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the upgrade was undone: row {row} of table {table} would refer to a missing row of table {parent}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message numerus="yes">
            <source>New categories: {names}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>New agencies: {names}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>New location(s): {names}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>New funding source(s): {names}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Save &amp;rejected rows as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} row(s) were skipped.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) with errors were left out.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations whose name mentions no province were put in Vientiane Capital: correct them under Locations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded in the history as import #{number}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{created} new item(s)&lt;/b&gt; and &lt;b&gt;{updated} updated&lt;/b&gt; are in the register.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{count} new item(s)&lt;/b&gt; are in the register.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>VOID — this receipt was cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a printed receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan the QR code at the top right of a printed receipt with a scanner, or paste its text, then press Enter. The register says whether the paper matches what was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INL-RECEIPT|HR-2026-0001|…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not match: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void receipt {number}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Voiding &lt;b&gt;{number}&lt;/b&gt; gives its %n item(s) back the custody they had before. The receipt stays on file, marked VOID; it cannot be undone.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Why is this receipt void? (required, kept in the history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason *</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <source>Save the dashboard summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
