<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
    <context>
        <name>App</name>
        <message>
            <source>Welcome to INL Equipment Tracker</source>
            <translation>ຍິນດີຕ້ອນຮັບສູ່ INL Equipment Tracker</translation>
        </message>
        <message>
            <source>Your name, as it should appear in the history of every change:</source>
            <translation type="unfinished">ຊື່ຂອງທ່ານ ຕາມທີ່ຈະສະແດງໃນປະຫວັດຂອງທຸກການປ່ຽນແປງ:</translation>
        </message>
        <message>
            <source>Cannot open the register</source>
            <translation>ບໍ່ສາມາດເປີດທະບຽນໄດ້</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Attach a PDF, JPG or PNG file (a scan or photo of the signed receipt).</source>
            <translation type="unfinished">ແນບໄຟລ໌ PDF, JPG ຫຼື PNG (ໄຟລ໌ສະແກນ ຫຼື ຮູບຖ່າຍຂອງໃບມອບ-ຮັບທີ່ມີລາຍເຊັນ).</translation>
        </message>
        <message>
            <source>{name} does not exist (any more).</source>
            <translation type="unfinished">{name} ບໍ່ມີຢູ່ (ອີກແລ້ວ).</translation>
        </message>
        <message>
            <source>{name} is a folder: choose the file of the signed copy.</source>
            <translation type="unfinished">{name} ເປັນໂຟນເດີ: ໃຫ້ເລືອກໄຟລ໌ຂອງສະບັບທີ່ເຊັນແລ້ວ.</translation>
        </message>
        <message>
            <source>{name} is not an ordinary file.</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນໄຟລ໌ທຳມະດາ.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານ {name} ໄດ້: {reason}</translation>
        </message>
        <message>
            <source>no receipt numbered {number}</source>
            <translation type="unfinished">ບໍ່ມີໃບມອບ-ຮັບເລກທີ {number}</translation>
        </message>
        <message>
            <source>The file must be between 1 byte and {most} MB.</source>
            <translation type="unfinished">ໄຟລ໌ຕ້ອງມີຂະໜາດລະຫວ່າງ 1 byte ຫາ {most} MB.</translation>
        </message>
        <message>
            <source>an attachment name points outside its folder</source>
            <translation type="unfinished">ຊື່ໄຟລ໌ແນບຊີ້ໄປນອກໂຟນເດີຂອງມັນ</translation>
        </message>
        <message>
            <source>attachments need a register stored in a file</source>
            <translation type="unfinished">ໄຟລ໌ແນບຕ້ອງໃຊ້ທະບຽນທີ່ເກັບໄວ້ໃນໄຟລ໌</translation>
        </message>
        <message>
            <source>unknown kind of record {kind}</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກປະເພດບັນທຶກ {kind}</translation>
        </message>
        <message>
            <source>no record numbered {number}</source>
            <translation type="unfinished">ບໍ່ມີບັນທຶກເລກທີ {number}</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>does not follow the event before it</source>
            <translation type="unfinished">ບໍ່ຕໍ່ເນື່ອງກັບລາຍການບັນທຶກກ່ອນໜ້າ</translation>
        </message>
        <message>
            <source>its content was changed after it was written</source>
            <translation type="unfinished">ເນື້ອໃນຂອງມັນຖືກປ່ຽນແປງ ຫຼັງຈາກທີ່ບັນທຶກແລ້ວ</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{problem} (ແລະ ບັນຫາອື່ນອີກ %n ຂໍ້)</numerusform>
                <numerusform>{problem} (ແລະ ບັນຫາອື່ນອີກ %n ຂໍ້)</numerusform>
            </translation>
        </message>
        <message>
            <source>the history's anchor is missing: it was deleted outside the app, and events may have been deleted with it</source>
            <translation type="unfinished">ບໍ່ພົບຈຸດຍຶດຂອງປະຫວັດ: ມັນຖືກລຶບຢູ່ນອກແອັບ ແລະ ລາຍການບັນທຶກອາດຖືກລຶບໄປນຳ</translation>
        </message>
        <message>
            <source>the history was cut: {expected} events were recorded but only {found} remain (the newest were deleted outside the app)</source>
            <translation type="unfinished">ປະຫວັດຖືກຕັດ: ໄດ້ບັນທຶກໄວ້ {expected} ລາຍການ ແຕ່ຍັງເຫຼືອພຽງ {found} ລາຍການ (ລາຍການລ່າສຸດຖືກລຶບຢູ່ນອກແອັບ)</translation>
        </message>
        <message>
            <source>the history holds {found} events but {expected} were recorded (events were added outside the app, or the anchor was reset)</source>
            <translation type="unfinished">ປະຫວັດມີ {found} ລາຍການ ແຕ່ໄດ້ບັນທຶກໄວ້ {expected} ລາຍການ (ມີການເພີ່ມລາຍການຢູ່ນອກແອັບ ຫຼື ຈຸດຍຶດຖືກຕັ້ງຄືນໃໝ່)</translation>
        </message>
        <message>
            <source>the history's newest event is not the one recorded (it was replaced)</source>
            <translation type="unfinished">ລາຍການລ່າສຸດຂອງປະຫວັດ ບໍ່ແມ່ນລາຍການທີ່ໄດ້ບັນທຶກໄວ້ (ມັນຖືກແທນທີ່)</translation>
        </message>
        <message>
            <source>item {tag} has no seal: it was added outside the app</source>
            <translation type="unfinished">ອຸປະກອນ {tag} ບໍ່ມີກາປະທັບຄວບຄຸມ: ມັນຖືກເພີ່ມຢູ່ນອກແອັບ</translation>
        </message>
        <message>
            <source>item {tag}: its newest history event is not the one recorded</source>
            <translation type="unfinished">ອຸປະກອນ {tag}: ລາຍການປະຫວັດລ່າສຸດ ບໍ່ແມ່ນລາຍການທີ່ໄດ້ບັນທຶກໄວ້</translation>
        </message>
        <message>
            <source>item {tag} was changed outside the app: its values differ from what its history recorded</source>
            <translation type="unfinished">ອຸປະກອນ {tag} ຖືກປ່ຽນແປງຢູ່ນອກແອັບ: ຂໍ້ມູນຂອງມັນແຕກຕ່າງຈາກທີ່ປະຫວັດໄດ້ບັນທຶກໄວ້</translation>
        </message>
        <message>
            <source>item {id} has a history but no row: it was deleted outside the app</source>
            <translation type="unfinished">ອຸປະກອນ {id} ມີປະຫວັດ ແຕ່ບໍ່ມີແຖວຂໍ້ມູນ: ມັນຖືກລຶບຢູ່ນອກແອັບ</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>the copy of {name} failed its integrity check</source>
            <translation type="unfinished">ສຳເນົາຂອງ {name} ບໍ່ຜ່ານການກວດສອບຄວາມຖືກຕ້ອງສົມບູນ</translation>
        </message>
        <message>
            <source>not enough free disk space in {folder} to back up {name} (about {size} needed); the previous backups are unchanged</source>
            <translation type="unfinished">ພື້ນທີ່ວ່າງໃນດິສກ໌ທີ່ {folder} ບໍ່ພຽງພໍເພື່ອສຳຮອງຂໍ້ມູນ {name} (ຕ້ອງການປະມານ {size}); ໄຟລ໌ສຳຮອງກ່ອນໜ້ານີ້ບໍ່ມີການປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>could not back up {name}: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດສຳຮອງຂໍ້ມູນ {name} ໄດ້: {error}</translation>
        </message>
        <message>
            <source>unknown size</source>
            <translation>ບໍ່ຮູ້ຂະໜາດ</translation>
        </message>
        <message>
            <source>cannot back up {path}: the file does not exist</source>
            <translation type="unfinished">ບໍ່ສາມາດສຳຮອງຂໍ້ມູນ {path}: ບໍ່ມີໄຟລ໌ນີ້</translation>
        </message>
        <message>
            <source>the backup {name} is damaged and cannot be restored</source>
            <translation type="unfinished">ໄຟລ໌ສຳຮອງ {name} ເສຍຫາຍ ແລະ ບໍ່ສາມາດກູ້ຄືນໄດ້</translation>
        </message>
        <message>
            <source>not enough free disk space to restore {name}; nothing changed</source>
            <translation type="unfinished">ພື້ນທີ່ວ່າງໃນດິສກ໌ບໍ່ພຽງພໍເພື່ອກູ້ຄືນ {name}; ບໍ່ມີຫຍັງປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>not enough free disk space to restore {name}</source>
            <translation type="unfinished">ພື້ນທີ່ວ່າງໃນດິສກ໌ບໍ່ພຽງພໍເພື່ອກູ້ຄືນ {name}</translation>
        </message>
        <message>
            <source>could not restore {name}: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນ {name} ໄດ້: {error}</translation>
        </message>
        <message>
            <source>cannot restore: {name} cannot be opened ({error})</source>
            <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນ: ເປີດ {name} ບໍ່ໄດ້ ({error})</translation>
        </message>
        <message>
            <source>cannot restore: {name} is still in use; close it first</source>
            <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນ: {name} ຍັງຖືກໃຊ້ຢູ່; ໃຫ້ປິດມັນກ່ອນ</translation>
        </message>
        <message>
            <source>not enough free disk space for a backup of {name}: {free} free, a copy needs {needed} and {margin} must stay free; the previous backups are unchanged</source>
            <translation type="unfinished">ພື້ນທີ່ວ່າງໃນດິສກ໌ບໍ່ພຽງພໍສຳລັບສຳຮອງ {name}: ວ່າງ {free}, ສຳເນົາຕ້ອງການ {needed} ແລະ ຕ້ອງເຫຼືອພື້ນທີ່ວ່າງໄວ້ {margin}; ໄຟລ໌ສຳຮອງກ່ອນໜ້ານີ້ບໍ່ມີການປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>{name} is damaged or not an SQLite database and cannot be restored; nothing changed</source>
            <translation type="unfinished">{name} ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຖານຂໍ້ມູນ SQLite ແລະ ບໍ່ສາມາດກູ້ຄືນໄດ້; ບໍ່ມີຫຍັງປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>{name} is not an INL Equipment Tracker register; nothing changed</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນທະບຽນຂອງ INL Equipment Tracker; ບໍ່ມີຫຍັງປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>the backup {name} was written by a newer version of INL Equipment Tracker (schema {revision}); install the newer version to restore it; nothing changed</source>
            <translation type="unfinished">ໄຟລ໌ສຳຮອງ {name} ຖືກຂຽນໂດຍ INL Equipment Tracker ລຸ້ນໃໝ່ກວ່າ (schema {revision}); ໃຫ້ຕິດຕັ້ງລຸ້ນໃໝ່ກວ່າເພື່ອກູ້ຄືນ; ບໍ່ມີຫຍັງປ່ຽນແປງ</translation>
        </message>
    </context>
    <context>
        <name>BulkEdit</name>
        <message>
            <source>That category no longer exists.</source>
            <translation type="unfinished">ປະເພດນັ້ນບໍ່ມີອີກແລ້ວ.</translation>
        </message>
        <message>
            <source>That funding source no longer exists.</source>
            <translation type="unfinished">ແຫຼ່ງທຶນນັ້ນບໍ່ມີອີກແລ້ວ.</translation>
        </message>
        <message>
            <source>Choose a condition from the list.</source>
            <translation>ເລືອກສະພາບຈາກລາຍການ.</translation>
        </message>
        <message>
            <source>Add one line to the notes at a time.</source>
            <translation type="unfinished">ເພີ່ມໝາຍເຫດເທື່ອລະແຖວ.</translation>
        </message>
        <message>
            <source>Choose at least one thing to change.</source>
            <translation type="unfinished">ເລືອກຢ່າງໜ້ອຍໜຶ່ງຢ່າງທີ່ຈະປ່ຽນ.</translation>
        </message>
        <message>
            <source>The notes of {tag} are full: shorten them first.</source>
            <translation type="unfinished">ໝາຍເຫດຂອງ {tag} ເຕັມແລ້ວ: ໃຫ້ຫຍໍ້ລົງກ່ອນ.</translation>
        </message>
        <message>
            <source>item {id} no longer exists</source>
            <translation type="unfinished">ອຸປະກອນ {id} ບໍ່ມີອີກແລ້ວ</translation>
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message numerus="yes">
            <source>Edit %n selected item(s)</source>
            <translation>
                <numerusform>ແກ້ໄຂ %n ລາຍການທີ່ເລືອກ</numerusform>
                <numerusform>ແກ້ໄຂ %n ລາຍການທີ່ເລືອກ</numerusform>
            </translation>
        </message>
        <message>
            <source>Set the &amp;category to</source>
            <translation type="unfinished">ຕັ້ງປະເພດເປັນ</translation>
        </message>
        <message>
            <source>Set the &amp;funding source to</source>
            <translation type="unfinished">ຕັ້ງແຫຼ່ງທຶນເປັນ</translation>
        </message>
        <message>
            <source>Set the c&amp;ondition to</source>
            <translation type="unfinished">ຕັ້ງສະພາບເປັນ</translation>
        </message>
        <message>
            <source>Add a line to the &amp;notes</source>
            <translation type="unfinished">ເພີ່ມແຖວໃສ່ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Holder, location and status are not changed here: they move only with a receipt (Handovers) or through Retire.</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ, ສະຖານທີ່ ແລະ ສະຖານະ ບໍ່ປ່ຽນຢູ່ບ່ອນນີ້: ມັນປ່ຽນໄດ້ສະເພາະດ້ວຍໃບມອບ-ຮັບ (ການມອບ) ຫຼື ຜ່ານການຕັດອອກຈາກທະບຽນ.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n item(s)</source>
            <translation>
                <numerusform>ນຳໃຊ້ກັບ %n ລາຍການ</numerusform>
                <numerusform>ນຳໃຊ້ກັບ %n ລາຍການ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change %n item(s)? Each one that changes gets its own entry in its history.</source>
            <translation>
                <numerusform>ປ່ຽນ %n ລາຍການບໍ? ແຕ່ລະລາຍການທີ່ປ່ຽນ ຈະມີບັນທຶກຂອງຕົນເອງໃນປະຫວັດ.</numerusform>
                <numerusform>ປ່ຽນ %n ລາຍການບໍ? ແຕ່ລະລາຍການທີ່ປ່ຽນ ຈະມີບັນທຶກຂອງຕົນເອງໃນປະຫວັດ.</numerusform>
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
            <translation type="unfinished">ຍັງບໍ່ໄດ້ຢັ້ງຢືນໃນປີນີ້</translation>
        </message>
    </context>
    <context>
        <name>CheckLinesModel</name>
        <message>
            <source>Found</source>
            <translation>ພົບເຫັນ</translation>
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
            <translation type="unfinished">ນຳໃຊ້ຕາມຈຸດປະສົງ</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Registered at</source>
            <translation type="unfinished">ລົງທະບຽນຢູ່</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>(ບໍ່ປ່ຽນ)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>⚠ Unexpected</source>
            <translation type="unfinished">⚠ ນອກລາຍການ</translation>
        </message>
        <message>
            <source>✓ Scanned</source>
            <translation>✓ ສະແກນແລ້ວ</translation>
        </message>
        <message>
            <source>Last result: {result}</source>
            <translation>ຜົນຄັ້ງຫຼ້າສຸດ: {result}</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>ບໍ່ມີສະຖານທີ່</translation>
        </message>
        <message>
            <source>Registered at {location}; only a transfer receipt can move it here.</source>
            <translation type="unfinished">ລົງທະບຽນຢູ່ {location}; ມີແຕ່ໃບໂອນ-ຮັບເທົ່ານັ້ນ ທີ່ຍ້າຍມັນມາບ່ອນນີ້ໄດ້.</translation>
        </message>
        <message>
            <source>Scanned at the site</source>
            <translation type="unfinished">ສະແກນຢູ່ສະຖານທີ່ແລ້ວ</translation>
        </message>
        <message>
            <source>Not scanned yet</source>
            <translation>ຍັງບໍ່ໄດ້ສະແກນ</translation>
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
            <translation type="unfinished">ສະຖານທີ່ດຽວ</translation>
        </message>
        <message>
            <source>Every site of a &amp;province</source>
            <translation type="unfinished">ທຸກສະຖານທີ່ຂອງແຂວງ</translation>
        </message>
        <message>
            <source>— choose the site —</source>
            <translation>— ເລືອກສະຖານທີ່ —</translation>
        </message>
        <message>
            <source>— choose the province —</source>
            <translation>— ເລືອກແຂວງ —</translation>
        </message>
        <message>
            <source>&amp;Write checklist</source>
            <translation type="unfinished">ສ້າງໃບກວດກາ</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>ຮູບແບບ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>One row per item registered at the site, with a QR code of its asset tag and boxes to tick. The workbook has a drop-down list of the results and is imported back with “Import filled checklist…”; a province gives one workbook per site.</source>
            <translation type="unfinished">ແຕ່ລະແຖວແມ່ນອຸປະກອນໜຶ່ງລາຍການທີ່ລົງທະບຽນຢູ່ສະຖານທີ່ນັ້ນ ພ້ອມດ້ວຍລະຫັດ QR ຂອງລະຫັດຊັບສິນ ແລະ ຊ່ອງໃຫ້ໝາຍຖືກ. ໄຟລ໌ Excel ມີລາຍການຜົນການກວດກາໃຫ້ເລືອກ ແລະ ນຳເຂົ້າຄືນດ້ວຍ “ນຳເຂົ້າໃບກວດກາທີ່ຕື່ມແລ້ວ…”; ສຳລັບແຂວງ ຈະໄດ້ໄຟລ໌ Excel ໜຶ່ງໄຟລ໌ຕໍ່ສະຖານທີ່.</translation>
        </message>
        <message>
            <source>Choose the site from the list.</source>
            <translation>ເລືອກສະຖານທີ່ຈາກລາຍການ.</translation>
        </message>
        <message>
            <source>Choose the province from the list.</source>
            <translation>ເລືອກແຂວງຈາກລາຍການ.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>ກຳລັງຂຽນ {name}…</translation>
        </message>
        <message>
            <source>Writing the checklist {name}…</source>
            <translation type="unfinished">ກຳລັງຂຽນໃບກວດກາ {name}…</translation>
        </message>
        <message>
            <source>No site of this province holds items: nothing was written.</source>
            <translation type="unfinished">ບໍ່ມີສະຖານທີ່ໃດໃນແຂວງນີ້ທີ່ມີອຸປະກອນ: ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) written:</source>
            <translation>
                <numerusform>ຂຽນແລ້ວ %n ໄຟລ໌:</numerusform>
                <numerusform>ຂຽນແລ້ວ %n ໄຟລ໌:</numerusform>
            </translation>
        </message>
        <message>
            <source>Checklist written</source>
            <translation type="unfinished">ຂຽນໃບກວດກາແລ້ວ</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="unfinished">ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
        </message>
        <message>
            <source>{reason} Nothing was written.</source>
            <translation type="unfinished">{reason} ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistImport</name>
        <message>
            <source>(deleted)</source>
            <translation>(ຖືກລຶບແລ້ວ)</translation>
        </message>
        <message>
            <source>⚠ registered elsewhere</source>
            <translation type="unfinished">⚠ ລົງທະບຽນຢູ່ບ່ອນອື່ນ</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ເພີ່ມແລ້ວ</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>ແຖວ</translation>
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
            <translation type="unfinished">ນຳໃຊ້ຕາມຈຸດປະສົງ</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Unexpected</source>
            <translation type="unfinished">ນອກລາຍການ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ບັນຫາ</translation>
        </message>
        <message>
            <source>{result}: {count}</source>
            <translation>{result}: {count}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistImportDialog</name>
        <message>
            <source>Import filled checklist</source>
            <translation type="unfinished">ນຳເຂົ້າໃບກວດກາທີ່ຕື່ມແລ້ວ</translation>
        </message>
        <message>
            <source>The filled checklist workbook (.xlsx)</source>
            <translation type="unfinished">ໄຟລ໌ Excel ໃບກວດກາທີ່ຕື່ມແລ້ວ (.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>ເລືອກ…</translation>
        </message>
        <message>
            <source>&amp;Read</source>
            <translation>ອ່ານ</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ນຳເຂົ້າ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ໄຟລ໌ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose the filled checklist (.xlsx) first.</source>
            <translation type="unfinished">ເລືອກໃບກວດກາທີ່ຕື່ມແລ້ວ (.xlsx) ກ່ອນ.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>ບໍ່ມີໄຟລ໌ {path}.</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>ກຳລັງອ່ານ {name}…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>ຍົກເລີກແລ້ວ.</translation>
        </message>
        <message>
            <source>Cannot import: {reason} Nothing was recorded.</source>
            <translation type="unfinished">ນຳເຂົ້າບໍ່ໄດ້: {reason} ບໍ່ໄດ້ບັນທຶກຫຍັງ.</translation>
        </message>
        <message>
            <source>Choose the filled checklist workbook: its rows are shown here, with any problem, before anything is recorded.</source>
            <translation type="unfinished">ເລືອກໄຟລ໌ Excel ໃບກວດກາທີ່ຕື່ມແລ້ວ: ແຖວຕ່າງໆຂອງມັນຈະສະແດງຢູ່ບ່ອນນີ້ ພ້ອມບັນຫາທີ່ພົບ ກ່ອນທີ່ຈະບັນທຶກຫຍັງ.</translation>
        </message>
        <message>
            <source>Nothing can be imported.</source>
            <translation type="unfinished">ບໍ່ມີຫຍັງທີ່ນຳເຂົ້າໄດ້.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in the sheet (in red below). Correct the sheet and read it again: nothing is imported while any remains.</source>
            <translation>
                <numerusform>ມີ %n ບັນຫາໃນແຜ່ນງານ (ສີແດງຂ້າງລຸ່ມ). ໃຫ້ແກ້ໄຂແຜ່ນງານ ແລ້ວອ່ານຄືນໃໝ່: ຈະບໍ່ນຳເຂົ້າຫຍັງ ຕາບໃດທີ່ຍັງມີບັນຫາເຫຼືອຢູ່.</numerusform>
                <numerusform>ມີ %n ບັນຫາໃນແຜ່ນງານ (ສີແດງຂ້າງລຸ່ມ). ໃຫ້ແກ້ໄຂແຜ່ນງານ ແລ້ວອ່ານຄືນໃໝ່: ຈະບໍ່ນຳເຂົ້າຫຍັງ ຕາບໃດທີ່ຍັງມີບັນຫາເຫຼືອຢູ່.</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished">ອ່ານໄດ້ຢ່າງດຽວ: ທະບຽນນີ້ບໍ່ສາມາດປ່ຽນແປງໄດ້ໃນຕອນນີ້.</translation>
        </message>
        <message>
            <source>Ready to import as one site check.</source>
            <translation type="unfinished">ພ້ອມນຳເຂົ້າເປັນການກວດກາສະຖານທີ່ໜຶ່ງຄັ້ງ.</translation>
        </message>
        <message>
            <source>Site {site}</source>
            <translation>ສະຖານທີ່ {site}</translation>
        </message>
        <message numerus="yes">
            <source>Site {site} · checked on {date} · %n item(s)</source>
            <translation>
                <numerusform>ສະຖານທີ່ {site} · ກວດກາວັນທີ {date} · %n ລາຍການ</numerusform>
                <numerusform>ສະຖານທີ່ {site} · ກວດກາວັນທີ {date} · %n ລາຍການ</numerusform>
            </translation>
        </message>
        <message>
            <source>inspectors not given</source>
            <translation type="unfinished">ບໍ່ໄດ້ລະບຸຄະນະກວດກາ</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… ແລະ ອີກ %n ລາຍການ.</numerusform>
                <numerusform>… ແລະ ອີກ %n ລາຍການ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed item(s) had no result on the sheet. They will be recorded as not seen. Import the checklist?</source>
            <translation>
                <numerusform>ມີ %n ລາຍການໃນບັນຊີ ທີ່ບໍ່ມີຜົນການກວດກາໃນແຜ່ນງານ. ລາຍການເຫຼົ່ານັ້ນຈະຖືກບັນທຶກວ່າ ບໍ່ພົບເຫັນ. ນຳເຂົ້າໃບກວດກາບໍ?</numerusform>
                <numerusform>ມີ %n ລາຍການໃນບັນຊີ ທີ່ບໍ່ມີຜົນການກວດກາໃນແຜ່ນງານ. ລາຍການເຫຼົ່ານັ້ນຈະຖືກບັນທຶກວ່າ ບໍ່ພົບເຫັນ. ນຳເຂົ້າໃບກວດກາບໍ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Items without a result</source>
            <translation type="unfinished">ລາຍການທີ່ບໍ່ມີຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Nothing was recorded: {reason}</source>
            <translation type="unfinished">ບໍ່ໄດ້ບັນທຶກຫຍັງ: {reason}</translation>
        </message>
        <message>
            <source>Site check {number} recorded from the checklist.</source>
            <translation type="unfinished">ບັນທຶກການກວດກາສະຖານທີ່ {number} ຈາກໃບກວດກາແລ້ວ.</translation>
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
            <translation type="unfinished">ໃບກວດການີ້ແມ່ນສຳລັບສະຖານທີ່ “{site}” ເຊິ່ງບໍ່ມີໃນທະບຽນນີ້.</translation>
        </message>
        <message>
            <source>This checklist is for site “{site}”, not for “{chosen}”.</source>
            <translation type="unfinished">ໃບກວດການີ້ແມ່ນສຳລັບສະຖານທີ່ “{site}” ບໍ່ແມ່ນ “{chosen}”.</translation>
        </message>
        <message>
            <source>This checklist was imported already on {date}, as {number}.</source>
            <translation type="unfinished">ໃບກວດການີ້ໄດ້ນຳເຂົ້າແລ້ວ ເມື່ອວັນທີ {date} ເປັນ {number}.</translation>
        </message>
        <message>
            <source>The date of check {date} is before the checklist was issued.</source>
            <translation type="unfinished">ວັນທີກວດກາ {date} ແມ່ນກ່ອນວັນທີອອກໃບກວດກາ.</translation>
        </message>
        <message>
            <source>The date of check {date} is in the future.</source>
            <translation type="unfinished">ວັນທີກວດກາ {date} ແມ່ນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>The date of check “{text}” is not a date.</source>
            <translation type="unfinished">ວັນທີກວດກາ “{text}” ບໍ່ແມ່ນວັນທີ.</translation>
        </message>
        <message>
            <source>Row {row}: asset tag {tag} is not in the register.</source>
            <translation type="unfinished">ແຖວ {row}: ລະຫັດຊັບສິນ {tag} ບໍ່ມີໃນທະບຽນ.</translation>
        </message>
        <message>
            <source>Row {row}: give the asset tag or the serial number.</source>
            <translation type="unfinished">ແຖວ {row}: ໃຫ້ລະບຸລະຫັດຊັບສິນ ຫຼື ເລກໝາຍເຄື່ອງ.</translation>
        </message>
        <message>
            <source>Row {row}: serial number {serial} is not in the register.</source>
            <translation type="unfinished">ແຖວ {row}: ເລກໝາຍເຄື່ອງ {serial} ບໍ່ມີໃນທະບຽນ.</translation>
        </message>
        <message>
            <source>Row {row}: serial number {serial} belongs to several items; give the asset tag.</source>
            <translation type="unfinished">ແຖວ {row}: ເລກໝາຍເຄື່ອງ {serial} ກົງກັບອຸປະກອນຫຼາຍລາຍການ; ໃຫ້ລະບຸລະຫັດຊັບສິນ.</translation>
        </message>
        <message>
            <source>Row {row}: give a result for {tag}.</source>
            <translation type="unfinished">ແຖວ {row}: ໃຫ້ລະບຸຜົນການກວດກາສຳລັບ {tag}.</translation>
        </message>
        <message>
            <source>Row {row}: unknown result “{result}”.</source>
            <translation type="unfinished">ແຖວ {row}: ບໍ່ຮູ້ຈັກຜົນການກວດກາ “{result}”.</translation>
        </message>
        <message>
            <source>Row {row}: unknown condition “{condition}”.</source>
            <translation type="unfinished">ແຖວ {row}: ບໍ່ຮູ້ຈັກສະພາບ “{condition}”.</translation>
        </message>
        <message>
            <source>Row {row}: write yes, no or unknown for the intended use.</source>
            <translation type="unfinished">ແຖວ {row}: ໃຫ້ຂຽນ ແມ່ນ, ບໍ່ແມ່ນ ຫຼື ບໍ່ຊາບ ສຳລັບການນຳໃຊ້ຕາມຈຸດປະສົງ.</translation>
        </message>
        <message>
            <source>Row {row}: {tag} is written twice (also row {first}).</source>
            <translation type="unfinished">ແຖວ {row}: {tag} ຖືກຂຽນສອງເທື່ອ (ຢູ່ແຖວ {first} ນຳ).</translation>
        </message>
        <message>
            <source>Row {row}: {tag} has left the register; it cannot be checked.</source>
            <translation type="unfinished">ແຖວ {row}: {tag} ໄດ້ອອກຈາກທະບຽນແລ້ວ; ບໍ່ສາມາດກວດກາໄດ້.</translation>
        </message>
        <message>
            <source>{name} is not a field checklist made by this app (or it was altered).</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນໃບກວດກາພາກສະໜາມທີ່ສ້າງໂດຍແອັບນີ້ (ຫຼື ມັນຖືກດັດແປງ).</translation>
        </message>
        <message>
            <source>{name} has more than {limit} rows.</source>
            <translation type="unfinished">{name} ມີຫຼາຍກວ່າ {limit} ແຖວ.</translation>
        </message>
        <message>
            <source>{name} cannot be read ({reason}).</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານ {name} ໄດ້ ({reason}).</translation>
        </message>
        <message>
            <source>Site {id} does not exist.</source>
            <translation type="unfinished">ບໍ່ມີສະຖານທີ່ {id}.</translation>
        </message>
        <message>
            <source>Province {id} does not exist.</source>
            <translation type="unfinished">ບໍ່ມີແຂວງ {id}.</translation>
        </message>
        <message>
            <source>A checklist is written as .pdf or .xlsx.</source>
            <translation type="unfinished">ໃບກວດກາຂຽນເປັນ .pdf ຫຼື .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n ລາຍການ</numerusform>
                <numerusform>%n ລາຍການ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <source>Close investigation {number}</source>
            <translation type="unfinished">ປິດການສືບສວນ {number}</translation>
        </message>
        <message>
            <source>&amp;Close investigation</source>
            <translation>ປິດການສືບສວນ</translation>
        </message>
        <message>
            <source>{tag}: {kind} on {date}</source>
            <translation type="unfinished">{tag}: {kind} ວັນທີ {date}</translation>
        </message>
        <message>
            <source>Outcome *</source>
            <translation type="unfinished">ຜົນການສືບສວນ *</translation>
        </message>
        <message>
            <source>Date closed *</source>
            <translation>ວັນທີປິດ *</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>ໝາຍເຫດ</translation>
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
            <translation>ຍີ່ຫໍ້</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>ລຸ້ນ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Description (Lao)</source>
            <translation>ລາຍລະອຽດ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ຫົວໜ່ວຍ</translation>
        </message>
        <message>
            <source>Unit value</source>
            <translation>ມູນຄ່າຕໍ່ໜ່ວຍ</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>ມູນຄ່າລວມ</translation>
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
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Acquired</source>
            <translation type="unfinished">ວັນທີໄດ້ມາ</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation type="unfinished">ລັອດ</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished">ໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished">ຜູ້ສະໜອງ</translation>
        </message>
        <message>
            <source>PO number</source>
            <translation>ເລກທີໃບສັ່ງຊື້</translation>
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished">ຜູ້ຖືກຳມະສິດ</translation>
        </message>
        <message>
            <source>Federal share</source>
            <translation type="unfinished">ສ່ວນແບ່ງລັດຖະບານກາງ</translation>
        </message>
        <message>
            <source>Disposed on</source>
            <translation>ວັນທີຈຳໜ່າຍ</translation>
        </message>
        <message>
            <source>Disposal method</source>
            <translation>ວິທີການຈຳໜ່າຍ</translation>
        </message>
        <message>
            <source>Sale price</source>
            <translation>ລາຄາຂາຍ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation type="unfinished">ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Next check due</source>
            <translation type="unfinished">ກຳນົດກວດກາຄັ້ງຕໍ່ໄປ</translation>
        </message>
    </context>
    <context>
        <name>Condition</name>
        <message>
            <source>New</source>
            <translation>ໃໝ່</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>ດີ</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished">ພໍໃຊ້ໄດ້</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation type="unfinished">ຊຸດໂຊມ</translation>
        </message>
        <message>
            <source>Unserviceable</source>
            <translation type="unfinished">ໃຊ້ການບໍ່ໄດ້</translation>
        </message>
    </context>
    <context>
        <name>Custody</name>
        <message numerus="yes">
            <source>%n handed-over item(s) on more than one live receipt: {tags}</source>
            <translation>
                <numerusform>ອຸປະກອນທີ່ມອບແລ້ວ %n ລາຍການ ຢູ່ໃນໃບມອບ-ຮັບທີ່ຍັງມີຜົນຫຼາຍກວ່າໜຶ່ງໃບ: {tags}</numerusform>
                <numerusform>ອຸປະກອນທີ່ມອບແລ້ວ %n ລາຍການ ຢູ່ໃນໃບມອບ-ຮັບທີ່ຍັງມີຜົນຫຼາຍກວ່າໜຶ່ງໃບ: {tags}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n handed-over item(s) on no live receipt: {tags}</source>
            <translation>
                <numerusform>ອຸປະກອນທີ່ມອບແລ້ວ %n ລາຍການ ບໍ່ຢູ່ໃນໃບມອບ-ຮັບໃດທີ່ຍັງມີຜົນ: {tags}</numerusform>
                <numerusform>ອຸປະກອນທີ່ມອບແລ້ວ %n ລາຍການ ບໍ່ຢູ່ໃນໃບມອບ-ຮັບໃດທີ່ຍັງມີຜົນ: {tags}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n handed-over item(s) not with the unit or at the place their receipt names: {tags}</source>
            <translation>
                <numerusform>ອຸປະກອນທີ່ມອບແລ້ວ %n ລາຍການ ບໍ່ຢູ່ກັບຫົວໜ່ວຍ ຫຼື ສະຖານທີ່ທີ່ໃບມອບ-ຮັບລະບຸໄວ້: {tags}</numerusform>
                <numerusform>ອຸປະກອນທີ່ມອບແລ້ວ %n ລາຍການ ບໍ່ຢູ່ກັບຫົວໜ່ວຍ ຫຼື ສະຖານທີ່ທີ່ໃບມອບ-ຮັບລະບຸໄວ້: {tags}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>What</source>
            <translation type="unfinished">ຫົວຂໍ້</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ມູນຄ່າ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation type="unfinished">ຄອບຄອງ</translation>
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
            <translation>ປີ</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>ໃບມອບ-ຮັບ</translation>
        </message>
        <message numerus="yes">
            <source>Lost, stolen, destroyed or disposed of: {count} item(s), {value}</source>
            <translation>
                <numerusform>ສູນຫາຍ, ຖືກລັກ, ຖືກທຳລາຍ ຫຼື ຈຳໜ່າຍແລ້ວ: {count} ລາຍການ, {value}</numerusform>
                <numerusform>ສູນຫາຍ, ຖືກລັກ, ຖືກທຳລາຍ ຫຼື ຈຳໜ່າຍແລ້ວ: {count} ລາຍການ, {value}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardFeature</name>
        <message>
            <source>&amp;Dashboard</source>
            <translation type="unfinished">ໜ້າສະຫຼຸບ</translation>
        </message>
        <message>
            <source>Items and value by status, holder and province, checks due, receipts</source>
            <translation type="unfinished">ອຸປະກອນ ແລະ ມູນຄ່າ ແຍກຕາມສະຖານະ, ຜູ້ຄອບຄອງ ແລະ ແຂວງ, ການກວດກາທີ່ຮອດກຳນົດ, ໃບມອບ-ຮັບ</translation>
        </message>
    </context>
    <context>
        <name>DashboardSummary</name>
        <message>
            <source>Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ມູນຄ່າ</translation>
        </message>
        <message>
            <source>Handovers this year</source>
            <translation type="unfinished">ການມອບໃນປີນີ້</translation>
        </message>
        <message>
            <source>Receipts without a signed copy</source>
            <translation type="unfinished">ໃບມອບ-ຮັບທີ່ຍັງບໍ່ມີສະບັບທີ່ເຊັນແລ້ວ</translation>
        </message>
        <message>
            <source>Verified this year</source>
            <translation type="unfinished">ຢັ້ງຢືນແລ້ວໃນປີນີ້</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation type="unfinished">ເຫດການທີ່ຍັງບໍ່ປິດ</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>ແຍກຕາມສະຖານະ</translation>
        </message>
        <message>
            <source>By holder</source>
            <translation>ແຍກຕາມຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>By province</source>
            <translation type="unfinished">ແຍກຕາມແຂວງ</translation>
        </message>
        <message>
            <source>End-use checks</source>
            <translation type="unfinished">ການກວດກາການນຳໃຊ້</translation>
        </message>
        <message>
            <source>Overdue checks by site</source>
            <translation type="unfinished">ການກວດກາທີ່ກາຍກຳນົດ ແຍກຕາມສະຖານທີ່</translation>
        </message>
        <message>
            <source>Handed over by year</source>
            <translation type="unfinished">ການມອບ ແຍກຕາມປີ</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">ຫົວຂໍ້</translation>
        </message>
        <message>
            <source>Other ({count})</source>
            <translation>ອື່ນໆ ({count})</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation type="unfinished">ນັບຮອດວັນທີ {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished">ໜ້າ {page}/{pages}</translation>
        </message>
        <message>
            <source>Equipment register at a glance</source>
            <translation type="unfinished">ສະຫຼຸບທະບຽນອຸປະກອນໂດຍຫຍໍ້</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished">ໜ້າສະຫຼຸບ</translation>
        </message>
        <message>
            <source>Double-click a year to list its receipts</source>
            <translation type="unfinished">ຄລິກສອງເທື່ອທີ່ປີ ເພື່ອສະແດງໃບມອບ-ຮັບຂອງປີນັ້ນ</translation>
        </message>
        <message>
            <source>&amp;Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>End-use &amp;checks</source>
            <translation type="unfinished">ການກວດກາການນຳໃຊ້</translation>
        </message>
        <message>
            <source>&amp;Receipts</source>
            <translation>ໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Save summary as &amp;PDF…</source>
            <translation type="unfinished">ບັນທຶກສະຫຼຸບເປັນ PDF…</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>ແຍກຕາມສະຖານະ</translation>
        </message>
        <message>
            <source>By holder</source>
            <translation>ແຍກຕາມຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>By province</source>
            <translation type="unfinished">ແຍກຕາມແຂວງ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Show every item</source>
            <translation>ສະແດງອຸປະກອນທັງໝົດ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ມູນຄ່າ</translation>
        </message>
        <message>
            <source>Handovers this year</source>
            <translation type="unfinished">ການມອບໃນປີນີ້</translation>
        </message>
        <message>
            <source>List this year's handover receipts</source>
            <translation type="unfinished">ສະແດງໃບມອບ-ຮັບຂອງປີນີ້</translation>
        </message>
        <message>
            <source>Receipts without a signed copy</source>
            <translation type="unfinished">ໃບມອບ-ຮັບທີ່ຍັງບໍ່ມີສະບັບທີ່ເຊັນແລ້ວ</translation>
        </message>
        <message>
            <source>List the receipts still waiting for their signed copy</source>
            <translation type="unfinished">ສະແດງໃບມອບ-ຮັບທີ່ຍັງລໍຖ້າສະບັບທີ່ເຊັນແລ້ວ</translation>
        </message>
        <message>
            <source>Verified this year</source>
            <translation type="unfinished">ຢັ້ງຢືນແລ້ວໃນປີນີ້</translation>
        </message>
        <message>
            <source>Show the items held by units and not verified this year</source>
            <translation type="unfinished">ສະແດງອຸປະກອນທີ່ໜ່ວຍງານຄອບຄອງ ແລະ ຍັງບໍ່ໄດ້ຢັ້ງຢືນໃນປີນີ້</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation type="unfinished">ເຫດການທີ່ຍັງບໍ່ປິດ</translation>
        </message>
        <message>
            <source>List the incidents still open</source>
            <translation type="unfinished">ສະແດງເຫດການທີ່ຍັງບໍ່ປິດ</translation>
        </message>
        <message>
            <source>Double-click a row to show its items in the register</source>
            <translation type="unfinished">ຄລິກສອງເທື່ອທີ່ແຖວ ເພື່ອສະແດງອຸປະກອນຂອງແຖວນັ້ນໃນທະບຽນ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Check state</source>
            <translation type="unfinished">ສະຖານະການກວດກາ</translation>
        </message>
        <message>
            <source>Overdue checks by site</source>
            <translation type="unfinished">ການກວດກາທີ່ກາຍກຳນົດ ແຍກຕາມສະຖານທີ່</translation>
        </message>
        <message>
            <source>Verified this year, by holding unit</source>
            <translation type="unfinished">ຢັ້ງຢືນແລ້ວໃນປີນີ້ ແຍກຕາມໜ່ວຍງານຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>Items a unit holds now whose latest check this year found them in use or in storage. Double-click a unit to show its items not verified yet. (The EUM report counts from the receipts as of the year's first day.)</source>
            <translation type="unfinished">ອຸປະກອນທີ່ໜ່ວຍງານຄອບຄອງຢູ່ປັດຈຸບັນ ເຊິ່ງການກວດກາຄັ້ງຫຼ້າສຸດໃນປີນີ້ພົບວ່າ ນຳໃຊ້ຢູ່ ຫຼື ເກັບຮັກສາໄວ້. ຄລິກສອງເທື່ອທີ່ໜ່ວຍງານ ເພື່ອສະແດງອຸປະກອນທີ່ຍັງບໍ່ໄດ້ຢັ້ງຢືນ. (ບົດລາຍງານ EUM ນັບຕາມໃບມອບ-ຮັບ ນັບຮອດວັນທຳອິດຂອງປີ.)</translation>
        </message>
        <message>
            <source>Handed over by year (issued handover receipts)</source>
            <translation type="unfinished">ການມອບ ແຍກຕາມປີ (ໃບມອບ-ຮັບທີ່ອອກແລ້ວ)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ບໍ່ມີ)</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>the register already holds items; use an empty database for sample data</source>
            <translation type="unfinished">ທະບຽນມີອຸປະກອນຢູ່ແລ້ວ; ໃຫ້ໃຊ້ຖານຂໍ້ມູນຫວ່າງເປົ່າສຳລັບຂໍ້ມູນຕົວຢ່າງ</translation>
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
            <translation type="unfinished">ເລືອກອຸປະກອນທີ່ຈະຈຳໜ່າຍ.</translation>
        </message>
        <message>
            <source>Some items do not exist (any more).</source>
            <translation type="unfinished">ອຸປະກອນບາງລາຍການບໍ່ມີຢູ່ (ອີກແລ້ວ).</translation>
        </message>
        <message>
            <source>Already out of the register: {tags}.</source>
            <translation type="unfinished">ອອກຈາກທະບຽນແລ້ວ: {tags}.</translation>
        </message>
        <message>
            <source>Choose how the items were disposed of.</source>
            <translation type="unfinished">ເລືອກວິທີການຈຳໜ່າຍອຸປະກອນ.</translation>
        </message>
        <message>
            <source>Say in words how the items were disposed of.</source>
            <translation type="unfinished">ອະທິບາຍເປັນຄຳເວົ້າວ່າ ອຸປະກອນຖືກຈຳໜ່າຍແນວໃດ.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>ວັນທີບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>The approval reference is longer than {max} characters.</source>
            <translation type="unfinished">ເລກທີອະນຸມັດຍາວເກີນ {max} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>Longer than {max} characters.</source>
            <translation>ຍາວເກີນ {max} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>no disposal {number}</source>
            <translation type="unfinished">ບໍ່ມີການຈຳໜ່າຍຊັບສິນເລກທີ {number}</translation>
        </message>
    </context>
    <context>
        <name>DueChecks</name>
        <message>
            <source>Choose between 1 and {max} months (every item at least every {max}).</source>
            <translation type="unfinished">ເລືອກລະຫວ່າງ 1 ຫາ {max} ເດືອນ (ອຸປະກອນທຸກລາຍການ ຕ້ອງກວດກາຢ່າງໜ້ອຍທຸກໆ {max} ເດືອນ).</translation>
        </message>
    </context>
    <context>
        <name>DueChecksWindow</name>
        <message>
            <source>Overdue</source>
            <translation>ກາຍກຳນົດ</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>ຮອດກຳນົດ</translation>
        </message>
        <message>
            <source>{state}, follow up</source>
            <translation type="unfinished">{state}, ຕ້ອງຕິດຕາມ</translation>
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>(no location)</source>
            <translation>(ບໍ່ມີສະຖານທີ່)</translation>
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
            <translation>ສະຖານະ</translation>
        </message>
        <message>
            <source>Due checks</source>
            <translation type="unfinished">ການກວດກາທີ່ຮອດກຳນົດ</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation type="unfinished">ສະເພາະທີ່ກາຍກຳນົດ</translation>
        </message>
        <message>
            <source>Start site check…</source>
            <translation type="unfinished">ເລີ່ມການກວດກາສະຖານທີ່…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>ສະຖານທີ່:</translation>
        </message>
        <message>
            <source>All sites ({count})</source>
            <translation>ທຸກສະຖານທີ່ ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) due</source>
            <translation>
                <numerusform>%n ລາຍການຮອດກຳນົດ</numerusform>
                <numerusform>%n ລາຍການຮອດກຳນົດ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n ສະຖານທີ່</numerusform>
                <numerusform>%n ສະຖານທີ່</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Nothing was changed: the register is as it was before.</source>
            <translation type="unfinished">ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ: ທະບຽນຍັງຄືເດີມ.</translation>
        </message>
        <message>
            <source>Disk full</source>
            <translation>ດິສກ໌ເຕັມ</translation>
        </message>
        <message>
            <source>The disk is full, so the change could not be saved. {unchanged} Free some space and try again.</source>
            <translation type="unfinished">ດິສກ໌ເຕັມ ຈຶ່ງບໍ່ສາມາດບັນທຶກການປ່ຽນແປງໄດ້. {unchanged} ໃຫ້ເພີ່ມພື້ນທີ່ວ່າງ ແລ້ວລອງໃໝ່.</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>ອ່ານໄດ້ຢ່າງດຽວ</translation>
        </message>
        <message>
            <source>This register is open read-only, so nothing can be changed. Close other copies of the app, or check the file's permissions, and reopen it.</source>
            <translation type="unfinished">ທະບຽນນີ້ເປີດແບບອ່ານໄດ້ຢ່າງດຽວ ຈຶ່ງບໍ່ສາມາດປ່ຽນແປງຫຍັງໄດ້. ໃຫ້ປິດແອັບນີ້ທີ່ເປີດຢູ່ບ່ອນອື່ນ ຫຼື ກວດສອບສິດການເຂົ້າເຖິງໄຟລ໌ ແລ້ວເປີດຄືນໃໝ່.</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>ບໍ່ອະນຸຍາດ</translation>
        </message>
        <message>
            <source>Your role in this shared register does not allow this change. {unchanged} An administrator can give you another role.</source>
            <translation type="unfinished">ບົດບາດຂອງທ່ານໃນທະບຽນທີ່ໃຊ້ຮ່ວມກັນນີ້ ບໍ່ອະນຸຍາດໃຫ້ປ່ຽນແປງແບບນີ້. {unchanged} ຜູ້ບໍລິຫານລະບົບສາມາດໃຫ້ບົດບາດອື່ນແກ່ທ່ານໄດ້.</translation>
        </message>
        <message>
            <source>Register busy</source>
            <translation type="unfinished">ທະບຽນບໍ່ຫວ່າງ</translation>
        </message>
        <message>
            <source>Another program is writing to the register right now. {unchanged} Try again in a moment.</source>
            <translation type="unfinished">ມີໂປຣແກຣມອື່ນກຳລັງຂຽນຂໍ້ມູນໃສ່ທະບຽນຢູ່. {unchanged} ໃຫ້ລອງໃໝ່ໃນອີກບໍ່ດົນ.</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>ບັນທຶກບໍ່ໄດ້</translation>
        </message>
        <message>
            <source>The computer could not write to the disk ({detail}). {unchanged} Check the drive (a removed USB stick, a full or failing disk) and try again.</source>
            <translation type="unfinished">ຄອມພິວເຕີບໍ່ສາມາດຂຽນຂໍ້ມູນໃສ່ດິສກ໌ໄດ້ ({detail}). {unchanged} ໃຫ້ກວດສອບໄດຣ໌ (USB ທີ່ຖືກຖອດອອກ, ດິສກ໌ເຕັມ ຫຼື ເສຍ) ແລ້ວລອງໃໝ່.</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>ສຳຮອງຂໍ້ມູນບໍ່ສຳເລັດ</translation>
        </message>
        <message>
            <source>{problem}. The previous backups are unchanged.</source>
            <translation type="unfinished">{problem}. ໄຟລ໌ສຳຮອງກ່ອນໜ້ານີ້ບໍ່ມີການປ່ຽນແປງ.</translation>
        </message>
        <message>
            <source>Register in use</source>
            <translation type="unfinished">ທະບຽນກຳລັງຖືກໃຊ້ຢູ່</translation>
        </message>
        <message>
            <source>Database error</source>
            <translation>ຂໍ້ຜິດພາດຖານຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>The database reported: {detail}. {unchanged}</source>
            <translation type="unfinished">ຖານຂໍ້ມູນແຈ້ງວ່າ: {detail}. {unchanged}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>ຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ</translation>
        </message>
        <message>
            <source>Something went wrong: {detail}.

{unchanged} If it happens again, please report it with what you were doing.</source>
            <translation type="unfinished">ເກີດຂໍ້ຜິດພາດ: {detail}.

{unchanged} ຖ້າເກີດຂຶ້ນອີກ ກະລຸນາລາຍງານ ພ້ອມບອກວ່າທ່ານກຳລັງເຮັດຫຍັງຢູ່.</translation>
        </message>
    </context>
    <context>
        <name>EumReport</name>
        <message>
            <source>{verified} of {held} items held at the start were verified (denominator: {held} items held on {start}).</source>
            <translation type="unfinished">ອຸປະກອນທີ່ມີຢູ່ຕົ້ນໄລຍະ {held} ລາຍການ ໄດ້ຮັບການຢັ້ງຢືນ {verified} ລາຍການ (ຕົວຫານ: {held} ລາຍການທີ່ມີຢູ່ວັນທີ {start}).</translation>
        </message>
        <message>
            <source>{checked} items checked, {verified} verified, {problems} with problems ({followed} followed up by an incident); {results} results recorded.</source>
            <translation type="unfinished">ກວດກາແລ້ວ {checked} ລາຍການ, ຢັ້ງຢືນແລ້ວ {verified}, ມີບັນຫາ {problems} ({followed} ລາຍການໄດ້ຕິດຕາມດ້ວຍເຫດການ); ບັນທຶກຜົນແລ້ວ {results} ຄັ້ງ.</translation>
        </message>
        <message>
            <source>The {shown} agencies with the lowest rates of {count}.</source>
            <translation type="unfinished">{shown} ອົງການທີ່ມີອັດຕາຕ່ຳສຸດ ຈາກທັງໝົດ {count} ອົງການ.</translation>
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
            <translation type="unfinished">ຕົວຫານ: ອຸປະກອນທີ່ມີຢູ່ຕົ້ນໄລຍະ.</translation>
        </message>
        <message>
            <source>Unexpected results (seen at another site)</source>
            <translation type="unfinished">ຜົນນອກລາຍການ (ພົບເຫັນຢູ່ສະຖານທີ່ອື່ນ)</translation>
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
            <translation>ຊື່ພາສາລາວ</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation type="unfinished">ຄຳນິຍາມ</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>ເຫດການ</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ເລກທີ</translation>
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
            <translation type="unfinished">ວັນທີປິດ</translation>
        </message>
        <message>
            <source>Disposals</source>
            <translation>ການຈຳໜ່າຍຊັບສິນ</translation>
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished">ວິທີການ</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>ລາຍລະອຽດ</translation>
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
            <translation type="unfinished">ບໍ່ໄດ້ກວດກາ</translation>
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
            <translation>ແຂວງ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation type="unfinished">ໄລຍະສິ້ນສຸດກ່ອນວັນເລີ່ມຕົ້ນ.</translation>
        </message>
        <message>
            <source>Held at the start</source>
            <translation>ມີຢູ່ຕົ້ນໄລຍະ</translation>
        </message>
        <message>
            <source>Items in the custody of a recipient unit on the first day of the period: handed over on an issued receipt dated on or before that day and not returned to donor stock by then (items recorded with a holder but no receipt count from their acquisition date), and not retired before that day (an item lost, stolen, destroyed or disposed of counts if its incident or disposal is dated on or after the first day). Lot parts merged back into their lot are not counted.</source>
            <translation type="unfinished">ອຸປະກອນທີ່ຢູ່ໃນຄວາມຄອບຄອງຂອງໜ່ວຍງານຜູ້ຮັບ ໃນວັນທຳອິດຂອງໄລຍະ: ໄດ້ມອບດ້ວຍໃບມອບ-ຮັບທີ່ອອກແລ້ວ ລົງວັນທີໃນ ຫຼື ກ່ອນວັນນັ້ນ ແລະ ຍັງບໍ່ໄດ້ສົ່ງຄືນສາງຜູ້ບໍລິຈາກ ຮອດວັນນັ້ນ (ອຸປະກອນທີ່ບັນທຶກໄວ້ວ່າມີຜູ້ຄອບຄອງ ແຕ່ບໍ່ມີໃບມອບ-ຮັບ ນັບແຕ່ວັນທີໄດ້ມາ), ແລະ ບໍ່ໄດ້ຖືກຕັດອອກຈາກທະບຽນກ່ອນວັນນັ້ນ (ອຸປະກອນທີ່ສູນຫາຍ, ຖືກລັກ, ຖືກທຳລາຍ ຫຼື ຈຳໜ່າຍແລ້ວ ຍັງຖືກນັບ ຖ້າເຫດການ ຫຼື ການຈຳໜ່າຍຊັບສິນນັ້ນ ລົງວັນທີໃນ ຫຼື ຫຼັງວັນທຳອິດ). ສ່ວນຂອງລັອດທີ່ລວມຄືນເຂົ້າລັອດເດີມແລ້ວ ບໍ່ຖືກນັບ.</translation>
        </message>
        <message>
            <source>Items with at least one result in the period; an item checked twice counts once.</source>
            <translation type="unfinished">ອຸປະກອນທີ່ມີຜົນການກວດກາຢ່າງໜ້ອຍໜຶ່ງຄັ້ງໃນໄລຍະ; ອຸປະກອນທີ່ກວດກາສອງຄັ້ງ ນັບເປັນໜຶ່ງ.</translation>
        </message>
        <message>
            <source>Checked items whose latest result in the period is in use or in storage.</source>
            <translation type="unfinished">ອຸປະກອນທີ່ກວດກາແລ້ວ ເຊິ່ງຜົນຄັ້ງຫຼ້າສຸດໃນໄລຍະແມ່ນ ນຳໃຊ້ຢູ່ ຫຼື ເກັບຮັກສາໄວ້.</translation>
        </message>
        <message>
            <source>Items held at the start that were verified, divided by the items held at the start (the denominator). Items handed over during the period are checked and verified but not part of the rate.</source>
            <translation type="unfinished">ອຸປະກອນທີ່ມີຢູ່ຕົ້ນໄລຍະ ແລະ ໄດ້ຮັບການຢັ້ງຢືນ ຫານໃຫ້ອຸປະກອນທີ່ມີຢູ່ຕົ້ນໄລຍະ (ຕົວຫານ). ອຸປະກອນທີ່ມອບໃນລະຫວ່າງໄລຍະ ຖືກນັບເຂົ້າໃນ ກວດກາແລ້ວ ແລະ ຢັ້ງຢືນແລ້ວ ແຕ່ບໍ່ນັບເຂົ້າໃນອັດຕາ.</translation>
        </message>
        <message>
            <source>Problems and follow-up</source>
            <translation type="unfinished">ບັນຫາ ແລະ ການຕິດຕາມ</translation>
        </message>
        <message>
            <source>Checked items whose latest result is not verified; followed up when an incident of the item is dated on or after that result.</source>
            <translation type="unfinished">ອຸປະກອນທີ່ກວດກາແລ້ວ ເຊິ່ງຜົນຄັ້ງຫຼ້າສຸດບໍ່ໄດ້ຮັບການຢັ້ງຢືນ; ຖືວ່າໄດ້ຕິດຕາມແລ້ວ ເມື່ອມີເຫດການຂອງອຸປະກອນນັ້ນ ລົງວັນທີໃນ ຫຼື ຫຼັງວັນທີຂອງຜົນນັ້ນ.</translation>
        </message>
        <message>
            <source>Agency and site</source>
            <translation>ອົງການ ແລະ ສະຖານທີ່</translation>
        </message>
        <message>
            <source>The unit holding the item and its site at the end of the period, by the receipts; items held by no unit then are shown as (no unit).</source>
            <translation type="unfinished">ໜ່ວຍງານທີ່ຄອບຄອງອຸປະກອນ ແລະ ສະຖານທີ່ຂອງມັນ ໃນທ້າຍໄລຍະ ຕາມໃບມອບ-ຮັບ; ອຸປະກອນທີ່ບໍ່ມີໜ່ວຍງານໃດຄອບຄອງໃນເວລານັ້ນ ສະແດງເປັນ (ບໍ່ມີໜ່ວຍງານ).</translation>
        </message>
        <message>
            <source>Items held by a unit at the end of the period with no result in the 24 months before it (never checked: held for longer than that).</source>
            <translation type="unfinished">ອຸປະກອນທີ່ໜ່ວຍງານຄອບຄອງໃນທ້າຍໄລຍະ ແລະ ບໍ່ມີຜົນການກວດກາໃນ 24 ເດືອນກ່ອນໜ້ານັ້ນ (ບໍ່ເຄີຍກວດກາ: ຄອບຄອງມາດົນກວ່ານັ້ນ).</translation>
        </message>
        <message>
            <source>(no unit)</source>
            <translation>(ບໍ່ມີໜ່ວຍງານ)</translation>
        </message>
        <message>
            <source>(no site)</source>
            <translation>(ບໍ່ມີສະຖານທີ່)</translation>
        </message>
        <message>
            <source>The report is written as .pdf or .xlsx.</source>
            <translation type="unfinished">ບົດລາຍງານຂຽນເປັນ .pdf ຫຼື .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>EumReportDialog</name>
        <message>
            <source>End-use monitoring report</source>
            <translation>ບົດລາຍງານການຕິດຕາມກວດກາການນຳໃຊ້ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Calendar &amp;year</source>
            <translation type="unfinished">ປີປະຕິທິນ</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>ແຕ່</translation>
        </message>
        <message>
            <source>&amp;Write report</source>
            <translation type="unfinished">ສ້າງບົດລາຍງານ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ຫາ</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>ຮູບແບບ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>The verification rate overall, by agency and by province; per site the items held, checked and their results; incidents and disposals of the period; items not checked for more than 24 months. The report for a year is due on 31 January of the next.</source>
            <translation type="unfinished">ອັດຕາການຢັ້ງຢືນລວມ, ແຍກຕາມອົງການ ແລະ ແຍກຕາມແຂວງ; ສຳລັບແຕ່ລະສະຖານທີ່: ອຸປະກອນທີ່ມີ, ທີ່ກວດກາແລ້ວ ແລະ ຜົນການກວດກາ; ເຫດການ ແລະ ການຈຳໜ່າຍຊັບສິນໃນໄລຍະ; ອຸປະກອນທີ່ບໍ່ໄດ້ກວດກາເກີນ 24 ເດືອນ. ບົດລາຍງານປະຈຳປີ ຕ້ອງສົ່ງພາຍໃນວັນທີ 31 ມັງກອນ ຂອງປີຖັດໄປ.</translation>
        </message>
        <message>
            <source>The period ends before it starts: the end must be on or after {day}.</source>
            <translation type="unfinished">ໄລຍະສິ້ນສຸດກ່ອນວັນເລີ່ມຕົ້ນ: ວັນສິ້ນສຸດຕ້ອງແມ່ນວັນທີ {day} ຫຼື ຫຼັງຈາກນັ້ນ.</translation>
        </message>
        <message>
            <source>The period starts after today: there is nothing to report yet.</source>
            <translation type="unfinished">ໄລຍະເລີ່ມຕົ້ນຫຼັງມື້ນີ້: ຍັງບໍ່ມີຫຍັງຈະລາຍງານ.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>ກຳລັງຂຽນ {name}…</translation>
        </message>
        <message>
            <source>Writing the report {name}…</source>
            <translation type="unfinished">ກຳລັງຂຽນບົດລາຍງານ {name}…</translation>
        </message>
        <message>
            <source>No item was held by a recipient unit at the start of the period.</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນໃດຢູ່ໃນຄວາມຄອບຄອງຂອງໜ່ວຍງານຜູ້ຮັບ ໃນຕົ້ນໄລຍະ.</translation>
        </message>
        <message>
            <source>Verification rate: {rate} ({verified} of {held} items held at the start).</source>
            <translation type="unfinished">ອັດຕາການຢັ້ງຢືນ: {rate} ({verified} ໃນ {held} ລາຍການທີ່ມີຢູ່ຕົ້ນໄລຍະ).</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation type="unfinished">ຂຽນໄວ້ທີ່ {path}</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation type="unfinished">ຂຽນບົດລາຍງານແລ້ວ</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="unfinished">ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
        </message>
        <message>
            <source>{reason} Nothing was written.</source>
            <translation type="unfinished">{reason} ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
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
            <translation>ບົດລາຍງານ PDF</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>ໄຟລ໌ Excel</translation>
        </message>
        <message>
            <source>CSV (UTF-8)</source>
            <translation>CSV (UTF-8)</translation>
        </message>
        <message>
            <source>unknown file extension: use .pdf, .xlsx or .csv</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກນາມສະກຸນໄຟລ໌: ໃຫ້ໃຊ້ .pdf, .xlsx ຫຼື .csv</translation>
        </message>
        <message>
            <source>unknown file extension '.{suffix}': use .pdf, .xlsx or .csv</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກນາມສະກຸນໄຟລ໌ '.{suffix}': ໃຫ້ໃຊ້ .pdf, .xlsx ຫຼື .csv</translation>
        </message>
        <message>
            <source>folder does not exist: {folder}</source>
            <translation type="unfinished">ບໍ່ມີໂຟນເດີ: {folder}</translation>
        </message>
        <message>
            <source>{path} is a folder</source>
            <translation>{path} ເປັນໂຟນເດີ</translation>
        </message>
        <message>
            <source>cannot write in folder {folder}</source>
            <translation type="unfinished">ບໍ່ສາມາດຂຽນໃນໂຟນເດີ {folder}</translation>
        </message>
        <message>
            <source>cannot create a temporary file in {folder}</source>
            <translation type="unfinished">ບໍ່ສາມາດສ້າງໄຟລ໌ຊົ່ວຄາວໃນ {folder}</translation>
        </message>
        <message>
            <source>unknown format {format}: use pdf, xlsx or csv</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກຮູບແບບ {format}: ໃຫ້ໃຊ້ pdf, xlsx ຫຼື csv</translation>
        </message>
        <message>
            <source>Long texts</source>
            <translation type="unfinished">ຂໍ້ຄວາມຍາວ</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>ເຊວ</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>ຖັນ</translation>
        </message>
        <message>
            <source>Text, in parts</source>
            <translation type="unfinished">ຂໍ້ຄວາມ, ແບ່ງເປັນສ່ວນ</translation>
        </message>
        <message>
            <source>… (continued on sheet {sheet}, row {row})</source>
            <translation type="unfinished">… (ມີຕໍ່ຢູ່ແຜ່ນງານ {sheet}, ແຖວ {row})</translation>
        </message>
        <message>
            <source>Cell {cell} holds more than Excel's 32,767 characters: the whole text is on sheet {sheet}, row {row}.</source>
            <translation type="unfinished">ເຊວ {cell} ມີຫຼາຍກວ່າ 32,767 ຕົວອັກສອນ ທີ່ Excel ຮັບໄດ້: ຂໍ້ຄວາມທັງໝົດຢູ່ແຜ່ນງານ {sheet}, ແຖວ {row}.</translation>
        </message>
        <message numerus="yes">
            <source>%n more cell(s) continue on sheet {sheet}.</source>
            <translation>
                <numerusform>ອີກ %n ເຊວ ມີຕໍ່ຢູ່ແຜ່ນງານ {sheet}.</numerusform>
                <numerusform>ອີກ %n ເຊວ ມີຕໍ່ຢູ່ແຜ່ນງານ {sheet}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation type="unfinished">ບັນຊີອຸປະກອນ</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished">ສະຫຼຸບ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished">ສັດສ່ວນ</translation>
        </message>
        <message>
            <source>Name in Lao</source>
            <translation>ຊື່ພາສາລາວ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished">ລວມທັງໝົດ</translation>
        </message>
        <message>
            <source>unknown file extension '{suffix}': use {allowed}</source>
            <translation>ບໍ່ຮູ້ຈັກນາມສະກຸນໄຟລ໌ '{suffix}': ໃຫ້ໃຊ້ {allowed}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>{name} could not be written: the file may be open in another program (close it there), or the folder may be read-only</source>
            <translation type="unfinished">ບໍ່ສາມາດຂຽນ {name} ໄດ້: ໄຟລ໌ອາດເປີດຢູ່ໃນໂປຣແກຣມອື່ນ (ໃຫ້ປິດຢູ່ໃນໂປຣແກຣມນັ້ນ) ຫຼື ໂຟນເດີອາດເປັນແບບອ່ານໄດ້ຢ່າງດຽວ</translation>
        </message>
        <message>
            <source>the computer could not write the file ({error})</source>
            <translation type="unfinished">ຄອມພິວເຕີບໍ່ສາມາດຂຽນໄຟລ໌ໄດ້ ({error})</translation>
        </message>
        <message>
            <source>something went wrong ({error})</source>
            <translation>ເກີດຂໍ້ຜິດພາດ ({error})</translation>
        </message>
        <message>
            <source>The export failed: {reason}.

No file was written at {path}.</source>
            <translation type="unfinished">ການສົ່ງອອກບໍ່ສຳເລັດ: {reason}.

ບໍ່ໄດ້ຂຽນໄຟລ໌ໃດທີ່ {path}.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ສົ່ງອອກ</translation>
        </message>
        <message>
            <source>The table as shown (with its search, filters, sort and columns)</source>
            <translation type="unfinished">ຕາຕະລາງຕາມທີ່ສະແດງ (ພ້ອມການຄົ້ນຫາ, ຕົວກັ່ນຕອງ, ການຈັດລຽງ ແລະ ຖັນ)</translation>
        </message>
        <message numerus="yes">
            <source>The table as shown ({count} item(s), with its search, filters, sort and columns)</source>
            <translation>
                <numerusform>ຕາຕະລາງຕາມທີ່ສະແດງ ({count} ລາຍການ, ພ້ອມການຄົ້ນຫາ, ຕົວກັ່ນຕອງ, ການຈັດລຽງ ແລະ ຖັນ)</numerusform>
                <numerusform>ຕາຕະລາງຕາມທີ່ສະແດງ ({count} ລາຍການ, ພ້ອມການຄົ້ນຫາ, ຕົວກັ່ນຕອງ, ການຈັດລຽງ ແລະ ຖັນ)</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole register (every item)</source>
            <translation type="unfinished">ທະບຽນທັງໝົດ (ອຸປະກອນທຸກລາຍການ)</translation>
        </message>
        <message>
            <source>PDF report (.pdf)</source>
            <translation>ບົດລາຍງານ PDF (.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>ໄຟລ໌ Excel (.xlsx)</translation>
        </message>
        <message>
            <source>CSV (.csv)</source>
            <translation>CSV (.csv)</translation>
        </message>
        <message>
            <source>No grouping</source>
            <translation>ບໍ່ຈັດກຸ່ມ</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>ຊອກຫາ…</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>ຮູບແບບ</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>ຈັດກຸ່ມຕາມ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation type="unfinished">ສິ່ງທີ່ຈະສົ່ງອອກ</translation>
        </message>
        <message>
            <source>A report for printing: totals, a summary by group with a chart, every item in groups with subtotals, and a certification to sign.</source>
            <translation type="unfinished">ບົດລາຍງານສຳລັບພິມ: ຍອດລວມ, ສະຫຼຸບແຍກຕາມກຸ່ມ ພ້ອມແຜນພູມ, ອຸປະກອນທຸກລາຍການແຍກເປັນກຸ່ມ ພ້ອມຍອດລວມຍ່ອຍ ແລະ ໃບຢັ້ງຢືນໃຫ້ລົງລາຍເຊັນ.</translation>
        </message>
        <message>
            <source>Typed cells (dates, amounts, quantities) with filters, and a Summary sheet by group.</source>
            <translation type="unfinished">ເຊວທີ່ມີປະເພດຂໍ້ມູນ (ວັນທີ, ຈຳນວນເງິນ, ຈຳນວນ) ພ້ອມຕົວກັ່ນຕອງ ແລະ ແຜ່ນງານສະຫຼຸບ ແຍກຕາມກຸ່ມ.</translation>
        </message>
        <message>
            <source>Plain text, UTF-8, one row per item: for other programs.</source>
            <translation type="unfinished">ຂໍ້ຄວາມທຳມະດາ, UTF-8, ໜຶ່ງແຖວຕໍ່ອຸປະກອນໜຶ່ງລາຍການ: ສຳລັບໂປຣແກຣມອື່ນ.</translation>
        </message>
        <message>
            <source>The PDF shows the report's standard columns, one line an item: asset tag, description and serial number, quantity, total value, holder, location, condition, acquired.</source>
            <translation type="unfinished">PDF ສະແດງຖັນມາດຕະຖານຂອງລາຍງານ, ໜຶ່ງແຖວຕໍ່ອຸປະກອນ: ລະຫັດຊັບສິນ, ລາຍການ ແລະ ເລກໝາຍເຄື່ອງ, ຈຳນວນ, ມູນຄ່າລວມ, ຜູ້ຄອບຄອງ, ສະຖານທີ່, ສະພາບ, ວັນທີໄດ້ມາ.</translation>
        </message>
        <message>
            <source>Every column is included.</source>
            <translation>ລວມທຸກຖັນ.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ໄຟລ໌ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ໄຟລ໌ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ໄຟລ໌ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished">ສົ່ງອອກໄປທີ່</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>ສົ່ງອອກບໍ່ໄດ້</translation>
        </message>
        <message>
            <source>{problem}. Choose another file.</source>
            <translation type="unfinished">{problem}. ໃຫ້ເລືອກໄຟລ໌ອື່ນ.</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>ແທນທີ່ໄຟລ໌ບໍ?</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} ມີຢູ່ແລ້ວ. ແທນທີ່ບໍ?</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>ກຳລັງຂຽນ {name}…</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>ສົ່ງອອກສຳເລັດ</translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} item(s) to
{path}</source>
            <translation>
                <numerusform>ສົ່ງອອກ {count} ລາຍການ ໄປທີ່
{path}</numerusform>
                <numerusform>ສົ່ງອອກ {count} ລາຍການ ໄປທີ່
{path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>ເປີດໄຟລ໌</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ເປີດໂຟນເດີ</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>ສົ່ງອອກບໍ່ສຳເລັດ</translation>
        </message>
    </context>
    <context>
        <name>ExportsFeature</name>
        <message>
            <source>&amp;Export…</source>
            <translation>ສົ່ງອອກ…</translation>
        </message>
        <message>
            <source>Export the table as shown, or the whole register, to PDF, Excel or CSV</source>
            <translation type="unfinished">ສົ່ງອອກຕາຕະລາງຕາມທີ່ສະແດງ ຫຼື ທະບຽນທັງໝົດ ເປັນ PDF, Excel ຫຼື CSV</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Status:</source>
            <translation>ສະຖານະ:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>ທຸກສະຖານະ</translation>
        </message>
        <message>
            <source>Show only items with this status</source>
            <translation>ສະແດງສະເພາະອຸປະກອນທີ່ມີສະຖານະນີ້</translation>
        </message>
        <message>
            <source>Holder:</source>
            <translation>ຜູ້ຄອບຄອງ:</translation>
        </message>
        <message>
            <source>All holders</source>
            <translation>ຜູ້ຄອບຄອງທັງໝົດ</translation>
        </message>
        <message>
            <source>Show only items with this holder</source>
            <translation>ສະແດງສະເພາະອຸປະກອນຂອງຜູ້ຄອບຄອງນີ້</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>ແຂວງ:</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>ທຸກແຂວງ</translation>
        </message>
        <message>
            <source>Show only items with this province</source>
            <translation>ສະແດງສະເພາະອຸປະກອນໃນແຂວງນີ້</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>ສະຖານທີ່:</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>ທຸກສະຖານທີ່</translation>
        </message>
        <message>
            <source>Show only items at this site (location)</source>
            <translation type="unfinished">ສະແດງສະເພາະອຸປະກອນທີ່ຢູ່ສະຖານທີ່ນີ້</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>ປະເພດ:</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>ທຸກປະເພດ</translation>
        </message>
        <message>
            <source>Show only items with this category</source>
            <translation>ສະແດງສະເພາະອຸປະກອນປະເພດນີ້</translation>
        </message>
        <message>
            <source>Funding:</source>
            <translation>ແຫຼ່ງທຶນ:</translation>
        </message>
        <message>
            <source>All funding sources</source>
            <translation>ທຸກແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Show only items with this funding</source>
            <translation>ສະແດງສະເພາະອຸປະກອນຈາກແຫຼ່ງທຶນນີ້</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation type="unfinished">ການກວດກາ:</translation>
        </message>
        <message>
            <source>Show only items whose end-use check is due, overdue…</source>
            <translation type="unfinished">ສະແດງສະເພາະອຸປະກອນທີ່ການກວດກາການນຳໃຊ້ຮອດກຳນົດ, ກາຍກຳນົດ…</translation>
        </message>
        <message>
            <source>Search tag, serial, description, make, model, holder, place…</source>
            <translation type="unfinished">ຄົ້ນຫາລະຫັດ, ເລກໝາຍເຄື່ອງ, ລາຍການ, ຍີ່ຫໍ້, ລຸ້ນ, ຜູ້ຄອບຄອງ, ສະຖານທີ່…</translation>
        </message>
        <message>
            <source>Matches as you type (Ctrl+F). Several words must all match.</source>
            <translation type="unfinished">ຄົ້ນຫາໃນຂະນະທີ່ພິມ (Ctrl+F). ຖ້າມີຫຼາຍຄຳ ຕ້ອງກົງກັນທຸກຄຳ.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>ລ້າງຕົວກັ່ນຕອງ</translation>
        </message>
        <message>
            <source>More filters ({count})</source>
            <translation>ຕົວກັ່ນຕອງເພີ່ມເຕີມ ({count})</translation>
        </message>
        <message>
            <source>More filters</source>
            <translation>ຕົວກັ່ນຕອງເພີ່ມເຕີມ</translation>
        </message>
        <message>
            <source>Ranges of acquisition date, latest end-use check and unit value</source>
            <translation type="unfinished">ຊ່ວງວັນທີໄດ້ມາ, ການກວດກາການນຳໃຊ້ຄັ້ງຫຼ້າສຸດ ແລະ ມູນຄ່າຕໍ່ໜ່ວຍ</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>A new register</source>
            <translation>ທະບຽນໃໝ່</translation>
        </message>
        <message>
            <source>This register is new.</source>
            <translation>ທະບຽນນີ້ແມ່ນທະບຽນໃໝ່.</translation>
        </message>
        <message>
            <source>It starts with the standard lists: the 18 provinces, the equipment categories, the counter-drug agencies and their units, and the international border checkpoints (all in English and Lao, and yours to change). Start with those, or also load {count} sample items to try the app out?</source>
            <translation type="unfinished">ທະບຽນເລີ່ມຕົ້ນດ້ວຍລາຍຊື່ມາດຕະຖານ: 18 ແຂວງ, ປະເພດອຸປະກອນ, ອົງການຕ້ານຢາເສບຕິດ ແລະ ໜ່ວຍງານຂອງອົງການເຫຼົ່ານັ້ນ, ແລະ ດ່ານຊາຍແດນສາກົນ (ທັງໝົດເປັນພາສາອັງກິດ ແລະ ພາສາລາວ ແລະ ທ່ານສາມາດປ່ຽນແປງໄດ້). ຈະເລີ່ມຕົ້ນດ້ວຍລາຍຊື່ເຫຼົ່ານັ້ນ ຫຼື ຈະໂຫຼດອຸປະກອນຕົວຢ່າງ {count} ລາຍການ ເພື່ອທົດລອງໃຊ້ແອັບນຳ?</translation>
        </message>
        <message>
            <source>Start with the &amp;lists</source>
            <translation type="unfinished">ເລີ່ມດ້ວຍລາຍຊື່</translation>
        </message>
        <message>
            <source>Load &amp;sample data</source>
            <translation>ໂຫຼດຂໍ້ມູນຕົວຢ່າງ</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>ຂໍ້ມູນຕົວຢ່າງ</translation>
        </message>
        <message>
            <source>The sample data could not be added: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດເພີ່ມຂໍ້ມູນຕົວຢ່າງໄດ້: {error}</translation>
        </message>
        <message>
            <source>Adding sample items…</source>
            <translation type="unfinished">ກຳລັງເພີ່ມອຸປະກອນຕົວຢ່າງ…</translation>
        </message>
    </context>
    <context>
        <name>FirstStepsPanel</name>
        <message>
            <source>This register has no items yet.</source>
            <translation>ທະບຽນນີ້ຍັງບໍ່ມີອຸປະກອນ.</translation>
        </message>
        <message>
            <source>Add the first item, or import a list you already keep (CSV or Excel, including exports of Snipe-IT). The provinces, categories, agencies and units, and border checkpoints are there already: change them under Reference. To try the app out first, load sample data.</source>
            <translation type="unfinished">ເພີ່ມອຸປະກອນລາຍການທຳອິດ ຫຼື ນຳເຂົ້າລາຍການທີ່ທ່ານມີຢູ່ແລ້ວ (CSV ຫຼື Excel ລວມທັງໄຟລ໌ສົ່ງອອກຈາກ Snipe-IT). ແຂວງ, ປະເພດ, ອົງການ ແລະ ໜ່ວຍງານ, ແລະ ດ່ານຊາຍແດນ ມີຢູ່ແລ້ວ: ປ່ຽນແປງໄດ້ທີ່ ຂໍ້ມູນອ້າງອີງ. ເພື່ອທົດລອງໃຊ້ແອັບກ່ອນ ໃຫ້ໂຫຼດຂໍ້ມູນຕົວຢ່າງ.</translation>
        </message>
        <message>
            <source>&amp;Add the first item…</source>
            <translation type="unfinished">ເພີ່ມອຸປະກອນລາຍການທຳອິດ…</translation>
        </message>
        <message>
            <source>&amp;Import a list…</source>
            <translation type="unfinished">ນຳເຂົ້າລາຍການ…</translation>
        </message>
        <message>
            <source>Load &amp;sample data</source>
            <translation>ໂຫຼດຂໍ້ມູນຕົວຢ່າງ</translation>
        </message>
    </context>
    <context>
        <name>FormErrors</name>
        <message numerus="yes">
            <source>%n field(s) need attention before saving.</source>
            <translation>
                <numerusform>ມີ %n ຊ່ອງ ທີ່ຕ້ອງກວດເບິ່ງກ່ອນບັນທຶກ.</numerusform>
                <numerusform>ມີ %n ຊ່ອງ ທີ່ຕ້ອງກວດເບິ່ງກ່ອນບັນທຶກ.</numerusform>
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
            <translation>ເລກໝາຍເຄື່ອງ / ລັອດ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit value</source>
            <translation>ມູນຄ່າຕໍ່ໜ່ວຍ</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>&amp;Receipt…</source>
            <translation>ໃບມອບ-ຮັບ…</translation>
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation type="unfinished">ປະກາດໂມຄະ…</translation>
        </message>
        <message>
            <source>&amp;Attach signed copy…</source>
            <translation type="unfinished">ແນບສະບັບທີ່ເຊັນແລ້ວ…</translation>
        </message>
        <message>
            <source>&amp;Open attachment</source>
            <translation>ເປີດໄຟລ໌ແນບ</translation>
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation>ພິມປ້າຍ…</translation>
        </message>
        <message>
            <source>&lt;i&gt;No handover selected.&lt;/i&gt;</source>
            <translation>&lt;i&gt;ບໍ່ໄດ້ເລືອກການມອບ.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Signed copies on file:</source>
            <translation type="unfinished">ສະບັບທີ່ເຊັນແລ້ວທີ່ເກັບໄວ້:</translation>
        </message>
        <message>
            <source>Signed copy on file: none yet</source>
            <translation type="unfinished">ສະບັບທີ່ເຊັນແລ້ວທີ່ເກັບໄວ້: ຍັງບໍ່ມີ</translation>
        </message>
        <message>
            <source>From: {source}&lt;br&gt;To: {target}</source>
            <translation>ຈາກ: {source}&lt;br&gt;ເຖິງ: {target}</translation>
        </message>
        <message>
            <source>Location: {place}</source>
            <translation>ສະຖານທີ່: {place}</translation>
        </message>
        <message>
            <source>Handed over by: {giver}&lt;br&gt;Received by: {receiver}</source>
            <translation>ຜູ້ມອບ: {giver}&lt;br&gt;ຜູ້ຮັບ: {receiver}</translation>
        </message>
        <message>
            <source>Witness: {name}</source>
            <translation>ພະຍານ: {name}</translation>
        </message>
        <message>
            <source>Remarks: {text}</source>
            <translation>ໝາຍເຫດ: {text}</translation>
        </message>
        <message>
            <source>&lt;b&gt;VOID:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;ໂມຄະ:&lt;/b&gt; {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · {total} · issued by {operator}</source>
            <translation>
                <numerusform>%n ລາຍການ · {total} · ອອກໂດຍ {operator}</numerusform>
                <numerusform>%n ລາຍການ · {total} · ອອກໂດຍ {operator}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>New handover</source>
            <translation type="unfinished">ການມອບໃໝ່</translation>
        </message>
        <message>
            <source>New return</source>
            <translation type="unfinished">ການສົ່ງຄືນໃໝ່</translation>
        </message>
        <message>
            <source>New transfer</source>
            <translation type="unfinished">ການໂອນໃໝ່</translation>
        </message>
        <message>
            <source>Not added ({count}):</source>
            <translation type="unfinished">ບໍ່ໄດ້ເພີ່ມ ({count}):</translation>
        </message>
        <message>
            <source>&amp;Save and issue receipt</source>
            <translation type="unfinished">ບັນທຶກ ແລະ ອອກໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>at least one item</source>
            <translation type="unfinished">ອຸປະກອນຢ່າງໜ້ອຍໜຶ່ງລາຍການ</translation>
        </message>
        <message>
            <source>A transfer goes to a different unit.</source>
            <translation type="unfinished">ການໂອນຕ້ອງໄປຫາໜ່ວຍງານອື່ນ.</translation>
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished">ອ່ານໄດ້ຢ່າງດຽວ: ທະບຽນນີ້ບໍ່ສາມາດປ່ຽນແປງໄດ້ໃນຕອນນີ້.</translation>
        </message>
        <message>
            <source>Still needed: {needed}.</source>
            <translation type="unfinished">ຍັງຕ້ອງການ: {needed}.</translation>
        </message>
        <message>
            <source>{problem}; remove it from the list.</source>
            <translation type="unfinished">{problem}; ໃຫ້ເອົາອອກຈາກລາຍການ.</translation>
        </message>
        <message>
            <source>Discard this form?</source>
            <translation type="unfinished">ຍົກເລີກແບບຟອມນີ້ບໍ?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) on the list will not be handed over. Discard the form?</source>
            <translation>
                <numerusform>%n ລາຍການໃນບັນຊີ ຈະບໍ່ຖືກມອບ. ຍົກເລີກແບບຟອມບໍ?</numerusform>
                <numerusform>%n ລາຍການໃນບັນຊີ ຈະບໍ່ຖືກມອບ. ຍົກເລີກແບບຟອມບໍ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverFields</name>
        <message>
            <source>From unit *</source>
            <translation>ຈາກໜ່ວຍງານ *</translation>
        </message>
        <message>
            <source>Receiving unit *</source>
            <translation>ໜ່ວຍງານຜູ້ຮັບ *</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Location *</source>
            <translation>ສະຖານທີ່ *</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>ວັນທີ *</translation>
        </message>
        <message>
            <source>Received by *</source>
            <translation>ຜູ້ຮັບ *</translation>
        </message>
        <message>
            <source>Handed over by *</source>
            <translation>ຜູ້ມອບ *</translation>
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
            <translation>— ເລືອກ —</translation>
        </message>
        <message>
            <source>the unit the items come from</source>
            <translation type="unfinished">ໜ່ວຍງານທີ່ອຸປະກອນມາຈາກ</translation>
        </message>
        <message>
            <source>the receiving unit</source>
            <translation>ໜ່ວຍງານຜູ້ຮັບ</translation>
        </message>
        <message>
            <source>the receiving officer</source>
            <translation type="unfinished">ເຈົ້າໜ້າທີ່ຜູ້ຮັບ</translation>
        </message>
        <message>
            <source>the handing-over officer</source>
            <translation type="unfinished">ເຈົ້າໜ້າທີ່ຜູ້ມອບ</translation>
        </message>
    </context>
    <context>
        <name>HandoverItemsPane</name>
        <message>
            <source>Items returned</source>
            <translation type="unfinished">ອຸປະກອນທີ່ສົ່ງຄືນ</translation>
        </message>
        <message>
            <source>Items moved</source>
            <translation type="unfinished">ອຸປະກອນທີ່ໂອນ</translation>
        </message>
        <message>
            <source>Items to hand over</source>
            <translation type="unfinished">ອຸປະກອນທີ່ຈະມອບ</translation>
        </message>
        <message>
            <source>Scan a barcode, or type an asset tag and press Enter</source>
            <translation type="unfinished">ສະແກນບາໂຄດ ຫຼື ພິມລະຫັດຊັບສິນ ແລ້ວກົດ Enter</translation>
        </message>
        <message>
            <source>Reading the register for Find…</source>
            <translation type="unfinished">ກຳລັງອ່ານທະບຽນເພື່ອຊອກຫາ…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>ເອົາອອກ</translation>
        </message>
        <message>
            <source>S&amp;can:</source>
            <translation>ສະແກນ:</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>ຊອກຫາ:</translation>
        </message>
        <message>
            <source>{tag}: no item with this asset tag is in the register.</source>
            <translation type="unfinished">{tag}: ບໍ່ມີອຸປະກອນທີ່ມີລະຫັດຊັບສິນນີ້ໃນທະບຽນ.</translation>
        </message>
        <message>
            <source>{tag} is already on this list.</source>
            <translation type="unfinished">{tag} ມີໃນລາຍການນີ້ແລ້ວ.</translation>
        </message>
        <message>
            <source>Added {tag}: {description}</source>
            <translation type="unfinished">ເພີ່ມ {tag} ແລ້ວ: {description}</translation>
        </message>
        <message>
            <source>No item that can go on this return matches “{text}”.</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນທີ່ສົ່ງຄືນໄດ້ ທີ່ກົງກັບ “{text}”.</translation>
        </message>
        <message>
            <source>No item that can go on this transfer matches “{text}”.</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນທີ່ໂອນໄດ້ ທີ່ກົງກັບ “{text}”.</translation>
        </message>
        <message>
            <source>No item that can go on this handover matches “{text}”.</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນທີ່ມອບໄດ້ ທີ່ກົງກັບ “{text}”.</translation>
        </message>
        <message>
            <source>Find by asset tag, serial or description…</source>
            <translation type="unfinished">ຊອກຫາດ້ວຍລະຫັດຊັບສິນ, ເລກໝາຍເຄື່ອງ ຫຼື ລາຍການ…</translation>
        </message>
        <message>
            <source>Find is unavailable ({problem}); use Scan</source>
            <translation type="unfinished">ໃຊ້ການຊອກຫາບໍ່ໄດ້ ({problem}); ໃຫ້ໃຊ້ ສະແກນ</translation>
        </message>
        <message>
            <source>Removed ({count}):</source>
            <translation type="unfinished">ເອົາອອກແລ້ວ ({count}):</translation>
        </message>
    </context>
    <context>
        <name>HandoverKind</name>
        <message>
            <source>Handover</source>
            <translation>ການມອບ</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>ການສົ່ງຄືນ</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>ການໂອນ</translation>
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
            <translation>ເລກໝາຍເຄື່ອງ / ເລກລັອດ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Available</source>
            <translation type="unfinished">ຍັງເຫຼືອ</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit value</source>
            <translation>ມູນຄ່າຕໍ່ໜ່ວຍ</translation>
        </message>
        <message>
            <source>Line value</source>
            <translation>ມູນຄ່າລວມ</translation>
        </message>
        <message>
            <source>Hand over {least} to {most} {unit}; the rest stays in the lot.</source>
            <translation type="unfinished">ມອບໄດ້ {least} ຫາ {most} {unit}; ສ່ວນທີ່ເຫຼືອຍັງຢູ່ໃນລັອດ.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · total value {total}</source>
            <translation>
                <numerusform>%n ລາຍການ · ມູນຄ່າລວມ {total}</numerusform>
                <numerusform>%n ລາຍການ · ມູນຄ່າລວມ {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverStatus</name>
        <message>
            <source>Issued</source>
            <translation>ອອກແລ້ວ</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>ໂມຄະ</translation>
        </message>
    </context>
    <context>
        <name>Handovers</name>
        <message>
            <source>attachments need a register stored in a file</source>
            <translation type="unfinished">ໄຟລ໌ແນບຕ້ອງໃຊ້ທະບຽນທີ່ເກັບໄວ້ໃນໄຟລ໌</translation>
        </message>
        <message>
            <source>INL (donor stock)</source>
            <translation>INL (ສາງຜູ້ບໍລິຈາກ)</translation>
        </message>
        <message>
            <source>no receipt numbered {number}</source>
            <translation type="unfinished">ບໍ່ມີໃບມອບ-ຮັບເລກທີ {number}</translation>
        </message>
        <message>
            <source>{tag} is lost and cannot be handed over</source>
            <translation type="unfinished">{tag} ສູນຫາຍ ແລະ ບໍ່ສາມາດມອບໄດ້</translation>
        </message>
        <message>
            <source>{tag} is stolen and cannot be handed over</source>
            <translation type="unfinished">{tag} ຖືກລັກ ແລະ ບໍ່ສາມາດມອບໄດ້</translation>
        </message>
        <message>
            <source>{tag} is disposed and cannot be handed over</source>
            <translation type="unfinished">{tag} ຖືກຈຳໜ່າຍແລ້ວ ແລະ ບໍ່ສາມາດມອບໄດ້</translation>
        </message>
        <message>
            <source>{tag} is {status} and cannot be handed over</source>
            <translation type="unfinished">{tag} ມີສະຖານະ {status} ແລະ ບໍ່ສາມາດມອບໄດ້</translation>
        </message>
        <message>
            <source>{tag} is already with another unit</source>
            <translation type="unfinished">{tag} ຢູ່ກັບໜ່ວຍງານອື່ນແລ້ວ</translation>
        </message>
        <message>
            <source>{tag} is already with {holder}</source>
            <translation type="unfinished">{tag} ຢູ່ກັບ {holder} ແລ້ວ</translation>
        </message>
        <message>
            <source>{tag} is in repair</source>
            <translation type="unfinished">{tag} ກຳລັງສ້ອມແປງ</translation>
        </message>
        <message>
            <source>{tag} is not held by the unit it would come from</source>
            <translation type="unfinished">{tag} ບໍ່ໄດ້ຢູ່ໃນຄວາມຄອບຄອງຂອງໜ່ວຍງານທີ່ມັນຈະມາຈາກ</translation>
        </message>
        <message>
            <source>{tag}: quantity must be 1 to {most}</source>
            <translation type="unfinished">{tag}: ຈຳນວນຕ້ອງແມ່ນ 1 ຫາ {most}</translation>
        </message>
        <message>
            <source>{tag} was acquired on {acquired}, after the handover date</source>
            <translation type="unfinished">{tag} ໄດ້ມາເມື່ອວັນທີ {acquired} ເຊິ່ງຫຼັງວັນທີມອບ</translation>
        </message>
        <message>
            <source>Say why this receipt is void.</source>
            <translation type="unfinished">ໃຫ້ບອກເຫດຜົນທີ່ໃບມອບ-ຮັບນີ້ເປັນໂມຄະ.</translation>
        </message>
        <message>
            <source>{number} is already void.</source>
            <translation type="unfinished">{number} ເປັນໂມຄະແລ້ວ.</translation>
        </message>
        <message>
            <source>{tag} has since moved on receipt {later}; void that one first.</source>
            <translation type="unfinished">ຫຼັງຈາກນັ້ນ {tag} ໄດ້ຍ້າຍດ້ວຍໃບມອບ-ຮັບ {later}; ໃຫ້ປະກາດໂມຄະໃບນັ້ນກ່ອນ.</translation>
        </message>
        <message>
            <source>{tag} has changed since this receipt (it is now {status}); correct the item itself instead of voiding the receipt.</source>
            <translation type="unfinished">{tag} ໄດ້ປ່ຽນແປງຫຼັງໃບມອບ-ຮັບນີ້ (ປັດຈຸບັນມີສະຖານະ {status}); ໃຫ້ແກ້ໄຂຂໍ້ມູນອຸປະກອນໂດຍກົງ ແທນການປະກາດໂມຄະໃບມອບ-ຮັບ.</translation>
        </message>
        <message>
            <source>That person no longer exists.</source>
            <translation type="unfinished">ບຸກຄົນນັ້ນບໍ່ມີອີກແລ້ວ.</translation>
        </message>
        <message>
            <source>Choose handover, return or transfer.</source>
            <translation type="unfinished">ເລືອກ ການມອບ, ການສົ່ງຄືນ ຫຼື ການໂອນ.</translation>
        </message>
        <message>
            <source>Choose the receiving unit.</source>
            <translation>ເລືອກໜ່ວຍງານຜູ້ຮັບ.</translation>
        </message>
        <message>
            <source>Choose the unit the items come from.</source>
            <translation type="unfinished">ເລືອກໜ່ວຍງານທີ່ອຸປະກອນມາຈາກ.</translation>
        </message>
        <message>
            <source>Choose where the equipment goes ({unit} has no main location yet).</source>
            <translation type="unfinished">ເລືອກສະຖານທີ່ທີ່ອຸປະກອນຈະໄປ ({unit} ຍັງບໍ່ມີສະຖານທີ່ຫຼັກ).</translation>
        </message>
        <message>
            <source>A transfer goes to a different unit.</source>
            <translation type="unfinished">ການໂອນຕ້ອງໄປຫາໜ່ວຍງານອື່ນ.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>ວັນທີບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>Name the officer who receives the items.</source>
            <translation type="unfinished">ລະບຸຊື່ເຈົ້າໜ້າທີ່ຜູ້ຮັບອຸປະກອນ.</translation>
        </message>
        <message>
            <source>Name the officer who hands the items over.</source>
            <translation type="unfinished">ລະບຸຊື່ເຈົ້າໜ້າທີ່ຜູ້ມອບອຸປະກອນ.</translation>
        </message>
        <message>
            <source>Add at least one item.</source>
            <translation>ເພີ່ມອຸປະກອນຢ່າງໜ້ອຍໜຶ່ງລາຍການ.</translation>
        </message>
        <message>
            <source>An item is on the list twice.</source>
            <translation type="unfinished">ມີອຸປະກອນຊ້ຳກັນສອງເທື່ອໃນລາຍການ.</translation>
        </message>
        <message>
            <source>item {id} does not exist</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນ {id}</translation>
        </message>
        <message>
            <source>Voided by {name} on {time} (local time)</source>
            <translation type="unfinished">ປະກາດໂມຄະໂດຍ {name} ເມື່ອ {time} (ເວລາທ້ອງຖິ່ນ)</translation>
        </message>
        <message>
            <source>Voided by {name}</source>
            <translation type="unfinished">ປະກາດໂມຄະໂດຍ {name}</translation>
        </message>
        <message>
            <source>Voided on {time} (local time)</source>
            <translation type="unfinished">ປະກາດໂມຄະເມື່ອ {time} (ເວລາທ້ອງຖິ່ນ)</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n byte</numerusform>
            </translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… ແລະ ອີກ {count} ລາຍການ</translation>
        </message>
    </context>
    <context>
        <name>HandoversFeature</name>
        <message>
            <source>&amp;Hand over selected…</source>
            <translation type="unfinished">ມອບອຸປະກອນທີ່ເລືອກ…</translation>
        </message>
        <message>
            <source>Hand the selected items over to a unit, with a bilingual receipt</source>
            <translation type="unfinished">ມອບອຸປະກອນທີ່ເລືອກໃຫ້ໜ່ວຍງານ ພ້ອມໃບມອບ-ຮັບສອງພາສາ</translation>
        </message>
        <message>
            <source>Hand&amp;overs…</source>
            <translation type="unfinished">ການມອບ…</translation>
        </message>
        <message>
            <source>All handovers, returns and transfers, with their receipts</source>
            <translation type="unfinished">ການມອບ, ການສົ່ງຄືນ ແລະ ການໂອນທັງໝົດ ພ້ອມໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>&amp;Verify a receipt…</source>
            <translation type="unfinished">ກວດສອບໃບມອບ-ຮັບ…</translation>
        </message>
        <message>
            <source>Check a printed receipt's QR code against the register</source>
            <translation type="unfinished">ກວດສອບລະຫັດ QR ຂອງໃບມອບ-ຮັບທີ່ພິມອອກ ທຽບກັບທະບຽນ</translation>
        </message>
        <message>
            <source>Receipt {number} issued</source>
            <translation type="unfinished">ອອກໃບມອບ-ຮັບ {number} ແລ້ວ</translation>
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
            <translation type="unfinished">ຍັງບໍ່ມີ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>ເລກທີ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ຈາກ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ເຖິງ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>ມູນຄ່າລວມ</translation>
        </message>
        <message>
            <source>Signed copy</source>
            <translation type="unfinished">ສະບັບທີ່ເຊັນແລ້ວ</translation>
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
            <translation type="unfinished">ການມອບ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Export list…</source>
            <translation type="unfinished">ສົ່ງອອກລາຍການ…</translation>
        </message>
        <message>
            <source>Search number, unit, officer or asset tag…</source>
            <translation type="unfinished">ຄົ້ນຫາເລກທີ, ໜ່ວຍງານ, ເຈົ້າໜ້າທີ່ ຫຼື ລະຫັດຊັບສິນ…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>ທຸກປະເພດ</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>ທຸກສະຖານະ</translation>
        </message>
        <message>
            <source>Missing signed copy</source>
            <translation type="unfinished">ຂາດສະບັບທີ່ເຊັນແລ້ວ</translation>
        </message>
        <message>
            <source>New handover…</source>
            <translation type="unfinished">ການມອບໃໝ່…</translation>
        </message>
        <message>
            <source>New return…</source>
            <translation type="unfinished">ການສົ່ງຄືນໃໝ່…</translation>
        </message>
        <message>
            <source>New transfer…</source>
            <translation type="unfinished">ການໂອນໃໝ່…</translation>
        </message>
        <message numerus="yes">
            <source>%n handover(s)</source>
            <translation>
                <numerusform>ການມອບ %n ຄັ້ງ</numerusform>
                <numerusform>ການມອບ %n ຄັ້ງ</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed copy of {number}</source>
            <translation type="unfinished">ສະບັບທີ່ເຊັນແລ້ວຂອງ {number}</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
            <translation type="unfinished">ໄຟລ໌ສະແກນ ແລະ ຮູບຖ່າຍ (*.pdf *.jpg *.jpeg *.png);;ທຸກໄຟລ໌ (*)</translation>
        </message>
        <message>
            <source>Cannot attach this file</source>
            <translation>ບໍ່ສາມາດແນບໄຟລ໌ນີ້</translation>
        </message>
        <message>
            <source>No viewer</source>
            <translation type="unfinished">ບໍ່ມີໂປຣແກຣມເປີດເບິ່ງ</translation>
        </message>
        <message>
            <source>No program opened the file. It is at {path}.</source>
            <translation type="unfinished">ບໍ່ມີໂປຣແກຣມໃດເປີດໄຟລ໌. ໄຟລ໌ຢູ່ທີ່ {path}.</translation>
        </message>
    </context>
    <context>
        <name>HelpFeature</name>
        <message>
            <source>Show &amp;log folder</source>
            <translation type="unfinished">ສະແດງໂຟນເດີ log</translation>
        </message>
        <message>
            <source>Open the folder of the app's log files</source>
            <translation type="unfinished">ເປີດໂຟນເດີໄຟລ໌ log ຂອງແອັບ</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>ກ່ຽວກັບ</translation>
        </message>
        <message>
            <source>About INL Equipment Tracker</source>
            <translation>ກ່ຽວກັບ INL Equipment Tracker</translation>
        </message>
        <message>
            <source>INL Equipment Tracker {version}

Register of donated equipment: purchase, handover, end-use checks and disposal.</source>
            <translation type="unfinished">INL Equipment Tracker {version}

ທະບຽນອຸປະກອນທີ່ໄດ້ຮັບການບໍລິຈາກ: ການຈັດຊື້, ການມອບ, ການກວດກາການນຳໃຊ້ ແລະ ການຈຳໜ່າຍຊັບສິນ.</translation>
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
            <translation>ຍີ່ຫໍ້</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>ລຸ້ນ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">ລາຍການ</translation>
        </message>
        <message>
            <source>Description (Lao)</source>
            <translation>ລາຍລະອຽດ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ຫົວໜ່ວຍ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished">ເລກລັອດ</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation>ວັນໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Unit value</source>
            <translation>ມູນຄ່າຕໍ່ໜ່ວຍ</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished">ຜູ້ຖືກຳມະສິດ</translation>
        </message>
        <message>
            <source>Federal share</source>
            <translation type="unfinished">ສ່ວນແບ່ງລັດຖະບານກາງ</translation>
        </message>
        <message>
            <source>Acquired</source>
            <translation type="unfinished">ວັນທີໄດ້ມາ</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished">ຜູ້ສະໜອງ</translation>
        </message>
        <message>
            <source>PO number</source>
            <translation>ເລກທີໃບສັ່ງຊື້</translation>
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
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Disposed on</source>
            <translation>ວັນທີຈຳໜ່າຍ</translation>
        </message>
        <message>
            <source>Disposal method</source>
            <translation>ວິທີການຈຳໜ່າຍ</translation>
        </message>
        <message>
            <source>Sale price</source>
            <translation>ລາຄາຂາຍ</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>ໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">ແຫຼ່ງທີ່ມາ</translation>
        </message>
        <message>
            <source>Split from</source>
            <translation type="unfinished">ແຍກອອກຈາກ</translation>
        </message>
        <message>
            <source>Into</source>
            <translation type="unfinished">ເຂົ້າໃນ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ຈາກ</translation>
        </message>
        <message>
            <source>Site check</source>
            <translation type="unfinished">ການກວດກາສະຖານທີ່</translation>
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished">ຜົນການກວດກາ</translation>
        </message>
        <message>
            <source>Found away from its registered place</source>
            <translation type="unfinished">ພົບເຫັນຢູ່ນອກສະຖານທີ່ທີ່ລົງທະບຽນໄວ້</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">ເຫດການ</translation>
        </message>
        <message>
            <source>Disposal</source>
            <translation>ການຈຳໜ່າຍຊັບສິນ</translation>
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished">ວິທີການ</translation>
        </message>
        <message>
            <source>Quantity used</source>
            <translation>ຈຳນວນທີ່ໃຊ້</translation>
        </message>
        <message>
            <source>Used on</source>
            <translation>ວັນທີໃຊ້</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>ເອກະສານອ້າງອີງ</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished">ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>Handed over before this register</source>
            <translation type="unfinished">ມອບກ່ອນເລີ່ມໃຊ້ທະບຽນນີ້</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <translation type="unfinished">ຄ່າກວດສອບ (SHA-256)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished">ເພີ່ມເຂົ້າ</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>ແກ້ໄຂ</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>ປ່ຽນສະຖານະ</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished">ຕັດອອກຈາກທະບຽນ</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation type="unfinished">ມອບ</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished">ສົ່ງຄືນ</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation type="unfinished">ໂອນ</translation>
        </message>
        <message>
            <source>Receipt voided</source>
            <translation type="unfinished">ໃບມອບ-ຮັບຖືກປະກາດໂມຄະ</translation>
        </message>
        <message>
            <source>Lot split</source>
            <translation type="unfinished">ແຍກລັອດ</translation>
        </message>
        <message>
            <source>Lot merged back</source>
            <translation type="unfinished">ລວມລັອດຄືນ</translation>
        </message>
        <message>
            <source>End-use check</source>
            <translation type="unfinished">ການກວດກາການນຳໃຊ້</translation>
        </message>
        <message>
            <source>Incident opened</source>
            <translation type="unfinished">ໄດ້ເປີດເຫດການ</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation type="unfinished">ໄດ້ຄືນ</translation>
        </message>
        <message>
            <source>Disposed of</source>
            <translation type="unfinished">ຈຳໜ່າຍ</translation>
        </message>
        <message>
            <source>Photo added</source>
            <translation>ເພີ່ມຮູບ</translation>
        </message>
        <message>
            <source>Used or distributed</source>
            <translation>ໃຊ້ ຫຼື ແຈກຢາຍ</translation>
        </message>
        <message>
            <source>donor stock</source>
            <translation>ສາງຜູ້ບໍລິຈາກ</translation>
        </message>
        <message>
            <source>#{id} (removed)</source>
            <translation>#{id} (ຖືກລຶບແລ້ວ)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ແມ່ນ</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>{count} row(s) with errors: fix the file, or choose to import only the valid rows.</source>
            <translation>
                <numerusform>ມີ {count} ແຖວທີ່ມີຂໍ້ຜິດພາດ: ໃຫ້ແກ້ໄຂໄຟລ໌ ຫຼື ເລືອກນຳເຂົ້າສະເພາະແຖວທີ່ຖືກຕ້ອງ.</numerusform>
                <numerusform>ມີ {count} ແຖວທີ່ມີຂໍ້ຜິດພາດ: ໃຫ້ແກ້ໄຂໄຟລ໌ ຫຼື ເລືອກນຳເຂົ້າສະເພາະແຖວທີ່ຖືກຕ້ອງ.</numerusform>
            </translation>
        </message>
        <message>
            <source>'{name}' matched to existing category '{existing}'.</source>
            <translation type="unfinished">'{name}' ຖືກຈັບຄູ່ກັບປະເພດທີ່ມີຢູ່ແລ້ວ '{existing}'.</translation>
        </message>
        <message>
            <source>'{name}' matched to existing agency '{existing}'.</source>
            <translation type="unfinished">'{name}' ຖືກຈັບຄູ່ກັບອົງການທີ່ມີຢູ່ແລ້ວ '{existing}'.</translation>
        </message>
        <message>
            <source>'{name}' matched to existing location '{existing}'.</source>
            <translation type="unfinished">'{name}' ຖືກຈັບຄູ່ກັບສະຖານທີ່ທີ່ມີຢູ່ແລ້ວ '{existing}'.</translation>
        </message>
        <message>
            <source>'{name}' matched to existing funding source '{existing}'.</source>
            <translation type="unfinished">'{name}' ຖືກຈັບຄູ່ກັບແຫຼ່ງທຶນທີ່ມີຢູ່ແລ້ວ '{existing}'.</translation>
        </message>
        <message>
            <source>Unknown category '{name}' (new records are not created).</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກປະເພດ '{name}' (ບໍ່ສ້າງບັນທຶກໃໝ່).</translation>
        </message>
        <message>
            <source>Unknown agency '{name}' (new records are not created).</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກອົງການ '{name}' (ບໍ່ສ້າງບັນທຶກໃໝ່).</translation>
        </message>
        <message>
            <source>Unknown location '{name}' (new records are not created).</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກສະຖານທີ່ '{name}' (ບໍ່ສ້າງບັນທຶກໃໝ່).</translation>
        </message>
        <message>
            <source>Unknown funding source '{name}' (new records are not created).</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກແຫຼ່ງທຶນ '{name}' (ບໍ່ສ້າງບັນທຶກໃໝ່).</translation>
        </message>
        <message>
            <source>New category '{name}' will be created.</source>
            <translation type="unfinished">ຈະສ້າງປະເພດໃໝ່ '{name}'.</translation>
        </message>
        <message>
            <source>New agency '{name}' will be created.</source>
            <translation type="unfinished">ຈະສ້າງອົງການໃໝ່ '{name}'.</translation>
        </message>
        <message>
            <source>New location '{name}' will be created in {province}.</source>
            <translation type="unfinished">ຈະສ້າງສະຖານທີ່ໃໝ່ '{name}' ໃນ {province}.</translation>
        </message>
        <message>
            <source>New funding source '{name}' will be created.</source>
            <translation type="unfinished">ຈະສ້າງແຫຼ່ງທຶນໃໝ່ '{name}'.</translation>
        </message>
        <message>
            <source>New location '{name}' will be created in {province} (no province in its name; correct it later).</source>
            <translation type="unfinished">ຈະສ້າງສະຖານທີ່ໃໝ່ '{name}' ໃນ {province} (ຊື່ບໍ່ມີແຂວງ; ໃຫ້ແກ້ໄຂພາຍຫຼັງ).</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished">ບັນຫາ</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Warning: {message}</source>
            <translation>ຄຳເຕືອນ: {message}</translation>
        </message>
        <message>
            <source>Row {row}: {problems}</source>
            <translation>ແຖວ {row}: {problems}</translation>
        </message>
        <message>
            <source>{name} - rejected rows.csv</source>
            <translation type="unfinished">{name} - ແຖວທີ່ຖືກປະຕິເສດ.csv</translation>
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
            <source>Description (Lao)</source>
            <translation>ລາຍລະອຽດ (ພາສາລາວ)</translation>
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
            <translation>ຍີ່ຫໍ້</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>ລຸ້ນ</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ຫົວໜ່ວຍ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished">ເລກລັອດ</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation>ວັນໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished">ຜູ້ຖືກຳມະສິດ</translation>
        </message>
        <message>
            <source>Federal share %</source>
            <translation type="unfinished">ສ່ວນແບ່ງລັດຖະບານກາງ %</translation>
        </message>
        <message>
            <source>Acquisition date</source>
            <translation type="unfinished">ວັນທີໄດ້ມາ</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished">ຜູ້ສະໜອງ</translation>
        </message>
        <message>
            <source>PO number</source>
            <translation>ເລກທີໃບສັ່ງຊື້</translation>
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
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Excel showed this {what} as {value}: the true {what} is lost; type it from the item or the original document.</source>
            <translation type="unfinished">Excel ສະແດງ{what}ນີ້ເປັນ {value}: {what}ທີ່ແທ້ຈິງໄດ້ສູນເສຍໄປແລ້ວ; ໃຫ້ພິມຄືນຈາກອຸປະກອນ ຫຼື ເອກະສານຕົ້ນສະບັບ.</translation>
        </message>
        <message>
            <source>Unknown status '{text}'; imported as In stock.</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກສະຖານະ '{text}'; ນຳເຂົ້າເປັນ ຢູ່ໃນສາງ.</translation>
        </message>
        <message>
            <source>Unknown condition '{text}'; imported as New.</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກສະພາບ '{text}'; ນຳເຂົ້າເປັນ ໃໝ່.</translation>
        </message>
        <message>
            <source>{name} cannot be read again ({reason}).</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານ {name} ຄືນໄດ້ ({reason}).</translation>
        </message>
        <message numerus="yes">
            <source>{count} asset tag(s) are already in the register; with 'stop on duplicates' nothing is imported.</source>
            <translation>
                <numerusform>ມີລະຫັດຊັບສິນ {count} ລາຍການຢູ່ໃນທະບຽນແລ້ວ; ເມື່ອເລືອກ 'ຢຸດເມື່ອພົບລາຍການຊ້ຳ' ຈະບໍ່ນຳເຂົ້າຫຍັງເລີຍ.</numerusform>
                <numerusform>ມີລະຫັດຊັບສິນ {count} ລາຍການຢູ່ໃນທະບຽນແລ້ວ; ເມື່ອເລືອກ 'ຢຸດເມື່ອພົບລາຍການຊ້ຳ' ຈະບໍ່ນຳເຂົ້າຫຍັງເລີຍ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Asset tag {tag} is already on row {row} of this file.</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ {tag} ມີຢູ່ແລ້ວໃນແຖວ {row} ຂອງໄຟລ໌ນີ້.</translation>
        </message>
        <message>
            <source>{count} columns are mapped to {field}; keep one.</source>
            <translation type="unfinished">ມີ {count} ຖັນ ທີ່ຈັບຄູ່ກັບ {field}; ໃຫ້ເກັບໄວ້ພຽງຖັນດຽວ.</translation>
        </message>
        <message>
            <source>No column is mapped to {field}, which is required.</source>
            <translation type="unfinished">ບໍ່ມີຖັນໃດຈັບຄູ່ກັບ {field} ເຊິ່ງເປັນຂໍ້ມູນທີ່ຈຳເປັນ.</translation>
        </message>
        <message>
            <source>{name} has a header but no rows.</source>
            <translation type="unfinished">{name} ມີແຖວຫົວຂໍ້ ແຕ່ບໍ່ມີແຖວຂໍ້ມູນ.</translation>
        </message>
        <message>
            <source>Nothing in the imported columns; the row is left out.</source>
            <translation type="unfinished">ບໍ່ມີຂໍ້ມູນໃນຖັນທີ່ນຳເຂົ້າ; ຂ້າມແຖວນີ້.</translation>
        </message>
        <message>
            <source>Already in the register; the row is skipped.</source>
            <translation type="unfinished">ມີຢູ່ໃນທະບຽນແລ້ວ; ຂ້າມແຖວນີ້.</translation>
        </message>
        <message>
            <source>This asset tag is already in the register.</source>
            <translation type="unfinished">ລະຫັດຊັບສິນນີ້ມີຢູ່ໃນທະບຽນແລ້ວ.</translation>
        </message>
        <message>
            <source>No category: filed under '{category}'.</source>
            <translation type="unfinished">ບໍ່ມີປະເພດ: ຈັດເຂົ້າໃນ '{category}'.</translation>
        </message>
        <message>
            <source>Held by the unit named: recorded as handed over before this register.</source>
            <translation type="unfinished">ໜ່ວຍງານທີ່ລະບຸເປັນຜູ້ຄອບຄອງ: ບັນທຶກວ່າ ມອບກ່ອນເລີ່ມໃຊ້ທະບຽນນີ້.</translation>
        </message>
        <message>
            <source>Recorded as {status}; the file gives no disposal date or method.</source>
            <translation type="unfinished">ບັນທຶກເປັນ {status}; ໄຟລ໌ບໍ່ໄດ້ລະບຸວັນທີ ຫຼື ວິທີການຈຳໜ່າຍ.</translation>
        </message>
        <message>
            <source>Holder, location and handed-over status are kept: they change only with a receipt.</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ, ສະຖານທີ່ ແລະ ສະຖານະ ມອບແລ້ວ ຍັງຄືເດີມ: ມັນປ່ຽນໄດ້ສະເພາະດ້ວຍໃບມອບ-ຮັບ.</translation>
        </message>
        <message numerus="yes">
            <source>{count} byte(s)</source>
            <translation>
                <numerusform>{count} byte</numerusform>
                <numerusform>{count} byte</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is not text but an Excel workbook: rename it to .xlsx.</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນໄຟລ໌ຂໍ້ຄວາມ ແຕ່ເປັນໄຟລ໌ Excel: ໃຫ້ປ່ຽນຊື່ເປັນ .xlsx.</translation>
        </message>
        <message>
            <source>{name} is an old Excel .xls workbook: save it as .xlsx or CSV.</source>
            <translation type="unfinished">{name} ເປັນໄຟລ໌ Excel .xls ແບບເກົ່າ: ໃຫ້ບັນທຶກເປັນ .xlsx ຫຼື CSV.</translation>
        </message>
        <message>
            <source>{name} is an old Excel 97-2003 file: open it in Excel, save as .xlsx.</source>
            <translation type="unfinished">{name} ເປັນໄຟລ໌ Excel 97-2003 ແບບເກົ່າ: ໃຫ້ເປີດໃນ Excel ແລ້ວບັນທຶກເປັນ .xlsx.</translation>
        </message>
        <message>
            <source>{name}: 'no extension' files cannot be imported; use .xlsx or .csv.</source>
            <translation type="unfinished">{name}: ບໍ່ສາມາດນຳເຂົ້າໄຟລ໌ທີ່ 'ບໍ່ມີນາມສະກຸນ'; ໃຫ້ໃຊ້ .xlsx ຫຼື .csv.</translation>
        </message>
        <message>
            <source>{name}: '{suffix}' files cannot be imported; use .xlsx or .csv.</source>
            <translation type="unfinished">{name}: ບໍ່ສາມາດນຳເຂົ້າໄຟລ໌ '{suffix}'; ໃຫ້ໃຊ້ .xlsx ຫຼື .csv.</translation>
        </message>
        <message>
            <source>{name} is not a file.</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນໄຟລ໌.</translation>
        </message>
        <message>
            <source>{name} was not found.</source>
            <translation type="unfinished">ບໍ່ພົບ {name}.</translation>
        </message>
        <message>
            <source>{name} cannot be opened: close it in Excel and try again.</source>
            <translation type="unfinished">ບໍ່ສາມາດເປີດ {name}: ໃຫ້ປິດໄຟລ໌ໃນ Excel ແລ້ວລອງໃໝ່.</translation>
        </message>
        <message>
            <source>{name} cannot be opened ({reason}).</source>
            <translation type="unfinished">ບໍ່ສາມາດເປີດ {name} ({reason}).</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation type="unfinished">{name} ຫວ່າງເປົ່າ.</translation>
        </message>
        <message>
            <source>{name} is too large ({size}; the limit is {limit}).</source>
            <translation type="unfinished">{name} ໃຫຍ່ເກີນໄປ ({size}; ຂີດຈຳກັດແມ່ນ {limit}).</translation>
        </message>
        <message>
            <source>{name} is not a text file (it contains binary data).</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນໄຟລ໌ຂໍ້ຄວາມ (ມີຂໍ້ມູນແບບ binary).</translation>
        </message>
        <message>
            <source>{name}, row {row}: a cell is far too long; a quote (") is probably never closed.</source>
            <translation type="unfinished">{name}, ແຖວ {row}: ມີເຊວໜຶ່ງຍາວເກີນໄປຫຼາຍ; ອາດມີເຄື່ອງໝາຍວົງຢືມ (") ທີ່ບໍ່ໄດ້ປິດ.</translation>
        </message>
        <message>
            <source>{name}, row {row}: the CSV is malformed ({reason}).</source>
            <translation type="unfinished">{name}, ແຖວ {row}: CSV ມີຮູບແບບບໍ່ຖືກຕ້ອງ ({reason}).</translation>
        </message>
        <message>
            <source>{name} has no data: it holds only blank rows.</source>
            <translation type="unfinished">{name} ບໍ່ມີຂໍ້ມູນ: ມີແຕ່ແຖວຫວ່າງ.</translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n title row(s) above the header (row {row}).</source>
            <translation>
                <numerusform>ຂ້າມແຖວຫົວເລື່ອງ %n ແຖວ ທີ່ຢູ່ເທິງແຖວຫົວຂໍ້ (ແຖວ {row}).</numerusform>
                <numerusform>ຂ້າມແຖວຫົວເລື່ອງ %n ແຖວ ທີ່ຢູ່ເທິງແຖວຫົວຂໍ້ (ແຖວ {row}).</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, row {row}: a cell is over {limit} characters; a quote (") is probably never closed.</source>
            <translation type="unfinished">{name}, ແຖວ {row}: ມີເຊວໜຶ່ງເກີນ {limit} ຕົວອັກສອນ; ອາດມີເຄື່ອງໝາຍວົງຢືມ (") ທີ່ບໍ່ໄດ້ປິດ.</translation>
        </message>
        <message>
            <source>{name}, row {row}: a cell is over {limit} characters.</source>
            <translation type="unfinished">{name}, ແຖວ {row}: ມີເຊວໜຶ່ງເກີນ {limit} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>{name} has more than {limit} rows; split it into parts.</source>
            <translation type="unfinished">{name} ມີຫຼາຍກວ່າ {limit} ແຖວ; ໃຫ້ແບ່ງອອກເປັນຫຼາຍສ່ວນ.</translation>
        </message>
        <message>
            <source>{name} is too large: {columns} columns by {rows} rows.</source>
            <translation type="unfinished">{name} ໃຫຍ່ເກີນໄປ: {columns} ຖັນ ຄູນ {rows} ແຖວ.</translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) have cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</source>
            <translation>
                <numerusform>ມີ {count} ແຖວ ທີ່ມີເຊວຢູ່ທາງຂວາຂອງຖັນສຸດທ້າຍທີ່ມີຫົວຂໍ້ (ແຖວ {rows}); ເກັບໄວ້ພາຍໃຕ້ຫົວຂໍ້ 'ຖັນ N'.</numerusform>
                <numerusform>ມີ {count} ແຖວ ທີ່ມີເຊວຢູ່ທາງຂວາຂອງຖັນສຸດທ້າຍທີ່ມີຫົວຂໍ້ (ແຖວ {rows}); ເກັບໄວ້ພາຍໃຕ້ຫົວຂໍ້ 'ຖັນ N'.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repaired {count} cell(s) garbled by an earlier conversion ('Ã©' for 'é').</source>
            <translation>
                <numerusform>ໄດ້ສ້ອມແຊມ {count} ເຊວ ທີ່ຕົວອັກສອນເພ້ຍຈາກການແປງຮູບແບບກ່ອນໜ້ານີ້ ('Ã©' ແທນ 'é').</numerusform>
                <numerusform>ໄດ້ສ້ອມແຊມ {count} ເຊວ ທີ່ຕົວອັກສອນເພ້ຍຈາກການແປງຮູບແບບກ່ອນໜ້ານີ້ ('Ã©' ແທນ 'é').</numerusform>
            </translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation type="unfinished">ຖັນ {number}</translation>
        </message>
        <message>
            <source>Windows-1252 (Western)</source>
            <translation type="unfinished">Windows-1252 (ພາສາຕາເວັນຕົກ)</translation>
        </message>
        <message>
            <source>Mac Roman (old Mac Excel)</source>
            <translation type="unfinished">Mac Roman (Excel ຂອງ Mac ລຸ້ນເກົ່າ)</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 and was read as {encoding}; if letters look wrong, save it as 'CSV UTF-8' and import again.</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນ UTF-8 ແລະ ຖືກອ່ານເປັນ {encoding}; ຖ້າຕົວອັກສອນເບິ່ງຜິດ ໃຫ້ບັນທຶກເປັນ 'CSV UTF-8' ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>Some characters could not be read; they show as '{mark}'.</source>
            <translation type="unfinished">ມີບາງຕົວອັກສອນທີ່ອ່ານບໍ່ໄດ້; ສະແດງເປັນ '{mark}'.</translation>
        </message>
        <message>
            <source>Excel files cannot be read safely: the defusedxml package is missing.</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານໄຟລ໌ Excel ໄດ້ຢ່າງປອດໄພ: ຂາດແພັກເກດ defusedxml.</translation>
        </message>
        <message>
            <source>{name} is an Excel 97-2003 or password-protected file: save it as .xlsx.</source>
            <translation type="unfinished">{name} ເປັນໄຟລ໌ Excel 97-2003 ຫຼື ໄຟລ໌ທີ່ມີລະຫັດຜ່ານ: ໃຫ້ບັນທຶກເປັນ .xlsx.</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນໄຟລ໌ Excel ທີ່ອ່ານໄດ້ ({reason}).</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read ({reason}).</source>
            <translation type="unfinished">{name} ເສຍຫາຍ ແລະ ອ່ານບໍ່ໄດ້ ({reason}).</translation>
        </message>
        <message>
            <source>{name} has no sheet named '{sheet}'.</source>
            <translation type="unfinished">{name} ບໍ່ມີແຜ່ນງານຊື່ '{sheet}'.</translation>
        </message>
        <message>
            <source>Sheet '{sheet}' is empty and was passed over.</source>
            <translation type="unfinished">ແຜ່ນງານ '{sheet}' ຫວ່າງເປົ່າ ແລະ ຖືກຂ້າມໄປ.</translation>
        </message>
        <message>
            <source>Read sheet '{sheet}'; not read: {others}.</source>
            <translation type="unfinished">ອ່ານແຜ່ນງານ '{sheet}'; ບໍ່ໄດ້ອ່ານ: {others}.</translation>
        </message>
        <message>
            <source>{name} has no data: its sheets are empty.</source>
            <translation type="unfinished">{name} ບໍ່ມີຂໍ້ມູນ: ແຜ່ນງານທັງໝົດຫວ່າງເປົ່າ.</translation>
        </message>
        <message>
            <source>{name}, row {row}: more than {limit} columns.</source>
            <translation type="unfinished">{name}, ແຖວ {row}: ເກີນ {limit} ຖັນ.</translation>
        </message>
        <message>
            <source>{name} is not a valid Excel .xlsx workbook.</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນໄຟລ໌ Excel .xlsx ທີ່ຖືກຕ້ອງ.</translation>
        </message>
        <message>
            <source>{name} is a zip archive, not an Excel .xlsx workbook.</source>
            <translation type="unfinished">{name} ເປັນໄຟລ໌ zip ບໍ່ແມ່ນໄຟລ໌ Excel .xlsx.</translation>
        </message>
        <message>
            <source>{name} holds {count} parts; it is not a normal workbook.</source>
            <translation type="unfinished">{name} ມີ {count} ສ່ວນ; ບໍ່ແມ່ນໄຟລ໌ Excel ປົກກະຕິ.</translation>
        </message>
        <message>
            <source>{name} would unpack to {size} (limit {limit}).</source>
            <translation type="unfinished">{name} ຈະຂະຫຍາຍອອກເປັນ {size} (ຂີດຈຳກັດ {limit}).</translation>
        </message>
        <message>
            <source>{name} is encrypted.</source>
            <translation type="unfinished">{name} ຖືກເຂົ້າລະຫັດໄວ້.</translation>
        </message>
        <message>
            <source>{name} was refused: a part inflates {ratio} times (zip bomb).</source>
            <translation type="unfinished">{name} ຖືກປະຕິເສດ: ມີສ່ວນໜຶ່ງຂະຫຍາຍອອກ {ratio} ເທົ່າ (zip bomb).</translation>
        </message>
        <message>
            <source>{name} declares an invalid sheet size ('{size}').</source>
            <translation type="unfinished">{name} ລະບຸຂະໜາດແຜ່ນງານບໍ່ຖືກຕ້ອງ ('{size}').</translation>
        </message>
        <message>
            <source>{name} declares {columns} columns by {rows} rows; it is not a normal sheet.</source>
            <translation type="unfinished">{name} ລະບຸ {columns} ຖັນ ຄູນ {rows} ແຖວ; ບໍ່ແມ່ນແຜ່ນງານປົກກະຕິ.</translation>
        </message>
        <message>
            <source>The register changed since the preview; look at the preview again.</source>
            <translation type="unfinished">ທະບຽນໄດ້ປ່ຽນແປງຫຼັງຈາກສະແດງຕົວຢ່າງ; ໃຫ້ເບິ່ງຕົວຢ່າງອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>{name}, row {row}: the quote (") before '{start}' runs over {lines} lines and takes in the rows below it; a closing quote is probably missing. Close or remove it and import again.</source>
            <translation type="unfinished">{name}, ແຖວ {row}: ເຄື່ອງໝາຍວົງຢືມ (") ກ່ອນ '{start}' ກວມເອົາ {lines} ແຖວ ແລະ ລວມເອົາແຖວຂ້າງລຸ່ມເຂົ້າໄປ; ອາດຂາດເຄື່ອງໝາຍວົງຢືມປິດ. ໃຫ້ປິດ ຫຼື ລຶບມັນອອກ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>{name}, row {row}: the quote (") before '{start}' is never closed. Close or remove it and import again.</source>
            <translation type="unfinished">{name}, ແຖວ {row}: ເຄື່ອງໝາຍວົງຢືມ (") ກ່ອນ '{start}' ບໍ່ໄດ້ປິດ. ໃຫ້ປິດ ຫຼື ລຶບມັນອອກ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>{path} is the file being imported: writing there would overwrite it; choose another file name.</source>
            <translation type="unfinished">{path} ແມ່ນໄຟລ໌ທີ່ກຳລັງນຳເຂົ້າ: ການຂຽນໃສ່ບ່ອນນັ້ນຈະທັບມັນ; ໃຫ້ເລືອກຊື່ໄຟລ໌ອື່ນ.</translation>
        </message>
        <message>
            <source>{path} is the register's own file: writing there would destroy it; choose another file name.</source>
            <translation type="unfinished">{path} ແມ່ນໄຟລ໌ຂອງທະບຽນເອງ: ການຂຽນໃສ່ບ່ອນນັ້ນຈະທຳລາຍມັນ; ໃຫ້ເລືອກຊື່ໄຟລ໌ອື່ນ.</translation>
        </message>
        <message>
            <source>{name} was refused: its sheets hold more than {limit} cells; a register needs far fewer.</source>
            <translation type="unfinished">{name} ຖືກປະຕິເສດ: ແຜ່ນງານມີຫຼາຍກວ່າ {limit} ເຊວ; ທະບຽນໃຊ້ໜ້ອຍກວ່ານັ້ນຫຼາຍ.</translation>
        </message>
        <message>
            <source>{name} was refused: a sheet holds more than {limit} rows.</source>
            <translation type="unfinished">{name} ຖືກປະຕິເສດ: ມີແຜ່ນງານໜຶ່ງມີຫຼາຍກວ່າ {limit} ແຖວ.</translation>
        </message>
        <message>
            <source>{name} was refused: it holds more than {limit} shared texts for {cells} cells; it is not a normal register workbook.</source>
            <translation type="unfinished">{name} ຖືກປະຕິເສດ: ມີຂໍ້ຄວາມທີ່ໃຊ້ຮ່ວມກັນຫຼາຍກວ່າ {limit} ລາຍການ ສຳລັບ {cells} ເຊວ; ບໍ່ແມ່ນໄຟລ໌ Excel ທະບຽນປົກກະຕິ.</translation>
        </message>
        <message>
            <source>{name} was refused: it holds more than {limit} characters of text.</source>
            <translation type="unfinished">{name} ຖືກປະຕິເສດ: ມີຂໍ້ຄວາມຫຼາຍກວ່າ {limit} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>{name} was refused: a cell holds more than {limit} characters.</source>
            <translation type="unfinished">{name} ຖືກປະຕິເສດ: ມີເຊວໜຶ່ງມີຫຼາຍກວ່າ {limit} ຕົວອັກສອນ.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {name}</source>
            <translation type="unfinished">ນຳເຂົ້າ {name}</translation>
        </message>
        <message>
            <source>‹ &amp;Back</source>
            <translation>‹ ກັບຄືນ</translation>
        </message>
        <message>
            <source>&amp;Next ›</source>
            <translation>ຕໍ່ໄປ ›</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>ກຳລັງອ່ານ {name}…</translation>
        </message>
        <message numerus="yes">
            <source>Checking {count} row(s) against the register…</source>
            <translation>
                <numerusform>ກຳລັງກວດສອບ {count} ແຖວ ທຽບກັບທະບຽນ…</numerusform>
                <numerusform>ກຳລັງກວດສອບ {count} ແຖວ ທຽບກັບທະບຽນ…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing {count} item(s)…</source>
            <translation>
                <numerusform>ກຳລັງນຳເຂົ້າ {count} ລາຍການ…</numerusform>
                <numerusform>ກຳລັງນຳເຂົ້າ {count} ລາຍການ…</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ນຳເຂົ້າ</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation type="unfinished">ຍົກເລີກການນຳເຂົ້າແລ້ວ: ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
        </message>
        <message>
            <source>The import failed and nothing was changed: {error}</source>
            <translation type="unfinished">ການນຳເຂົ້າບໍ່ສຳເລັດ ແລະ ບໍ່ມີຫຍັງປ່ຽນແປງ: {error}</translation>
        </message>
        <message>
            <source>The rows could not be checked: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດກວດສອບແຖວໄດ້: {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;br&gt;{reason}</source>
            <translation type="unfinished">&lt;b&gt;ບໍ່ສາມາດນຳເຂົ້າໄຟລ໌ນີ້.&lt;/b&gt;&lt;br&gt;{reason}</translation>
        </message>
        <message>
            <source>&lt;b&gt;This file cannot be read.&lt;/b&gt;&lt;br&gt;{reason}</source>
            <translation type="unfinished">&lt;b&gt;ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້.&lt;/b&gt;&lt;br&gt;{reason}</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ນຳເຂົ້າ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>The column mapping could not be saved: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດບັນທຶກການຈັບຄູ່ຖັນໄດ້: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportsFeature</name>
        <message>
            <source>&amp;Import…</source>
            <translation>ນຳເຂົ້າ…</translation>
        </message>
        <message>
            <source>Import items from a CSV or Excel file (or drop one on the window)</source>
            <translation type="unfinished">ນຳເຂົ້າອຸປະກອນຈາກໄຟລ໌ CSV ຫຼື Excel (ຫຼື ລາກໄຟລ໌ມາວາງໃສ່ໜ້າຕ່າງ)</translation>
        </message>
        <message>
            <source>Import items</source>
            <translation type="unfinished">ນຳເຂົ້າອຸປະກອນ</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation type="unfinished">ໄຟລ໌ຕາຕະລາງ (*.csv *.xlsx *.txt);;ທຸກໄຟລ໌ (*)</translation>
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
            <translation type="unfinished">ອຸປະກອນນີ້ບໍ່ມີຢູ່ (ອີກແລ້ວ).</translation>
        </message>
        <message>
            <source>{tag} has left the register already; it cannot be lost again.</source>
            <translation type="unfinished">{tag} ໄດ້ອອກຈາກທະບຽນແລ້ວ; ບໍ່ສາມາດບັນທຶກວ່າສູນຫາຍອີກ.</translation>
        </message>
        <message>
            <source>Choose lost, stolen or damaged beyond repair.</source>
            <translation type="unfinished">ເລືອກ ສູນຫາຍ, ຖືກລັກ ຫຼື ເສຍຫາຍ ບໍ່ສາມາດສ້ອມແປງໄດ້.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>ວັນທີບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>The report reference is longer than {max} characters.</source>
            <translation type="unfinished">ເລກທີບົດລາຍງານຍາວເກີນ {max} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>Longer than {max} characters.</source>
            <translation>ຍາວເກີນ {max} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>no incident {number}</source>
            <translation type="unfinished">ບໍ່ມີເຫດການເລກທີ {number}</translation>
        </message>
        <message>
            <source>{number} is closed already.</source>
            <translation type="unfinished">{number} ປິດແລ້ວ.</translation>
        </message>
        <message>
            <source>Choose how the investigation ended.</source>
            <translation type="unfinished">ເລືອກຜົນສຸດທ້າຍຂອງການສືບສວນ.</translation>
        </message>
        <message>
            <source>The date must lie between the incident and today.</source>
            <translation type="unfinished">ວັນທີຕ້ອງຢູ່ລະຫວ່າງວັນທີເກີດເຫດການ ແລະ ມື້ນີ້.</translation>
        </message>
    </context>
    <context>
        <name>IncidentsWindow</name>
        <message>
            <source>Number</source>
            <translation>ເລກທີ</translation>
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
            <translation type="unfinished">ເລກທີບົດລາຍງານ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished">ວັນທີປິດ</translation>
        </message>
        <message>
            <source>Site check</source>
            <translation type="unfinished">ການກວດກາສະຖານທີ່</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>ເຫດການ</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation type="unfinished">ສະເພາະທີ່ຍັງບໍ່ປິດ</translation>
        </message>
        <message>
            <source>Close &amp;investigation…</source>
            <translation>ປິດການສືບສວນ…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n ເຫດການ</numerusform>
                <numerusform>%n ເຫດການ</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} open</source>
            <translation type="unfinished">ຍັງບໍ່ປິດ {count}</translation>
        </message>
    </context>
    <context>
        <name>Inspections</name>
        <message>
            <source>Choose the site that was checked.</source>
            <translation type="unfinished">ເລືອກສະຖານທີ່ທີ່ໄດ້ກວດກາ.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>ວັນທີບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>Choose how the check was made.</source>
            <translation type="unfinished">ເລືອກວິທີການກວດກາ.</translation>
        </message>
        <message>
            <source>No item was checked.</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນໃດຖືກກວດກາ.</translation>
        </message>
        <message>
            <source>Longer than {max} characters.</source>
            <translation>ຍາວເກີນ {max} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>This checklist was imported already on {date}, as {number}.</source>
            <translation type="unfinished">ໃບກວດການີ້ໄດ້ນຳເຂົ້າແລ້ວ ເມື່ອວັນທີ {date} ເປັນ {number}.</translation>
        </message>
        <message>
            <source>item {id} does not exist</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນ {id}</translation>
        </message>
        <message>
            <source>{tag} is listed twice.</source>
            <translation type="unfinished">{tag} ມີຢູ່ໃນລາຍການສອງເທື່ອ.</translation>
        </message>
        <message>
            <source>{tag} has left the register; it cannot be checked.</source>
            <translation type="unfinished">{tag} ໄດ້ອອກຈາກທະບຽນແລ້ວ; ບໍ່ສາມາດກວດກາໄດ້.</translation>
        </message>
        <message>
            <source>{tag}: unknown result “{result}”.</source>
            <translation type="unfinished">{tag}: ບໍ່ຮູ້ຈັກຜົນການກວດກາ “{result}”.</translation>
        </message>
        <message>
            <source>{tag}: unknown condition “{condition}”.</source>
            <translation type="unfinished">{tag}: ບໍ່ຮູ້ຈັກສະພາບ “{condition}”.</translation>
        </message>
        <message>
            <source>{tag}: say yes, no or unknown for intended use.</source>
            <translation type="unfinished">{tag}: ໃຫ້ລະບຸ ແມ່ນ, ບໍ່ແມ່ນ ຫຼື ບໍ່ຊາບ ສຳລັບການນຳໃຊ້ຕາມຈຸດປະສົງ.</translation>
        </message>
        <message>
            <source>{tag}: the remark is too long.</source>
            <translation type="unfinished">{tag}: ໝາຍເຫດຍາວເກີນໄປ.</translation>
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
            <source>Description (Lao)</source>
            <translation>ລາຍລະອຽດ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>Serial / VIN / frame no.</source>
            <translation type="unfinished">ເລກໝາຍເຄື່ອງ / VIN / ເລກຖັງ</translation>
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
            <translation>ຍີ່ຫໍ້</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>ລຸ້ນ</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished">ເລກລັອດ</translation>
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation>ວັນໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Acquisition date</source>
            <translation type="unfinished">ວັນທີໄດ້ມາ</translation>
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished">ຜູ້ຖືກຳມະສິດ</translation>
        </message>
        <message>
            <source>Federal share</source>
            <translation type="unfinished">ສ່ວນແບ່ງລັດຖະບານກາງ</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished">ຜູ້ສະໜອງ</translation>
        </message>
        <message>
            <source>Purchase order no.</source>
            <translation>ເລກທີໃບສັ່ງຊື້</translation>
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
            <translation type="unfinished">ຜູ້ຄອບຄອງ (ໜ່ວຍງານ)</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>donor stock</source>
            <translation>ສາງຜູ້ບໍລິຈາກ</translation>
        </message>
        <message>
            <source>{status} on {date}</source>
            <translation type="unfinished">{status} ວັນທີ {date}</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>ບໍ່ຮູ້ວັນທີ</translation>
        </message>
        <message>
            <source>sale price {price}</source>
            <translation type="unfinished">ລາຄາຂາຍ {price}</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Item {tag}</source>
            <translation>ອຸປະກອນ {tag}</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>ອຸປະກອນໃໝ່</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>ລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>&amp;History ({count})</source>
            <translation>ປະຫວັດ ({count})</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation type="unfinished">ການລະບຸຕົວຕົນ</translation>
        </message>
        <message>
            <source>Quantity, lot and expiry</source>
            <translation type="unfinished">ຈຳນວນ, ລັອດ ແລະ ວັນໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Value and funding</source>
            <translation type="unfinished">ມູນຄ່າ ແລະ ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Custody and condition (changed by handovers)</source>
            <translation type="unfinished">ການຄອບຄອງ ແລະ ສະພາບ (ປ່ຽນໂດຍການມອບ)</translation>
        </message>
        <message>
            <source>Custody and condition</source>
            <translation type="unfinished">ການຄອບຄອງ ແລະ ສະພາບ</translation>
        </message>
        <message>
            <source>Asset tag *</source>
            <translation>ລະຫັດຊັບສິນ *</translation>
        </message>
        <message>
            <source>Serial / VIN / frame no.</source>
            <translation type="unfinished">ເລກໝາຍເຄື່ອງ / VIN / ເລກຖັງ</translation>
        </message>
        <message>
            <source>Description *</source>
            <translation>ລາຍການ *</translation>
        </message>
        <message>
            <source>Category *</source>
            <translation>ປະເພດ *</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— ເລືອກ —</translation>
        </message>
        <message>
            <source>Make</source>
            <translation>ຍີ່ຫໍ້</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>ລຸ້ນ</translation>
        </message>
        <message>
            <source>Description (Lao)</source>
            <translation>ລາຍລະອຽດ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Quantity *</source>
            <translation>ຈຳນວນ *</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ຫົວໜ່ວຍ</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation type="unfinished">ເລກລັອດ</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation>ວັນໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Acquisition date</source>
            <translation type="unfinished">ວັນທີໄດ້ມາ</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished">ຜູ້ຖືກຳມະສິດ</translation>
        </message>
        <message>
            <source>Federal share %</source>
            <translation type="unfinished">ສ່ວນແບ່ງລັດຖະບານກາງ %</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished">ຜູ້ສະໜອງ</translation>
        </message>
        <message>
            <source>Purchase order no.</source>
            <translation>ເລກທີໃບສັ່ງຊື້</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>Holder (unit)</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ (ໜ່ວຍງານ)</translation>
        </message>
        <message>
            <source>— donor stock —</source>
            <translation>— ສາງຜູ້ບໍລິຈາກ —</translation>
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
            <translation>ປະເພດໃໝ່…</translation>
        </message>
        <message>
            <source>New funding source…</source>
            <translation>ແຫຼ່ງທຶນໃໝ່…</translation>
        </message>
        <message>
            <source>New unit…</source>
            <translation>ໜ່ວຍງານໃໝ່…</translation>
        </message>
        <message>
            <source>New location…</source>
            <translation>ສະຖານທີ່ໃໝ່…</translation>
        </message>
        <message>
            <source>To save, fill in: {fields}.</source>
            <translation type="unfinished">ເພື່ອບັນທຶກ ໃຫ້ຕື່ມ: {fields}.</translation>
        </message>
        <message>
            <source>Holder, location and status change through Handovers (with a receipt) or Retire.</source>
            <translation type="unfinished">ຜູ້ຄອບຄອງ, ສະຖານທີ່ ແລະ ສະຖານະ ປ່ຽນໄດ້ຜ່ານ ການມອບ (ພ້ອມໃບມອບ-ຮັບ) ຫຼື ການຕັດອອກຈາກທະບຽນ.</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>ບໍ່ຮູ້ວັນທີ</translation>
        </message>
        <message>
            <source>&lt;b&gt;{status}&lt;/b&gt; on {date}</source>
            <translation type="unfinished">&lt;b&gt;{status}&lt;/b&gt; ວັນທີ {date}</translation>
        </message>
        <message>
            <source>sale price {price}</source>
            <translation type="unfinished">ລາຄາຂາຍ {price}</translation>
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished">ອ່ານໄດ້ຢ່າງດຽວ: ທະບຽນນີ້ບໍ່ສາມາດປ່ຽນແປງໄດ້ໃນຕອນນີ້.</translation>
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
            <translation>ໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ຈາກ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ເຖິງ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>ຈຳນວນ</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished">ສະພາບ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>ສະຖານະ</translation>
        </message>
        <message>
            <source>{result} (found away from its place)</source>
            <translation type="unfinished">{result} (ພົບເຫັນຢູ່ນອກສະຖານທີ່ຂອງມັນ)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>ການກວດກາ</translation>
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
            <translation>ນຳໃຊ້ຖືກຕາມຈຸດປະສົງ</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished">ຍັງບໍ່ປິດ</translation>
        </message>
        <message>
            <source>{outcome} on {date}</source>
            <translation type="unfinished">{outcome} ວັນທີ {date}</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">ເຫດການ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Police report</source>
            <translation type="unfinished">ບົດລາຍງານຕຳຫຼວດ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">ຜົນການສືບສວນ</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">ເວລາ</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">ຜູ້ດຳເນີນການ</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">ການດຳເນີນການ</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>ການປ່ຽນແປງ</translation>
        </message>
    </context>
    <context>
        <name>ItemPageFeature</name>
        <message>
            <source>Item &amp;page</source>
            <translation type="unfinished">ໜ້າອຸປະກອນ</translation>
        </message>
        <message>
            <source>The selected item's details, photos, history, receipts, checks and incidents</source>
            <translation type="unfinished">ລາຍລະອຽດ, ຮູບຖ່າຍ, ປະຫວັດ, ໃບມອບ-ຮັບ, ການກວດກາ ແລະ ເຫດການ ຂອງອຸປະກອນທີ່ເລືອກ</translation>
        </message>
        <message>
            <source>item {tag}</source>
            <translation>ອຸປະກອນ {tag}</translation>
        </message>
    </context>
    <context>
        <name>ItemPageWindow</name>
        <message>
            <source>Double-click a line to open its receipt</source>
            <translation type="unfinished">ຄລິກສອງເທື່ອທີ່ແຖວ ເພື່ອເປີດໃບມອບ-ຮັບຂອງແຖວນັ້ນ</translation>
        </message>
        <message>
            <source>Back to the item shown before (Alt+Left)</source>
            <translation type="unfinished">ກັບໄປອຸປະກອນທີ່ສະແດງກ່ອນໜ້າ (Alt+Left)</translation>
        </message>
        <message>
            <source>Forward again (Alt+Right)</source>
            <translation type="unfinished">ໄປໜ້າອີກຄັ້ງ (Alt+Right)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>ແກ້ໄຂ…</translation>
        </message>
        <message>
            <source>Print &amp;label…</source>
            <translation>ພິມປ້າຍ…</translation>
        </message>
        <message>
            <source>Record &amp;use…</source>
            <translation>ບັນທຶກການໃຊ້…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>This item no longer exists.</source>
            <translation>ອຸປະກອນນີ້ບໍ່ມີອີກແລ້ວ.</translation>
        </message>
        <message>
            <source>Item {tag}</source>
            <translation>ອຸປະກອນ {tag}</translation>
        </message>
        <message>
            <source>donor stock</source>
            <translation>ສາງຜູ້ບໍລິຈາກ</translation>
        </message>
        <message>
            <source>{status} · {holder} · {location}</source>
            <translation>{status} · {holder} · {location}</translation>
        </message>
        <message>
            <source>{status} · {holder}</source>
            <translation>{status} · {holder}</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>ລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>&amp;Photos ({count})</source>
            <translation>ຮູບຖ່າຍ ({count})</translation>
        </message>
        <message>
            <source>&amp;History ({count})</source>
            <translation>ປະຫວັດ ({count})</translation>
        </message>
        <message>
            <source>&amp;Receipts ({count})</source>
            <translation>ໃບມອບ-ຮັບ ({count})</translation>
        </message>
        <message>
            <source>End-use &amp;checks ({count})</source>
            <translation type="unfinished">ການກວດກາການນຳໃຊ້ ({count})</translation>
        </message>
        <message>
            <source>&amp;Incidents ({count})</source>
            <translation>ເຫດການ ({count})</translation>
        </message>
    </context>
    <context>
        <name>ItemPhotos</name>
        <message>
            <source>HEIC photos (as an iPhone takes them) cannot be kept: save the photo as JPEG (on the phone: Settings → Camera → Formats → Most Compatible) and attach that.</source>
            <translation type="unfinished">ບໍ່ສາມາດເກັບຮູບ HEIC (ຕາມທີ່ iPhone ຖ່າຍ) ໄດ້: ໃຫ້ບັນທຶກຮູບເປັນ JPEG (ໃນໂທລະສັບ: Settings → Camera → Formats → Most Compatible) ແລ້ວແນບຮູບນັ້ນ.</translation>
        </message>
        <message>
            <source>This is a PDF document, not a photo: attach it to a receipt or record instead.</source>
            <translation type="unfinished">ນີ້ແມ່ນເອກະສານ PDF ບໍ່ແມ່ນຮູບຖ່າຍ: ໃຫ້ແນບໃສ່ໃບມອບ-ຮັບ ຫຼື ບັນທຶກອື່ນແທນ.</translation>
        </message>
        <message>
            <source>Attach a JPEG or PNG photo of the item.</source>
            <translation type="unfinished">ແນບຮູບຖ່າຍ JPEG ຫຼື PNG ຂອງອຸປະກອນ.</translation>
        </message>
        <message>
            <source>{name} is too large a picture: keep it under {most} megapixels.</source>
            <translation type="unfinished">ຮູບ {name} ໃຫຍ່ເກີນໄປ: ໃຫ້ນ້ອຍກວ່າ {most} ເມກາພິກເຊວ.</translation>
        </message>
        <message>
            <source>{name} is damaged: it does not open as a picture.</source>
            <translation type="unfinished">{name} ເສຍຫາຍ: ບໍ່ສາມາດເປີດເປັນຮູບໄດ້.</translation>
        </message>
        <message>
            <source>no item with id {id}</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນທີ່ມີ id {id}</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>In stock</source>
            <translation>ຢູ່ໃນສາງ</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>ມອບແລ້ວ</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>ກຳລັງສ້ອມແປງ</translation>
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
            <translation>ຖືກທຳລາຍ</translation>
        </message>
        <message>
            <source>Disposed</source>
            <translation>ຈຳໜ່າຍແລ້ວ</translation>
        </message>
        <message>
            <source>Merged back</source>
            <translation type="unfinished">ລວມຄືນເຂົ້າລັອດ</translation>
        </message>
        <message>
            <source>Used up</source>
            <translation>ໃຊ້ໝົດແລ້ວ</translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>ຢູ່ໃນສາງ</translation>
        </message>
        <message>
            <source>handed over</source>
            <translation>ມອບແລ້ວ</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>ກຳລັງສ້ອມແປງ</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>ສູນຫາຍ</translation>
        </message>
        <message>
            <source>stolen</source>
            <translation>ຖືກລັກ</translation>
        </message>
        <message>
            <source>destroyed</source>
            <translation>ຖືກທຳລາຍ</translation>
        </message>
        <message>
            <source>disposed</source>
            <translation>ຈຳໜ່າຍແລ້ວ</translation>
        </message>
        <message>
            <source>merged back into its lot</source>
            <translation type="unfinished">ລວມຄືນເຂົ້າລັອດເດີມແລ້ວ</translation>
        </message>
        <message>
            <source>used up</source>
            <translation>ໃຊ້ໝົດແລ້ວ</translation>
        </message>
    </context>
    <context>
        <name>Items</name>
        <message>
            <source>Enter an amount, e.g. 1250.00.</source>
            <translation type="unfinished">ໃສ່ຈຳນວນເງິນ, ເຊັ່ນ 1250.00.</translation>
        </message>
        <message>
            <source>A value cannot be negative.</source>
            <translation type="unfinished">ມູນຄ່າບໍ່ສາມາດຕິດລົບໄດ້.</translation>
        </message>
        <message>
            <source>A value above $999,999,999.99 is not plausible; check the figure.</source>
            <translation type="unfinished">ມູນຄ່າເກີນ $999,999,999.99 ບໍ່ສົມເຫດສົມຜົນ; ໃຫ້ກວດສອບຕົວເລກ.</translation>
        </message>
        <message>
            <source>A value has at most two decimals (cents).</source>
            <translation type="unfinished">ມູນຄ່າມີທົດສະນິຍົມບໍ່ເກີນສອງຕຳແໜ່ງ (ເຊັນ).</translation>
        </message>
        <message>
            <source>At most {most} characters here (this has {count}).</source>
            <translation type="unfinished">ບ່ອນນີ້ໃສ່ໄດ້ບໍ່ເກີນ {most} ຕົວອັກສອນ (ນີ້ມີ {count}).</translation>
        </message>
        <message>
            <source>At most {most} lines here (this has {count}).</source>
            <translation type="unfinished">ບ່ອນນີ້ໃສ່ໄດ້ບໍ່ເກີນ {most} ແຖວ (ນີ້ມີ {count}).</translation>
        </message>
        <message>
            <source>An asset tag is required.</source>
            <translation>ຕ້ອງມີລະຫັດຊັບສິນ.</translation>
        </message>
        <message>
            <source>An asset tag has at most {most} characters.</source>
            <translation type="unfinished">ລະຫັດຊັບສິນມີບໍ່ເກີນ {most} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>A description is required.</source>
            <translation type="unfinished">ຕ້ອງໃສ່ລາຍການ.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>ເລືອກປະເພດ.</translation>
        </message>
        <message>
            <source>Quantity must be at least 1.</source>
            <translation>ຈຳນວນຕ້ອງຢ່າງໜ້ອຍ 1.</translation>
        </message>
        <message>
            <source>An item with a serial number is a single item (quantity 1).</source>
            <translation type="unfinished">ອຸປະກອນທີ່ມີເລກໝາຍເຄື່ອງ ແມ່ນອຸປະກອນດ່ຽວ (ຈຳນວນ 1).</translation>
        </message>
        <message>
            <source>The federal share is a percentage from 0 to 100.</source>
            <translation type="unfinished">ສ່ວນແບ່ງລັດຖະບານກາງເປັນເປີເຊັນ ແຕ່ 0 ຫາ 100.</translation>
        </message>
        <message>
            <source>The federal share has at most two decimals.</source>
            <translation type="unfinished">ສ່ວນແບ່ງລັດຖະບານກາງມີທົດສະນິຍົມບໍ່ເກີນສອງຕຳແໜ່ງ.</translation>
        </message>
        <message>
            <source>The acquisition date cannot be in the future.</source>
            <translation type="unfinished">ວັນທີໄດ້ມາບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>The expiry date is before the acquisition date.</source>
            <translation type="unfinished">ວັນໝົດອາຍຸຢູ່ກ່ອນວັນທີໄດ້ມາ.</translation>
        </message>
        <message>
            <source>Unknown status {value}.</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກສະຖານະ {value}.</translation>
        </message>
        <message>
            <source>A new item cannot start lost, stolen or disposed.</source>
            <translation type="unfinished">ອຸປະກອນໃໝ່ບໍ່ສາມາດເລີ່ມຕົ້ນດ້ວຍສະຖານະ ສູນຫາຍ, ຖືກລັກ ຫຼື ຈຳໜ່າຍແລ້ວ.</translation>
        </message>
        <message>
            <source>An item handed over needs the unit that holds it.</source>
            <translation type="unfinished">ອຸປະກອນທີ່ມອບແລ້ວ ຕ້ອງມີໜ່ວຍງານທີ່ຄອບຄອງ.</translation>
        </message>
        <message>
            <source>Unknown condition {value}.</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກສະພາບ {value}.</translation>
        </message>
        <message>
            <source>A retired item keeps its status.</source>
            <translation type="unfinished">ອຸປະກອນທີ່ຕັດອອກຈາກທະບຽນແລ້ວ ຮັກສາສະຖານະເດີມໄວ້.</translation>
        </message>
        <message>
            <source>Choose lost, stolen or disposed.</source>
            <translation type="unfinished">ເລືອກ ສູນຫາຍ, ຖືກລັກ ຫຼື ຈຳໜ່າຍແລ້ວ.</translation>
        </message>
        <message>
            <source>This item is already {status}.</source>
            <translation type="unfinished">ອຸປະກອນນີ້ມີສະຖານະ {status} ຢູ່ແລ້ວ.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>ວັນທີບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>Say how the item was disposed of (sold, destroyed…).</source>
            <translation type="unfinished">ໃຫ້ບອກວ່າອຸປະກອນຖືກຈຳໜ່າຍແນວໃດ (ຂາຍ, ທຳລາຍ…).</translation>
        </message>
        <message>
            <source>Asset tag {tag} is already used by another item.</source>
            <translation type="unfinished">ລະຫັດຊັບສິນ {tag} ຖືກໃຊ້ກັບອຸປະກອນອື່ນແລ້ວ.</translation>
        </message>
        <message>
            <source>That choice no longer exists.</source>
            <translation type="unfinished">ທາງເລືອກນັ້ນບໍ່ມີອີກແລ້ວ.</translation>
        </message>
        <message>
            <source>item {id} does not exist</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນ {id}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Avery L7163 (A4, 2 × 7)</source>
            <translation>Avery L7163 (A4, 2 × 7)</translation>
        </message>
        <message>
            <source>Avery L7160 (A4, 3 × 7)</source>
            <translation>Avery L7160 (A4, 3 × 7)</translation>
        </message>
        <message>
            <source>Avery 5160 (Letter, 3 × 10)</source>
            <translation>Avery 5160 (Letter, 3 × 10)</translation>
        </message>
        <message>
            <source>Label roll 62 × 29 mm</source>
            <translation type="unfinished">ມ້ວນປ້າຍ 62 × 29 mm</translation>
        </message>
        <message>
            <source>Unknown label layout “{key}”: use one of {known}.</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກຮູບແບບປ້າຍ “{key}”: ໃຫ້ໃຊ້ໜຶ່ງໃນ {known}.</translation>
        </message>
        <message>
            <source>Start at a label from 1 to {count} (the sheet holds {count}).</source>
            <translation type="unfinished">ເລີ່ມທີ່ປ້າຍທີ 1 ຫາ {count} (ແຜ່ນໜຶ່ງມີ {count} ປ້າຍ).</translation>
        </message>
        <message>
            <source>A calibration moves labels by {max} mm at most each way.</source>
            <translation type="unfinished">ການປັບຕັ້ງເລື່ອນປ້າຍໄດ້ບໍ່ເກີນ {max} mm ໃນແຕ່ລະທິດ.</translation>
        </message>
        <message>
            <source>{layout}: print on plain paper; each box should sit on one label.</source>
            <translation type="unfinished">{layout}: ພິມໃສ່ເຈ້ຍທຳມະດາ; ແຕ່ລະກອບຄວນກົງກັບປ້າຍໜຶ່ງປ້າຍ.</translation>
        </message>
        <message>
            <source>At most {max} characters.</source>
            <translation>ບໍ່ເກີນ {max} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>No item to print a label for.</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນທີ່ຈະພິມປ້າຍ.</translation>
        </message>
        <message>
            <source>The logo {name} cannot be read ({reason}).</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານໂລໂກ້ {name} ໄດ້ ({reason}).</translation>
        </message>
        <message>
            <source>The logo {name} is empty or larger than 2 MB.</source>
            <translation type="unfinished">ໂລໂກ້ {name} ຫວ່າງເປົ່າ ຫຼື ໃຫຍ່ກວ່າ 2 MB.</translation>
        </message>
        <message>
            <source>The logo {name} is not a PNG or JPEG picture.</source>
            <translation type="unfinished">ໂລໂກ້ {name} ບໍ່ແມ່ນຮູບ PNG ຫຼື JPEG.</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>Print labels</source>
            <translation>ພິມປ້າຍ</translation>
        </message>
        <message numerus="yes">
            <source>{count} label(s)</source>
            <translation>
                <numerusform>{count} ປ້າຍ</numerusform>
                <numerusform>{count} ປ້າຍ</numerusform>
            </translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>ບໍ່ມີໂລໂກ້</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ເລືອກ…</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>ຊອກຫາ…</translation>
        </message>
        <message>
            <source>Alignment page…</source>
            <translation type="unfinished">ໜ້າທົດສອບການຈັດວາງ…</translation>
        </message>
        <message>
            <source>A sheet of label outlines to print on plain paper and hold over a label sheet</source>
            <translation type="unfinished">ແຜ່ນທີ່ມີເສັ້ນຂອບປ້າຍ ເພື່ອພິມໃສ່ເຈ້ຍທຳມະດາ ແລ້ວວາງທາບໃສ່ແຜ່ນປ້າຍ</translation>
        </message>
        <message>
            <source>Save labels</source>
            <translation>ບັນທຶກປ້າຍ</translation>
        </message>
        <message>
            <source>Print the PDF at actual size (100 %), not “fit to page”.</source>
            <translation type="unfinished">ພິມ PDF ຕາມຂະໜາດຈິງ (100 %), ບໍ່ແມ່ນ “fit to page” (ປັບໃຫ້ພໍດີໜ້າ).</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translation type="unfinished">ແຜ່ນປ້າຍ</translation>
        </message>
        <message>
            <source>Start at label</source>
            <translation type="unfinished">ເລີ່ມທີ່ປ້າຍ</translation>
        </message>
        <message>
            <source>right</source>
            <translation>ຂວາ</translation>
        </message>
        <message>
            <source>down</source>
            <translation type="unfinished">ລົງ</translation>
        </message>
        <message>
            <source>Printer calibration</source>
            <translation type="unfinished">ການປັບຕັ້ງເຄື່ອງພິມ</translation>
        </message>
        <message>
            <source>Donor line (English)</source>
            <translation type="unfinished">ແຖວຜູ້ບໍລິຈາກ (ພາສາອັງກິດ)</translation>
        </message>
        <message>
            <source>Donor line (Lao)</source>
            <translation type="unfinished">ແຖວຜູ້ບໍລິຈາກ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>ໂລໂກ້</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation type="unfinished"> ຈາກ {count}</translation>
        </message>
        <message>
            <source>Save labels as</source>
            <translation>ບັນທຶກປ້າຍເປັນ</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ໄຟລ໌ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>ຮູບພາບ (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Logo for the labels</source>
            <translation>ໂລໂກ້ສຳລັບປ້າຍ</translation>
        </message>
        <message>
            <source>Give a file name ending in .pdf.</source>
            <translation type="unfinished">ໃຫ້ຊື່ໄຟລ໌ທີ່ລົງທ້າຍດ້ວຍ .pdf.</translation>
        </message>
        <message>
            <source>The alignment page is in {path}. Print it at actual size on plain paper and hold it over a label sheet against the light: how far the boxes miss the labels is the calibration to enter.</source>
            <translation type="unfinished">ໜ້າທົດສອບການຈັດວາງຢູ່ທີ່ {path}. ໃຫ້ພິມຕາມຂະໜາດຈິງໃສ່ເຈ້ຍທຳມະດາ ແລ້ວວາງທາບໃສ່ແຜ່ນປ້າຍ ສ່ອງກັບແສງ: ໄລຍະທີ່ກອບບໍ່ກົງກັບປ້າຍ ແມ່ນຄ່າປັບຕັ້ງທີ່ຕ້ອງໃສ່.</translation>
        </message>
        <message>
            <source>Writing the labels…</source>
            <translation>ກຳລັງຂຽນປ້າຍ…</translation>
        </message>
        <message>
            <source>The labels are in {path}. Print the file at actual size.</source>
            <translation type="unfinished">ປ້າຍຢູ່ທີ່ {path}. ໃຫ້ພິມໄຟລ໌ຕາມຂະໜາດຈິງ.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">ກຳລັງດຳເນີນການ</translation>
        </message>
        <message>
            <source>The labels were not written: {reason}.

No file was written at {path}.</source>
            <translation type="unfinished">ບໍ່ໄດ້ຂຽນປ້າຍ: {reason}.

ບໍ່ໄດ້ຂຽນໄຟລ໌ໃດທີ່ {path}.</translation>
        </message>
    </context>
    <context>
        <name>LabelsFeature</name>
        <message>
            <source>the items of receipt {number}</source>
            <translation type="unfinished">ອຸປະກອນຂອງໃບມອບ-ຮັບ {number}</translation>
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation>ພິມປ້າຍ…</translation>
        </message>
        <message>
            <source>Asset labels with QR and bar codes for the selected items, or the table as shown</source>
            <translation type="unfinished">ປ້າຍຊັບສິນທີ່ມີລະຫັດ QR ແລະ ບາໂຄດ ສຳລັບອຸປະກອນທີ່ເລືອກ ຫຼື ຕາຕະລາງຕາມທີ່ສະແດງ</translation>
        </message>
        <message numerus="yes">
            <source>{count} selected item(s)</source>
            <translation>
                <numerusform>{count} ລາຍການທີ່ເລືອກ</numerusform>
                <numerusform>{count} ລາຍການທີ່ເລືອກ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the {count} item(s) the table shows</source>
            <translation>
                <numerusform>{count} ລາຍການທີ່ສະແດງໃນຕາຕະລາງ</numerusform>
                <numerusform>{count} ລາຍການທີ່ສະແດງໃນຕາຕະລາງ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LocationKind</name>
        <message>
            <source>Office</source>
            <translation>ຫ້ອງການ</translation>
        </message>
        <message>
            <source>Border checkpoint</source>
            <translation>ດ່ານຊາຍແດນ</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>ສາງ</translation>
        </message>
        <message>
            <source>Treatment centre</source>
            <translation>ສູນບຳບັດ</translation>
        </message>
    </context>
    <context>
        <name>LotUse</name>
        <message>
            <source>Enter how many were used (at least 1).</source>
            <translation>ປ້ອນຈຳນວນທີ່ໃຊ້ (ຢ່າງໜ້ອຍ 1).</translation>
        </message>
        <message>
            <source>Only {held} are held in this lot; {asked} cannot be used from it.</source>
            <translation>ລັອດນີ້ມີພຽງ {held}; ບໍ່ສາມາດໃຊ້ {asked} ຈາກລັອດນີ້ໄດ້.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished">ວັນທີບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດ.</translation>
        </message>
        <message>
            <source>A reference has at most {most} characters.</source>
            <translation>ເອກະສານອ້າງອີງມີໄດ້ບໍ່ເກີນ {most} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>A remark has at most {most} characters.</source>
            <translation>ໝາຍເຫດມີໄດ້ບໍ່ເກີນ {most} ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>{tag} is not a lot: only items with a lot number or an expiry date can be recorded as used.</source>
            <translation>{tag} ບໍ່ແມ່ນລັອດ: ບັນທຶກການໃຊ້ໄດ້ສະເພາະອຸປະກອນທີ່ມີເລກລັອດ ຫຼື ວັນໝົດອາຍຸ.</translation>
        </message>
        <message>
            <source>{tag} is {status}: nothing can be used from it.</source>
            <translation type="unfinished">{tag} {status}: ບໍ່ສາມາດໃຊ້ຫຍັງຈາກມັນໄດ້.</translation>
        </message>
    </context>
    <context>
        <name>LotsFeature</name>
        <message>
            <source>Record &amp;use…</source>
            <translation>ບັນທຶກການໃຊ້…</translation>
        </message>
        <message>
            <source>Record that part of the selected lot was used up or distributed</source>
            <translation>ບັນທຶກວ່າບາງສ່ວນຂອງລັອດທີ່ເລືອກໄດ້ຖືກໃຊ້ໝົດ ຫຼື ແຈກຢາຍແລ້ວ</translation>
        </message>
        <message>
            <source>E&amp;xpiring lots report…</source>
            <translation>ບົດລາຍງານລັອດທີ່ໃກ້ໝົດອາຍຸ…</translation>
        </message>
        <message>
            <source>Kits and lots by expiry date, and their use in a period, as PDF or Excel</source>
            <translation>ຊຸດກວດ ແລະ ລັອດ ຕາມວັນໝົດອາຍຸ ແລະ ການນຳໃຊ້ໃນໄລຍະໜຶ່ງ, ເປັນ PDF ຫຼື Excel</translation>
        </message>
    </context>
    <context>
        <name>LotsReport</name>
        <message>
            <source>Expired</source>
            <translation>ໝົດອາຍຸແລ້ວ</translation>
        </message>
        <message>
            <source>Expiring within 90 days</source>
            <translation>ຈະໝົດອາຍຸພາຍໃນ 90 ມື້</translation>
        </message>
        <message>
            <source>Expiring later</source>
            <translation>ໝົດອາຍຸພາຍຫຼັງ</translation>
        </message>
        <message>
            <source>Expiring and used lots</source>
            <translation>ລັອດທີ່ໃກ້ໝົດອາຍຸ ແລະ ທີ່ໄດ້ໃຊ້</translation>
        </message>
        <message>
            <source>Uses from {start} to {end}</source>
            <translation>ການໃຊ້ ແຕ່ {start} ຫາ {end}</translation>
        </message>
        <message>
            <source>Uses from {start} on</source>
            <translation>ການໃຊ້ ແຕ່ {start} ເປັນຕົ້ນໄປ</translation>
        </message>
        <message>
            <source>Uses until {end}</source>
            <translation>ການໃຊ້ ຈົນຮອດ {end}</translation>
        </message>
        <message>
            <source>All uses recorded</source>
            <translation>ການໃຊ້ທັງໝົດທີ່ບັນທຶກໄວ້</translation>
        </message>
        <message>
            <source>donor stock</source>
            <translation type="unfinished">ສາງຜູ້ບໍລິຈາກ</translation>
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
            <source>Lot</source>
            <translation type="unfinished">ລັອດ</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished">ໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished">ຈຳນວນ</translation>
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
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>ເອກະສານອ້າງອີງ</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished">ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation type="unfinished">ຜູ້ບັນທຶກ</translation>
        </message>
        <message>
            <source>Kits and lots with an expiry date as of {date}</source>
            <translation>ຊຸດກວດ ແລະ ລັອດ ທີ່ມີວັນໝົດອາຍຸ ນັບຮອດ {date}</translation>
        </message>
        <message>
            <source>None.</source>
            <translation type="unfinished">ບໍ່ມີ.</translation>
        </message>
        <message>
            <source>Used or distributed in the period ({count})</source>
            <translation>ທີ່ໃຊ້ ຫຼື ແຈກຢາຍໃນໄລຍະນີ້ ({count})</translation>
        </message>
        <message>
            <source>No use recorded in the period.</source>
            <translation>ບໍ່ມີການໃຊ້ທີ່ບັນທຶກໄວ້ໃນໄລຍະນີ້.</translation>
        </message>
        <message>
            <source>unknown file extension '{suffix}': use .pdf or .xlsx</source>
            <translation>ນາມສະກຸນໄຟລ໌ '{suffix}' ບໍ່ຮູ້ຈັກ: ໃຊ້ .pdf ຫຼື .xlsx</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>ກຸ່ມ</translation>
        </message>
        <message>
            <source>Description (Lao)</source>
            <translation>ລາຍລະອຽດ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>ຫົວໜ່ວຍ</translation>
        </message>
        <message>
            <source>Lots by expiry</source>
            <translation>ລັອດຕາມວັນໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>Uses</source>
            <translation>ການໃຊ້</translation>
        </message>
    </context>
    <context>
        <name>LotsReportDialog</name>
        <message>
            <source>Expiring lots report</source>
            <translation>ບົດລາຍງານລັອດທີ່ໃກ້ໝົດອາຍຸ</translation>
        </message>
        <message>
            <source>a .pdf or .xlsx file</source>
            <translation>ໄຟລ໌ .pdf ຫຼື .xlsx</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished">ເລືອກ…</translation>
        </message>
        <message>
            <source>&amp;Write</source>
            <translation>ຂຽນ</translation>
        </message>
        <message>
            <source>Uses &amp;from</source>
            <translation>ການໃຊ້ຈາກ</translation>
        </message>
        <message>
            <source>Uses &amp;to</source>
            <translation>ການໃຊ້ເຖິງ</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished">ໄຟລ໌</translation>
        </message>
        <message>
            <source>Kits and lots with an expiry date as of today (expired, expiring within 90 days, later), and what was used or distributed in the period.</source>
            <translation>ຊຸດກວດ ແລະ ລັອດ ທີ່ມີວັນໝົດອາຍຸ ນັບຮອດມື້ນີ້ (ໝົດອາຍຸແລ້ວ, ຈະໝົດອາຍຸພາຍໃນ 90 ມື້, ຫຼັງຈາກນັ້ນ), ແລະ ສິ່ງທີ່ໄດ້ໃຊ້ ຫຼື ແຈກຢາຍໃນໄລຍະນີ້.</translation>
        </message>
        <message>
            <source>Save the lots report</source>
            <translation>ບັນທຶກບົດລາຍງານລັອດ</translation>
        </message>
        <message>
            <source>PDF report (*.pdf);;Excel workbook (*.xlsx)</source>
            <translation>ບົດລາຍງານ PDF (*.pdf);;ໄຟລ໌ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>ເລືອກໄຟລ໌ທີ່ຈະຂຽນ.</translation>
        </message>
        <message>
            <source>The file must end in .pdf or .xlsx.</source>
            <translation>ໄຟລ໌ຕ້ອງລົງທ້າຍດ້ວຍ .pdf ຫຼື .xlsx.</translation>
        </message>
        <message>
            <source>The period starts after it ends.</source>
            <translation>ໄລຍະເລີ່ມຫຼັງຈາກວັນສິ້ນສຸດ.</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>ກຳລັງຂຽນ…</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>ຍົກເລີກແລ້ວ: ບໍ່ມີໄຟລ໌ໃດຖືກຂຽນ.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ແກ້ໄຂ</translation>
        </message>
        <message>
            <source>&amp;Handovers</source>
            <translation type="unfinished">ການມອບ</translation>
        </message>
        <message>
            <source>&amp;Monitoring</source>
            <translation type="unfinished">ການຕິດຕາມກວດກາ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>ມຸມມອງ</translation>
        </message>
        <message>
            <source>&amp;Reference data</source>
            <translation>ຂໍ້ມູນອ້າງອີງ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ຊ່ວຍເຫຼືອ</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>ແຖບເຄື່ອງມືຫຼັກ</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>ອອກ</translation>
        </message>
        <message>
            <source>INL Equipment Tracker — {location}</source>
            <translation>INL Equipment Tracker — {location}</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (ອ່ານໄດ້ຢ່າງດຽວ)</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>ຜູ້ໃຊ້ງານ: {name}</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>ເປີດແບບອ່ານໄດ້ຢ່າງດຽວ</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason}; changes are turned off until the register is reopened for editing.</source>
            <translation type="unfinished">&lt;b&gt;ອ່ານໄດ້ຢ່າງດຽວ.&lt;/b&gt; {reason}; ປິດການປ່ຽນແປງໄວ້ ຈົນກວ່າຈະເປີດທະບຽນຄືນໃໝ່ເພື່ອແກ້ໄຂ.</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>&amp;Remember this mapping for files with the same columns</source>
            <translation type="unfinished">ຈື່ການຈັບຄູ່ນີ້ໄວ້ ສຳລັບໄຟລ໌ທີ່ມີຖັນຄືກັນ</translation>
        </message>
        <message>
            <source>&amp;Month/day/year (US)</source>
            <translation>ເດືອນ/ວັນ/ປີ (US)</translation>
        </message>
        <message>
            <source>&amp;Day/month/year</source>
            <translation>ວັນ/ເດືອນ/ປີ</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>ຖັນໃນໄຟລ໌</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>ນຳເຂົ້າເປັນ</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>ຄ່າຕົວຢ່າງ</translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s)</source>
            <translation>
                <numerusform>{count} ແຖວ</numerusform>
                <numerusform>{count} ແຖວ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} column(s)</source>
            <translation>
                <numerusform>{count} ຖັນ</numerusform>
                <numerusform>{count} ຖັນ</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {rows}, {columns}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {rows}, {columns}</translation>
        </message>
        <message>
            <source>sheet '{name}'</source>
            <translation>ແຜ່ນງານ '{name}'</translation>
        </message>
        <message>
            <source>the mapping saved for files with these columns was applied</source>
            <translation type="unfinished">ໄດ້ນຳໃຊ້ການຈັບຄູ່ທີ່ບັນທຶກໄວ້ສຳລັບໄຟລ໌ທີ່ມີຖັນເຫຼົ່ານີ້</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation type="unfinished">— ບໍ່ນຳເຂົ້າ —</translation>
        </message>
        <message>
            <source>Choose the column that holds: {fields}.</source>
            <translation type="unfinished">ເລືອກຖັນທີ່ມີ: {fields}.</translation>
        </message>
        <message>
            <source>Say how dates are written in this file.</source>
            <translation type="unfinished">ລະບຸວ່າວັນທີໃນໄຟລ໌ນີ້ຂຽນແບບໃດ.</translation>
        </message>
        <message>
            <source>Dates such as &lt;b&gt;{examples}&lt;/b&gt; can be read two ways ({count} in this file). How are dates written in it?</source>
            <translation type="unfinished">ວັນທີເຊັ່ນ &lt;b&gt;{examples}&lt;/b&gt; ອ່ານໄດ້ສອງແບບ (ມີ {count} ໃນໄຟລ໌ນີ້). ວັນທີໃນໄຟລ໌ນີ້ຂຽນແບບໃດ?</translation>
        </message>
    </context>
    <context>
        <name>MergeChooser</name>
        <message>
            <source>Merge duplicates</source>
            <translation>ລວມລາຍການຊ້ຳ</translation>
        </message>
        <message>
            <source>Type to find the record to keep…</source>
            <translation type="unfinished">ພິມເພື່ອຊອກຫາບັນທຶກທີ່ຈະເກັບໄວ້…</translation>
        </message>
        <message>
            <source>Everything that uses “{name}” will use the record you choose, and “{name}” is removed.</source>
            <translation type="unfinished">ທຸກຢ່າງທີ່ໃຊ້ “{name}” ຈະໃຊ້ບັນທຶກທີ່ທ່ານເລືອກ ແລະ “{name}” ຈະຖືກລຶບອອກ.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringFeature</name>
        <message>
            <source>New &amp;site check…</source>
            <translation type="unfinished">ການກວດກາສະຖານທີ່ໃໝ່…</translation>
        </message>
        <message>
            <source>Check the items at a site, scanning their labels (end-use monitoring)</source>
            <translation type="unfinished">ກວດກາອຸປະກອນຢູ່ສະຖານທີ່ ໂດຍສະແກນປ້າຍ (ການຕິດຕາມກວດກາການນຳໃຊ້)</translation>
        </message>
        <message>
            <source>&amp;Due checks…</source>
            <translation type="unfinished">ການກວດກາທີ່ຮອດກຳນົດ…</translation>
        </message>
        <message>
            <source>Items due or overdue for a check, by site, to plan a trip</source>
            <translation type="unfinished">ອຸປະກອນທີ່ຮອດກຳນົດ ຫຼື ກາຍກຳນົດກວດກາ ແຍກຕາມສະຖານທີ່ ເພື່ອວາງແຜນການລົງພື້ນທີ່</translation>
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation>ເຫດການ…</translation>
        </message>
        <message>
            <source>Items lost, stolen or damaged, and their investigations</source>
            <translation type="unfinished">ອຸປະກອນທີ່ສູນຫາຍ, ຖືກລັກ ຫຼື ເສຍຫາຍ ແລະ ການສືບສວນ</translation>
        </message>
        <message>
            <source>Field &amp;checklist…</source>
            <translation>ໃບກວດກາພາກສະໜາມ…</translation>
        </message>
        <message>
            <source>A checklist of a site's items to print (PDF) or fill in offline (XLSX)</source>
            <translation type="unfinished">ໃບກວດກາອຸປະກອນຂອງສະຖານທີ່ ເພື່ອພິມ (PDF) ຫຼື ຕື່ມແບບອອບລາຍ (XLSX)</translation>
        </message>
        <message>
            <source>Im&amp;port filled checklist…</source>
            <translation type="unfinished">ນຳເຂົ້າໃບກວດກາທີ່ຕື່ມແລ້ວ…</translation>
        </message>
        <message>
            <source>Record a filled checklist workbook as one site check</source>
            <translation type="unfinished">ບັນທຶກໄຟລ໌ Excel ໃບກວດກາທີ່ຕື່ມແລ້ວ ເປັນການກວດກາສະຖານທີ່ໜຶ່ງຄັ້ງ</translation>
        </message>
        <message>
            <source>End-use monitoring &amp;report…</source>
            <translation type="unfinished">ບົດລາຍງານການຕິດຕາມກວດກາການນຳໃຊ້…</translation>
        </message>
        <message>
            <source>The annual EUM report: verification rate by agency, province and site (PDF, XLSX)</source>
            <translation type="unfinished">ບົດລາຍງານ EUM ປະຈຳປີ: ອັດຕາການຢັ້ງຢືນ ແຍກຕາມອົງການ, ແຂວງ ແລະ ສະຖານທີ່ (PDF, XLSX)</translation>
        </message>
        <message>
            <source>Site check {number} recorded</source>
            <translation type="unfinished">ບັນທຶກການກວດກາສະຖານທີ່ {number} ແລ້ວ</translation>
        </message>
        <message>
            <source>Checklist written to {path}</source>
            <translation type="unfinished">ຂຽນໃບກວດກາໄວ້ທີ່ {path}</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation type="unfinished">ຂຽນບົດລາຍງານໄວ້ທີ່ {path}</translation>
        </message>
    </context>
    <context>
        <name>MonitoringFiles</name>
        <message>
            <source>{name} could not be written: the file may be open in another program (close it there), or the folder may be read-only.</source>
            <translation type="unfinished">ບໍ່ສາມາດຂຽນ {name} ໄດ້: ໄຟລ໌ອາດເປີດຢູ່ໃນໂປຣແກຣມອື່ນ (ໃຫ້ປິດຢູ່ໃນໂປຣແກຣມນັ້ນ) ຫຼື ໂຟນເດີອາດເປັນແບບອ່ານໄດ້ຢ່າງດຽວ.</translation>
        </message>
        <message>
            <source>There is no file or folder {path}.</source>
            <translation type="unfinished">ບໍ່ມີໄຟລ໌ ຫຼື ໂຟນເດີ {path}.</translation>
        </message>
        <message>
            <source>The computer could not use the file ({error}).</source>
            <translation type="unfinished">ຄອມພິວເຕີບໍ່ສາມາດໃຊ້ໄຟລ໌ໄດ້ ({error}).</translation>
        </message>
        <message>
            <source>Something went wrong ({error}).</source>
            <translation>ເກີດຂໍ້ຜິດພາດ ({error}).</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ເປີດໂຟນເດີ</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>ແທນທີ່ໄຟລ໌ບໍ?</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} ມີຢູ່ແລ້ວ. ແທນທີ່ບໍ?</translation>
        </message>
        <message>
            <source>Give the file a name.</source>
            <translation>ໃຫ້ຕັ້ງຊື່ໄຟລ໌.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>ບໍ່ມີໂຟນເດີ {folder}.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation type="unfinished">{path} ເປັນໂຟນເດີ; ໃຫ້ລະບຸຊື່ໄຟລ໌.</translation>
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
            <translation>
                <numerusform>ເລືອກແລ້ວ %n ຄ່າ</numerusform>
                <numerusform>ເລືອກແລ້ວ %n ຄ່າ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenQuestions</name>
        <message>
            <source>Unsafe place for the register</source>
            <translation type="unfinished">ບ່ອນເກັບທະບຽນບໍ່ປອດໄພ</translation>
        </message>
        <message>
            <source>The register is in a place where its file can be damaged:</source>
            <translation type="unfinished">ທະບຽນຢູ່ໃນບ່ອນທີ່ໄຟລ໌ອາດເສຍຫາຍໄດ້:</translation>
        </message>
        <message>
            <source>{places}

SQLite's locking is not safe on network shares or in folders that OneDrive, Dropbox or Google Drive sync. Move the file to a local folder (for example Documents on this laptop) and open it from there.</source>
            <translation type="unfinished">{places}

ການລັອກໄຟລ໌ຂອງ SQLite ບໍ່ປອດໄພ ຢູ່ໃນບ່ອນແບ່ງປັນທາງເຄືອຂ່າຍ ຫຼື ໃນໂຟນເດີທີ່ OneDrive, Dropbox ຫຼື Google Drive ຊິງຂໍ້ມູນ. ໃຫ້ຍ້າຍໄຟລ໌ໄປໄວ້ໃນໂຟນເດີໃນເຄື່ອງ (ເຊັ່ນ Documents ໃນແລັບທັອບນີ້) ແລ້ວເປີດຈາກບ່ອນນັ້ນ.</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation type="unfinished">ເປີດຕໍ່ໄປ</translation>
        </message>
        <message>
            <source>Register in use</source>
            <translation type="unfinished">ທະບຽນກຳລັງຖືກໃຊ້ຢູ່</translation>
        </message>
        <message>
            <source>You can open it read-only now (no changes), or cancel and open it once the other copy of the app is closed.</source>
            <translation type="unfinished">ທ່ານສາມາດເປີດແບບອ່ານໄດ້ຢ່າງດຽວໃນຕອນນີ້ (ບໍ່ສາມາດປ່ຽນແປງ) ຫຼື ຍົກເລີກ ແລ້ວເປີດພາຍຫຼັງ ເມື່ອແອັບອີກໂຕໜຶ່ງປິດແລ້ວ.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>ເປີດແບບອ່ານໄດ້ຢ່າງດຽວ</translation>
        </message>
        <message>
            <source>{file} failed its start-up check ({problem}).</source>
            <translation type="unfinished">{file} ບໍ່ຜ່ານການກວດສອບຕອນເປີດ ({problem}).</translation>
        </message>
        <message>
            <source>The damaged file is kept as {name}.</source>
            <translation type="unfinished">ໄຟລ໌ທີ່ເສຍຫາຍຖືກເກັບໄວ້ເປັນ {name}.</translation>
        </message>
        <message>
            <source>Register damaged</source>
            <translation>ທະບຽນເສຍຫາຍ</translation>
        </message>
        <message>
            <source>No good backup was found. Keep the damaged file for a specialist; the app will not create an empty register in its place.</source>
            <translation type="unfinished">ບໍ່ພົບໄຟລ໌ສຳຮອງທີ່ດີ. ໃຫ້ເກັບໄຟລ໌ທີ່ເສຍຫາຍໄວ້ໃຫ້ຜູ້ຊ່ຽວຊານ; ແອັບຈະບໍ່ສ້າງທະບຽນຫວ່າງເປົ່າແທນທີ່.</translation>
        </message>
        <message>
            <source>Restore the newest good backup, {name}? Changes made after that backup are not in it.</source>
            <translation type="unfinished">ກູ້ຄືນໄຟລ໌ສຳຮອງທີ່ດີລ່າສຸດ {name} ບໍ? ການປ່ຽນແປງທີ່ເຮັດຫຼັງຈາກສຳຮອງນັ້ນ ຈະບໍ່ມີໃນໄຟລ໌ນັ້ນ.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>ກູ້ຄືນໄຟລ໌ສຳຮອງ</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>ກູ້ຄືນບໍ່ສຳເລັດ</translation>
        </message>
    </context>
    <context>
        <name>Parsing</name>
        <message>
            <source>'{text}' is not a percentage.</source>
            <translation type="unfinished">'{text}' ບໍ່ແມ່ນເປີເຊັນ.</translation>
        </message>
        <message>
            <source>'{text}' is not a percentage from 0 to 100.</source>
            <translation type="unfinished">'{text}' ບໍ່ແມ່ນເປີເຊັນ ແຕ່ 0 ຫາ 100.</translation>
        </message>
        <message>
            <source>'{text}' is not in US dollars.</source>
            <translation type="unfinished">'{text}' ບໍ່ແມ່ນສະກຸນເງິນໂດລາສະຫະລັດ.</translation>
        </message>
        <message>
            <source>'{text}' is in scientific notation; the exact amount was lost in Excel.</source>
            <translation type="unfinished">'{text}' ຂຽນແບບວິທະຍາສາດ; ຈຳນວນທີ່ແນ່ນອນໄດ້ສູນເສຍໄປໃນ Excel.</translation>
        </message>
        <message>
            <source>'{text}' is not an amount of money.</source>
            <translation type="unfinished">'{text}' ບໍ່ແມ່ນຈຳນວນເງິນ.</translation>
        </message>
        <message>
            <source>'{text}' has more than one sign.</source>
            <translation type="unfinished">'{text}' ມີເຄື່ອງໝາຍບວກ/ລົບ ຫຼາຍກວ່າໜຶ່ງ.</translation>
        </message>
        <message>
            <source>'{text}' has more than 2 decimal places.</source>
            <translation type="unfinished">'{text}' ມີທົດສະນິຍົມເກີນ 2 ຕຳແໜ່ງ.</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number.</source>
            <translation type="unfinished">'{text}' ບໍ່ແມ່ນຈຳນວນເຕັມ.</translation>
        </message>
        <message>
            <source>'{text}' is too large.</source>
            <translation>'{text}' ໃຫຍ່ເກີນໄປ.</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: is '.' a decimal point or not?</source>
            <translation type="unfinished">'{text}' ບໍ່ຊັດເຈນ: '.' ແມ່ນຈຸດທົດສະນິຍົມ ຫຼື ບໍ່?</translation>
        </message>
        <message>
            <source>'{text}' is not a valid number.</source>
            <translation type="unfinished">'{text}' ບໍ່ແມ່ນຕົວເລກທີ່ຖືກຕ້ອງ.</translation>
        </message>
        <message>
            <source>'{text}' is not a date.</source>
            <translation>'{text}' ບໍ່ແມ່ນວັນທີ.</translation>
        </message>
        <message>
            <source>'{text}' could be month/day or day/month; choose the date order for this column.</source>
            <translation type="unfinished">'{text}' ອາດເປັນ ເດືອນ/ວັນ ຫຼື ວັນ/ເດືອນ; ໃຫ້ເລືອກລຳດັບວັນທີສຳລັບຖັນນີ້.</translation>
        </message>
        <message>
            <source>'{text}' is not a valid date.</source>
            <translation type="unfinished">'{text}' ບໍ່ແມ່ນວັນທີທີ່ຖືກຕ້ອງ.</translation>
        </message>
        <message>
            <source>'{text}' is outside the years 1900-2100.</source>
            <translation type="unfinished">'{text}' ຢູ່ນອກຊ່ວງປີ 1900-2100.</translation>
        </message>
    </context>
    <context>
        <name>PartyField</name>
        <message>
            <source>Choose from People, or type a name</source>
            <translation type="unfinished">ເລືອກຈາກ ບຸກຄົນ ຫຼື ພິມຊື່</translation>
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished">ຕຳແໜ່ງ</translation>
        </message>
        <message>
            <source>From the People list (Reference data → People)</source>
            <translation type="unfinished">ຈາກລາຍຊື່ບຸກຄົນ (ຂໍ້ມູນອ້າງອີງ → ບຸກຄົນ)</translation>
        </message>
    </context>
    <context>
        <name>PhotoListModel</name>
        <message>
            <source>Added {when} by {who} · {size}</source>
            <translation type="unfinished">ເພີ່ມເມື່ອ {when} ໂດຍ {who} · {size}</translation>
        </message>
        <message>
            <source>The picture cannot be shown.</source>
            <translation>ບໍ່ສາມາດສະແດງຮູບໄດ້.</translation>
        </message>
    </context>
    <context>
        <name>PhotosTab</name>
        <message>
            <source>&amp;Add photos…</source>
            <translation>ເພີ່ມຮູບຖ່າຍ…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ເປີດ</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>ບັນທຶກສຳເນົາ…</translation>
        </message>
        <message>
            <source>No photos yet. Add pictures of the item, or drop them here.</source>
            <translation type="unfinished">ຍັງບໍ່ມີຮູບຖ່າຍ. ເພີ່ມຮູບຂອງອຸປະກອນ ຫຼື ລາກມາວາງໃສ່ບ່ອນນີ້.</translation>
        </message>
        <message>
            <source>Add photos of the item</source>
            <translation>ເພີ່ມຮູບຖ່າຍຂອງອຸປະກອນ</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png)</source>
            <translation>ຮູບຖ່າຍ (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Save a copy of the photo</source>
            <translation>ບັນທຶກສຳເນົາຂອງຮູບ</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>ການຕັ້ງຄ່າ</translation>
        </message>
        <message>
            <source>As Windows ({language})</source>
            <translation type="unfinished">ຕາມ Windows ({language})</translation>
        </message>
        <message>
            <source>Receipts and labels stay in English and Lao whatever the interface language. Amounts stay in US dollars ($1,234.50) and dates read 2025-03-14 in both.</source>
            <translation type="unfinished">ໃບມອບ-ຮັບ ແລະ ປ້າຍ ຍັງຄົງເປັນພາສາອັງກິດ ແລະ ພາສາລາວ ບໍ່ວ່າພາສາຂອງໜ້າຈໍຈະເປັນພາສາໃດ. ຈຳນວນເງິນຍັງຄົງເປັນໂດລາສະຫະລັດ ($1,234.50) ແລະ ວັນທີຂຽນເປັນ 2025-03-14 ໃນທັງສອງພາສາ.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>ພາສາຂອງໜ້າຈໍ</translation>
        </message>
    </context>
    <context>
        <name>PreferencesFeature</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>ການຕັ້ງຄ່າ…</translation>
        </message>
        <message>
            <source>The interface language</source>
            <translation type="unfinished">ພາສາຂອງໜ້າຈໍ</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>New</source>
            <translation>ໃໝ່</translation>
        </message>
        <message>
            <source>Update</source>
            <translation type="unfinished">ອັບເດດ</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>ບໍ່ປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>ຂ້າມ</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>ຂໍ້ຜິດພາດ</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>ແຖວ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished">ການດຳເນີນການ</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>{count} categories</source>
            <translation>
                <numerusform>{count} ປະເພດ</numerusform>
                <numerusform>{count} ປະເພດ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} agencies</source>
            <translation>
                <numerusform>{count} ອົງການ</numerusform>
                <numerusform>{count} ອົງການ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} location(s)</source>
            <translation>
                <numerusform>{count} ສະຖານທີ່</numerusform>
                <numerusform>{count} ສະຖານທີ່</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} funding source(s)</source>
            <translation>
                <numerusform>{count} ແຫຼ່ງທຶນ</numerusform>
                <numerusform>{count} ແຫຼ່ງທຶນ</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip rows whose asset tag is already in the register</source>
            <translation type="unfinished">ຂ້າມແຖວທີ່ມີລະຫັດຊັບສິນຢູ່ໃນທະບຽນແລ້ວ</translation>
        </message>
        <message>
            <source>Update the items already in the register</source>
            <translation type="unfinished">ອັບເດດອຸປະກອນທີ່ມີຢູ່ໃນທະບຽນແລ້ວ</translation>
        </message>
        <message>
            <source>Stop: import nothing if an asset tag is already in the register</source>
            <translation type="unfinished">ຢຸດ: ບໍ່ນຳເຂົ້າຫຍັງເລີຍ ຖ້າມີລະຫັດຊັບສິນໃດຢູ່ໃນທະບຽນແລ້ວ</translation>
        </message>
        <message>
            <source>&amp;Create categories, agencies, locations and funding sources the register lacks</source>
            <translation type="unfinished">ສ້າງປະເພດ, ອົງການ, ສະຖານທີ່ ແລະ ແຫຼ່ງທຶນ ທີ່ທະບຽນຍັງບໍ່ມີ</translation>
        </message>
        <message>
            <source>Import only the &amp;valid rows (leave out the rows with errors)</source>
            <translation type="unfinished">ນຳເຂົ້າສະເພາະແຖວທີ່ຖືກຕ້ອງ (ຍົກເວັ້ນແຖວທີ່ມີຂໍ້ຜິດພາດ)</translation>
        </message>
        <message>
            <source>&amp;Show only rows with problems</source>
            <translation type="unfinished">ສະແດງສະເພາະແຖວທີ່ມີບັນຫາ</translation>
        </message>
        <message>
            <source>Save &amp;rejected rows as CSV…</source>
            <translation type="unfinished">ບັນທຶກແຖວທີ່ຖືກປະຕິເສດເປັນ CSV…</translation>
        </message>
        <message>
            <source>Save the rows with errors, with their problems in a last column, to fix them and import that file again</source>
            <translation type="unfinished">ບັນທຶກແຖວທີ່ມີຂໍ້ຜິດພາດ ພ້ອມບັນຫາໃນຖັນສຸດທ້າຍ ເພື່ອແກ້ໄຂ ແລ້ວນຳເຂົ້າໄຟລ໌ນັ້ນອີກຄັ້ງ</translation>
        </message>
        <message>
            <source>Select a row to see its messages.</source>
            <translation type="unfinished">ເລືອກແຖວ ເພື່ອເບິ່ງຂໍ້ຄວາມຂອງແຖວນັ້ນ.</translation>
        </message>
        <message>
            <source>Asset tags already in the register:</source>
            <translation type="unfinished">ລະຫັດຊັບສິນທີ່ມີຢູ່ໃນທະບຽນແລ້ວ:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Row {line}&lt;/b&gt; ({action}): no problems.</source>
            <translation type="unfinished">&lt;b&gt;ແຖວ {line}&lt;/b&gt; ({action}): ບໍ່ມີບັນຫາ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Row {line}&lt;/b&gt; ({action}): {problems}</source>
            <translation>&lt;b&gt;ແຖວ {line}&lt;/b&gt; ({action}): {problems}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>ຂໍ້ຜິດພາດ</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>ຄຳເຕືອນ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>{level} · {field}:</source>
            <translation>{level} · {field}:</translation>
        </message>
        <message>
            <source>{level}:</source>
            <translation>{level}:</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation type="unfinished">ບັນທຶກແຖວທີ່ຖືກປະຕິເສດ</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ໄຟລ໌ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ນຳເຂົ້າ</translation>
        </message>
        <message>
            <source>The rejected rows could not be saved: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດບັນທຶກແຖວທີ່ຖືກປະຕິເສດໄດ້: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) with errors saved to {name}.</source>
            <translation>
                <numerusform>ບັນທຶກ {count} ແຖວທີ່ມີຂໍ້ຜິດພາດໄວ້ໃນ {name} ແລ້ວ.</numerusform>
                <numerusform>ບັນທຶກ {count} ແຖວທີ່ມີຂໍ້ຜິດພາດໄວ້ໃນ {name} ແລ້ວ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s)</source>
            <translation>
                <numerusform>{count} ແຖວ</numerusform>
                <numerusform>{count} ແຖວ</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows}&lt;/b&gt;: {new} new, {update} to update, {skipped} skipped</source>
            <translation type="unfinished">&lt;b&gt;{rows}&lt;/b&gt;: ໃໝ່ {new}, ຈະອັບເດດ {update}, ຂ້າມ {skipped}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows}&lt;/b&gt;: {new} new, {update} to update</source>
            <translation type="unfinished">&lt;b&gt;{rows}&lt;/b&gt;: ໃໝ່ {new}, ຈະອັບເດດ {update}</translation>
        </message>
        <message>
            <source>{count} with errors</source>
            <translation type="unfinished">ມີຂໍ້ຜິດພາດ {count}</translation>
        </message>
        <message>
            <source>{count} with warnings</source>
            <translation type="unfinished">ມີຄຳເຕືອນ {count}</translation>
        </message>
        <message>
            <source>New records to create: {records}</source>
            <translation type="unfinished">ບັນທຶກໃໝ່ທີ່ຈະສ້າງ: {records}</translation>
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
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>ກຳລັງຍົກເລີກ…</translation>
        </message>
    </context>
    <context>
        <name>PropertiesDialog</name>
        <message>
            <source>Register properties</source>
            <translation type="unfinished">ຄຸນສົມບັດຂອງທະບຽນ</translation>
        </message>
        <message>
            <source>{when} ({count} kept)</source>
            <translation type="unfinished">{when} (ເກັບໄວ້ {count})</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ຍັງບໍ່ມີ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ຂະໜາດ</translation>
        </message>
        <message>
            <source>on a server</source>
            <translation type="unfinished">ຢູ່ໃນເຊີບເວີ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>ໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation type="unfinished">ສຳຮອງຂໍ້ມູນຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation type="unfinished">ລຸ້ນ schema</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished">ເປີດແບບ</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>ອ່ານໄດ້ຢ່າງດຽວ</translation>
        </message>
        <message>
            <source>for editing</source>
            <translation type="unfinished">ເພື່ອແກ້ໄຂ</translation>
        </message>
    </context>
    <context>
        <name>RangeFilters</name>
        <message>
            <source>Acquired</source>
            <translation type="unfinished">ວັນທີໄດ້ມາ</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Unit value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
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
            <translation>ໃບມອບ-ຮັບ {number} (ສຳເນົາ)</translation>
        </message>
        <message>
            <source>Receipt {number} (original)</source>
            <translation>ໃບມອບ-ຮັບ {number} (ຕົ້ນສະບັບ)</translation>
        </message>
        <message>
            <source>Lao national heading</source>
            <translation type="unfinished">ຫົວເອກະສານແຫ່ງຊາດ</translation>
        </message>
        <message>
            <source>ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ … at the top of the receipt</source>
            <translation type="unfinished">ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ … ຢູ່ເທິງສຸດຂອງໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>ພິມ…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>ບັນທຶກເປັນ PDF…</translation>
        </message>
        <message>
            <source>&amp;Open in viewer</source>
            <translation type="unfinished">ເປີດໃນໂປຣແກຣມເບິ່ງ</translation>
        </message>
        <message>
            <source>Print &amp;labels…</source>
            <translation>ພິມປ້າຍ…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>ເຈ້ຍ:</translation>
        </message>
        <message>
            <source>Building the receipt…</source>
            <translation type="unfinished">ກຳລັງສ້າງໃບມອບ-ຮັບ…</translation>
        </message>
        <message numerus="yes">
            <source>Copy (marked COPY) · %n page(s)</source>
            <translation>
                <numerusform>ສຳເນົາ (ໝາຍວ່າ ສຳເນົາ) · %n ໜ້າ</numerusform>
                <numerusform>ສຳເນົາ (ໝາຍວ່າ ສຳເນົາ) · %n ໜ້າ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Original · %n page(s)</source>
            <translation>
                <numerusform>ຕົ້ນສະບັບ · %n ໜ້າ</numerusform>
                <numerusform>ຕົ້ນສະບັບ · %n ໜ້າ</numerusform>
            </translation>
        </message>
        <message>
            <source>The receipt could not be built.</source>
            <translation type="unfinished">ບໍ່ສາມາດສ້າງໃບມອບ-ຮັບໄດ້.</translation>
        </message>
        <message>
            <source>Print receipt {number}</source>
            <translation>ພິມໃບມອບ-ຮັບ {number}</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>ກຳລັງພິມ</translation>
        </message>
        <message>
            <source>Sending {number} to the printer…</source>
            <translation type="unfinished">ກຳລັງສົ່ງ {number} ໄປເຄື່ອງພິມ…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>ສົ່ງ %n ໜ້າ ໄປເຄື່ອງພິມແລ້ວ.</numerusform>
                <numerusform>ສົ່ງ %n ໜ້າ ໄປເຄື່ອງພິມແລ້ວ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>ຍົກເລີກການພິມແລ້ວ.</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>ບັນທຶກ {name} ແລ້ວ</translation>
        </message>
        <message>
            <source>{number} (copy)</source>
            <translation>{number} (ສຳເນົາ)</translation>
        </message>
        <message>
            <source>Save receipt as PDF</source>
            <translation>ບັນທຶກໃບມອບ-ຮັບເປັນ PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ໄຟລ໌ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>No PDF viewer</source>
            <translation type="unfinished">ບໍ່ມີໂປຣແກຣມເບິ່ງ PDF</translation>
        </message>
        <message>
            <source>No program opened the receipt. It is saved at {path}.</source>
            <translation type="unfinished">ບໍ່ມີໂປຣແກຣມໃດເປີດໃບມອບ-ຮັບ. ໄຟລ໌ຖືກບັນທຶກໄວ້ທີ່ {path}.</translation>
        </message>
    </context>
    <context>
        <name>Receipts</name>
        <message>
            <source>unknown receipt kind {kind}</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກປະເພດໃບມອບ-ຮັບ {kind}</translation>
        </message>
        <message>
            <source>unknown page size {size}; expected one of {sizes}</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກຂະໜາດໜ້າ {size}; ຕ້ອງແມ່ນໜຶ່ງໃນ {sizes}</translation>
        </message>
        <message>
            <source>this is not the QR code of an INL Equipment Tracker receipt</source>
            <translation type="unfinished">ນີ້ບໍ່ແມ່ນລະຫັດ QR ຂອງໃບມອບ-ຮັບ INL Equipment Tracker</translation>
        </message>
        <message>
            <source>the QR code's digest is damaged (not 64 hexadecimal digits)</source>
            <translation type="unfinished">ຄ່າ digest ຂອງລະຫັດ QR ເສຍຫາຍ (ບໍ່ແມ່ນເລກຖານສິບຫົກ 64 ຕົວ)</translation>
        </message>
        <message>
            <source>no receipt numbered {number}</source>
            <translation type="unfinished">ບໍ່ມີໃບມອບ-ຮັບເລກທີ {number}</translation>
        </message>
        <message>
            <source>the record of {number} was changed after it was issued</source>
            <translation type="unfinished">ບັນທຶກຂອງ {number} ຖືກປ່ຽນແປງຫຼັງຈາກອອກແລ້ວ</translation>
        </message>
        <message>
            <source>the items recorded for {number} no longer match its receipt</source>
            <translation type="unfinished">ອຸປະກອນທີ່ບັນທຶກໄວ້ສຳລັບ {number} ບໍ່ກົງກັບໃບມອບ-ຮັບອີກແລ້ວ</translation>
        </message>
        <message>
            <source>this printout of {number} does not match the record (its content differs from what was issued)</source>
            <translation type="unfinished">ສະບັບພິມຂອງ {number} ນີ້ ບໍ່ກົງກັບບັນທຶກ (ເນື້ອໃນແຕກຕ່າງຈາກທີ່ໄດ້ອອກ)</translation>
        </message>
        <message>
            <source>no receipt numbered {number} is on record</source>
            <translation type="unfinished">ບໍ່ມີບັນທຶກໃບມອບ-ຮັບເລກທີ {number}</translation>
        </message>
        <message>
            <source>{number} matches the record but was VOIDED on {date}: {reason}</source>
            <translation type="unfinished">{number} ກົງກັບບັນທຶກ ແຕ່ໄດ້ຖືກປະກາດໂມຄະ ເມື່ອວັນທີ {date}: {reason}</translation>
        </message>
        <message>
            <source>{number} matches the record but was VOIDED: {reason}</source>
            <translation type="unfinished">{number} ກົງກັບບັນທຶກ ແຕ່ໄດ້ຖືກປະກາດໂມຄະ: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{number} matches the record: {count} item(s), dated {date}</source>
            <translation>
                <numerusform>{number} ກົງກັບບັນທຶກ: {count} ລາຍການ, ລົງວັນທີ {date}</numerusform>
                <numerusform>{number} ກົງກັບບັນທຶກ: {count} ລາຍການ, ລົງວັນທີ {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>the receipt could not be read back for printing</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານໃບມອບ-ຮັບຄືນເພື່ອພິມໄດ້</translation>
        </message>
        <message>
            <source>the printer could not be started; check that it is on and connected</source>
            <translation type="unfinished">ບໍ່ສາມາດເລີ່ມເຄື່ອງພິມໄດ້; ໃຫ້ກວດສອບວ່າເຄື່ອງພິມເປີດ ແລະ ເຊື່ອມຕໍ່ຢູ່</translation>
        </message>
        <message>
            <source>the printer refused a new page</source>
            <translation type="unfinished">ເຄື່ອງພິມປະຕິເສດໜ້າໃໝ່</translation>
        </message>
    </context>
    <context>
        <name>RecordUseDialog</name>
        <message>
            <source>Record use of {tag}</source>
            <translation>ບັນທຶກການໃຊ້ {tag}</translation>
        </message>
        <message>
            <source>{tag} — {description}
Lot {lot}: {held} held</source>
            <translation>{tag} — {description}
ລັອດ {lot}: ມີ {held}</translation>
        </message>
        <message>
            <source>distribution list, case or test record no.</source>
            <translation>ລາຍການແຈກຢາຍ, ເລກທີຄະດີ ຫຼື ບັນທຶກການກວດ</translation>
        </message>
        <message>
            <source>&amp;Quantity used</source>
            <translation>ຈຳນວນທີ່ໃຊ້</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>ວັນທີ</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>ເອກະສານອ້າງອີງ</translation>
        </message>
        <message>
            <source>Re&amp;mark</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
        <message>
            <source>This uses up the lot: it will leave the active register.</source>
            <translation>ການໃຊ້ນີ້ເຮັດໃຫ້ລັອດໝົດ: ມັນຈະອອກຈາກທະບຽນທີ່ໃຊ້ງານ.</translation>
        </message>
        <message>
            <source>{left} will be left in the lot.</source>
            <translation>ຈະເຫຼືອ {left} ໃນລັອດ.</translation>
        </message>
    </context>
    <context>
        <name>RefRecordForm</name>
        <message>
            <source>Edit — {kind}</source>
            <translation>ແກ້ໄຂ — {kind}</translation>
        </message>
        <message>
            <source>Add — {kind}</source>
            <translation>ເພີ່ມ — {kind}</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Name (English)</source>
            <translation>ຊື່ (ພາສາອັງກິດ)</translation>
        </message>
        <message>
            <source>Name (Lao)</source>
            <translation>ຊື່ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Agencies and units</source>
            <translation>ອົງການ ແລະ ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>ຊື່ຫຍໍ້</translation>
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished">ແຂວງ</translation>
        </message>
        <message>
            <source>Main location</source>
            <translation type="unfinished">ສະຖານທີ່ຫຼັກ</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished">ບຸກຄົນ</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation type="unfinished">ຍົດ</translation>
        </message>
        <message>
            <source>Position (English)</source>
            <translation>ຕຳແໜ່ງ (ພາສາອັງກິດ)</translation>
        </message>
        <message>
            <source>Position (Lao)</source>
            <translation>ຕຳແໜ່ງ (ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished">ໜ່ວຍງານ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ໂທລະສັບ</translation>
        </message>
        <message>
            <source>Funding sources</source>
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>ໂຄງການ</translation>
        </message>
        <message>
            <source>Agreement / award number</source>
            <translation type="unfinished">ເລກທີສັນຍາ / ເລກທີການໃຫ້ທຶນ</translation>
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished">ຜູ້ຖືກຳມະສິດ</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>ແຂວງ</translation>
        </message>
        <message>
            <source>unknown kind of reference data: {key}</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກປະເພດຂໍ້ມູນອ້າງອີງ: {key}</translation>
        </message>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <translation>
                <numerusform>{count} ລາຍການ</numerusform>
                <numerusform>{count} ລາຍການ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} item(s) held</source>
            <translation>
                <numerusform>ຄອບຄອງ {count} ລາຍການ</numerusform>
                <numerusform>ຄອບຄອງ {count} ລາຍການ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} people</source>
            <translation>
                <numerusform>{count} ຄົນ</numerusform>
                <numerusform>{count} ຄົນ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover(s)</source>
            <translation>
                <numerusform>ການມອບ {count} ຄັ້ງ</numerusform>
                <numerusform>ການມອບ {count} ຄັ້ງ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover line(s)</source>
            <translation>
                <numerusform>{count} ແຖວໃນໃບມອບ-ຮັບ</numerusform>
                <numerusform>{count} ແຖວໃນໃບມອບ-ຮັບ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} location(s)</source>
            <translation>
                <numerusform>{count} ສະຖານທີ່</numerusform>
                <numerusform>{count} ສະຖານທີ່</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} site check(s)</source>
            <translation>
                <numerusform>ການກວດກາສະຖານທີ່ {count} ຄັ້ງ</numerusform>
                <numerusform>ການກວດກາສະຖານທີ່ {count} ຄັ້ງ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} site check result(s)</source>
            <translation>
                <numerusform>ຜົນການກວດກາສະຖານທີ່ {count} ລາຍການ</numerusform>
                <numerusform>ຜົນການກວດກາສະຖານທີ່ {count} ລາຍການ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} agencies</source>
            <translation>
                <numerusform>{count} ອົງການ</numerusform>
                <numerusform>{count} ອົງການ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} unit(s) as their main location</source>
            <translation>
                <numerusform>{count} ໜ່ວຍງານ ທີ່ໃຊ້ເປັນສະຖານທີ່ຫຼັກ</numerusform>
                <numerusform>{count} ໜ່ວຍງານ ທີ່ໃຊ້ເປັນສະຖານທີ່ຫຼັກ</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} {what}</source>
            <translation>{count} {what}</translation>
        </message>
        <message>
            <source>{list}, {next}</source>
            <translation>{list}, {next}</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} ແລະ {last}</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation type="unfinished">ຕ້ອງໃສ່ {field}.</translation>
        </message>
        <message>
            <source>Unknown kind of location.</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກປະເພດສະຖານທີ່.</translation>
        </message>
        <message>
            <source>{name} already exists.</source>
            <translation>{name} ມີຢູ່ແລ້ວ.</translation>
        </message>
        <message>
            <source>{kind} {id} does not exist</source>
            <translation type="unfinished">ບໍ່ມີ {kind} {id}</translation>
        </message>
        <message>
            <source>{kinds} are fixed; edit the existing ones.</source>
            <translation type="unfinished">{kinds} ເປັນລາຍການຕາຍຕົວ; ໃຫ້ແກ້ໄຂລາຍການທີ່ມີຢູ່.</translation>
        </message>
        <message>
            <source>{name} is still used by {usage}; merge it into another record instead.</source>
            <translation type="unfinished">{name} ຍັງຖືກໃຊ້ໂດຍ {usage}; ໃຫ້ລວມເຂົ້າກັບບັນທຶກອື່ນແທນ.</translation>
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation type="unfinished">ເລືອກສອງບັນທຶກທີ່ແຕກຕ່າງກັນເພື່ອລວມ.</translation>
        </message>
        <message>
            <source>{kinds} are fixed and cannot be merged.</source>
            <translation type="unfinished">{kinds} ເປັນລາຍການຕາຍຕົວ ແລະ ບໍ່ສາມາດລວມໄດ້.</translation>
        </message>
        <message>
            <source>one of the records to merge no longer exists</source>
            <translation type="unfinished">ບັນທຶກໜຶ່ງທີ່ຈະລວມບໍ່ມີອີກແລ້ວ</translation>
        </message>
    </context>
    <context>
        <name>ReferenceDialog</name>
        <message>
            <source>Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>ກັ່ນຕອງ…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>ເພີ່ມ…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>ແກ້ໄຂ…</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation type="unfinished">ລວມເຂົ້າກັບ…</translation>
        </message>
        <message>
            <source>Move everything that uses this record to another, then remove it</source>
            <translation type="unfinished">ຍ້າຍທຸກຢ່າງທີ່ໃຊ້ບັນທຶກນີ້ໄປບັນທຶກອື່ນ ແລ້ວລຶບມັນອອກ</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation type="unfinished">ລວມແລ້ວ</translation>
        </message>
        <message numerus="yes">
            <source>Merged into “{name}”; {count} record(s) moved.</source>
            <translation>
                <numerusform>ລວມເຂົ້າກັບ “{name}” ແລ້ວ; ຍ້າຍ {count} ບັນທຶກ.</numerusform>
                <numerusform>ລວມເຂົ້າກັບ “{name}” ແລ້ວ; ຍ້າຍ {count} ບັນທຶກ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge “{drop}” into “{keep}”?

{usage} will move to “{keep}”, and “{drop}” is removed. This cannot be undone.</source>
            <translation type="unfinished">ລວມ “{drop}” ເຂົ້າກັບ “{keep}” ບໍ?

{usage} ຈະຍ້າຍໄປ “{keep}” ແລະ “{drop}” ຈະຖືກລຶບອອກ. ບໍ່ສາມາດຍົກເລີກຄືນໄດ້.</translation>
        </message>
        <message>
            <source>Merge “{drop}” into “{keep}”?

Nothing will move to “{keep}”, and “{drop}” is removed. This cannot be undone.</source>
            <translation type="unfinished">ລວມ “{drop}” ເຂົ້າກັບ “{keep}” ບໍ?

ບໍ່ມີຫຍັງຍ້າຍໄປ “{keep}” ແລະ “{drop}” ຈະຖືກລຶບອອກ. ບໍ່ສາມາດຍົກເລີກຄືນໄດ້.</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>ລວມລາຍການຊ້ຳ</translation>
        </message>
        <message>
            <source>Still in use</source>
            <translation type="unfinished">ຍັງຖືກໃຊ້ຢູ່</translation>
        </message>
        <message>
            <source>“{name}” is used by {usage} and cannot be deleted.
Use Merge into… to move them to another record first.</source>
            <translation type="unfinished">“{name}” ຖືກໃຊ້ໂດຍ {usage} ແລະ ບໍ່ສາມາດລຶບໄດ້.
ໃຫ້ໃຊ້ ລວມເຂົ້າກັບ… ເພື່ອຍ້າຍໄປບັນທຶກອື່ນກ່ອນ.</translation>
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation>ລຶບ “{name}” ບໍ?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>ລຶບບໍ່ໄດ້</translation>
        </message>
    </context>
    <context>
        <name>ReferenceFeature</name>
        <message>
            <source>{kind}…</source>
            <translation>{kind}…</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>your role on this server lets you read, print and export</source>
            <translation type="unfinished">ບົດບາດຂອງທ່ານໃນເຊີບເວີນີ້ ໃຫ້ທ່ານອ່ານ, ພິມ ແລະ ສົ່ງອອກໄດ້</translation>
        </message>
    </context>
    <context>
        <name>RegisterFeature</name>
        <message>
            <source>&amp;New item…</source>
            <translation>ອຸປະກອນໃໝ່…</translation>
        </message>
        <message>
            <source>Add an item to the register</source>
            <translation>ເພີ່ມອຸປະກອນເຂົ້າທະບຽນ</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>ແກ້ໄຂອຸປະກອນ…</translation>
        </message>
        <message>
            <source>Edit the selected item's details</source>
            <translation>ແກ້ໄຂລາຍລະອຽດຂອງອຸປະກອນທີ່ເລືອກ</translation>
        </message>
        <message>
            <source>&amp;Retire item…</source>
            <translation type="unfinished">ຕັດອຸປະກອນອອກຈາກທະບຽນ…</translation>
        </message>
        <message>
            <source>Record the selected item as disposed, lost or stolen</source>
            <translation type="unfinished">ບັນທຶກອຸປະກອນທີ່ເລືອກວ່າ ຈຳໜ່າຍແລ້ວ, ສູນຫາຍ ຫຼື ຖືກລັກ</translation>
        </message>
        <message>
            <source>Names in &amp;Lao</source>
            <translation>ຊື່ພາສາລາວ</translation>
        </message>
        <message>
            <source>Show units, locations, categories and provinces by their Lao names</source>
            <translation type="unfinished">ສະແດງໜ່ວຍງານ, ສະຖານທີ່, ປະເພດ ແລະ ແຂວງ ດ້ວຍຊື່ພາສາລາວ</translation>
        </message>
        <message>
            <source>Edit &amp;selected items…</source>
            <translation type="unfinished">ແກ້ໄຂອຸປະກອນທີ່ເລືອກ…</translation>
        </message>
        <message>
            <source>Set the category, funding source or condition of the selected items at once</source>
            <translation type="unfinished">ຕັ້ງປະເພດ, ແຫຼ່ງທຶນ ຫຼື ສະພາບ ຂອງອຸປະກອນທີ່ເລືອກພ້ອມກັນ</translation>
        </message>
        <message>
            <source>Copy asset tag</source>
            <translation>ສຳເນົາລະຫັດຊັບສິນ</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>ຊອກຫາ…</translation>
        </message>
        <message>
            <source>Search the register</source>
            <translation>ຄົ້ນຫາໃນທະບຽນ</translation>
        </message>
        <message>
            <source>&amp;Clear search and filters</source>
            <translation>ລ້າງການຄົ້ນຫາ ແລະ ຕົວກັ່ນຕອງ</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>ໂຫຼດຄືນ</translation>
        </message>
        <message>
            <source>Read the register again</source>
            <translation>ອ່ານທະບຽນຄືນໃໝ່</translation>
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation>ຖັນ</translation>
        </message>
        <message>
            <source>Item not found</source>
            <translation>ບໍ່ພົບອຸປະກອນ</translation>
        </message>
        <message>
            <source>This item no longer exists; refreshing.</source>
            <translation type="unfinished">ອຸປະກອນນີ້ບໍ່ມີອີກແລ້ວ; ກຳລັງໂຫຼດຄືນ.</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>No items match the search and filters. &lt;a href="clear"&gt;Clear filters&lt;/a&gt;</source>
            <translation type="unfinished">ບໍ່ມີອຸປະກອນທີ່ກົງກັບການຄົ້ນຫາ ແລະ ຕົວກັ່ນຕອງ. &lt;a href="clear"&gt;ລ້າງຕົວກັ່ນຕອງ&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Cannot read the register</source>
            <translation>ບໍ່ສາມາດອ່ານທະບຽນໄດ້</translation>
        </message>
        <message>
            <source>Reading the items failed: {problem}</source>
            <translation type="unfinished">ການອ່ານອຸປະກອນບໍ່ສຳເລັດ: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Loading {count} item(s)…</source>
            <translation>
                <numerusform>ກຳລັງໂຫຼດ {count} ລາຍການ…</numerusform>
                <numerusform>ກຳລັງໂຫຼດ {count} ລາຍການ…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} item(s) · total value {value}</source>
            <translation>
                <numerusform>{shown} ຈາກ {total} ລາຍການ · ມູນຄ່າລວມ {value}</numerusform>
                <numerusform>{shown} ຈາກ {total} ລາຍການ · ມູນຄ່າລວມ {value}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} item(s) · total value {value} (lost, stolen or disposed: {retired})</source>
            <translation>
                <numerusform>{shown} ຈາກ {total} ລາຍການ · ມູນຄ່າລວມ {value} (ສູນຫາຍ, ຖືກລັກ ຫຼື ຈຳໜ່າຍແລ້ວ: {retired})</numerusform>
                <numerusform>{shown} ຈາກ {total} ລາຍການ · ມູນຄ່າລວມ {value} (ສູນຫາຍ, ຖືກລັກ ຫຼື ຈຳໜ່າຍແລ້ວ: {retired})</numerusform>
            </translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>ຕັ້ງຖັນຄືນໃໝ່</translation>
        </message>
    </context>
    <context>
        <name>RegistersFeature</name>
        <message>
            <source>&amp;New register…</source>
            <translation>ທະບຽນໃໝ່…</translation>
        </message>
        <message>
            <source>Start a new, separate register file</source>
            <translation type="unfinished">ເລີ່ມໄຟລ໌ທະບຽນໃໝ່ແຍກຕ່າງຫາກ</translation>
        </message>
        <message>
            <source>&amp;Open register…</source>
            <translation>ເປີດທະບຽນ…</translation>
        </message>
        <message>
            <source>Open another register file</source>
            <translation>ເປີດໄຟລ໌ທະບຽນອື່ນ</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>ຄຸນສົມບັດ</translation>
        </message>
        <message>
            <source>Where this register is, its size, contents and last backup</source>
            <translation type="unfinished">ທະບຽນນີ້ຢູ່ໃສ, ຂະໜາດ, ເນື້ອໃນ ແລະ ການສຳຮອງຂໍ້ມູນຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>ເປີດລ່າສຸດ</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(ຍັງບໍ່ມີ)</translation>
        </message>
        <message>
            <source>New register</source>
            <translation>ທະບຽນໃໝ່</translation>
        </message>
        <message>
            <source>Registers (*.sqlite)</source>
            <translation>ທະບຽນ (*.sqlite)</translation>
        </message>
        <message>
            <source>{path} exists already. Choose a new name, or use Open register to open it.</source>
            <translation type="unfinished">{path} ມີຢູ່ແລ້ວ. ໃຫ້ເລືອກຊື່ໃໝ່ ຫຼື ໃຊ້ ເປີດທະບຽນ ເພື່ອເປີດມັນ.</translation>
        </message>
        <message>
            <source>Open register</source>
            <translation>ເປີດທະບຽນ</translation>
        </message>
        <message>
            <source>Registers (*.sqlite);;All files (*)</source>
            <translation>ທະບຽນ (*.sqlite);;ທຸກໄຟລ໌ (*)</translation>
        </message>
        <message>
            <source>{path} is not there (any more).</source>
            <translation type="unfinished">{path} ບໍ່ມີຢູ່ (ອີກແລ້ວ).</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Reports</source>
            <translation>ບົດລາຍງານ</translation>
        </message>
        <message>
            <source>Handover register</source>
            <translation type="unfinished">ທະບຽນການມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Funding report</source>
            <translation type="unfinished">ບົດລາຍງານແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>ປີນີ້</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>ປີກາຍ</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>ທຸກວັນທີ</translation>
        </message>
        <message>
            <source>These dates</source>
            <translation type="unfinished">ວັນທີທີ່ເລືອກ</translation>
        </message>
        <message>
            <source>&amp;Write report</source>
            <translation type="unfinished">ສ້າງບົດລາຍງານ</translation>
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished">ຫາ</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>ບົດລາຍງານ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished">ໄລຍະ</translation>
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished">ຮູບແບບ</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished">ໄຟລ໌</translation>
        </message>
        <message>
            <source>Every handover, return and transfer dated in the period: parties, location, items and value; void receipts marked with their reissue; totals by kind.</source>
            <translation type="unfinished">ທຸກການມອບ, ການສົ່ງຄືນ ແລະ ການໂອນທີ່ລົງວັນທີໃນໄລຍະນີ້: ຝ່າຍຕ່າງໆ, ສະຖານທີ່, ລາຍການ ແລະ ມູນຄ່າ; ໃບທີ່ເປັນໂມຄະໝາຍພ້ອມໃບທີ່ອອກແທນ; ຍອດລວມຕາມປະເພດ.</translation>
        </message>
        <message>
            <source>The items acquired in the period by funding source and agreement: value, federal share, and how many are still held, handed over, lost or disposed.</source>
            <translation type="unfinished">ລາຍການທີ່ໄດ້ມາໃນໄລຍະນີ້ ຕາມແຫຼ່ງທຶນ ແລະ ສັນຍາ: ມູນຄ່າ, ສ່ວນແບ່ງຂອງລັດຖະບານກາງ, ແລະ ຈຳນວນທີ່ຍັງຖືຢູ່, ມອບແລ້ວ, ສູນຫາຍ ຫຼື ຈຳໜ່າຍແລ້ວ.</translation>
        </message>
        <message>
            <source>The period ends before it starts: the end must be on or after {day}.</source>
            <translation type="unfinished">ໄລຍະສິ້ນສຸດກ່ອນວັນເລີ່ມຕົ້ນ: ວັນສິ້ນສຸດຕ້ອງແມ່ນວັນທີ {day} ຫຼື ຫຼັງຈາກນັ້ນ.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="unfinished">ກຳລັງຂຽນ {name}…</translation>
        </message>
        <message>
            <source>Writing the report {name}…</source>
            <translation type="unfinished">ກຳລັງຂຽນບົດລາຍງານ {name}…</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation type="unfinished">ຂຽນໄວ້ທີ່ {path}</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation type="unfinished">ຂຽນບົດລາຍງານແລ້ວ</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="unfinished">ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
        </message>
        <message>
            <source>{reason} Nothing was written.</source>
            <translation type="unfinished">{reason} ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>As of {when}</source>
            <translation type="unfinished">ນັບຮອດ {when}</translation>
        </message>
        <message>
            <source>Prepared by {operator}</source>
            <translation type="unfinished">ກະກຽມໂດຍ {operator}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished">ໜ້າ {page}/{pages}</translation>
        </message>
        <message>
            <source>Total: {items} · {value}</source>
            <translation type="unfinished">ລວມ: {items} · {value}</translation>
        </message>
        <message>
            <source>Subtotal, {group}: {items} · {value}</source>
            <translation type="unfinished">ລວມຍ່ອຍ, {group}: {items} · {value}</translation>
        </message>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <translation>
                <numerusform>{count} ລາຍການ</numerusform>
                <numerusform>{count} ລາຍການ</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} · total value {value}</source>
            <translation type="unfinished">{items} · ມູນຄ່າລວມ {value}</translation>
        </message>
        <message>
            <source>One line an item: a text too long for its column ends in “…”; the register holds it whole.</source>
            <translation type="unfinished">ໜຶ່ງແຖວຕໍ່ອຸປະກອນໜຶ່ງລາຍການ: ຂໍ້ຄວາມທີ່ຍາວເກີນຖັນຈະລົງທ້າຍດ້ວຍ “…”; ທະບຽນເກັບຂໍ້ຄວາມໄວ້ຄົບຖ້ວນ.</translation>
        </message>
        <message>
            <source>Value by {group}</source>
            <translation type="unfinished">ມູນຄ່າແຍກຕາມ{group}</translation>
        </message>
        <message>
            <source>I certify that this report of equipment by funding source is true and complete as of {date}.</source>
            <translation type="unfinished">ຂ້າພະເຈົ້າຂໍຢັ້ງຢືນວ່າ ບົດລາຍງານອຸປະກອນຕາມແຫຼ່ງທຶນນີ້ຖືກຕ້ອງ ແລະ ຄົບຖ້ວນ ນັບຮອດວັນທີ {date}.</translation>
        </message>
        <message>
            <source>Items acquired: {period}</source>
            <translation type="unfinished">ລາຍການທີ່ໄດ້ມາ: {period}</translation>
        </message>
        <message>
            <source>Still held (in stock)</source>
            <translation type="unfinished">ຍັງຖືຢູ່ (ຢູ່ໃນສາງ)</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>ມອບແລ້ວ</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation type="unfinished">ກຳລັງສ້ອມແປງ</translation>
        </message>
        <message>
            <source>Lost, stolen or destroyed</source>
            <translation>ສູນຫາຍ, ຖືກລັກ ຫຼື ຖືກທຳລາຍ</translation>
        </message>
        <message>
            <source>Disposed or used up</source>
            <translation type="unfinished">ຈຳໜ່າຍແລ້ວ ຫຼື ໃຊ້ໝົດແລ້ວ</translation>
        </message>
        <message>
            <source>Agreement {number}</source>
            <translation type="unfinished">ສັນຍາ {number}</translation>
        </message>
        <message>
            <source>Title: {holder}</source>
            <translation type="unfinished">ກຳມະສິດ: {holder}</translation>
        </message>
        <message>
            <source>Funding source / agreement</source>
            <translation type="unfinished">ແຫຼ່ງທຶນ / ສັນຍາ</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>ອຸປະກອນ</translation>
        </message>
        <message>
            <source>Acquisition value (USD)</source>
            <translation type="unfinished">ມູນຄ່າເມື່ອໄດ້ມາ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Federal share (USD)</source>
            <translation>ສ່ວນແບ່ງຂອງລັດຖະບານກາງ (ໂດລາ)</translation>
        </message>
        <message>
            <source>acquisition value {value}</source>
            <translation type="unfinished">ມູນຄ່າເມື່ອໄດ້ມາ {value}</translation>
        </message>
        <message>
            <source>federal share {value}</source>
            <translation>ສ່ວນແບ່ງຂອງລັດຖະບານກາງ {value}</translation>
        </message>
        <message>
            <source>Federal share: each item's value times its federal share (percent), to the cent. Each status column gives the number of items, their value under it. An item with no acquisition date counts from the day it was entered in the register.</source>
            <translation type="unfinished">ສ່ວນແບ່ງຂອງລັດຖະບານກາງ: ມູນຄ່າຂອງແຕ່ລະລາຍການ ຄູນກັບສ່ວນແບ່ງຂອງລັດຖະບານກາງ (ເປີເຊັນ), ຄິດເຖິງເຊັນ. ແຕ່ລະຖັນສະຖານະສະແດງຈຳນວນລາຍການ ແລະ ມູນຄ່າຢູ່ກ້ອງ. ລາຍການທີ່ບໍ່ມີວັນທີໄດ້ມາ ນັບແຕ່ວັນທີລົງທະບຽນ.</translation>
        </message>
        <message>
            <source>I certify that this register of handovers, returns and transfers is true and complete as of {date}.</source>
            <translation type="unfinished">ຂ້າພະເຈົ້າຂໍຢັ້ງຢືນວ່າ ທະບຽນການມອບ, ການສົ່ງຄືນ ແລະ ການໂອນນີ້ຖືກຕ້ອງ ແລະ ຄົບຖ້ວນ ນັບຮອດວັນທີ {date}.</translation>
        </message>
        <message>
            <source>VOID {day}: {reason}</source>
            <translation>ໂມຄະ {day}: {reason}</translation>
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation type="unfinished">ຖືກແທນດ້ວຍ {number}</translation>
        </message>
        <message>
            <source>Reissue of {number}</source>
            <translation type="unfinished">ອອກແທນ {number}</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation type="unfinished">ໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">ປະເພດ</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">ຈາກ</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">ເຖິງ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished">ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Value (USD)</source>
            <translation type="unfinished">ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Void / reissue</source>
            <translation type="unfinished">ໂມຄະ / ອອກແທນ</translation>
        </message>
        <message>
            <source>No receipt in this period.</source>
            <translation>ບໍ່ມີໃບມອບ-ຮັບໃນໄລຍະນີ້.</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation type="unfinished">ໃບມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>Total issued</source>
            <translation type="unfinished">ລວມທີ່ອອກ</translation>
        </message>
        <message>
            <source>Void receipts (not counted above)</source>
            <translation type="unfinished">ໃບທີ່ເປັນໂມຄະ (ບໍ່ນັບລວມຂ້າງເທິງ)</translation>
        </message>
        <message>
            <source>Receipts issued: {receipts} · Items: {items} · Total value: {value} · Void: {void}</source>
            <translation type="unfinished">ໃບທີ່ອອກ: {receipts} · ລາຍການ: {items} · ມູນຄ່າລວມ: {value} · ໂມຄະ: {void}</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>ຍອດລວມ</translation>
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished">ສັດສ່ວນ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished">ລວມທັງໝົດ</translation>
        </message>
        <message>
            <source>Name in Lao</source>
            <translation>ຊື່ພາສາລາວ</translation>
        </message>
        <message>
            <source>Other ({count})</source>
            <translation>ອື່ນໆ ({count})</translation>
        </message>
        <message>
            <source>… (continued in the register)</source>
            <translation type="unfinished">… (ມີຕໍ່ໃນທະບຽນ)</translation>
        </message>
        <message>
            <source>U.S. Embassy Vientiane · Bureau of International Narcotics and Law Enforcement Affairs (INL)</source>
            <translation type="unfinished">ສະຖານທູດສະຫະລັດອາເມລິກາ ປະຈຳນະຄອນຫຼວງວຽງຈັນ · ສຳນັກງານກິດຈະການສາກົນດ້ານຢາເສບຕິດ ແລະ ການບັງຄັບໃຊ້ກົດໝາຍ (INL)</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation type="unfinished">ການຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>I certify that this inventory is true and complete as of {date}.</source>
            <translation type="unfinished">ຂ້າພະເຈົ້າຂໍຢັ້ງຢືນວ່າ ບັນຊີອຸປະກອນນີ້ຖືກຕ້ອງ ແລະ ຄົບຖ້ວນ ນັບຮອດວັນທີ {date}.</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>ກະກຽມໂດຍ</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>ກວດສອບໂດຍ</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>ອະນຸມັດໂດຍ</translation>
        </message>
        <message>
            <source>{value} each</source>
            <translation type="unfinished">{value} ຕໍ່ໜ່ວຍ</translation>
        </message>
        <message>
            <source>I certify that these lots and their use are true and complete as of {date}.</source>
            <translation>ຂ້າພະເຈົ້າຂໍຢັ້ງຢືນວ່າ ລັອດເຫຼົ່ານີ້ ແລະ ການນຳໃຊ້ຂອງມັນ ຖືກຕ້ອງ ແລະ ຄົບຖ້ວນ ນັບຮອດວັນທີ {date}.</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished">ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Agreement (LOA)</source>
            <translation type="unfinished">ສັນຍາ (LOA)</translation>
        </message>
        <message>
            <source>Title holder</source>
            <translation type="unfinished">ຜູ້ຖືກຳມະສິດ</translation>
        </message>
        <message>
            <source>{status}: value (USD)</source>
            <translation>{status}: ມູນຄ່າ (ໂດລາ)</translation>
        </message>
        <message>
            <source>Funding report</source>
            <translation type="unfinished">ບົດລາຍງານແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <source>From (short name)</source>
            <translation>ຈາກ (ຊື່ຫຍໍ້)</translation>
        </message>
        <message>
            <source>From (full name)</source>
            <translation>ຈາກ (ຊື່ເຕັມ)</translation>
        </message>
        <message>
            <source>From (Lao name)</source>
            <translation>ຈາກ (ຊື່ພາສາລາວ)</translation>
        </message>
        <message>
            <source>To (short name)</source>
            <translation>ເຖິງ (ຊື່ຫຍໍ້)</translation>
        </message>
        <message>
            <source>To (full name)</source>
            <translation>ເຖິງ (ຊື່ເຕັມ)</translation>
        </message>
        <message>
            <source>To (Lao name)</source>
            <translation>ເຖິງ (ຊື່ພາສາລາວ)</translation>
        </message>
        <message>
            <source>Voided on</source>
            <translation type="unfinished">ປະກາດໂມຄະວັນທີ</translation>
        </message>
        <message>
            <source>Void reason</source>
            <translation type="unfinished">ເຫດຜົນທີ່ເປັນໂມຄະ</translation>
        </message>
        <message>
            <source>Replaced by</source>
            <translation type="unfinished">ຖືກແທນດ້ວຍ</translation>
        </message>
        <message>
            <source>Reissue of</source>
            <translation type="unfinished">ອອກແທນ</translation>
        </message>
        <message>
            <source>Handover register</source>
            <translation type="unfinished">ທະບຽນການມອບ-ຮັບ</translation>
        </message>
    </context>
    <context>
        <name>ReportTarget</name>
        <message>
            <source>CSV, for other programs (.csv)</source>
            <translation type="unfinished">CSV, ສຳລັບໂປຣແກຣມອື່ນ (.csv)</translation>
        </message>
        <message>
            <source>PDF, to print (.pdf)</source>
            <translation type="unfinished">PDF, ສຳລັບພິມ (.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation type="unfinished">ໄຟລ໌ Excel (.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Agency (holder)</source>
            <translation type="unfinished">ອົງການ (ຜູ້ຄອບຄອງ)</translation>
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
            <translation>ແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>No holder</source>
            <translation>ບໍ່ມີຜູ້ຄອບຄອງ</translation>
        </message>
        <message>
            <source>No province</source>
            <translation>ບໍ່ມີແຂວງ</translation>
        </message>
        <message>
            <source>No status</source>
            <translation>ບໍ່ມີສະຖານະ</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>ບໍ່ມີປະເພດ</translation>
        </message>
        <message>
            <source>Funding report</source>
            <translation type="unfinished">ບົດລາຍງານແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>No funding source</source>
            <translation>ບໍ່ມີແຫຼ່ງທຶນ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished">ລວມທັງໝົດ</translation>
        </message>
        <message>
            <source>Equipment inventory</source>
            <translation type="unfinished">ບັນຊີອຸປະກອນ</translation>
        </message>
        <message>
            <source>unknown column {key}</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກຖັນ {key}</translation>
        </message>
        <message>
            <source>an export needs at least one column</source>
            <translation type="unfinished">ການສົ່ງອອກຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງຖັນ</translation>
        </message>
        <message>
            <source>cannot group by {key}</source>
            <translation type="unfinished">ບໍ່ສາມາດຈັດກຸ່ມຕາມ {key}</translation>
        </message>
        <message>
            <source>Status: {names}</source>
            <translation>ສະຖານະ: {names}</translation>
        </message>
        <message>
            <source>Agency: {names}</source>
            <translation>ອົງການ: {names}</translation>
        </message>
        <message>
            <source>Province: {names}</source>
            <translation>ແຂວງ: {names}</translation>
        </message>
        <message>
            <source>Site: {names}</source>
            <translation>ສະຖານທີ່: {names}</translation>
        </message>
        <message>
            <source>Category: {names}</source>
            <translation>ປະເພດ: {names}</translation>
        </message>
        <message>
            <source>Funding: {names}</source>
            <translation>ແຫຼ່ງທຶນ: {names}</translation>
        </message>
        <message>
            <source>Search: “{text}”</source>
            <translation>ຄົ້ນຫາ: “{text}”</translation>
        </message>
        <message>
            <source>Acquired</source>
            <translation type="unfinished">ວັນທີໄດ້ມາ</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation type="unfinished">ກວດກາຄັ້ງຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Unit value</source>
            <translation type="unfinished">ມູນຄ່າຕໍ່ໜ່ວຍ</translation>
        </message>
        <message>
            <source>{what} {low} – {high}</source>
            <translation>{what} {low} – {high}</translation>
        </message>
        <message>
            <source>{what} from {low}</source>
            <translation>{what} ຈາກ {low}</translation>
        </message>
        <message>
            <source>{what} up to {high}</source>
            <translation>{what} ເຖິງ {high}</translation>
        </message>
        <message>
            <source>All items (no search or filter)</source>
            <translation type="unfinished">ອຸປະກອນທັງໝົດ (ບໍ່ມີການຄົ້ນຫາ ຫຼື ຕົວກັ່ນຕອງ)</translation>
        </message>
        <message>
            <source>Sorted by {column}, descending</source>
            <translation type="unfinished">ຈັດລຽງຕາມ {column}, ຈາກຫຼາຍຫານ້ອຍ</translation>
        </message>
        <message>
            <source>Sorted by {column}, ascending</source>
            <translation type="unfinished">ຈັດລຽງຕາມ {column}, ຈາກນ້ອຍຫາຫຼາຍ</translation>
        </message>
        <message>
            <source>Generated {when} by {operator}</source>
            <translation type="unfinished">ສ້າງເມື່ອ {when} ໂດຍ {operator}</translation>
        </message>
        <message>
            <source>Generated {when}</source>
            <translation>ສ້າງເມື່ອ {when}</translation>
        </message>
        <message numerus="yes">
            <source>{count} item(s) · total value {total}</source>
            <translation>
                <numerusform>{count} ລາຍການ · ມູນຄ່າລວມ {total}</numerusform>
                <numerusform>{count} ລາຍການ · ມູນຄ່າລວມ {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Handover register</source>
            <translation type="unfinished">ທະບຽນການມອບ-ຮັບ</translation>
        </message>
        <message>
            <source>the period ends ({end}) before it starts ({start})</source>
            <translation>ໄລຍະສິ້ນສຸດ ({end}) ກ່ອນວັນເລີ່ມຕົ້ນ ({start})</translation>
        </message>
        <message>
            <source>From {start} to {end}</source>
            <translation>ແຕ່ {start} ຫາ {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translation>ແຕ່ {start}</translation>
        </message>
        <message>
            <source>Up to {end}</source>
            <translation>ຮອດ {end}</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>ທຸກວັນທີ</translation>
        </message>
        <message>
            <source>{text} is not a date written YYYY-MM-DD</source>
            <translation>{text} ບໍ່ແມ່ນວັນທີທີ່ຂຽນແບບ YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>ReportsFeature</name>
        <message>
            <source>Handover &amp;register…</source>
            <translation type="unfinished">ທະບຽນການມອບ-ຮັບ…</translation>
        </message>
        <message>
            <source>Every handover, return and transfer of a period, with totals, as PDF, Excel or CSV</source>
            <translation type="unfinished">ທຸກການມອບ, ການສົ່ງຄືນ ແລະ ການໂອນໃນໄລຍະໜຶ່ງ ພ້ອມຍອດລວມ, ເປັນ PDF, Excel ຫຼື CSV</translation>
        </message>
        <message>
            <source>F&amp;unding report…</source>
            <translation type="unfinished">ບົດລາຍງານແຫຼ່ງທຶນ…</translation>
        </message>
        <message>
            <source>Items by funding source and agreement: value, federal share, where they are</source>
            <translation type="unfinished">ລາຍການຕາມແຫຼ່ງທຶນ ແລະ ສັນຍາ: ມູນຄ່າ, ສ່ວນແບ່ງຂອງລັດຖະບານກາງ, ຢູ່ໃສ</translation>
        </message>
    </context>
    <context>
        <name>RetireDialog</name>
        <message>
            <source>Retire {item}</source>
            <translation type="unfinished">ຕັດ {item} ອອກຈາກທະບຽນ</translation>
        </message>
        <message>
            <source>e.g. sold at auction, destroyed, police report no.</source>
            <translation type="unfinished">ເຊັ່ນ ຂາຍທອດຕະຫຼາດ, ທຳລາຍ, ເລກທີບົດລາຍງານຕຳຫຼວດ</translation>
        </message>
        <message>
            <source>sale price in USD, if sold</source>
            <translation type="unfinished">ລາຄາຂາຍເປັນໂດລາ ຖ້າຂາຍ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">ຜົນ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">ວັນທີ</translation>
        </message>
        <message>
            <source>Method / reference</source>
            <translation type="unfinished">ວິທີການ / ເລກອ້າງອີງ</translation>
        </message>
        <message>
            <source>Sale price</source>
            <translation>ລາຄາຂາຍ</translation>
        </message>
        <message>
            <source>Sale price: {problem}</source>
            <translation>ລາຄາຂາຍ: {problem}</translation>
        </message>
        <message>
            <source>Retire item</source>
            <translation type="unfinished">ຕັດອຸປະກອນອອກຈາກທະບຽນ</translation>
        </message>
        <message>
            <source>Record {item} as {outcome}? A retired item cannot be handed over again and keeps this status.</source>
            <translation type="unfinished">ບັນທຶກ {item} ວ່າ {outcome} ບໍ? ອຸປະກອນທີ່ຕັດອອກຈາກທະບຽນແລ້ວ ບໍ່ສາມາດມອບໄດ້ອີກ ແລະ ຈະຮັກສາສະຖານະນີ້ໄວ້.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>the history is broken at event {event} ({reason})</source>
            <translation type="unfinished">ປະຫວັດຂາດຕອນຢູ່ລາຍການບັນທຶກ {event} ({reason})</translation>
        </message>
        <message>
            <source>backups are kept only for a register stored in a file</source>
            <translation type="unfinished">ການສຳຮອງຂໍ້ມູນເຮັດໄດ້ສະເພາະທະບຽນທີ່ເກັບໄວ້ໃນໄຟລ໌</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>Back up</source>
            <translation>ສຳຮອງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Writing and verifying a backup…</source>
            <translation type="unfinished">ກຳລັງຂຽນ ແລະ ກວດສອບໄຟລ໌ສຳຮອງ…</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation type="unfinished">ຂຽນໄຟລ໌ສຳຮອງແລ້ວ</translation>
        </message>
        <message>
            <source>A verified backup was written:
{path}</source>
            <translation type="unfinished">ໄດ້ຂຽນໄຟລ໌ສຳຮອງທີ່ກວດສອບແລ້ວ:
{path}</translation>
        </message>
        <message numerus="yes">
            <source>The backups folder holds %n backup(s), {size} in all.</source>
            <translation>
                <numerusform>ໂຟນເດີສຳຮອງມີ %n ໄຟລ໌ສຳຮອງ, ລວມ {size}.</numerusform>
                <numerusform>ໂຟນເດີສຳຮອງມີ %n ໄຟລ໌ສຳຮອງ, ລວມ {size}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ເປີດໂຟນເດີ</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ກູ້ຄືນ</translation>
        </message>
        <message>
            <source>A read-only register cannot be restored; reopen it for editing first.</source>
            <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນທະບຽນທີ່ເປີດແບບອ່ານໄດ້ຢ່າງດຽວ; ໃຫ້ເປີດຄືນໃໝ່ເພື່ອແກ້ໄຂກ່ອນ.</translation>
        </message>
        <message>
            <source>There are no backups in {folder} yet.</source>
            <translation type="unfinished">ຍັງບໍ່ມີໄຟລ໌ສຳຮອງໃນ {folder}.</translation>
        </message>
        <message>
            <source>{when}  ({reason}, {size})</source>
            <translation>{when}  ({reason}, {size})</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished">ເປີດ</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>ປະຈຳວັນ</translation>
        </message>
        <message>
            <source>import</source>
            <translation>ນຳເຂົ້າ</translation>
        </message>
        <message>
            <source>manual</source>
            <translation type="unfinished">ດ້ວຍຕົນເອງ</translation>
        </message>
        <message>
            <source>before-restore</source>
            <translation type="unfinished">ກ່ອນກູ້ຄືນ</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>ສຳຮອງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished">ກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ</translation>
        </message>
        <message>
            <source>Replace the register with which backup? The current file is kept as a backup first.</source>
            <translation type="unfinished">ຈະແທນທີ່ທະບຽນດ້ວຍໄຟລ໌ສຳຮອງໃດ? ໄຟລ໌ປັດຈຸບັນຈະຖືກເກັບໄວ້ເປັນໄຟລ໌ສຳຮອງກ່ອນ.</translation>
        </message>
        <message>
            <source>Restored the backup of {choice}.</source>
            <translation type="unfinished">ກູ້ຄືນໄຟລ໌ສຳຮອງຂອງ {choice} ແລ້ວ.</translation>
        </message>
        <message>
            <source>The previous file is kept as {name}.</source>
            <translation type="unfinished">ໄຟລ໌ກ່ອນໜ້າຖືກເກັບໄວ້ເປັນ {name}.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>ກູ້ຄືນແລ້ວ</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>ກວດສອບຖານຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>ກຳລັງກວດສອບຖານຂໍ້ມູນ…</translation>
        </message>
        <message>
            <source>Problem: {problem}.

Restore a backup (File → Restore from backup…) and keep this file for investigation.</source>
            <translation type="unfinished">ບັນຫາ: {problem}.

ໃຫ້ກູ້ຄືນໄຟລ໌ສຳຮອງ (ໄຟລ໌ → ກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ…) ແລະ ເກັບໄຟລ໌ນີ້ໄວ້ເພື່ອກວດສອບ.</translation>
        </message>
        <message>
            <source>The database passed its integrity and foreign-key checks, and the history's hash chain of {events} events is intact.</source>
            <translation type="unfinished">ຖານຂໍ້ມູນຜ່ານການກວດສອບຄວາມຖືກຕ້ອງສົມບູນ ແລະ ການກວດສອບ foreign key, ແລະ ລະບົບ hash chain ຂອງປະຫວັດ {events} ລາຍການ ຍັງຄົບຖ້ວນ.</translation>
        </message>
    </context>
    <context>
        <name>SafetyFeature</name>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished">ສຳຮອງຂໍ້ມູນດຽວນີ້…</translation>
        </message>
        <message>
            <source>Write a verified backup copy now</source>
            <translation type="unfinished">ຂຽນສຳເນົາສຳຮອງທີ່ກວດສອບແລ້ວດຽວນີ້</translation>
        </message>
        <message>
            <source>Restore from bac&amp;kup…</source>
            <translation type="unfinished">ກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ…</translation>
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation>ກວດສອບຖານຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Check the file, its links and the history's hash chain</source>
            <translation type="unfinished">ກວດສອບໄຟລ໌, ການເຊື່ອມໂຍງ ແລະ hash chain ຂອງປະຫວັດ</translation>
        </message>
        <message>
            <source>Backed up {time}</source>
            <translation type="unfinished">ສຳຮອງຂໍ້ມູນແລ້ວ {time}</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>ສຳຮອງຂໍ້ມູນບໍ່ສຳເລັດ</translation>
        </message>
        <message>
            <source>Automatic backup failed</source>
            <translation type="unfinished">ການສຳຮອງຂໍ້ມູນອັດຕະໂນມັດບໍ່ສຳເລັດ</translation>
        </message>
        <message>
            <source>The automatic backup could not be written: {message}

Your register is unchanged. Free some disk space or check the backups folder, then use File → Back up now.</source>
            <translation type="unfinished">ບໍ່ສາມາດຂຽນໄຟລ໌ສຳຮອງອັດຕະໂນມັດໄດ້: {message}

ທະບຽນຂອງທ່ານບໍ່ມີການປ່ຽນແປງ. ໃຫ້ເພີ່ມພື້ນທີ່ວ່າງໃນດິສກ໌ ຫຼື ກວດສອບໂຟນເດີສຳຮອງ ແລ້ວໃຊ້ ໄຟລ໌ → ສຳຮອງຂໍ້ມູນດຽວນີ້.</translation>
        </message>
    </context>
    <context>
        <name>SaveTarget</name>
        <message>
            <source>PDF, to print (.pdf)</source>
            <translation type="unfinished">PDF, ສຳລັບພິມ (.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>ໄຟລ໌ Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>ຊອກຫາ…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ໄຟລ໌ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>ໄຟລ໌ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished">ໄຟລ໌ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Write to</source>
            <translation type="unfinished">ຂຽນໄປທີ່</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsFeature</name>
        <message>
            <source>&amp;Save this view…</source>
            <translation type="unfinished">ບັນທຶກມຸມມອງນີ້…</translation>
        </message>
        <message>
            <source>Name the search, filters, columns and sort shown now</source>
            <translation type="unfinished">ຕັ້ງຊື່ໃຫ້ການຄົ້ນຫາ, ຕົວກັ່ນຕອງ, ຖັນ ແລະ ການຈັດລຽງທີ່ສະແດງຢູ່ຕອນນີ້</translation>
        </message>
        <message>
            <source>&amp;Delete a saved view…</source>
            <translation type="unfinished">ລຶບມຸມມອງທີ່ບັນທຶກໄວ້…</translation>
        </message>
        <message>
            <source>Sa&amp;ved views</source>
            <translation type="unfinished">ມຸມມອງທີ່ບັນທຶກໄວ້</translation>
        </message>
        <message>
            <source>Save this view</source>
            <translation type="unfinished">ບັນທຶກມຸມມອງນີ້</translation>
        </message>
        <message>
            <source>Name of the view (e.g. “Lost or stolen, 2025”):</source>
            <translation type="unfinished">ຊື່ຂອງມຸມມອງ (ເຊັ່ນ “ສູນຫາຍ ຫຼື ຖືກລັກ, 2025”):</translation>
        </message>
        <message>
            <source>Replace the view “{name}”?</source>
            <translation type="unfinished">ແທນທີ່ມຸມມອງ “{name}” ບໍ?</translation>
        </message>
        <message>
            <source>Delete a saved view</source>
            <translation type="unfinished">ລຶບມຸມມອງທີ່ບັນທຶກໄວ້</translation>
        </message>
        <message>
            <source>View to delete:</source>
            <translation type="unfinished">ມຸມມອງທີ່ຈະລຶບ:</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <source>“{name}” cannot be a user name: use lower-case letters, digits and _, starting with a letter (at most 63).</source>
            <translation type="unfinished">“{name}” ບໍ່ສາມາດເປັນຊື່ຜູ້ໃຊ້ໄດ້: ໃຊ້ຕົວອັກສອນລາຕິນຕົວນ້ອຍ, ຕົວເລກ ແລະ _, ເລີ່ມດ້ວຍຕົວອັກສອນ (ບໍ່ເກີນ 63).</translation>
        </message>
        <message>
            <source>Unknown role “{role}”: viewer, officer or administrator.</source>
            <translation type="unfinished">ບໍ່ຮູ້ຈັກບົດບາດ “{role}”: viewer, officer ຫຼື administrator.</translation>
        </message>
        <message>
            <source>User “{name}” exists already (set-role changes a user's role).</source>
            <translation type="unfinished">ມີຜູ້ໃຊ້ “{name}” ແລ້ວ (set-role ປ່ຽນບົດບາດຂອງຜູ້ໃຊ້).</translation>
        </message>
        <message>
            <source>There is no user “{name}” on this server.</source>
            <translation type="unfinished">ບໍ່ມີຜູ້ໃຊ້ “{name}” ໃນເຊີບເວີນີ້.</translation>
        </message>
    </context>
    <context>
        <name>SharedRegister</name>
        <message>
            <source>viewer (read, print, export)</source>
            <translation type="unfinished">ຜູ້ເບິ່ງ (ອ່ານ, ພິມ, ສົ່ງອອກ)</translation>
        </message>
        <message>
            <source>officer</source>
            <translation type="unfinished">ພະນັກງານ</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation type="unfinished">ຜູ້ບໍລິຫານລະບົບ</translation>
        </message>
        <message>
            <source>Role: {role}</source>
            <translation>ບົດບາດ: {role}</translation>
        </message>
        <message>
            <source>Role: none (ask an administrator)</source>
            <translation type="unfinished">ບົດບາດ: ບໍ່ມີ (ຖາມຜູ້ບໍລິຫານລະບົບ)</translation>
        </message>
    </context>
    <context>
        <name>SiteCheckDialog</name>
        <message>
            <source>New site check</source>
            <translation type="unfinished">ການກວດກາສະຖານທີ່ໃໝ່</translation>
        </message>
        <message>
            <source>Scan a label, or type an asset tag and press Enter</source>
            <translation type="unfinished">ສະແກນປ້າຍ ຫຼື ພິມລະຫັດຊັບສິນ ແລ້ວກົດ Enter</translation>
        </message>
        <message>
            <source>S&amp;can:</source>
            <translation>ສະແກນ:</translation>
        </message>
        <message>
            <source>&amp;Finish and record</source>
            <translation type="unfinished">ສຳເລັດ ແລະ ບັນທຶກ</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) scanned here will be cleared. Start again at the other site?</source>
            <translation>
                <numerusform>ອຸປະກອນ %n ລາຍການທີ່ສະແກນຢູ່ບ່ອນນີ້ຈະຖືກລ້າງອອກ. ເລີ່ມໃໝ່ຢູ່ສະຖານທີ່ອື່ນບໍ?</numerusform>
                <numerusform>ອຸປະກອນ %n ລາຍການທີ່ສະແກນຢູ່ບ່ອນນີ້ຈະຖືກລ້າງອອກ. ເລີ່ມໃໝ່ຢູ່ສະຖານທີ່ອື່ນບໍ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Check another site?</source>
            <translation type="unfinished">ກວດກາສະຖານທີ່ອື່ນບໍ?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) expected at this site. Scan their labels.</source>
            <translation>
                <numerusform>ມີອຸປະກອນ %n ລາຍການທີ່ຄາດວ່າຢູ່ສະຖານທີ່ນີ້. ໃຫ້ສະແກນປ້າຍຂອງມັນ.</numerusform>
                <numerusform>ມີອຸປະກອນ %n ລາຍການທີ່ຄາດວ່າຢູ່ສະຖານທີ່ນີ້. ໃຫ້ສະແກນປ້າຍຂອງມັນ.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tag}: no item with this asset tag is in the register; nothing added.</source>
            <translation type="unfinished">{tag}: ບໍ່ມີອຸປະກອນທີ່ມີລະຫັດຊັບສິນນີ້ໃນທະບຽນ; ບໍ່ໄດ້ເພີ່ມຫຍັງ.</translation>
        </message>
        <message>
            <source>{tag} was scanned already: {result}.</source>
            <translation type="unfinished">{tag} ສະແກນແລ້ວ: {result}.</translation>
        </message>
        <message>
            <source>{tag}: choose the site first.</source>
            <translation type="unfinished">{tag}: ໃຫ້ເລືອກສະຖານທີ່ກ່ອນ.</translation>
        </message>
        <message>
            <source>{tag} has left the register ({status}); it cannot be checked.</source>
            <translation type="unfinished">{tag} ໄດ້ອອກຈາກທະບຽນແລ້ວ ({status}); ບໍ່ສາມາດກວດກາໄດ້.</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>ບໍ່ມີສະຖານທີ່</translation>
        </message>
        <message>
            <source>⚠ {tag} is registered at {location}: added as unexpected.</source>
            <translation type="unfinished">⚠ {tag} ລົງທະບຽນຢູ່ {location}: ເພີ່ມເປັນລາຍການນອກລາຍການ.</translation>
        </message>
        <message>
            <source>✓ {tag} found: {description} — {result}.</source>
            <translation type="unfinished">✓ ພົບ {tag}: {description} — {result}.</translation>
        </message>
        <message>
            <source>Expected: {expected} · scanned: {scanned} · unexpected: {unexpected}</source>
            <translation type="unfinished">ຄາດໄວ້: {expected} · ສະແກນແລ້ວ: {scanned} · ນອກລາຍການ: {unexpected}</translation>
        </message>
        <message>
            <source>Read-only: this register cannot be changed now.</source>
            <translation type="unfinished">ອ່ານໄດ້ຢ່າງດຽວ: ທະບຽນນີ້ບໍ່ສາມາດປ່ຽນແປງໄດ້ໃນຕອນນີ້.</translation>
        </message>
        <message>
            <source>Choose the site, then scan its items.</source>
            <translation type="unfinished">ເລືອກສະຖານທີ່ ແລ້ວສະແກນອຸປະກອນຂອງສະຖານທີ່ນັ້ນ.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) were not scanned. They will be recorded as not seen. Finish the site check?</source>
            <translation>
                <numerusform>ມີ %n ລາຍການທີ່ບໍ່ໄດ້ສະແກນ. ລາຍການເຫຼົ່ານັ້ນຈະຖືກບັນທຶກວ່າ ບໍ່ພົບເຫັນ. ສຳເລັດການກວດກາສະຖານທີ່ບໍ?</numerusform>
                <numerusform>ມີ %n ລາຍການທີ່ບໍ່ໄດ້ສະແກນ. ລາຍການເຫຼົ່ານັ້ນຈະຖືກບັນທຶກວ່າ ບໍ່ພົບເຫັນ. ສຳເລັດການກວດກາສະຖານທີ່ບໍ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Items not scanned</source>
            <translation type="unfinished">ອຸປະກອນທີ່ບໍ່ໄດ້ສະແກນ</translation>
        </message>
        <message>
            <source>Site check recorded</source>
            <translation type="unfinished">ບັນທຶກການກວດກາສະຖານທີ່ແລ້ວ</translation>
        </message>
        <message numerus="yes">
            <source>Site check {number} recorded: %n item(s) checked.</source>
            <translation>
                <numerusform>ບັນທຶກການກວດກາສະຖານທີ່ {number} ແລ້ວ: ກວດກາ %n ລາຍການ.</numerusform>
                <numerusform>ບັນທຶກການກວດກາສະຖານທີ່ {number} ແລ້ວ: ກວດກາ %n ລາຍການ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard this site check?</source>
            <translation type="unfinished">ຍົກເລີກການກວດກາສະຖານທີ່ນີ້ບໍ?</translation>
        </message>
        <message>
            <source>The items scanned so far will not be recorded. Discard the check?</source>
            <translation type="unfinished">ອຸປະກອນທີ່ສະແກນມາຮອດຕອນນີ້ຈະບໍ່ຖືກບັນທຶກ. ຍົກເລີກການກວດກາບໍ?</translation>
        </message>
    </context>
    <context>
        <name>SiteFields</name>
        <message>
            <source>— choose the site —</source>
            <translation>— ເລືອກສະຖານທີ່ —</translation>
        </message>
        <message>
            <source>— any unit —</source>
            <translation>— ທຸກໜ່ວຍງານ —</translation>
        </message>
        <message>
            <source>Names of the inspectors</source>
            <translation type="unfinished">ຊື່ຂອງຄະນະກວດກາ</translation>
        </message>
        <message>
            <source>Site *</source>
            <translation>ສະຖານທີ່ *</translation>
        </message>
        <message>
            <source>Unit visited</source>
            <translation type="unfinished">ໜ່ວຍງານທີ່ໄປກວດກາ</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation type="unfinished">ຄະນະກວດກາ</translation>
        </message>
        <message>
            <source>Method *</source>
            <translation>ວິທີການ *</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>ວັນທີ *</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>ໝາຍເຫດ</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>no database given: pass --db or set INL_EQUIPMENT_DB</source>
            <translation type="unfinished">ບໍ່ໄດ້ລະບຸຖານຂໍ້ມູນ: ໃຫ້ໃຊ້ --db ຫຼື ຕັ້ງຄ່າ INL_EQUIPMENT_DB</translation>
        </message>
        <message>
            <source>this register is open read-only: nothing can be changed in it now</source>
            <translation type="unfinished">ທະບຽນນີ້ເປີດແບບອ່ານໄດ້ຢ່າງດຽວ: ບໍ່ສາມາດປ່ຽນແປງຫຍັງໄດ້ໃນຕອນນີ້</translation>
        </message>
        <message>
            <source>{name} does not exist</source>
            <translation type="unfinished">ບໍ່ມີ {name}</translation>
        </message>
        <message>
            <source>{name} cannot be read: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານ {name} ໄດ້: {error}</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes)</source>
            <translation type="unfinished">{name} ຫວ່າງເປົ່າ (0 bytes)</translation>
        </message>
        <message>
            <source>{name} cannot be opened: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດເປີດ {name} ໄດ້: {error}</translation>
        </message>
        <message>
            <source>damaged: {detail}</source>
            <translation type="unfinished">ເສຍຫາຍ: {detail}</translation>
        </message>
        <message>
            <source>row {row} of table {table} refers to a missing row of table {parent}</source>
            <translation type="unfinished">ແຖວ {row} ຂອງຕາຕະລາງ {table} ອ້າງອີງເຖິງແຖວທີ່ບໍ່ມີຢູ່ໃນຕາຕະລາງ {parent}</translation>
        </message>
        <message>
            <source>{name} is damaged or not an SQLite database: {error}</source>
            <translation type="unfinished">{name} ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຖານຂໍ້ມູນ SQLite: {error}</translation>
        </message>
        <message>
            <source>The register is on a network share ({share}). An SQLite file written over a network can be damaged when the connection drops or two laptops write at once; keep it on this laptop's own disk.</source>
            <translation type="unfinished">ທະບຽນຢູ່ໃນບ່ອນແບ່ງປັນທາງເຄືອຂ່າຍ ({share}). ໄຟລ໌ SQLite ທີ່ຂຽນຜ່ານເຄືອຂ່າຍ ອາດເສຍຫາຍໄດ້ ເມື່ອການເຊື່ອມຕໍ່ຂາດ ຫຼື ມີສອງແລັບທັອບຂຽນພ້ອມກັນ; ໃຫ້ເກັບໄວ້ໃນດິສກ໌ຂອງແລັບທັອບນີ້ເອງ.</translation>
        </message>
        <message>
            <source>The register is inside a {provider} folder ({folder}). Sync programs can copy the file while it is being written or create conflicting copies; keep the register outside synced folders.</source>
            <translation type="unfinished">ທະບຽນຢູ່ໃນໂຟນເດີ {provider} ({folder}). ໂປຣແກຣມຊິງຂໍ້ມູນອາດສຳເນົາໄຟລ໌ໃນຂະນະທີ່ກຳລັງຂຽນ ຫຼື ສ້າງສຳເນົາທີ່ຂັດກັນ; ໃຫ້ເກັບທະບຽນໄວ້ນອກໂຟນເດີທີ່ຊິງຂໍ້ມູນ.</translation>
        </message>
        <message>
            <source>mapped network drive {drive}</source>
            <translation type="unfinished">ໄດຣ໌ເຄືອຂ່າຍທີ່ແມັບໄວ້ {drive}</translation>
        </message>
        <message>
            <source>{operator} on {host} (process {pid}) since {when}</source>
            <translation type="unfinished">{operator} ຢູ່ເຄື່ອງ {host} (process {pid}) ຕັ້ງແຕ່ {when}</translation>
        </message>
        <message>
            <source>this program already has {name} open for editing ({holder})</source>
            <translation type="unfinished">ໂປຣແກຣມນີ້ໄດ້ເປີດ {name} ເພື່ອແກ້ໄຂຢູ່ແລ້ວ ({holder})</translation>
        </message>
        <message>
            <source>{name} is open for editing in another copy of the program (its details could not be read); it can be opened read-only</source>
            <translation type="unfinished">{name} ກຳລັງເປີດແກ້ໄຂຢູ່ໃນໂປຣແກຣມນີ້ອີກໂຕໜຶ່ງ (ອ່ານລາຍລະອຽດບໍ່ໄດ້); ສາມາດເປີດແບບອ່ານໄດ້ຢ່າງດຽວ</translation>
        </message>
        <message>
            <source>{name} is open for editing by {holder}; it can be opened read-only until they close it</source>
            <translation type="unfinished">{name} ກຳລັງຖືກເປີດແກ້ໄຂໂດຍ {holder}; ສາມາດເປີດແບບອ່ານໄດ້ຢ່າງດຽວ ຈົນກວ່າເຂົາເຈົ້າຈະປິດ</translation>
        </message>
        <message>
            <source>cannot write the lock file {path}: {error}</source>
            <translation type="unfinished">ບໍ່ສາມາດຂຽນໄຟລ໌ລັອກ {path}: {error}</translation>
        </message>
        <message>
            <source>cannot create the lock file {path} ({error}); the register can only be opened read-only here</source>
            <translation type="unfinished">ບໍ່ສາມາດສ້າງໄຟລ໌ລັອກ {path} ({error}); ທະບຽນສາມາດເປີດໄດ້ແບບອ່ານໄດ້ຢ່າງດຽວເທົ່ານັ້ນຢູ່ບ່ອນນີ້</translation>
        </message>
        <message>
            <source>a link to another place</source>
            <translation type="unfinished">ລິ້ງໄປຫາບ່ອນອື່ນ</translation>
        </message>
        <message>
            <source>a file that has other names</source>
            <translation type="unfinished">ໄຟລ໌ທີ່ມີຊື່ອື່ນນຳ</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ໂຟນເດີ</translation>
        </message>
        <message>
            <source>a pipe or socket</source>
            <translation type="unfinished">pipe ຫຼື socket</translation>
        </message>
        <message>
            <source>a device or other special file</source>
            <translation type="unfinished">ອຸປະກອນ ຫຼື ໄຟລ໌ພິເສດອື່ນ</translation>
        </message>
        <message>
            <source>the lock file {path} is {kind}, not a lock file; nothing was changed in it, and the register can only be opened read-only until it is moved away</source>
            <translation type="unfinished">ໄຟລ໌ລັອກ {path} ເປັນ {kind} ບໍ່ແມ່ນໄຟລ໌ລັອກ; ບໍ່ໄດ້ປ່ຽນແປງຫຍັງໃນມັນ ແລະ ທະບຽນສາມາດເປີດໄດ້ແບບອ່ານໄດ້ຢ່າງດຽວເທົ່ານັ້ນ ຈົນກວ່າຈະຍ້າຍມັນອອກ</translation>
        </message>
        <message>
            <source>the lock file {path} holds something else ({size} bytes); nothing was changed in it, and the register can only be opened read-only until it is moved away</source>
            <translation type="unfinished">ໄຟລ໌ລັອກ {path} ມີຂໍ້ມູນອື່ນຢູ່ ({size} bytes); ບໍ່ໄດ້ປ່ຽນແປງຫຍັງໃນມັນ ແລະ ທະບຽນສາມາດເປີດໄດ້ແບບອ່ານໄດ້ຢ່າງດຽວເທົ່ານັ້ນ ຈົນກວ່າຈະຍ້າຍມັນອອກ</translation>
        </message>
        <message>
            <source>the lock file {path} cannot be locked here ({error}); the register can only be opened read-only</source>
            <translation type="unfinished">ບໍ່ສາມາດລັອກໄຟລ໌ລັອກ {path} ຢູ່ບ່ອນນີ້ ({error}); ທະບຽນສາມາດເປີດໄດ້ແບບອ່ານໄດ້ຢ່າງດຽວເທົ່ານັ້ນ</translation>
        </message>
        <message>
            <source>; the damaged file is kept as {name}</source>
            <translation type="unfinished">; ໄຟລ໌ທີ່ເສຍຫາຍຖືກເກັບໄວ້ເປັນ {name}</translation>
        </message>
        <message>
            <source>; the newest good backup is {path}</source>
            <translation type="unfinished">; ໄຟລ໌ສຳຮອງທີ່ດີລ່າສຸດແມ່ນ {path}</translation>
        </message>
        <message>
            <source>; no good backup was found</source>
            <translation type="unfinished">; ບໍ່ພົບໄຟລ໌ສຳຮອງທີ່ດີ</translation>
        </message>
        <message>
            <source>{name} is damaged ({problem}){kept}{offer}</source>
            <translation type="unfinished">{name} ເສຍຫາຍ ({problem}){kept}{offer}</translation>
        </message>
        <message>
            <source>no lock could be taken here ({error})</source>
            <translation type="unfinished">ບໍ່ສາມາດລັອກຢູ່ບ່ອນນີ້ໄດ້ ({error})</translation>
        </message>
        <message>
            <source>{path} is a folder, not a register file</source>
            <translation type="unfinished">{path} ເປັນໂຟນເດີ ບໍ່ແມ່ນໄຟລ໌ທະບຽນ</translation>
        </message>
        <message>
            <source>{name} is not an INL Equipment Tracker database (not an SQLite file); nothing was changed</source>
            <translation type="unfinished">{name} ບໍ່ແມ່ນຖານຂໍ້ມູນ INL Equipment Tracker (ບໍ່ແມ່ນໄຟລ໌ SQLite); ບໍ່ມີຫຍັງປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>opened for reading</source>
            <translation type="unfinished">ເປີດເພື່ອອ່ານ</translation>
        </message>
        <message>
            <source>opened read-only on request</source>
            <translation type="unfinished">ເປີດແບບອ່ານໄດ້ຢ່າງດຽວຕາມຄຳຮ້ອງຂໍ</translation>
        </message>
        <message>
            <source>the file or its folder cannot be written</source>
            <translation type="unfinished">ບໍ່ສາມາດຂຽນໄຟລ໌ ຫຼື ໂຟນເດີຂອງມັນໄດ້</translation>
        </message>
        <message>
            <source>no database at {path}</source>
            <translation type="unfinished">ບໍ່ມີຖານຂໍ້ມູນຢູ່ທີ່ {path}</translation>
        </message>
        <message>
            <source>{reason}; showing a copy that includes its latest changes</source>
            <translation type="unfinished">{reason}; ກຳລັງສະແດງສຳເນົາທີ່ລວມການປ່ຽນແປງລ່າສຸດ</translation>
        </message>
        <message>
            <source>this database was written by a newer version of INL Equipment Tracker (schema {revision}); install the newer version to open it</source>
            <translation type="unfinished">ຖານຂໍ້ມູນນີ້ຖືກຂຽນໂດຍ INL Equipment Tracker ລຸ້ນໃໝ່ກວ່າ (schema {revision}); ໃຫ້ຕິດຕັ້ງລຸ້ນໃໝ່ກວ່າເພື່ອເປີດມັນ</translation>
        </message>
        <message>
            <source>this file is not an INL Equipment Tracker database</source>
            <translation type="unfinished">ໄຟລ໌ນີ້ບໍ່ແມ່ນຖານຂໍ້ມູນ INL Equipment Tracker</translation>
        </message>
        <message>
            <source>the database needs an upgrade (schema {revision} → {head}), which cannot be done while it is open read-only</source>
            <translation type="unfinished">ຖານຂໍ້ມູນຕ້ອງອັບເກຣດ (schema {revision} → {head}) ເຊິ່ງເຮັດບໍ່ໄດ້ ໃນຂະນະທີ່ເປີດແບບອ່ານໄດ້ຢ່າງດຽວ</translation>
        </message>
        <message>
            <source>the upgrade was undone: row {row} of table {table} would refer to a missing row of table {parent}</source>
            <translation type="unfinished">ການອັບເກຣດຖືກຍົກເລີກຄືນ: ແຖວ {row} ຂອງຕາຕະລາງ {table} ຈະອ້າງອີງເຖິງແຖວທີ່ບໍ່ມີຢູ່ໃນຕາຕະລາງ {parent}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message numerus="yes">
            <source>New categories: {names}.</source>
            <translation>
                <numerusform>ປະເພດໃໝ່: {names}.</numerusform>
                <numerusform>ປະເພດໃໝ່: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New agencies: {names}.</source>
            <translation>
                <numerusform>ອົງການໃໝ່: {names}.</numerusform>
                <numerusform>ອົງການໃໝ່: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New location(s): {names}.</source>
            <translation>
                <numerusform>ສະຖານທີ່ໃໝ່: {names}.</numerusform>
                <numerusform>ສະຖານທີ່ໃໝ່: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New funding source(s): {names}.</source>
            <translation>
                <numerusform>ແຫຼ່ງທຶນໃໝ່: {names}.</numerusform>
                <numerusform>ແຫຼ່ງທຶນໃໝ່: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save &amp;rejected rows as CSV…</source>
            <translation type="unfinished">ບັນທຶກແຖວທີ່ຖືກປະຕິເສດເປັນ CSV…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>ນຳເຂົ້າສຳເລັດ</translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) were skipped.</source>
            <translation>
                <numerusform>ຂ້າມ {count} ແຖວ.</numerusform>
                <numerusform>ຂ້າມ {count} ແຖວ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) with errors were left out.</source>
            <translation>
                <numerusform>ຍົກເວັ້ນ {count} ແຖວທີ່ມີຂໍ້ຜິດພາດ.</numerusform>
                <numerusform>ຍົກເວັ້ນ {count} ແຖວທີ່ມີຂໍ້ຜິດພາດ.</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation type="unfinished">{names} ແລະ ອີກ {count}</translation>
        </message>
        <message>
            <source>Locations whose name mentions no province were put in Vientiane Capital: correct them under Locations.</source>
            <translation type="unfinished">ສະຖານທີ່ທີ່ຊື່ບໍ່ໄດ້ກ່າວເຖິງແຂວງ ຖືກຈັດໄວ້ໃນ ນະຄອນຫຼວງວຽງຈັນ: ໃຫ້ແກ້ໄຂຢູ່ ສະຖານທີ່.</translation>
        </message>
        <message>
            <source>Recorded in the history as import #{number}.</source>
            <translation type="unfinished">ບັນທຶກໃນປະຫວັດເປັນການນຳເຂົ້າ #{number}.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{created} new item(s)&lt;/b&gt; and &lt;b&gt;{updated} updated&lt;/b&gt; are in the register.</source>
            <translation>
                <numerusform>&lt;b&gt;ອຸປະກອນໃໝ່ {created} ລາຍການ&lt;/b&gt; ແລະ &lt;b&gt;ອັບເດດ {updated} ລາຍການ&lt;/b&gt; ຢູ່ໃນທະບຽນແລ້ວ.</numerusform>
                <numerusform>&lt;b&gt;ອຸປະກອນໃໝ່ {created} ລາຍການ&lt;/b&gt; ແລະ &lt;b&gt;ອັບເດດ {updated} ລາຍການ&lt;/b&gt; ຢູ່ໃນທະບຽນແລ້ວ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{count} new item(s)&lt;/b&gt; are in the register.</source>
            <translation>
                <numerusform>&lt;b&gt;ອຸປະກອນໃໝ່ {count} ລາຍການ&lt;/b&gt; ຢູ່ໃນທະບຽນແລ້ວ.</numerusform>
                <numerusform>&lt;b&gt;ອຸປະກອນໃໝ່ {count} ລາຍການ&lt;/b&gt; ຢູ່ໃນທະບຽນແລ້ວ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>VOID — this receipt was cancelled</source>
            <translation type="unfinished">ໂມຄະ — ໃບມອບ-ຮັບນີ້ຖືກຍົກເລີກແລ້ວ</translation>
        </message>
        <message>
            <source>Check a printed receipt</source>
            <translation type="unfinished">ກວດສອບໃບມອບ-ຮັບທີ່ພິມອອກ</translation>
        </message>
        <message>
            <source>Scan the QR code at the top right of a printed receipt with a scanner, or paste its text, then press Enter. The register says whether the paper matches what was issued.</source>
            <translation type="unfinished">ສະແກນລະຫັດ QR ຢູ່ມຸມຂວາເທິງຂອງໃບມອບ-ຮັບທີ່ພິມອອກ ດ້ວຍເຄື່ອງສະແກນ ຫຼື ວາງຂໍ້ຄວາມຂອງມັນ ແລ້ວກົດ Enter. ທະບຽນຈະບອກວ່າເອກະສານກົງກັບທີ່ໄດ້ອອກ ຫຼື ບໍ່.</translation>
        </message>
        <message>
            <source>INL-RECEIPT|HR-2026-0001|…</source>
            <translation>INL-RECEIPT|HR-2026-0001|…</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>ກວດສອບ</translation>
        </message>
        <message>
            <source>Matches. {reason}</source>
            <translation type="unfinished">ກົງກັນ. {reason}</translation>
        </message>
        <message>
            <source>Does not match: {reason}.</source>
            <translation type="unfinished">ບໍ່ກົງກັນ: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void receipt {number}</source>
            <translation type="unfinished">ປະກາດໂມຄະໃບມອບ-ຮັບ {number}</translation>
        </message>
        <message numerus="yes">
            <source>Voiding &lt;b&gt;{number}&lt;/b&gt; gives its %n item(s) back the custody they had before. The receipt stays on file, marked VOID; it cannot be undone.</source>
            <translation>
                <numerusform>ການປະກາດໂມຄະ &lt;b&gt;{number}&lt;/b&gt; ຈະສົ່ງການຄອບຄອງຂອງອຸປະກອນ %n ລາຍການ ກັບຄືນເປັນຄືເກົ່າ. ໃບມອບ-ຮັບຍັງເກັບໄວ້ ໂດຍໝາຍວ່າ ໂມຄະ; ບໍ່ສາມາດຍົກເລີກຄືນໄດ້.</numerusform>
                <numerusform>ການປະກາດໂມຄະ &lt;b&gt;{number}&lt;/b&gt; ຈະສົ່ງການຄອບຄອງຂອງອຸປະກອນ %n ລາຍການ ກັບຄືນເປັນຄືເກົ່າ. ໃບມອບ-ຮັບຍັງເກັບໄວ້ ໂດຍໝາຍວ່າ ໂມຄະ; ບໍ່ສາມາດຍົກເລີກຄືນໄດ້.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why is this receipt void? (required, kept in the history)</source>
            <translation type="unfinished">ເປັນຫຍັງໃບມອບ-ຮັບນີ້ຈຶ່ງເປັນໂມຄະ? (ຈຳເປັນ, ເກັບໄວ້ໃນປະຫວັດ)</translation>
        </message>
        <message>
            <source>Void {number}</source>
            <translation type="unfinished">ປະກາດໂມຄະ {number}</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>ເຫດຜົນ *</translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <source>Save the dashboard summary</source>
            <translation type="unfinished">ບັນທຶກສະຫຼຸບຂອງໜ້າສະຫຼຸບ</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>ເອກະສານ PDF (*.pdf)</translation>
        </message>
    </context>
</TS>
