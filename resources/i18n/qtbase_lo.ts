<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation type="unfinished">ຕົກລົງ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation type="unfinished">ບັນທຶກທັງໝົດ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">ເປີດ</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished">&amp;ແມ່ນ</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation type="unfinished">ແມ່ນທັງໝົດ</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished">&amp;ບໍ່</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation type="unfinished">ບໍ່ທັງໝົດ</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished">ຍົກເລີກການເຮັດວຽກ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished">ລອງໃໝ່</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished">ບໍ່ສົນໃຈ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished">ຖິ້ມ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished">ຊ່ວຍເຫຼືອ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished">ນຳໃຊ້</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished">ຕັ້ງຄືນ</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation type="unfinished">ກັບຄືນຄ່າເລີ່ມຕົ້ນ</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished">ຍົກເລີກການແກ້ໄຂ</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished">ເຮັດຄືນ</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished">ຕັດ</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished">ສຳເນົາ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished">ວາງ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished">ລຶບ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished">ເລືອກທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished">ຍົກເລີກການແກ້ໄຂ</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished">ເຮັດຄືນ</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished">ຕັດ</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished">ສຳເນົາ</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation type="unfinished">ສຳເນົາທີ່ຢູ່ລິ້ງ</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished">ວາງ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished">ລຶບ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished">ເລືອກທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
    </context>
</TS>
