<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>FormErrors</name>
        <message numerus="yes">
            <source>%n field(s) need attention before saving.</source>
            <translation>
                <numerusform>%n field needs attention before saving.</numerusform>
                <numerusform>%n fields need attention before saving.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>{count} row(s) with errors: fix the file, or choose to import only the valid rows.</source>
            <translation>
                <numerusform>{count} row with errors: fix the file, or choose to import only the valid rows.</numerusform>
                <numerusform>{count} rows with errors: fix the file, or choose to import only the valid rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} asset tag(s) are already in the register; with 'stop on duplicates' nothing is imported.</source>
            <translation>
                <numerusform>{count} asset tag is already in the register; with 'stop on duplicates' nothing is imported.</numerusform>
                <numerusform>{count} asset tags are already in the register; with 'stop on duplicates' nothing is imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} byte(s)</source>
            <translation>
                <numerusform>{count} byte</numerusform>
                <numerusform>{count} bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n title row(s) above the header (row {row}).</source>
            <translation>
                <numerusform>Skipped %n title row above the header (row {row}).</numerusform>
                <numerusform>Skipped %n title rows above the header (row {row}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} row(s) have cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</source>
            <translation>
                <numerusform>{count} row has cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</numerusform>
                <numerusform>{count} rows have cells right of the last titled column (rows {rows}); they are kept under 'Column N' headers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repaired {count} cell(s) garbled by an earlier conversion ('Ã©' for 'é').</source>
            <translation>
                <numerusform>Repaired {count} cell garbled by an earlier conversion ('Ã©' for 'é').</numerusform>
                <numerusform>Repaired {count} cells garbled by an earlier conversion ('Ã©' for 'é').</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiptLabels</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Receipts</name>
        <message numerus="yes">
            <source>{number} matches the record: {count} item(s), dated {date}</source>
            <translation>
                <numerusform>{number} matches the record: {count} item, dated {date}</numerusform>
                <numerusform>{number} matches the record: {count} items, dated {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <extracomment>"12 items held": a count of what `usage` calls each label (plural forms from the catalogue).</extracomment>
            <translation>
                <numerusform>{count} item</numerusform>
                <numerusform>{count} items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} item(s) held</source>
            <translation>
                <numerusform>{count} item held</numerusform>
                <numerusform>{count} items held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} people</source>
            <translation>
                <numerusform>{count} person</numerusform>
                <numerusform>{count} people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover(s)</source>
            <translation>
                <numerusform>{count} handover</numerusform>
                <numerusform>{count} handovers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} handover line(s)</source>
            <translation>
                <numerusform>{count} handover line</numerusform>
                <numerusform>{count} handover lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} location(s)</source>
            <translation>
                <numerusform>{count} location</numerusform>
                <numerusform>{count} locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} agencies</source>
            <translation>
                <numerusform>{count} agency</numerusform>
                <numerusform>{count} agencies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message numerus="yes">
            <source>{count} item(s)</source>
            <translation>
                <numerusform>{count} item</numerusform>
                <numerusform>{count} items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>{count} item(s) · total value {total}</source>
            <translation>
                <numerusform>{count} item · total value {total}</numerusform>
                <numerusform>{count} items · total value {total}</numerusform>
            </translation>
        </message>
    </context>
</TS>
